import type { BreakerState } from './breaker.js';
import type { LatencyHistogram } from './latency-stats.js';

/** The prefetcher's counts for the report. */
export interface PrefetchReport {
  /** Files planned from go.sum (not in the module cache, not private). */
  readonly planned: number;
  /** Files fetched at once: the width at the end (adapted to the link unless fixed). */
  readonly concurrency: number;
  /** The widths taken in turn, when adapted to the link (prefetch-width.ts). */
  readonly widths?: readonly number[];
  /** Whole bodies (or agreed not-founds) brought before `go` needed them. */
  readonly fetched: number;
  /** Prefetches that failed (go then fetched the file itself). */
  readonly failed: number;
  /** Files `go` asked for that a prefetch had brought or was bringing. */
  readonly served: number;
  /** Files `go` asked for before their prefetch started (fetched live instead). */
  readonly overtaken: number;
  /** Prefetched files `go` never asked for (stale go.sum lines), and their bytes. */
  readonly unused: number;
  readonly unusedBytes: number;
  /** Planned files never started because priming ended first. */
  readonly notStarted: number;
}

/** A breaker transition as the report shows it. */
export interface ProxyBreakerTransition {
  /** ISO 8601 time. */
  readonly at: string;
  readonly from: BreakerState;
  readonly to: BreakerState;
  readonly reason: string;
}

/** What the relay saw of one upstream. */
export interface UpstreamReport {
  /** host[:port][/path] (file:<dir> for file:// entries); never credentials. */
  readonly name: string;
  /** Requests started to it (hedges and half-open trials included; skipped ones not). */
  readonly requests: number;
  /**
   * Outcomes by key: an HTTP status ("200", "404", "500"…), "timeout" (no headers within the
   * budget), "error" (connection failed or reset), "stalled" (body stopped for the stall timeout),
   * "truncated" (body ended early), "too-large" (body over go's limit for the file), "altered"
   * (a .zip or .mod that does not hash to go.sum), "cancelled" (lost a race to another upstream),
   * "skipped" (breaker open, not asked).
   */
  readonly outcomes: Readonly<Record<string, number>>;
  /** Time to response headers of the requests it answered. */
  readonly latency: {
    readonly samples: number;
    readonly p50Ms: number;
    readonly p95Ms: number;
    readonly p99Ms: number;
    readonly maxMs: number;
  };
  /** The same samples as cumulative buckets, for the metrics file. */
  readonly latencyHistogram?: LatencyHistogram;
  /** Body bytes received from it (for `go`, or fetched ahead of it). */
  readonly bytes: number;
  /** Hedged requests started on a later upstream because this one was slow. */
  readonly hedgesFired: number;
  /** Hedged requests (started because an earlier upstream was slow) that this one won. */
  readonly hedgesWon: number;
  /** Answers that came after the budget and were served, as no faster route answered first. */
  readonly lateWins?: number;
  /** Requests sent to it while its circuit was open, as the last route that answered. */
  readonly kept?: number;
  /** What the start-up probe came to, when there was one. */
  readonly probe?: string;
  /** The `proxy-routes` rule it belongs to (its globs), when routes are set; `(default)` for `proxy`. */
  readonly route?: string;
  /** The breaker for module files and lists. */
  readonly breaker: ProxyBreakerReport;
  /** The breaker for the checksum database paths (/sumdb/…), apart: see HealthKind. */
  readonly sumdbBreaker?: ProxyBreakerReport;
}

export interface ProxyBreakerReport {
  readonly state: BreakerState;
  readonly transitions: readonly ProxyBreakerTransition[];
}

/**
 * A body an upstream served for a module version that does not hash to go.sum: the relay never
 * handed it to `go`. Always a security finding (tampering or corruption), even in warn-only.
 */
export interface SecurityFact {
  readonly module: string;
  readonly version: string;
  readonly kind: 'zip' | 'mod';
  readonly upstream: string;
  /** The go.sum hash, and what the bytes hashed to (or why they could not be hashed). */
  readonly expected: string;
  readonly got: string;
}

/** A request the relay answered with an error, so that `go` fell back (or failed). */
export interface RelayFailure {
  readonly module?: string;
  readonly version?: string;
  readonly kind: string;
  readonly status: number;
  readonly reason: string;
}

/** What the relay saw, per upstream and per module. */
export interface ProxyReport {
  readonly latencyBudgetMs: number;
  readonly stallTimeoutMs: number;
  /** Whether a slow or failing upstream may pass a request on to the next one. */
  readonly nextProxy: boolean;
  readonly upstreams: readonly UpstreamReport[];
  /** Requests `go` made to the relay. */
  readonly requests: number;
  /** p95 of the time `go` waited for response headers from the relay. */
  readonly p95Ms: number;
  /**
   * Requests served by a later upstream because an earlier one was slow, failing or open,
   * plus requests answered with an error so that `go` fell back to direct.
   */
  readonly fallbacks: number;
  /**
   * The upstream each module version came by (its .zip, else its .mod or .info), and which of its
   * files that was: priming progress counts a module done once its zip reached `go`.
   */
  readonly modules: readonly {
    readonly path: string;
    readonly version: string;
    readonly upstream: string;
    readonly file: 'zip' | 'mod' | 'info';
  }[];
  /** Requests answered with an error (first 100). */
  readonly failures: readonly RelayFailure[];
  /** Bodies that did not match go.sum, by upstream: never handed to `go`. */
  readonly security?: readonly SecurityFact[];
  /** Requests still in flight when the report was taken. */
  readonly pending: readonly PendingRequest[];
  /** Files fetched ahead of `go` from go.sum, when that ran. */
  readonly prefetch?: PrefetchReport;
  /** One row per `proxy-routes` rule (the default route first), when routes are set. */
  readonly routes?: readonly PathRouteReport[];
}

/** One module-path route of the relay (`proxy-routes`) and what it carried. */
export interface PathRouteReport {
  /** Its globs, or `(default)` for paths no rule matches (the `proxy` input). */
  readonly route: string;
  /** Its upstreams in list order (host[:port][/path], never credentials). */
  readonly upstreams: readonly string[];
  /** `direct` or `off` after its URLs. */
  readonly ends?: 'direct' | 'off';
  /** Requests routed by it (from `go`, prefetches and the checksum client), answered 200, and 5xx. */
  readonly requests: number;
  readonly served: number;
  readonly failed: number;
}

/** A request of `go` still in flight: what it is and what it waits on. */
export interface PendingRequest {
  readonly module?: string;
  readonly version?: string;
  readonly kind: string;
  /** The upstreams it is waiting on (headers) or reading from (body). */
  readonly upstreams: readonly string[];
  readonly phase: 'headers' | 'body';
  /** ISO 8601 time the request arrived. */
  readonly since: string;
  readonly waitingMs: number;
}
