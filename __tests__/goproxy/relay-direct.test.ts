import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseJsonObjects } from '../../src/go/json-stream.js';
import { parseGoSum } from '../../src/go/go-sum.js';
import type { Fallback } from '../../src/goproxy/relay-types.js';
import { KNOWN_VERSION_FACTOR } from '../../src/goproxy/zip-budget.js';
import { childGoproxy, type Relay } from '../../src/goproxy/relay.js';
import { closeRelay } from '../../src/steps/relay.js';
import { fixtureModule, goModFile, mainSource } from '../../test-support/fixture-modules.js';
import { type FixtureProxy, startFixtureProxy } from '../../test-support/fixture-proxy.js';
import { FakeClock, until } from '../../test-support/fake-clock.js';
import { relayPool } from '../../test-support/relay-pool.js';
import { directModeEnv, gitRepoFromModule } from '../../test-support/git-repos.js';
import { createGoSandbox, type GoRunResult, type GoSandbox } from '../../test-support/go-sandbox.js';

interface Downloaded {
  Path: string;
  Version: string;
  Error?: string;
}

const ALL: Fallback[] = ['next-proxy', 'cache', 'direct'];
/** A proxy nobody listens behind: every origin fetch through it fails at once ("direct unreachable"). */
const NO_ORIGIN = { HTTPS_PROXY: 'http://127.0.0.1:1', HTTP_PROXY: 'http://127.0.0.1:1', NO_PROXY: '' };

/** A promise for the fixture proxy's `gate` fault, and the cue that opens it. */
function opening(): { open: Promise<void>; release: () => void } {
  let release = (): void => {};
  const open = new Promise<void>((resolve) => (release = resolve));
  return { open, release };
}

