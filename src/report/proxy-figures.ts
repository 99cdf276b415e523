import type { ProxyReport } from '../goproxy/proxy-report.js';

/**
 * The p95 time to response headers over every request the relay sent upstream, as the
 * `proxy-p95-ms` output documents it (not `go`'s view of the relay, which hides a hanging upstream
 * behind the hedge that answered). A request that got no headers within the budget counts as the
 * budget (it waited at least that long). The report keeps each upstream's percentiles, not every
 * sample, so the samples are weighted at their percentiles (50 % at p50, 45 % at p95, 4 % at p99,
 * 1 % at max): exact for one upstream, a close estimate for several.
 */
export function upstreamP95Ms(proxy: ProxyReport): number {
  const points: { ms: number; weight: number }[] = [];
  for (const u of proxy.upstreams) {
    const n = u.latency.samples;
    if (n > 0) {
      points.push(
        { ms: u.latency.p50Ms, weight: 0.5 * n },
        { ms: u.latency.p95Ms, weight: 0.45 * n },
        { ms: u.latency.p99Ms, weight: 0.04 * n },
        { ms: u.latency.maxMs, weight: 0.01 * n },
      );
    }
    const timeouts = u.outcomes.timeout ?? 0;
    if (timeouts > 0) points.push({ ms: proxy.latencyBudgetMs, weight: timeouts });
  }
  const total = points.reduce((sum, p) => sum + p.weight, 0);
  if (total === 0) return 0;
  points.sort((a, b) => a.ms - b.ms);
  let seen = 0;
  for (const point of points) {
    seen += point.weight;
    if (seen >= 0.95 * total - 1e-9) return Math.round(point.ms);
  }
  return Math.round(points[points.length - 1].ms);
}

/** The parts of `fallbacks`, each one decision the relay took. */
export interface FallbackDecisions {
  /** Hedged requests won by a later upstream (the earlier one was over budget). */
  readonly hedgesWon: number;
  /** Circuit openings: from then on the upstream is skipped until its trial (skips are not counted again). */
  readonly circuitsOpened: number;
  /** Requests the relay answered with an error so that `go` went direct (only when direct is allowed). */
  readonly toDirect: number;
  readonly total: number;
}

export function fallbackDecisions(proxy: ProxyReport, directAllowed: boolean): FallbackDecisions {
  const hedgesWon = proxy.upstreams.reduce((sum, u) => sum + u.hedgesWon, 0);
  const circuitsOpened = proxy.upstreams.reduce(
    (sum, u) => sum + u.breaker.transitions.filter((t) => t.to === 'open').length,
    0,
  );
  const toDirect = directAllowed ? proxy.failures.length : 0;
  return { hedgesWon, circuitsOpened, toDirect, total: hedgesWon + circuitsOpened + toDirect };
}
