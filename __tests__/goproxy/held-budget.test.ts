import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MemoryLogger } from '../../src/logger.js';
import { parseProxyList } from '../../src/module/proxy-list.js';
import { startRelay } from '../../src/goproxy/relay.js';
import { largeModule, moduleZip } from '../../test-support/fixture-modules.js';
import { type FixtureProxy, startFixtureProxy } from '../../test-support/fixture-proxy.js';
import { getFully } from '../../test-support/relay-upstreams.js';
import { until } from '../../test-support/until.js';

// The bytes the relay holds in memory are bounded by real bytes, counted as they arrive: many zips
// in flight at once, each small enough to be held in memory alone, must not together pass the
// budget (the rest of a body that would pass it goes to the spool file, and `go` is served from
// there). Before, the budget was checked once per body against the bodies already complete, so
// sixteen 200 KiB bodies begun together held 3.2 MiB against a 1 MiB budget.
const BUDGET = 1024 * 1024;
const modules = Array.from({ length: 16 }, (_, i) =>
  largeModule(`example.test/held${i}`, 'v1.0.0', 200 * 1024),
);

describe('the held-bytes budget', () => {
  let proxy: FixtureProxy;
  let spoolDir = '';

  beforeAll(async () => {
    proxy = await startFixtureProxy(modules, { name: 'slow' });
    spoolDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-held-'));
  });
  afterAll(async () => {
    await proxy?.close();
    await fs.rm(spoolDir, { recursive: true, force: true });
  });

  it('keeps the bytes held in memory under the budget with many big zips fetched ahead at once', async () => {
    // Headers at once, then each body in 32 KiB pieces: all sixteen bodies arrive side by side.
    proxy.setFault({ kind: 'zip' }, { kind: 'slow', chunkBytes: 32 * 1024, intervalMs: 25 });
    const relay = await startRelay({
      upstreams: parseProxyList('proxy', proxy.url),
      latencyBudgetMs: 10_000,
      stallTimeoutMs: 10_000,
      fallback: [],
      probe: false,
      logger: new MemoryLogger(),
      spoolDir,
      prefetchMemoryBytes: BUDGET,
      prefetchConcurrency: modules.length,
    });
    try {
      // Fetched ahead, each body is held until `go` asks for it.
      relay.prefetch(modules.map((m) => ({ module: m.path, version: m.version, kind: 'zip' as const })));
      await until(() => (relay.report().prefetch?.fetched ?? 0) === modules.length);
      expect(relay.held().highWater).toBeLessThanOrEqual(BUDGET);
      const answers = await Promise.all(
        modules.map((m) => getFully(`${relay.url}/${m.path}/@v/${m.version}.zip`)),
      );
      answers.forEach((res, i) => {
        expect(res.status).toBe(200);
        expect(res.body.equals(moduleZip(modules[i]))).toBe(true);
      });
      const held = relay.held();
      expect(held.budget).toBe(BUDGET);
      // Some bytes were held in memory (the budget is used), never more than it.
      expect(held.highWater).toBeGreaterThan(0);
      expect(held.highWater).toBeLessThanOrEqual(BUDGET);
      // Every body served was released.
      await relay.endPrefetch();
      await until(() => relay.pending().length === 0);
      expect(relay.held().now).toBe(0);
    } finally {
      await relay.close();
    }
  });
});