describe('the relay races the origin itself (direct in a child go)', () => {
  // In git (reachable direct) and on the proxy.
  const lib = fixtureModule({ path: 'vcs.test/lib.git', version: 'v1.0.0', license: 'MIT' });
  // On the proxy only (its origin example.test is unreachable).
  const beta = fixtureModule({ path: 'example.test/beta', version: 'v1.1.0', license: 'MIT' });
  let sandbox: GoSandbox;
  let proxy: FixtureProxy;
  let libProject: string;
  let betaProject: string;
  const relays = relayPool({ latencyBudgetMs: 500, stallTimeoutMs: 5000, fallback: ALL, probe: false });

  beforeAll(async () => {
    sandbox = await createGoSandbox();
    proxy = await startFixtureProxy([beta, lib]);
    await gitRepoFromModule(sandbox, lib);
    libProject = await sandbox.writeProject('lib-user', {
      'go.mod': goModFile('example.test/libuser', { [lib.path]: lib.version }),
      'main.go': mainSource([lib.path]),
    });
    const tidy = await sandbox.go(['mod', 'tidy'], { cwd: libProject, env: directModeEnv('vcs.test') });
    if (tidy.code !== 0) throw new Error(tidy.stderr);
    betaProject = await sandbox.writeProject('beta-user', {
      'go.mod': goModFile('example.test/betauser', { [beta.path]: beta.version }),
      'main.go': mainSource([beta.path]),
    });
    const tidyBeta = await sandbox.go(['mod', 'tidy'], {
      cwd: betaProject,
      env: { GOPROXY: proxy.url, GOSUMDB: 'off', GOFLAGS: '-mod=mod' },
    });
    if (tidyBeta.code !== 0) throw new Error(tidyBeta.stderr);
  });

  afterEach(async () => {
    proxy.clearFaults();
    await relays.closeAll();
  });

  afterAll(async () => {
    await proxy?.close();
    await sandbox?.cleanup();
  });

  /** The relay's child go: the job's environment (git config, no checksum DB for these fixtures). */
  const childEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
    ...sandbox.env,
    GOSUMDB: 'off',
    ...extra,
  });

  async function goSumOf(project: string): Promise<ReturnType<typeof parseGoSum>> {
    return parseGoSum(await fs.readFile(path.join(project, 'go.sum'), 'utf8'), 'go.sum');
  }

  /** `go mod download -json all` in `project` through the relay (then go's own direct), fresh cache. */
  function download(
    r: Relay,
    project: string,
    env: Record<string, string> = {},
  ): Promise<GoRunResult & { downloads: Downloaded[] }> {
    return fs.mkdtemp(path.join(sandbox.root, 'cache-')).then(async (cache) => {
      const res = await sandbox.go(['mod', 'download', '-json', 'all'], {
        cwd: project,
        env: { GOPROXY: childGoproxy(r.url, ALL), GOSUMDB: 'off', GOMODCACHE: cache, ...env },
        timeoutMs: 60_000,
      });
      return { ...res, downloads: parseJsonObjects<Downloaded>(res.stdout) };
    });
  }

  const heldAtGate = (): boolean => proxy.requests.some((q) => q.fault === 'gate' && q.status === 0);

  it('passes with the only proxy’s zip answering past its own budget while the origin is unreachable: the slow answer is served, with a warning', async () => {
    const gate = opening();
    proxy.setFault({ module: beta.path, kind: 'zip' }, { kind: 'gate', open: gate.open });
    const clock = new FakeClock();
    const { relay: r } = await relays.start(proxy.url, {
      clock,
      goSum: await goSumOf(betaProject),
      direct: { env: childEnv(NO_ORIGIN), scratchParent: sandbox.root },
    });
    const run = download(r, betaProject, NO_ORIGIN);
    await until(heldAtGate);
    // The proxy answered beta's .info and .mod in time, so its zip has 4 × the budget (zip-budget.ts).
    clock.advance(KNOWN_VERSION_FACTOR * 500 + 1000);
    // The origin was raced and failed; the slow proxy is still in the race.
    await until(() => (r.report().upstreams[1]?.outcomes['502'] ?? 0) > 0);
    gate.release();
    const res = await run;
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.downloads.map((d) => d.Error)).toEqual([undefined]);
    expect(r.routeOf(beta.path, beta.version)).toBe(new URL(proxy.url).host);
    expect(r.report().upstreams[0]).toMatchObject({ lateWins: 1 });
    const outcome = await closeRelay({ relay: r, goproxy: '', sumdbProxies: [], prefetch: [] });
    expect(outcome?.findings.map((f) => `${f.severity}: ${f.message}`)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^warning: ${new URL(proxy.url).host} slow \\(p95 .* > 0\\.5 s budget\\); kept: no faster route answered`,
        ),
      ),
    ]);
  });

  it('passes with the proxy’s zip late and the origin reachable: the first complete answer (the origin’s, checked against go.sum) wins', async () => {
    const gate = opening();
    proxy.setFault({ module: lib.path, kind: 'zip' }, { kind: 'gate', open: gate.open });
    const clock = new FakeClock();
    const { relay: r } = await relays.start(proxy.url, {
      clock,
      goSum: await goSumOf(libProject),
      direct: { env: childEnv({ GONOSUMDB: 'vcs.test' }), scratchParent: sandbox.root },
    });
    const run = download(r, libProject);
    await until(heldAtGate);
    clock.advance(KNOWN_VERSION_FACTOR * 500);
    const res = await run;
    gate.release();
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(r.routeOf(lib.path, lib.version)).toBe('direct');
    const zips = r.requestLog().filter((e) => e.path === '/vcs.test/lib.git/@v/v1.0.0.zip');
    expect(zips).toEqual([expect.objectContaining({ status: 200, upstream: 'direct' })]);
    expect(r.report().security).toEqual([]);
  });

  it('a hanging only-proxy with a working origin: the relay’s direct wins each file after the budget (real clock)', async () => {
    proxy.setFault('*', { kind: 'hang' });
    const { relay: r } = await relays.start(proxy.url, {
      latencyBudgetMs: 300,
      goSum: await goSumOf(libProject),
      direct: { env: childEnv({ GONOSUMDB: 'vcs.test' }), scratchParent: sandbox.root },
    });
    const res = await download(r, libProject);
    expect(res.code).toBe(0);
    expect(r.routeOf(lib.path, lib.version)).toBe('direct');
    // go never needed its own direct: the relay answered every module file.
    expect(r.requestLog().filter((e) => e.path.startsWith('/vcs.test/') && e.status !== 200)).toEqual([]);
  });

  it('never hands go the origin’s bytes when they do not match go.sum: a security fact naming direct, a 502 for go', async () => {
    proxy.setFault('*', { kind: 'status', status: 500 });
    const goSum = (await goSumOf(libProject)).map((l) =>
      !l.version.endsWith('/go.mod') ? { ...l, hash: 'h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' } : l,
    );
    const { relay: r } = await relays.start(proxy.url, {
      goSum,
      direct: { env: childEnv({ GONOSUMDB: 'vcs.test' }), scratchParent: sandbox.root },
    });
    await download(r, libProject);
    // go then fetched it from git itself and checked it against its own go.sum.
    const zips = r.requestLog().filter((e) => e.path === '/vcs.test/lib.git/@v/v1.0.0.zip');
    expect(zips.map((e) => e.status)).toEqual([502]);
    expect(r.report().security).toEqual([
      expect.objectContaining({ module: lib.path, kind: 'zip', upstream: 'direct' }),
    ]);
  });
});
