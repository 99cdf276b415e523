import { describe, expect, it } from '@jest/globals';
import { percentile, RollingWindow, summarizeLatency } from '../../src/goproxy/latency-stats.js';

describe('latency percentiles', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it.each([
    [[], 95, 0],
    [[7], 50, 7],
    [[7], 99, 7],
    [[3, 1, 2], 50, 2],
    [hundred, 50, 50],
    [hundred, 95, 95],
    [hundred, 99, 99],
    [hundred, 100, 100],
    [[10, 20, 30, 40, 5000], 95, 5000],
  ])('nearest rank of %j at p%d is %d', (samples, p, expected) => {
    expect(percentile(samples, p)).toBe(expected);
  });

  it('summarizes p50, p95, p99 and max in whole milliseconds, whatever the sample order', () => {
    const samples = [...hundred].reverse().map((v) => v + 0.4);
    expect(summarizeLatency(samples)).toEqual({ samples: 100, p50Ms: 50, p95Ms: 95, p99Ms: 99, maxMs: 100 });
  });

  it('summarizes no samples as zeros', () => {
    expect(summarizeLatency([])).toEqual({ samples: 0, p50Ms: 0, p95Ms: 0, p99Ms: 0, maxMs: 0 });
  });

  it('keeps only the last N samples in a rolling window', () => {
    const window = new RollingWindow(3);
    for (const v of [1000, 1000, 1000, 1, 2]) window.add(v);
    expect(window.length).toBe(3);
    expect(window.full).toBe(true);
    expect(window.percentile(50)).toBe(2);
    expect(window.percentile(95)).toBe(1000);
    window.add(3);
    expect(window.percentile(95)).toBe(3);
  });
});
