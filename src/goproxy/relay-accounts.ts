import { type BreakerOptions, type BreakerTransition, CircuitBreaker } from './breaker.js';
import { latencyHistogram, summarizeLatency } from './latency-stats.js';
import type { ProxyRequest } from '../module/module-escape.js';
import type {
  PendingRequest,
  ProxyBreakerReport,
  ProxyReport,
  RelayFailure,
  SecurityFact,
  UpstreamReport,
} from './proxy-report.js';
import type { Upstream } from './upstream.js';

/**
 * What a breaker speaks for: module files and lists, or the checksum database paths. A proxy that
 * serves modules well may not proxy the checksum database at all (a 500 on /sumdb/): that must not
 * close it for modules.
 */
export type HealthKind = 'module' | 'sumdb';

/** One upstream with its breakers and its counters. */
export interface UpstreamState {
  readonly upstream: Upstream;
  readonly breakers: Readonly<Record<HealthKind, CircuitBreaker>>;
  requests: number;
  readonly outcomes: Map<string, number>;
  /** Time to headers of the requests it answered. */
  readonly latencies: number[];
  bytes: number;
  hedgesFired: number;
  hedgesWon: number;
  /** Per breaker kind: its last outcome in this run was an answer (200, 404 or 410, in time or late). */
  readonly answering: Record<HealthKind, boolean>;
  /** Answers that came after the budget and were served: no faster route answered first. */
  lateWins: number;
  /** Requests sent to it while its circuit was open: the last route that answered. */
  kept: number;
  /** What the start-up probe came to: 'pending', 'answered 404 in 3 ms', 'no headers…'; none without one. */
  probe?: string;
}

/** One request of `go` while the relay works on it. */
export interface Flight {
  readonly request: ProxyRequest;
  readonly since: number;
  phase: 'headers' | 'body';
  waitingOn: string[];
  /** The prefetch of the same file this request waits for (its phase and upstreams count). */
  joined?: Flight;
}

const MAX_FAILURES = 100;

/** Everything the relay counts, and the report made from it. */
export class RelayAccounts {
  readonly states: UpstreamState[];
  private readonly flights = new Set<Flight>();
  private readonly routes = new Map<string, { upstream: string; kind: 'zip' | 'mod' | 'info' }>();
  private readonly headerTimes: number[] = [];
  private readonly failures: RelayFailure[] = [];
  private readonly security: SecurityFact[] = [];
  private fallbacks = 0;

  constructor(
    upstreams: readonly Upstream[],
    private readonly budgetMs: number,
    breakerOptions: BreakerOptions,
    private readonly now: () => number,
    onTransition: (state: UpstreamState, kind: HealthKind, transition: BreakerTransition) => void,
  ) {
    this.states = upstreams.map((upstream) => {
      const breakers = {} as Record<HealthKind, CircuitBreaker>;
      const state: UpstreamState = {
        upstream,
        breakers,
        requests: 0,
        outcomes: new Map(),
        latencies: [],
        bytes: 0,
        hedgesFired: 0,
        hedgesWon: 0,
        answering: { module: false, sumdb: false },
        lateWins: 0,
        kept: 0,
      };
      for (const kind of ['module', 'sumdb'] as const)
        breakers[kind] = new CircuitBreaker(budgetMs, breakerOptions, now, (t) =>
          onTransition(state, kind, t),
        );
      return state;
    });
  }

  beginFlight(request: ProxyRequest, since: number): Flight {
    const flight: Flight = { request, since, phase: 'headers', waitingOn: [] };
    this.flights.add(flight);
    return flight;
  }

  endFlight(flight: Flight): void {
    this.flights.delete(flight);
  }

  headersAnswered(ms: number): void {
    this.headerTimes.push(ms);
  }

  fallback(): void {
    this.fallbacks++;
  }

  failed(flight: Flight, status: number, reason: string): void {
    if (this.failures.length >= MAX_FAILURES) return;
    const r = flight.request;
    this.failures.push({
      ...(r.kind === 'sumdb' ? {} : { module: r.module }),
      ...('version' in r ? { version: r.version } : {}),
      kind: r.kind,
      status,
      reason: reason.trim(),
    });
  }

