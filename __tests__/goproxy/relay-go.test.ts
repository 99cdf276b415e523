import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseJsonObjects } from '../../src/go/json-stream.js';
import type { Fallback } from '../../src/goproxy/relay-types.js';
import { parseGoSum } from '../../src/go/go-sum.js';
import { childGoproxy, type Relay } from '../../src/goproxy/relay.js';
import { fixtureModule, goModFile, mainSource, standardGraph } from '../../test-support/fixture-modules.js';
import { type FixtureProxy, startFixtureProxy } from '../../test-support/fixture-proxy.js';
import { JumpClock } from '../../test-support/fake-clock.js';
import { primaryAndSecondary, relayPool } from '../../test-support/relay-pool.js';
import { gitRepoFromModule, directModeEnv } from '../../test-support/git-repos.js';
import {
  createFixtureProject,
  createGoSandbox,
  type GoRunResult,
  type GoSandbox,
  removeTree,
} from '../../test-support/go-sandbox.js';

interface Downloaded {
  Path: string;
  Version: string;
  Error?: string;
  Zip?: string;
}

const NEXT_ONLY: Fallback[] = ['next-proxy', 'cache'];
const ALL: Fallback[] = ['next-proxy', 'cache', 'direct'];

describe('the real go through the relay', () => {
  const graph = standardGraph();
  const modules = graph.modules.map((m) => `${m.path}@${m.version}`).sort();
  let sandbox: GoSandbox;
  let primary: FixtureProxy;
  let secondary: FixtureProxy;
  let project: string;
  const relays = relayPool({ latencyBudgetMs: 1000, stallTimeoutMs: 1000, fallback: NEXT_ONLY });
  const caches: string[] = [];
  primaryAndSecondary(graph.modules, relays, (p, s) => {
    [primary, secondary] = [p, s];
  });

  beforeAll(async () => {
    sandbox = await createGoSandbox();
    project = await createFixtureProject(sandbox, graph, secondary.url);
  });

  afterAll(async () => {
    for (const dir of caches) await removeTree(dir);
    await sandbox?.cleanup();
  });

  const relay = relays.start.bind(relays);

  /** `go mod download -json all` with an empty module cache and GOPROXY pointing at the relay. */
  async function download(
    r: Relay,
    fallback: Fallback[],
    env: Record<string, string> = {},
    dir = project,
  ): Promise<GoRunResult & { downloads: Downloaded[] }> {
    const cache = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-relay-cache-'));
    caches.push(cache);
    const res = await sandbox.go(['mod', 'download', '-json', 'all'], {
      cwd: dir,
      env: { GOPROXY: childGoproxy(r.url, fallback), GOSUMDB: 'off', GOMODCACHE: cache, ...env },
      timeoutMs: 60_000,
    });
    return { ...res, downloads: parseJsonObjects<Downloaded>(res.stdout) };
  }

  const host = (proxy: FixtureProxy): string => new URL(proxy.url).host;

  it('primes the cache through a hanging primary and a healthy secondary: primary opened, modules via the secondary', async () => {
    primary.setFault('*', { kind: 'hang' });
    const { relay: r } = await relay(`${primary.url},${secondary.url}`);
    const res = await download(r, NEXT_ONLY);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.downloads.map((d) => `${d.Path}@${d.Version}`).sort()).toEqual(modules);
    for (const m of graph.modules) expect(r.routeOf(m.path, m.version)).toBe(host(secondary));
    const report = r.report();
    expect(report.upstreams[0].breaker.state).toBe('open');
    expect(report.upstreams[0].breaker.transitions[0].reason).toMatch(/start-up probe|consecutive timeouts/);
    expect(report.upstreams[1].outcomes['200']).toBeGreaterThanOrEqual(15);
    expect(report.modules).toHaveLength(graph.modules.length);
  });

  it(
    'primary answering after 2 s with a 1 s budget and a 6 s cool-down (scaled from 3 s / 2.3 s): ' +
      'hedges win on the secondary, the breaker opens, and the next run after the cool-down makes one half-open trial',
    async () => {
      primary.setFault('*', { kind: 'delay', ms: 2000 });
      // Real timers for go's own requests; the cool-down is jumped over, not slept through.
      const clock = new JumpClock();
      const { relay: r } = await relay(`${primary.url},${secondary.url}`, {
        probe: false,
        clock,
        breaker: { coolDownMs: 6000 },
      });
      const first = await download(r, NEXT_ONLY);
      expect(first.code).toBe(0);
      const afterFirst = primary.requests.length;
      let report = r.report();
      expect(report.upstreams[0].breaker.transitions.map((t) => t.to)).toEqual(['open']);
      expect(report.upstreams[1].hedgesWon).toBeGreaterThanOrEqual(3);
      for (const m of graph.modules) expect(r.routeOf(m.path, m.version)).toBe(host(secondary));
      clock.jump(6100);
      const second = await download(r, NEXT_ONLY);
      expect(second.code).toBe(0);
      // Of all the requests of the second run, exactly one went to the half-open primary.
      expect(primary.requests.length - afterFirst).toBe(1);
      report = r.report();
      expect(report.upstreams[0].breaker.transitions.map((t) => `${t.from}→${t.to}`)).toEqual([
        'closed→open',
        'open→half-open',
        'half-open→open',
      ]);
    },
  );

  it('fetches from the secondary what the primary does not have (404 with `,`)', async () => {
    const empty = await startFixtureProxy([], { name: 'empty' });
    try {
      const { relay: r } = await relay(`${empty.url},${secondary.url}`, { fallback: [] });
      const res = await download(r, []);
      expect(res.code).toBe(0);
      for (const m of graph.modules) expect(r.routeOf(m.path, m.version)).toBe(host(secondary));
      expect(r.report().upstreams[0].outcomes).toEqual({ '404': expect.any(Number) });
      expect(r.report().fallbacks).toBe(0);
    } finally {
      await empty.close();
    }
  });

  it('fails fast, naming each module and the reason, when every upstream is down and direct is not allowed', async () => {
    primary.setFault('*', { kind: 'hang' });
    secondary.setFault('*', { kind: 'status', status: 503 });
    const { relay: r } = await relay(`${primary.url},${secondary.url}`);
    const res = await download(r, NEXT_ONLY);
    expect(res.code).toBe(1);
    const failed = res.downloads.filter((d) => d.Error);
    expect(failed.map((d) => d.Path).sort()).toEqual(graph.modules.map((m) => m.path).sort());
    for (const d of failed) {
      expect(d.Error).toContain(`${host(primary)}: `);
      expect(d.Error).toMatch(
        new RegExp(
          // The probe's 503 on /sumdb/ opens only that kind's breaker; three 503s open the modules'.
          `${host(secondary)}: (503 Service Unavailable|circuit open \\(3 consecutive timeouts or errors \\(last: answered 503\\)\\))`,
        ),
      );
    }
    expect(r.report().failures.length).toBeGreaterThanOrEqual(graph.modules.length);
  });

  it('without go.sum to check against, passes altered zip bytes through untouched: go rejects them and no other upstream is asked', async () => {
    const alpha = graph.modules[0];
    primary.setFault({ module: alpha.path, version: alpha.version, kind: 'zip' }, { kind: 'alter' });
    const alphaOnSecondary = (): number => secondary.requests.filter((q) => q.module === alpha.path).length;
    const before = alphaOnSecondary();
    const { relay: r } = await relay(`${primary.url},${secondary.url}`);
    const res = await download(r, NEXT_ONLY);
    expect(res.code).toBe(1);
    // go reports it on stderr (loading `all` needs the zip) or in the stream, depending on when it hits it.
    const errors = [res.stderr, ...res.downloads.map((d) => d.Error ?? '')].join('\n');
    expect(errors).toMatch(/example.test\/alpha@v1.0.0: checksum mismatch[\s\S]*SECURITY ERROR/);
    expect(errors).not.toMatch(/example.test\/(beta|delta|Upper|gamma)/);
    const zipRequests = r
      .requestLog()
      .filter((e) => e.request?.kind === 'zip' && 'module' in e.request && e.request.module === alpha.path);
    expect(zipRequests).toHaveLength(1);
    expect(alphaOnSecondary()).toBe(before);
    expect(r.routeOf(alpha.path, alpha.version)).toBe(host(primary));
  });

  it('with go.sum, keeps altered zip bytes from go, takes the secondary’s, and names the primary as a security fact', async () => {
    const alpha = graph.modules[0];
    primary.setFault({ module: alpha.path, version: alpha.version, kind: 'zip' }, { kind: 'alter' });
    const goSum = parseGoSum(await fs.readFile(path.join(project, 'go.sum'), 'utf8'), 'go.sum');
    const { relay: r } = await relay(`${primary.url},${secondary.url}`, { goSum });
    const res = await download(r, NEXT_ONLY);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(r.routeOf(alpha.path, alpha.version)).toBe(host(secondary));
    expect(r.report().security).toEqual([
      expect.objectContaining({
        module: alpha.path,
        version: alpha.version,
        kind: 'zip',
        upstream: host(primary),
      }),
    ]);
  });

  it('never exposes a credential from an upstream URL to go, the logs or the report', async () => {
    primary.setFault('*', { kind: 'status', status: 500 });
    const secret = 'tok3n-Very-Secret';
    const withUser = (url: string): string => url.replace('http://', `http://ci-bot:${secret}@`);
    const { relay: r, logger } = await relay(`${withUser(primary.url)},${withUser(secondary.url)}`, {
      fallback: ['cache'],
    });
    const res = await download(r, ['cache']);
    expect(res.code).toBe(1);
    expect(res.stderr + res.stdout).toContain(host(primary));
    const everything = [res.stdout, res.stderr, JSON.stringify(r.report()), logger.lines.join('\n')].join(
      '\n',
    );
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain('ci-bot:');
    expect(r.secrets()).toContain(secret);
  });
});

