import { describe, expect, it } from '@jest/globals';
import type { ProxyReport, UpstreamReport } from '../../src/goproxy/proxy-report.js';
import { MemoryLogger, StreamLogger } from '../../src/logger.js';
import { startPrimingProgress } from '../../src/report/priming-progress.js';

function upstream(name: string, ok: number, bytes: number): UpstreamReport {
  return {
    name,
    requests: ok,
    outcomes: { '200': ok },
    latency: { samples: ok, p50Ms: 1, p95Ms: 1, p99Ms: 1, maxMs: 1 },
    bytes,
    hedgesFired: 0,
    hedgesWon: 0,
    breaker: { state: 'closed', transitions: [] },
  };
}

describe('progress while priming', () => {
  it('says every 5 s off a terminal how many of the known modules and bytes are done, the rate and the time left', () => {
    let clock = 0;
    let report: ProxyReport = {
      latencyBudgetMs: 2300,
      stallTimeoutMs: 30_000,
      nextProxy: true,
      upstreams: [upstream('goproxy.corp.example', 0, 0), upstream('proxy.golang.org', 40, 4_000_000)],
      requests: 40,
      p95Ms: 1,
      fallbacks: 0,
      // Four of the ten known modules, and one go.sum did not name (not counted against the ten).
      // m4's go.mod reached go, its zip has not: not done (a big zip is still coming).
      modules: [
        ...['m0', 'm1', 'm2', 'm3', 'graph-only'].map((m) => ({
          path: `example.test/${m}`,
          version: 'v1.0.0',
          upstream: 'proxy.golang.org',
          file: 'zip' as const,
        })),
        { path: 'example.test/m4', version: 'v1.0.0', upstream: 'proxy.golang.org', file: 'mod' as const },
      ],
      failures: [],
      pending: [],
    };
    const logger = new MemoryLogger();
    let scheduled: number | undefined;
    let stopped = false;
    const progress = startPrimingProgress({
      report: () => report,
      known: Array.from({ length: 10 }, (_, i) => `example.test/m${i}@v1.0.0`),
      logger,
      now: () => clock,
      every: (ms) => {
        scheduled = ms;
        return () => (stopped = true);
      },
    });
    expect(scheduled).toBe(5000);
    clock = 5000;
    progress.tick();
    // Nothing moves for the next interval: it says what it waits on.
    report = {
      ...report,
      pending: [
        {
          module: 'example.test/slow',
          version: 'v1.0.0',
          kind: 'zip',
          upstreams: ['goproxy.corp.example'],
          phase: 'headers',
          since: '2026-11-22T00:00:00.000Z',
          waitingMs: 4000,
        },
      ],
    };
    clock = 10_000;
    progress.tick();
    // Every known module in, nothing in flight: go unpacks the trees, which is not a hang.
    report = {
      ...report,
      pending: [],
      modules: Array.from({ length: 10 }, (_, i) => ({
        path: `example.test/m${i}`,
        version: 'v1.0.0',
        upstream: 'proxy.golang.org',
        file: 'zip' as const,
      })),
    };
    clock = 15_000;
    progress.tick();
    progress.stop();
    expect(stopped).toBe(true);
    expect(logger.lines).toEqual([
      'priming: 4 of 10 modules (40%), 4.0 MB of about 10 MB, 800 kB/s, about 7.5 s left; now from proxy.golang.org (5.0 s)',
      'priming: 4 of 10 modules (40%), 4.0 MB of about 10 MB, 0 B/s, about 15 s left; nothing new; 1 request waiting on goproxy.corp.example (10 s)',
      expect.stringMatching(
        /^priming: 10 of 10 modules \(100%\), .*; every module fetched; go is unpacking them \(15 s\)$/,
      ),
    ]);
  });

  it('says go is unpacking once every file was fetched ahead, though go has taken only some zips yet', () => {
    const logger = new MemoryLogger();
    const report: ProxyReport = {
      latencyBudgetMs: 2300,
      stallTimeoutMs: 30_000,
      nextProxy: true,
      upstreams: [upstream('proxy.golang.org', 30, 3_000_000)],
      requests: 30,
      p95Ms: 1,
      fallbacks: 0,
      modules: Array.from({ length: 6 }, (_, i) => ({
        path: `example.test/m${i}`,
        version: 'v1.0.0',
        upstream: 'proxy.golang.org',
        file: 'zip' as const,
      })),
      failures: [],
      pending: [],
      prefetch: {
        planned: 30,
        concurrency: 8,
        fetched: 30,
        failed: 0,
        served: 18,
        overtaken: 0,
        unused: 0,
        unusedBytes: 0,
        notStarted: 0,
      },
    };
    let clock = 0;
    const progress = startPrimingProgress({
      report: () => report,
      known: Array.from({ length: 10 }, (_, i) => `example.test/m${i}@v1.0.0`),
      logger,
      now: () => clock,
      every: () => () => undefined,
    });
    clock = 5000;
    progress.tick();
    clock = 10_000;
    progress.tick();
    // The second line gains no bytes: not "nothing new" (which reads as a hang), but what go does.
    expect(logger.lines[1]).toMatch(
      /^priming: 6 of 10 modules \(60%\), .*; every module fetched; go is unpacking them/,
    );
  });

  it('rewrites one status line in place on a terminal, every second, cleared before other lines', () => {
    let clock = 0;
    let bytes = 0;
    const modules: ProxyReport['modules'][number][] = [];
    const report = (): ProxyReport => ({
      latencyBudgetMs: 2300,
      stallTimeoutMs: 30_000,
      nextProxy: true,
      upstreams: [upstream('proxy.golang.org', modules.length, bytes)],
      requests: modules.length,
      p95Ms: 1,
      fallbacks: 0,
      modules,
      failures: [],
      pending: [],
    });
    let out = '';
    const logger = new StreamLogger(
      (line) => (out += `${line}\n`),
      false,
      false,
      () => clock,
      (text) => (out += text),
    );
    let scheduled: number | undefined;
    const progress = startPrimingProgress({
      report,
      known: ['a@v1.0.0', 'b@v1.0.0'],
      logger,
      now: () => clock,
      every: (ms) => {
        scheduled = ms;
        return () => undefined;
      },
    });
    expect(scheduled).toBe(1000);
    clock = 1000;
    bytes = 2_000_000;
    modules.push({ path: 'a', version: 'v1.0.0', upstream: 'proxy.golang.org', file: 'zip' });
    progress.tick();
    logger.info('a line from elsewhere');
    clock = 2000;
    bytes = 3_000_000;
    modules.push({ path: 'b', version: 'v1.0.0', upstream: 'proxy.golang.org', file: 'zip' });
    progress.tick();
    progress.stop();
    expect(out).toBe(
      '\r\u001b[Kpriming: 1 of 2 modules (50%), 2.0 MB of about 4.0 MB, 2.0 MB/s, about 1.0 s left; now from proxy.golang.org (1.0 s)' +
        '\r\u001b[Ka line from elsewhere\n' +
        '\r\u001b[Kpriming: 2 of 2 modules (100%), 3.0 MB, 1.0 MB/s; now from proxy.golang.org (2.0 s)' +
        '\r\u001b[K',
    );
  });
});
