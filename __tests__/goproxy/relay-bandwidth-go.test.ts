import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseGoSum } from '../../src/go/go-sum.js';
import { planPrefetch } from '../../src/goproxy/prefetch-plan.js';
import { childGoproxy, startRelay } from '../../src/goproxy/relay.js';
import { FALLBACKS } from '../../src/goproxy/relay-types.js';
import { MemoryLogger } from '../../src/logger.js';
import { parseProxyList } from '../../src/module/proxy-list.js';
import { manyModules, moduleZip } from '../../test-support/fixture-modules.js';
import { type FixtureProxy, startFixtureProxy } from '../../test-support/fixture-proxy.js';
import { createFixtureProject, createGoSandbox, type GoSandbox } from '../../test-support/go-sandbox.js';

const MODULES = 300;
/** About 5 MB/s shared by every connection of the proxy (issue 22's acceptance). */
const LINK_BYTES_PER_SECOND = 5 * 1000 * 1000;
/** The action's defaults: latency-budget 2300ms, stall-timeout 30s. */
const DEFAULT_BUDGET_MS = 2300;
const DEFAULT_STALL_MS = 30_000;

/**
 * Issue 22, acceptance: a proxy on a thin link (about 5 MB/s shared across its connections), 300
 * modules whose zips (30 to 100 KB of incompressible bytes, about 20 MB in all) keep it saturated,
 * the default budget and every fallback allowed, `direct` unreachable (example.test has no origin).
 * Our own downloads fill the link: no breaker may open and no request may fall back, as counted in
 * the relay's report. The wall time beside plain go is the bench's row (d), never timed here.
 */
describe('a bandwidth-capped proxy at the default budget', () => {
  const graph = manyModules(MODULES);
  graph.modules.forEach((m, i) => {
    m.blobs = { 'data.bin': randomBytes(30_000 + ((i * 7919) % 70_000)) };
  });
  let sandbox: GoSandbox;
  let open: FixtureProxy;
  let thin: FixtureProxy;
  let project: string;

  beforeAll(async () => {
    sandbox = await createGoSandbox();
    open = await startFixtureProxy(graph.modules);
    thin = await startFixtureProxy(graph.modules, {
      name: 'thin',
      linkBytesPerSecond: LINK_BYTES_PER_SECOND,
    });
    project = await createFixtureProject(sandbox, graph, open.url);
  }, 120_000);

  afterAll(async () => {
    await open?.close();
    await thin?.close();
    await sandbox?.cleanup();
  });

  it('opens no breaker and falls back nowhere while its own downloads saturate the link', async () => {
    const zipBytes = graph.modules.reduce((n, m) => n + moduleZip(m).length, 0);
    expect(zipBytes).toBeGreaterThan(15_000_000);
    const goSum = parseGoSum(await fs.readFile(path.join(project, 'go.sum'), 'utf8'), 'go.sum');
    const relay = await startRelay({
      upstreams: parseProxyList('proxy', thin.url),
      latencyBudgetMs: DEFAULT_BUDGET_MS,
      stallTimeoutMs: DEFAULT_STALL_MS,
      fallback: [...FALLBACKS],
      logger: new MemoryLogger(),
      goSum,
      spoolDir: sandbox.root,
      direct: { env: { ...sandbox.env, GOSUMDB: 'off' }, scratchParent: sandbox.root },
    });
    try {
      relay.prefetch(planPrefetch({ goSum, neverProxied: [], inCache: new Set() }));
      const cache = await fs.mkdtemp(path.join(sandbox.root, 'cache-'));
      const res = await sandbox.go(['mod', 'download', '-json', 'all'], {
        cwd: project,
        env: { GOPROXY: childGoproxy(relay.url, [...FALLBACKS]), GOSUMDB: 'off', GOMODCACHE: cache },
        timeoutMs: 240_000,
      });
      expect(res.code).toBe(0);
      const prefetch = await relay.endPrefetch();
      const report = relay.report();
      const [proxy, direct] = report.upstreams;
      expect(direct.name).toBe('direct');
      expect({
        opened: proxy.breaker.transitions.filter((t) => t.to === 'open'),
        fallbacks: report.fallbacks,
        failures: report.failures,
        timeouts: proxy.outcomes.timeout ?? 0,
        directRequests: direct.requests,
        prefetchFailed: prefetch?.failed,
      }).toEqual({
        opened: [],
        fallbacks: 0,
        failures: [],
        timeouts: 0,
        directRequests: 0,
        prefetchFailed: 0,
      });
      // Every zip came through the thin link, from the proxy.
      expect(thin.requests.filter((q) => q.kind === 'zip')).toHaveLength(MODULES);
      for (const m of graph.modules) expect(relay.routeOf(m.path, m.version)).toBe(new URL(thin.url).host);
    } finally {
      await relay.close();
    }
  }, 300_000);
});
