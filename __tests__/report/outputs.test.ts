import { describe, expect, it } from '@jest/globals';
import type { ProxyReport, UpstreamReport } from '../../src/goproxy/proxy-report.js';
import type { ModuleEntry, Report } from '../../src/report/model.js';
import { reportOutputs } from '../../src/report/outputs.js';
import { fallbackDecisions, upstreamP95Ms } from '../../src/report/proxy-figures.js';
import { buildListModule } from '../../test-support/build-list-module.js';

function upstream(name: string, over: Partial<UpstreamReport> = {}): UpstreamReport {
  return {
    name,
    requests: 100,
    outcomes: { '200': 100 },
    latency: { samples: 100, p50Ms: 20, p95Ms: 60, p99Ms: 70, maxMs: 77 },
    bytes: 0,
    hedgesFired: 0,
    hedgesWon: 0,
    breaker: { state: 'closed', transitions: [] },
    ...over,
  };
}

function proxy(upstreams: UpstreamReport[], over: Partial<ProxyReport> = {}): ProxyReport {
  return {
    latencyBudgetMs: 2300,
    stallTimeoutMs: 30_000,
    nextProxy: true,
    upstreams,
    requests: 100,
    p95Ms: 77,
    fallbacks: 100,
    modules: [],
    failures: [],
    pending: [],
    ...over,
  };
}

function report(extra: Partial<Report>): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'go-module-warden', version: '0' },
    startedAt: '2026-11-22T00:00:00.000Z',
    durationMs: 1,
    status: 'failed',
    warnOnly: false,
    project: { dir: '/w', goVersion: '', mode: 'module', vendor: false, mainModules: [] },
    settings: {
      proxy: '',
      private: '',
      sumdb: '',
      latencyBudgetMs: 2300,
      fallback: ['next-proxy', 'direct'],
    },
    findings: [],
    modules: [],
    download: { downloaded: 0, failed: [] },
    ...extra,
  };
}

// The incident of issue #10: a hanging first upstream that timed out every request it got, 8 of
// them hedged to the second one, one circuit opening, then 91 requests skipped it.
const hanging = upstream('goproxy.corp.example', {
  requests: 9,
  outcomes: { timeout: 9, skipped: 91 },
  latency: { samples: 0, p50Ms: 0, p95Ms: 0, p99Ms: 0, maxMs: 0 },
  hedgesFired: 8,
  breaker: {
    state: 'open',
    transitions: [{ at: '2026-11-22T00:00:01.000Z', from: 'closed', to: 'open', reason: '3 timeouts' }],
  },
});
const mirror = upstream('proxy.golang.org', { hedgesWon: 8 });

describe('the outputs count what they say', () => {
  it('proxy-p95-ms is over the upstream requests: a hanging upstream shows, even when hedges hid it from go', () => {
    // 9 timeouts among 109 upstream requests is over 5 %: the p95 is at least the budget.
    expect(upstreamP95Ms(proxy([hanging, mirror]))).toBe(2300);
    expect(reportOutputs(report({ proxy: proxy([hanging, mirror]) }), '/r')['proxy-p95-ms']).toBe('2300');
  });

  it('proxy-p95-ms is the upstream p95 when all answered', () => {
    expect(upstreamP95Ms(proxy([mirror]))).toBe(60);
    expect(
      upstreamP95Ms(
        proxy([
          mirror,
          upstream('b', { latency: { samples: 100, p50Ms: 10, p95Ms: 50, p99Ms: 55, maxMs: 60 } }),
        ]),
      ),
    ).toBe(60);
    expect(upstreamP95Ms(proxy([]))).toBe(0);
  });

  it('fallbacks counts decisions: hedges won, circuit openings, requests sent direct (not every skip)', () => {
    expect(fallbackDecisions(proxy([hanging, mirror]), true)).toEqual({
      hedgesWon: 8,
      circuitsOpened: 1,
      toDirect: 0,
      total: 9,
    });
    const failures = [{ module: 'example.test/a', version: 'v1.0.0', kind: 'zip', status: 502, reason: 'x' }];
    expect(fallbackDecisions(proxy([upstream('m')], { failures }), true).total).toBe(1);
    expect(fallbackDecisions(proxy([upstream('m')], { failures }), false).total).toBe(0);
    expect(reportOutputs(report({ proxy: proxy([hanging, mirror]) }), '/r').fallbacks).toBe('9');
  });

  it('checksum-failures counts module versions with a checksum failure, once each', () => {
    const mismatch = {
      kind: 'security' as const,
      area: 'checksum' as const,
      module: 'a',
      version: 'v1',
      message: 'x',
    };
    const r = report({
      findings: [
        mismatch,
        { ...mismatch, message: 'the checksum database disagrees too' },
        { ...mismatch, module: 'b' },
        { kind: 'config', area: 'go', message: 'go.sum is missing entries' },
      ],
    });
    expect(reportOutputs(r, '/r')['checksum-failures']).toBe('2');
  });

  it('license-violations and unknown-licenses count modules by verdict', () => {
    const r = report({
      modules: [
        buildListModule<ModuleEntry>('a', 'v1.0.0', {
          license: { expression: 'GPL-3.0-only', verdict: 'denied' },
        }),
        buildListModule<ModuleEntry>('b', 'v1.0.0', {
          license: { expression: 'LicenseRef-unknown', verdict: 'unknown' },
        }),
        buildListModule<ModuleEntry>('c', 'v1.0.0', { license: { expression: 'MIT', verdict: 'allowed' } }),
      ],
    });
    expect(reportOutputs(r, '/r')).toMatchObject({ 'license-violations': '1', 'unknown-licenses': '1' });
  });
});
