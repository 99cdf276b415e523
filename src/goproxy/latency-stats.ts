/** p50/p95/p99/max of time-to-headers samples, in milliseconds. */
export interface LatencySummary {
  readonly samples: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

/**
 * The nearest-rank percentile (0 < p ≤ 100) of the samples: the smallest sample with at least p %
 * of the samples at or below it. 0 for no samples.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

/** Summarizes samples; values are rounded to whole milliseconds. */
export function summarizeLatency(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number): number => Math.round(percentile(sorted, p));
  return {
    samples: sorted.length,
    p50Ms: at(50),
    p95Ms: at(95),
    p99Ms: at(99),
    maxMs: sorted.length === 0 ? 0 : Math.round(sorted[sorted.length - 1]),
  };
}

/** The last `size` samples, for rolling percentiles. */
export class RollingWindow {
  private readonly values: number[] = [];
  constructor(readonly size: number) {}

  add(value: number): void {
    this.values.push(value);
    if (this.values.length > this.size) this.values.shift();
  }

  get length(): number {
    return this.values.length;
  }

  get full(): boolean {
    return this.values.length >= this.size;
  }

  percentile(p: number): number {
    return percentile(this.values, p);
  }

  clear(): void {
    this.values.length = 0;
  }
}

/** Upper bounds (seconds) of the time-to-headers histogram: Prometheus' default buckets. */
export const LATENCY_BUCKETS_SECONDS: readonly number[] = [
  0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
];

/** A cumulative histogram of time-to-headers samples, for the metrics file (Prometheus `le` buckets). */
export interface LatencyHistogram {
  /** Samples at or below each bound of LATENCY_BUCKETS_SECONDS, in order (cumulative). */
  readonly buckets: readonly number[];
  readonly count: number;
  readonly sumSeconds: number;
}

export function latencyHistogram(samplesMs: readonly number[]): LatencyHistogram {
  const buckets = LATENCY_BUCKETS_SECONDS.map((bound) => samplesMs.filter((ms) => ms / 1000 <= bound).length);
  const sumSeconds = samplesMs.reduce((sum, ms) => sum + ms, 0) / 1000;
  return { buckets, count: samplesMs.length, sumSeconds };
}