describe('direct mode and private modules around the relay', () => {
  const lib = fixtureModule({ path: 'vcs.test/lib.git', version: 'v1.0.0', license: 'MIT' });
  const beta = standardGraph().modules[1];
  let sandbox: GoSandbox;
  let proxy: FixtureProxy;
  let project: string;
  let mixed: string;
  const relays = relayPool({ latencyBudgetMs: 1000, stallTimeoutMs: 1000, fallback: ALL });

  beforeAll(async () => {
    sandbox = await createGoSandbox();
    proxy = await startFixtureProxy([beta, lib]);
    await gitRepoFromModule(sandbox, lib);
    project = await sandbox.writeProject('direct', {
      'go.mod': goModFile('example.test/direct', { [lib.path]: lib.version }),
      'main.go': mainSource([lib.path]),
    });
    const tidy = await sandbox.go(['mod', 'tidy'], { cwd: project, env: directModeEnv('vcs.test') });
    if (tidy.code !== 0) throw new Error(tidy.stderr);
    mixed = await sandbox.writeProject('mixed', {
      'go.mod': goModFile('example.test/mixed', { [lib.path]: lib.version, [beta.path]: beta.version }),
      'main.go': mainSource([lib.path, beta.path]),
    });
    const tidyMixed = await sandbox.go(['mod', 'tidy'], {
      cwd: mixed,
      env: { ...directModeEnv('vcs.test'), GOPROXY: proxy.url },
    });
    if (tidyMixed.code !== 0) throw new Error(tidyMixed.stderr);
  });

  afterEach(async () => {
    proxy.clearFaults();
    await relays.closeAll();
  });

  afterAll(async () => {
    await proxy?.close();
    await sandbox?.cleanup();
  });

  async function freshCache(): Promise<string> {
    return fs.mkdtemp(path.join(sandbox.root, 'cache-'));
  }

  it('lets go fetch from local git through direct mode when every upstream is down and direct is allowed', async () => {
    proxy.setFault('*', { kind: 'hang' });
    const { relay: r } = await relays.start(proxy.url);
    const cache = await freshCache();
    const res = await sandbox.go(['mod', 'download', '-json', 'all'], {
      cwd: project,
      env: { GOPROXY: childGoproxy(r.url, ALL), GOSUMDB: 'off', GONOSUMDB: 'vcs.test', GOMODCACHE: cache },
      timeoutMs: 60_000,
    });
    expect(res.code).toBe(0);
    expect(parseJsonObjects<Downloaded>(res.stdout).map((d) => d.Path)).toEqual([lib.path]);
    // go asked the relay first, got an error at once, and went to git.
    expect(r.requestLog().some((e) => e.path.startsWith('/vcs.test/lib.git/') && e.status === 502)).toBe(
      true,
    );
    expect(r.routeOf(lib.path, lib.version)).toBeUndefined();
    const info = JSON.parse(
      await fs.readFile(path.join(cache, 'cache/download/vcs.test/lib.git/@v/v1.0.0.info'), 'utf8'),
    );
    expect(info.Origin).toMatchObject({ VCS: 'git' });
  });

  it('leaves altered zip bytes a security failure even when direct is allowed: go does not retry them from git', async () => {
    proxy.setFault({ module: lib.path, kind: 'zip' }, { kind: 'alter' });
    const { relay: r } = await relays.start(proxy.url);
    const res = await sandbox.go(['mod', 'download', '-json', 'all'], {
      cwd: project,
      env: {
        GOPROXY: childGoproxy(r.url, ALL),
        GOSUMDB: 'off',
        GONOSUMDB: 'vcs.test',
        GOMODCACHE: await freshCache(),
      },
      timeoutMs: 60_000,
    });
    expect(res.code).toBe(1);
    const errors = [res.stderr, ...parseJsonObjects<Downloaded>(res.stdout).map((d) => d.Error ?? '')].join(
      '\n',
    );
    expect(errors).toMatch(/vcs.test\/lib.git@v1.0.0: checksum mismatch[\s\S]*SECURITY ERROR/);
    expect(r.requestLog().filter((e) => e.path === '/vcs.test/lib.git/@v/v1.0.0.zip')).toHaveLength(1);
    expect(r.routeOf(lib.path, lib.version)).toBe(new URL(proxy.url).host);
  });

  it('never sees a GONOPROXY module in its request log', async () => {
    const { relay: r } = await relays.start(proxy.url, { latencyBudgetMs: 2000, stallTimeoutMs: 2000 });
    const res = await sandbox.go(['mod', 'download', '-json', 'all'], {
      cwd: mixed,
      env: {
        ...directModeEnv('vcs.test'),
        GOPROXY: childGoproxy(r.url, ALL),
        GOMODCACHE: await freshCache(),
      },
      timeoutMs: 60_000,
    });
    expect(res.code).toBe(0);
    expect(r.routeOf(beta.path, beta.version)).toBe(new URL(proxy.url).host);
    const paths = r.requestLog().map((e) => e.path);
    expect(paths.some((p) => p.includes('example.test/beta'))).toBe(true);
    expect(paths.filter((p) => p.includes('vcs.test'))).toEqual([]);
  });
});
