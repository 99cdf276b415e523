import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseGoSum } from '../../src/go/go-sum.js';
import { planPrefetch } from '../../src/goproxy/prefetch-plan.js';
import { parseProxyList } from '../../src/module/proxy-list.js';
import { type Relay, type RelayOptions, startRelay } from '../../src/goproxy/relay.js';
import { MemoryLogger } from '../../src/logger.js';
import {
  fixtureModule,
  goModFile,
  largeModule,
  mainSource,
  moduleZip,
  standardGraph,
} from '../../test-support/fixture-modules.js';
import { until } from '../../test-support/fake-clock.js';
import { type FixtureProxy, startFixtureProxy } from '../../test-support/fixture-proxy.js';
import { gitRepoFromModule } from '../../test-support/git-repos.js';
import { createFixtureProject, createGoSandbox, type GoSandbox } from '../../test-support/go-sandbox.js';
import { runPipelineIn } from '../../test-support/pipeline-harness.js';
import { getFully } from '../../test-support/relay-upstreams.js';
import { entryForModule, startTestSumdb, type TestSumdb } from '../../test-support/sumdb-server.js';

describe('fetching the files go.sum names ahead of the real go', () => {
  const big = largeModule('example.test/big', 'v1.0.0', 1024 * 1024);
  const graph = standardGraph();
  graph.modules.push(big);
  const lib = fixtureModule({ path: 'vcs.test/lib.git', version: 'v1.0.0', license: 'MIT' });
  let sandbox: GoSandbox;
  let proxy: FixtureProxy;
  let sumdb: TestSumdb;
  let project: string;
  let planned: ReturnType<typeof planPrefetch>;
  const relays: Relay[] = [];

  beforeAll(async () => {
    sandbox = await createGoSandbox();
    // The proxy could serve the private module too: only our settings keep it away.
    proxy = await startFixtureProxy([...graph.modules, lib]);
    sumdb = await startTestSumdb(graph.modules.map(entryForModule));
    graph.main.goMod = goModFile('example.test/app', {
      ...Object.fromEntries(
        graph.modules.filter((m) => m.path !== 'example.test/local').map((m) => [m.path, m.version]),
      ),
    });
    graph.main.files['main.go'] = mainSource(['example.test/alpha', 'example.test/Upper', big.path]);
    project = await createFixtureProject(sandbox, graph, proxy.url);
    const goSum = parseGoSum(await fs.readFile(path.join(project, 'go.sum'), 'utf8'), 'go.sum');
    planned = planPrefetch({ goSum, neverProxied: [], inCache: new Set() });
  });

  afterEach(async () => {
    proxy.clearFaults();
    await Promise.all(relays.splice(0).map((r) => r.close()));
  });

  afterAll(async () => {
    await proxy?.close();
    await sumdb?.close();
    await sandbox?.cleanup();
  });

  async function relay(options: Partial<RelayOptions> = {}): Promise<Relay> {
    const r = await startRelay({
      upstreams: parseProxyList('proxy', proxy.url),
      latencyBudgetMs: 1000,
      stallTimeoutMs: 1000,
      fallback: ['next-proxy', 'cache'],
      probe: false,
      logger: new MemoryLogger(),
      spoolDir: sandbox.root,
      ...options,
    });
    relays.push(r);
    return r;
  }

  async function download(r: Relay): Promise<{ code: number; stderr: string }> {
    const cache = await fs.mkdtemp(path.join(sandbox.root, 'cache-'));
    return sandbox.go(['mod', 'download', '-json', 'all'], {
      cwd: project,
      env: { GOPROXY: r.url, GOSUMDB: 'off', GOMODCACHE: cache },
      timeoutMs: 60_000,
    });
  }

  const upstreamAsked = (): string[] =>
    proxy.requests.filter((q) => q.kind !== 'sumdb').map((q) => `${q.module}@${q.version}.${q.kind}`);

  it('hands go every file it fetched ahead, once: the upstream is asked for each file once, go accepts every byte', async () => {
    expect(planned.length).toBeGreaterThanOrEqual(12);
    const r = await relay();
    proxy.requests.length = 0;
    r.prefetch(planned);
    const res = await download(r);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const report = await r.endPrefetch();
    expect(report).toMatchObject({
      planned: planned.length,
      fetched: planned.length,
      served: planned.length,
      unused: 0,
      failed: 0,
    });
    const asked = upstreamAsked();
    expect(asked.length).toBe(new Set(asked).size);
    expect(asked.sort()).toEqual(planned.map((f) => `${f.module}@${f.version}.${f.kind}`).sort());
    for (const f of planned) expect(r.routeOf(f.module, f.version)).toBe(new URL(proxy.url).host);
    const log = r.requestLog();
    expect(log.filter((e) => e.prefetch)).toHaveLength(planned.length);
    expect(log.filter((e) => !e.prefetch && e.status === 200)).toHaveLength(planned.length);
  });

  it('keeps a big zip in a file until go takes it, and leaves no file behind', async () => {
    const spoolDir = await fs.mkdtemp(path.join(sandbox.root, 'spool-'));
    const r = await relay({ spoolDir });
    const zip = planned.filter((f) => f.module === big.path);
    r.prefetch(zip);
    while ((r.report().prefetch?.fetched ?? 0) < zip.length)
      await new Promise((resolve) => setTimeout(resolve, 10));
    const [held] = await fs.readdir(spoolDir);
    expect((await fs.readdir(path.join(spoolDir, held))).length).toBeGreaterThanOrEqual(1);
    const got = await getFully(`${r.url}/example.test/big/@v/v1.0.0.zip`);
    expect(got.body.equals(moduleZip(big))).toBe(true);
    await r.close();
    expect(await fs.readdir(spoolDir)).toEqual([]);
  });

  it('keeps small bodies in files too once the memory budget is used up, and go still gets them whole', async () => {
    const spoolDir = await fs.mkdtemp(path.join(sandbox.root, 'spool-'));
    const r = await relay({ spoolDir, prefetchMemoryBytes: 1, prefetchConcurrency: 1 });
    const mods = planned.filter((f) => f.kind === 'mod');
    r.prefetch(mods);
    while ((r.report().prefetch?.fetched ?? 0) < mods.length)
      await new Promise((resolve) => setTimeout(resolve, 10));
    const [dir] = await fs.readdir(spoolDir);
    // A 1-byte budget holds no body's bytes in memory (counted as they arrive): each waits in a file.
    expect((await fs.readdir(path.join(spoolDir, dir))).length).toBe(mods.length);
    const res = await download(r);
    expect(res.code).toBe(0);
    expect(await r.endPrefetch()).toMatchObject({ served: mods.length, unused: 0 });
    // go may exit the moment it has the last byte, a little before the relay frees the file.
    await until(() => r.pending().length === 0);
    expect(await fs.readdir(path.join(spoolDir, dir))).toEqual([]);
  });

  it('forgets a prefetch that failed and routes go’s own request afresh', async () => {
    const alphaZip = { module: 'example.test/alpha', version: 'v1.0.0', kind: 'zip' as const };
    proxy.setFault(alphaZip, { kind: 'status', status: 500, times: 1 });
    const r = await relay();
    proxy.requests.length = 0;
    r.prefetch(planned);
    const res = await download(r);
    expect(res.code).toBe(0);
    expect(upstreamAsked().filter((k) => k === 'example.test/alpha@v1.0.0.zip')).toHaveLength(2);
    expect(await r.endPrefetch()).toMatchObject({ failed: 1, served: planned.length });
    expect(r.routeOf('example.test/alpha', 'v1.0.0')).toBe(new URL(proxy.url).host);
  });

  it('counts a stalled prefetch against its upstream, and go still gets the whole file', async () => {
    proxy.setFault({ module: big.path, kind: 'zip' }, { kind: 'stall', afterBytes: 4096, times: 1 });
    const r = await relay({ stallTimeoutMs: 300 });
    r.prefetch(planned);
    const res = await download(r);
    expect(res.code).toBe(0);
    expect(r.report().upstreams[0].outcomes.stalled).toBe(1);
  });

  it('hands on a not-found every upstream agreed on, without asking again', async () => {
    const r = await relay();
    const missing = { kind: 'mod' as const, module: 'example.test/alpha', version: 'v9.9.9' };
    proxy.requests.length = 0;
    r.prefetch([missing]);
    while ((r.report().prefetch?.fetched ?? 0) < 1) await new Promise((resolve) => setTimeout(resolve, 10));
    const got = await getFully(`${r.url}/example.test/alpha/@v/v9.9.9.mod`);
    expect(got.status).toBe(404);
    expect(upstreamAsked()).toEqual(['example.test/alpha@v9.9.9.mod']);
  });

  it('shows the watchdog what go waits on when it waits for a prefetch', async () => {
    proxy.setFault({ module: 'example.test/alpha', kind: 'info' }, { kind: 'hang' });
    const r = await relay({ latencyBudgetMs: 800 });
    r.prefetch([{ kind: 'info', module: 'example.test/alpha', version: 'v1.0.0' }]);
    const waiting = getFully(`${r.url}/example.test/alpha/@v/v1.0.0.info`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(r.pending()).toEqual([
      expect.objectContaining({
        module: 'example.test/alpha',
        version: 'v1.0.0',
        kind: 'info',
        phase: 'headers',
        upstreams: [new URL(proxy.url).host],
      }),
    ]);
    expect((await waiting).status).toBe(502);
  });

  it('never fetches ahead, nor lets go fetch, a private module through a proxy (pipeline, `private` input)', async () => {
    const fresh = await createGoSandbox();
    try {
      await gitRepoFromModule(fresh, lib);
      const alpha = graph.modules[0];
      const mixed = await fresh.writeProject('mixed', {
        'go.mod': goModFile('example.test/mixed', { [lib.path]: lib.version, [alpha.path]: alpha.version }),
        'main.go': mainSource([lib.path, alpha.path]),
      });
      // Tidy with a module cache of its own, so that the pipeline's starts empty.
      const tidy = await fresh.go(['mod', 'tidy'], {
        cwd: mixed,
        env: {
          GOPROXY: proxy.url,
          GOPRIVATE: 'vcs.test',
          GOSUMDB: 'off',
          GOMODCACHE: path.join(fresh.root, 'tidy-cache'),
        },
      });
      expect(tidy.stderr).not.toMatch(/error/i);
      expect(await fs.readFile(path.join(mixed, 'go.sum'), 'utf8')).toContain(lib.path);
      proxy.requests.length = 0;
      const { report } = await runPipelineIn(fresh, mixed, {
        proxy: proxy.url,
        private: 'vcs.test',
        sumdb: sumdb.gosumdb,
      });
      expect(report.findings.filter((f) => f.severity !== 'warning')).toEqual([]);
      const prefetch = report.proxy?.prefetch;
      expect(prefetch?.planned).toBeGreaterThanOrEqual(3);
      expect(prefetch).toMatchObject({ fetched: prefetch?.planned, served: prefetch?.planned, unused: 0 });
      expect(proxy.requests.filter((q) => q.path.includes('vcs.test'))).toEqual([]);
      expect(report.modules.find((m) => m.path === lib.path)?.route).toEqual({ kind: 'direct' });
    } finally {
      await fresh.cleanup();
    }
  });
});