  bytes(state: UpstreamState, n: number): void {
    state.bytes += n;
  }

  /** A whole 200 body reached `go`: the module version came by this upstream. */
  served(flight: Flight, state: UpstreamState): void {
    const r = flight.request;
    if (r.kind !== 'info' && r.kind !== 'mod' && r.kind !== 'zip') return;
    const key = `${r.module}@${r.version}`;
    const known = this.routes.get(key);
    if (!known || known.kind !== 'zip') this.routes.set(key, { upstream: state.upstream.name, kind: r.kind });
  }

  /** A module file body failed part-way, or was too large: an error of that upstream. */
  bodyFailed(
    state: UpstreamState,
    outcome: 'stalled' | 'truncated' | 'too-large',
    ms: number,
    health: HealthKind = 'module',
  ): void {
    count(state, outcome);
    state.answering[health] = false;
    state.breakers[health].bodyFailed(ms, `body ${outcome}`);
  }

  /** Bytes that do not hash to go.sum: tampering or corruption, whatever else the run does. */
  altered(state: UpstreamState, fact: Omit<SecurityFact, 'upstream'>, ms: number): void {
    count(state, 'altered');
    state.breakers.module.bodyFailed(ms, `altered ${fact.kind} (not as go.sum)`);
    const known = this.security.some(
      (s) =>
        s.module === fact.module &&
        s.version === fact.version &&
        s.kind === fact.kind &&
        s.upstream === state.upstream.name,
    );
    if (!known) this.security.push({ ...fact, upstream: state.upstream.name });
  }

  routeOf(modulePath: string, version: string): string | undefined {
    return this.routes.get(`${modulePath}@${version}`)?.upstream;
  }

  pending(): PendingRequest[] {
    const at = this.now();
    return [...this.flights].map((f) => {
      const r = f.request;
      const work = f.joined ?? f;
      return {
        ...(r.kind === 'sumdb' ? {} : { module: r.module }),
        ...('version' in r ? { version: r.version } : {}),
        kind: r.kind === 'sumdb' ? `sumdb ${r.db}/${r.rest}` : r.kind,
        upstreams: [...work.waitingOn],
        phase: work.phase,
        since: new Date(f.since).toISOString(),
        waitingMs: Math.max(0, at - f.since),
      };
    });
  }

  report(stallTimeoutMs: number, nextProxy: boolean): ProxyReport {
    const upstreams: UpstreamReport[] = this.states.map((s) => ({
      name: s.upstream.name,
      requests: s.requests,
      outcomes: Object.fromEntries(s.outcomes),
      latency: summarizeLatency(s.latencies),
      latencyHistogram: latencyHistogram(s.latencies),
      bytes: s.bytes,
      hedgesFired: s.hedgesFired,
      hedgesWon: s.hedgesWon,
      ...(s.lateWins > 0 ? { lateWins: s.lateWins } : {}),
      ...(s.kept > 0 ? { kept: s.kept } : {}),
      ...(s.probe ? { probe: s.probe } : {}),
      breaker: breakerReport(s.breakers.module),
      sumdbBreaker: breakerReport(s.breakers.sumdb),
    }));
    return {
      latencyBudgetMs: this.budgetMs,
      stallTimeoutMs,
      nextProxy,
      upstreams,
      requests: this.headerTimes.length,
      p95Ms: summarizeLatency(this.headerTimes).p95Ms,
      fallbacks: this.fallbacks,
      modules: [...this.routes].map(([key, route]) => {
        const at = key.lastIndexOf('@');
        return {
          path: key.slice(0, at),
          version: key.slice(at + 1),
          upstream: route.upstream,
          file: route.kind,
        };
      }),
      failures: [...this.failures],
      security: [...this.security],
      pending: this.pending(),
    };
  }
}

function breakerReport(breaker: CircuitBreaker): ProxyBreakerReport {
  return {
    state: breaker.state,
    transitions: breaker.transitions.map((t) => ({ ...t, at: new Date(t.at).toISOString() })),
  };
}

/** Adds one to an outcome counter of the upstream. */
export function count(state: UpstreamState, outcome: string): void {
  state.outcomes.set(outcome, (state.outcomes.get(outcome) ?? 0) + 1);
}
