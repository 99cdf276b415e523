import { describe, expect, it } from '@jest/globals';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { latencyHistogram } from '../../src/goproxy/latency-stats.js';
import { MemoryLogger } from '../../src/logger.js';
import { renderOpenMetrics } from '../../src/metrics/openmetrics.js';
import { phaseLabel, timingLogger } from '../../src/metrics/phase-timer.js';
import type { Report } from '../../src/report/model.js';
import type { UpstreamReport } from '../../src/goproxy/proxy-report.js';

function upstream(name: string, samplesMs: number[]): UpstreamReport {
  return {
    name,
    requests: samplesMs.length,
    outcomes: { '200': samplesMs.length },
    latency: { samples: samplesMs.length, p50Ms: 0, p95Ms: 0, p99Ms: 0, maxMs: 0 },
    latencyHistogram: latencyHistogram(samplesMs),
    bytes: 0,
    hedgesFired: 0,
    hedgesWon: 0,
    breaker: {
      state: 'open',
      transitions: [{ at: '2026-01-01T00:00:00Z', from: 'closed', to: 'open', reason: 'slow' }],
    },
  };
}

const report = {
  startedAt: '2026-01-02T03:04:05.000Z',
  durationMs: 1500,
  status: 'passed',
  proxy: {
    upstreams: [upstream('proxy.example.test/go "a"', [3, 40, 40, 700, 20_000])],
    requests: 5,
    fallbacks: 2,
  },
} as unknown as Report;

describe('renderOpenMetrics', () => {
  const text = renderOpenMetrics(report, [{ phase: 'prime', seconds: 1.25 }]);

  it('writes cumulative le buckets in seconds, +Inf, _sum and _count', () => {
    const label = 'upstream="proxy.example.test/go \\"a\\""';
    const name = 'go_module_warden_upstream_request_duration_seconds';
    expect(text).toContain(`${name}_bucket{${label},le="0.005"} 1\n`);
    expect(text).toContain(`${name}_bucket{${label},le="0.05"} 3\n`);
    expect(text).toContain(`${name}_bucket{${label},le="1"} 4\n`);
    expect(text).toContain(`${name}_bucket{${label},le="10"} 4\n`);
    expect(text).toContain(`${name}_bucket{${label},le="+Inf"} 5\n`);
    expect(text).toContain(`${name}_sum{${label}} 20.783\n`);
    expect(text).toContain(`${name}_count{${label}} 5\n`);
  });

  it('is read by a Prometheus text parser, ends with # EOF, escapes label values', () => {
    expect(text.endsWith('\n# EOF\n')).toBe(true);
    const families = parsePrometheusTextFormat(text) as {
      name: string;
      type: string;
      metrics: { value?: string; labels?: Record<string, string> }[];
    }[];
    const byName = new Map(families.map((f) => [f.name, f]));
    expect(byName.get('go_module_warden_upstream_request_duration_seconds')?.type).toBe('HISTOGRAM');
    expect(byName.get('go_module_warden_relay_fallbacks_total')?.metrics[0].value).toBe('2');
    const opened = byName.get('go_module_warden_upstream_breaker_opened_total')?.metrics[0];
    expect(opened?.labels?.upstream).toBe('proxy.example.test/go "a"');
    expect(opened?.value).toBe('1');
    const open = byName
      .get('go_module_warden_upstream_breaker_state')
      ?.metrics.find((m) => m.labels?.state === 'open');
    expect(open?.value).toBe('1');
    expect(byName.get('go_module_warden_phase_duration_seconds')?.metrics[0]).toEqual({
      value: '1.25',
      labels: { phase: 'prime' },
    });
  });
});

describe('the phases of a run', () => {
  it('are its log groups, timed, under short labels', async () => {
    let clock = 0;
    const { logger, phases } = timingLogger(new MemoryLogger(), () => clock);
    await logger.group('Priming the module cache (go mod download -json all)', async () => {
      clock += 2500;
    });
    await logger.group('Licenses', async () => {
      clock += 500;
    });
    await logger.group('Licenses', async () => {
      clock += 250;
    });
    expect(phases()).toEqual([
      { phase: 'prime', seconds: 2.5 },
      { phase: 'licenses', seconds: 0.75 },
    ]);
    expect(phaseLabel('Something else (detail)')).toBe('something_else');
  });
});
