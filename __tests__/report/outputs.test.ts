import { describe, expect, it } from '@jest/globals';
import type { ModuleEntry } from '../../src/report/model.js';
import { reportOutputs } from '../../src/report/outputs.js';
import { fallbackDecisions, upstreamP95Ms } from '../../src/report/proxy-figures.js';
import { buildListModule } from '../../test-support/build-list-module.js';
import { passedReport, proxyReport, upstreamReport } from '../../test-support/sample-report.js';

// The incident of issue #10: a hanging first upstream that timed out every request it got, 8 of
// them hedged to the second one, one circuit opening, then 91 requests skipped it.
const hanging = upstreamReport('goproxy.corp.example', {
  requests: 9,
  outcomes: { timeout: 9, skipped: 91 },
  latency: { samples: 0, p50Ms: 0, p95Ms: 0, p99Ms: 0, maxMs: 0 },
  hedgesFired: 8,
  breaker: {
    state: 'open',
    transitions: [{ at: '2026-11-22T00:00:01.000Z', from: 'closed', to: 'open', reason: '3 timeouts' }],
  },
});
const mirror = upstreamReport('proxy.golang.org', {
  requests: 100,
  outcomes: { '200': 100 },
  latency: { samples: 100, p50Ms: 20, p95Ms: 60, p99Ms: 70, maxMs: 77 },
  hedgesWon: 8,
});

describe('the outputs count what they say', () => {
  it('proxy-p95-ms is over the upstream requests: a hanging upstream shows, even when hedges hid it from go', () => {
    // 9 timeouts among 109 upstream requests is over 5 %: the p95 is at least the budget.
    expect(upstreamP95Ms(proxyReport([hanging, mirror]))).toBe(2300);
    expect(reportOutputs(passedReport({ proxy: proxyReport([hanging, mirror]) }), '/r')['proxy-p95-ms']).toBe(
      '2300',
    );
  });

  it('proxy-p95-ms is the upstream p95 when all answered', () => {
    expect(upstreamP95Ms(proxyReport([mirror]))).toBe(60);
    expect(
      upstreamP95Ms(
        proxyReport([
          mirror,
          upstreamReport('b', { latency: { samples: 100, p50Ms: 10, p95Ms: 50, p99Ms: 55, maxMs: 60 } }),
        ]),
      ),
    ).toBe(60);
    expect(upstreamP95Ms(proxyReport([]))).toBe(0);
  });

  it('fallbacks counts decisions: hedges won, circuit openings, requests sent direct (not every skip)', () => {
    expect(fallbackDecisions(proxyReport([hanging, mirror]), true)).toEqual({
      hedgesWon: 8,
      circuitsOpened: 1,
      toDirect: 0,
      total: 9,
    });
    const failures = [{ module: 'example.test/a', version: 'v1.0.0', kind: 'zip', status: 502, reason: 'x' }];
    expect(fallbackDecisions(proxyReport([upstreamReport('m')], { failures }), true).total).toBe(1);
    expect(fallbackDecisions(proxyReport([upstreamReport('m')], { failures }), false).total).toBe(0);
    expect(reportOutputs(passedReport({ proxy: proxyReport([hanging, mirror]) }), '/r').fallbacks).toBe('9');
  });

  it('checksum-failures counts module versions with a checksum failure, once each', () => {
    const mismatch = {
      kind: 'security' as const,
      area: 'checksum' as const,
      module: 'a',
      version: 'v1',
      message: 'x',
    };
    const r = passedReport({
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
    const r = passedReport({
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
