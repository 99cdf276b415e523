import type { Logger } from '../logger.js';
import type { ProxyRequest } from '../module/module-escape.js';
import type { Clock } from '../clock.js';
import type { HealthKind, UpstreamState } from './relay-accounts.js';
import type { Admission, CircuitBreaker } from './breaker.js';
import type { ClockTimer } from '../clock.js';
import type { AttemptState } from './route-plan.js';
import type { Agents, UpstreamCall, UpstreamResponse } from './upstream-request.js';
import type { ZipBudgets } from './zip-budget.js';

/** What routing needs from the relay. */
export interface RouteContext {
  readonly states: readonly UpstreamState[];
  readonly latencyBudgetMs: number;
  readonly stallTimeoutMs: number;
  /** 'next-proxy' is an allowed fallback: slow or failing upstreams pass requests on, with hedging. */
  readonly nextProxy: boolean;
  readonly agents: Agents;
  readonly clock: Clock;
  readonly now: () => number;
  readonly logger: Logger;
  readonly redact: (text: string) => string;
  /**
   * The upstreams one request may use, chosen by its module path before it starts (path-routes.ts
   * PathRoutes.statesFor); `states` for all when absent.
   */
  readonly statesFor?: (request: ProxyRequest) => readonly UpstreamState[];
  /** What the relay learned of each version, to size a zip's time to first byte (zip-budget.ts). */
  readonly zipBudgets?: ZipBudgets;
}

/** A 200 to stream to `go`, or an answer to give it (404/410 not found, 502 every upstream out). */
export type RouteResult =
  | {
      readonly kind: 'winner';
      readonly winner: UpstreamState;
      readonly response: UpstreamResponse;
      /** An earlier upstream was slow, failing or open. */
      readonly degraded: boolean;
    }
  | { readonly kind: 'answer'; readonly status: number; readonly text: string; readonly degraded: boolean };

/** Which upstreams a route may use, and which of their breakers speaks for this request. */
export interface RouteScope {
  /** Module files and lists, or the checksum database paths: each has its own breaker. */
  readonly health: HealthKind;
  /** Upstreams already tried for this request (their body failed or was altered). */
  readonly exclude?: ReadonlySet<UpstreamState>;
  /**
   * False for a zip: past the budget it starts a race like any request, but its time to headers
   * is not held against the upstream's breaker (a proxy streams big zips from origin storage, and
   * our own downloads share the link); errors still count.
   */
  readonly timed?: boolean;
  /** The routes this request may race, in order (every upstream of the relay by default). */
  readonly routes?: readonly UpstreamState[];
}

/** One attempt in flight or done: the planner's Attempt plus what running it takes. */
export interface Running {
  /** Position in this race's route list (the planner's upstream index). */
  readonly upstream: number;
  state: AttemptState;
  readonly ups: UpstreamState;
  readonly breaker: CircuitBreaker;
  readonly admission: Admission;
  readonly started: number;
  /** Its time to headers before the next route starts (the budget, or a zip's own: zip-budget.ts). */
  readonly budgetMs: number;
  readonly hedge: boolean;
  readonly call: UpstreamCall | undefined;
  readonly timers: ClockTimer[];
  /** The breaker has heard of this attempt's outcome. */
  recorded: boolean;
  response?: UpstreamResponse;
  /** Its 200 came after the budget. */
  late?: boolean;
}
