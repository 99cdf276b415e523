import { describe, expect, it } from '@jest/globals';
import type { ProxyReport, UpstreamReport } from '../../src/goproxy/proxy-report.js';
import { MemoryLogger } from '../../src/logger.js';
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
  it('says every few seconds how many files and bytes are done and which upstream serves them', () => {
    let clock = 0;
    let report: ProxyReport = {
      latencyBudgetMs: 2300,
      stallTimeoutMs: 30_000,
      nextProxy: true,
      upstreams: [upstream('goproxy.corp.example', 0, 0), upstream('proxy.golang.org', 40, 12_500_000)],
      requests: 40,
      p95Ms: 1,
      fallbacks: 0,
      modules: [],
      failures: [],
      pending: [],
    };
    const logger = new MemoryLogger();
    let scheduled: number | undefined;
    let stopped = false;
    const progress = startPrimingProgress({
      report: () => report,
      known: 360,
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
    progress.stop();
    expect(stopped).toBe(true);
    expect(logger.lines).toEqual([
      'priming: 40 files served (go.sum names 360), 13 MB so far, now from proxy.golang.org (5 s)',
      'priming: 40 files served (go.sum names 360), 13 MB so far, nothing new; 1 request waiting on goproxy.corp.example (10 s)',
    ]);
  });
});
