import { type BreakerOptions, type BreakerTransition, CircuitBreaker } from './breaker.js';
import { summarizeLatency } from './latency-stats.js';
import type { ProxyRequest } from '../module/module-escape.js';
import type { PendingRequest, ProxyReport, RelayFailure, UpstreamReport } from './proxy-report.js';
import type { Upstream } from './upstream.js';

/** One upstream with its breaker and its counters. */
export interface UpstreamState {
  readonly upstream: Upstream;
  readonly breaker: CircuitBreaker;
  requests: number;
  readonly outcomes: Map<string, number>;
  /** Time to headers of the requests it answered. */
  readonly latencies: number[];
  bytes: number;
  hedgesFired: number;
  hedgesWon: number;
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
  private readonly routes = new Map<string, { upstream: string; kind: string }>();
  private readonly headerTimes: number[] = [];
  private readonly failures: RelayFailure[] = [];
  private fallbacks = 0;

  constructor(
    upstreams: readonly Upstream[],
    private readonly budgetMs: number,
    breakerOptions: BreakerOptions,
    private readonly now: () => number,
    onTransition: (state: UpstreamState, transition: BreakerTransition) => void,
  ) {
    this.states = upstreams.map((upstream) => {
      const state: UpstreamState = {
        upstream,
        breaker: undefined as unknown as CircuitBreaker,
        requests: 0,
        outcomes: new Map(),
        latencies: [],
        bytes: 0,
        hedgesFired: 0,
        hedgesWon: 0,
      };
      (state as { breaker: CircuitBreaker }).breaker = new CircuitBreaker(
        budgetMs,
        breakerOptions,
        now,
        (t) => onTransition(state, t),
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

  bodyFailed(state: UpstreamState, outcome: 'stalled' | 'truncated', ms: number): void {
    count(state, outcome);
    state.breaker.record('normal', { kind: 'error', ms, reason: `body ${outcome}` });
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
      bytes: s.bytes,
      hedgesFired: s.hedgesFired,
      hedgesWon: s.hedgesWon,
      breaker: {
        state: s.breaker.state,
        transitions: s.breaker.transitions.map((t) => ({ ...t, at: new Date(t.at).toISOString() })),
      },
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
        return { path: key.slice(0, at), version: key.slice(at + 1), upstream: route.upstream };
      }),
      failures: [...this.failures],
      pending: this.pending(),
    };
  }
}

/** Adds one to an outcome counter of the upstream. */
export function count(state: UpstreamState, outcome: string): void {
  state.outcomes.set(outcome, (state.outcomes.get(outcome) ?? 0) + 1);
}
