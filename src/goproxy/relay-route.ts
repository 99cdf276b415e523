import { STATUS_CODES } from 'node:http';
import type { RequestOutcome } from './breaker.js';
import type { RouteContext, RouteResult, RouteScope, Running } from './route-types.js';
import { count, type Flight, type UpstreamState } from './relay-accounts.js';
import { type AttemptState, nextRouteAction, type PlanInput } from './route-plan.js';
import {
  callUpstream,
  describeNetworkError,
  readSmallBody,
  type UpstreamResponse,
} from './upstream-request.js';

export type { RouteContext, RouteResult, RouteScope } from './route-types.js';

/** Once an upstream's recent median is over the budget, hedge after this fraction of the budget. */
const EARLY_HEDGE_FRACTION = 0.25;

/**
 * Runs one request through the upstreams as route-plan.ts decides (cmd/go modfetch.TryProxies,
 * plus our hedging with next-proxy): starts attempts, arms their budget timers on the injected
 * clock, keeps breakers and counters, and asks the planner again after every event.
 */
export function routeRequest(
  ctx: RouteContext,
  flight: Flight,
  requestPath: string,
  signal: AbortSignal,
  scope: RouteScope = { health: 'module' },
): Promise<RouteResult> {
  return new RequestRace(ctx, flight, requestPath, scope).run(signal);
}

/**
 * The executor of one request: each event (a response, a breach, an error, a body read) updates
 * one attempt, then pump() asks the planner what to do next. The routes it may use are an input
 * (scope.routes), in the order they are tried.
 */
export class RequestRace {
  private readonly routes: readonly UpstreamState[];
  private readonly plan: Pick<PlanInput, 'upstreams' | 'nextProxy' | 'exclude'>;
  private readonly attempts: Running[] = [];
  private readonly reasons: string[] = [];
  private reads = 0;
  private finished = false;
  private notFound: { status: number; text: string } | undefined;
  private resolve: (result: RouteResult) => void = () => {};
  private signal: AbortSignal | undefined;
  private readonly onAbort = (): void =>
    this.finish({ kind: 'answer', status: 499, text: 'client gone\n', degraded: false });

  constructor(
    private readonly ctx: RouteContext,
    private readonly flight: Flight,
    private readonly requestPath: string,
    private readonly scope: RouteScope,
  ) {
    // The request's route (proxy-routes): every attempt, fallback and hedge stays among these.
    this.routes = scope.routes ?? ctx.statesFor?.(flight.request) ?? ctx.states;
    const excluded = new Set<number>();
    this.routes.forEach((s, i) => {
      if (scope.exclude?.has(s)) excluded.add(i);
    });
    this.plan = {
      // The relay's own direct route follows the proxies as `|direct` would: after any error.
      upstreams: this.routes.map((s, i) => ({
        fallBackOnError: s.upstream.fallBackOnError || this.routes[i + 1]?.upstream.source !== undefined,
      })),
      nextProxy: ctx.nextProxy,
      exclude: excluded,
    };
  }

  /** Starts the race; resolves with the winner or the answer for `go`. */
  run(signal: AbortSignal): Promise<RouteResult> {
    return new Promise<RouteResult>((resolve) => {
      this.resolve = resolve;
      this.signal = signal;
      signal.addEventListener('abort', this.onAbort);
      this.pump();
    });
  }

  private get budget(): number {
    return this.ctx.latencyBudgetMs;
  }

  private inFlight(a: Running): boolean {
    return a.state.kind === 'waiting' || a.state.kind === 'breached';
  }

  private showWaiting(): void {
    this.flight.waitingOn = this.attempts.filter((a) => this.inFlight(a)).map((a) => a.ups.upstream.name);
  }

  private record(a: Running, outcome: RequestOutcome): void {
    if (a.recorded) return;
    if (this.scope.timed === false && outcome.kind === 'timeout') return;
    if (this.scope.timed === false && outcome.kind === 'answered') outcome = { ...outcome, untimed: true };
    a.recorded = true;
    a.breaker.record(a.admission, outcome);
  }

  /** Each attempt counts one outcome: a breached one counted 'timeout' already. */
  private settle(a: Running, state: AttemptState, outcome: string): void {
    for (const t of a.timers) this.ctx.clock.clearTimeout(t);
    if (a.state.kind === 'waiting') count(a.ups, outcome);
    a.state = state;
    this.showWaiting();
  }

  private failWith(ups: UpstreamState, reason: string): void {
    this.reasons.push(`${ups.upstream.name}: ${reason}`);
  }

  private finish(result: RouteResult): void {
    if (this.finished) return;
    this.finished = true;
    this.signal?.removeEventListener('abort', this.onAbort);
    for (const a of this.attempts) {
      if (!this.inFlight(a)) continue;
      this.settle(a, { kind: 'failed' }, 'cancelled');
      a.call?.abort();
      if (!a.recorded) a.breaker.release(a.admission);
    }
    this.resolve(result);
  }

  /** The routes whose last outcome in this run was an answer (by position in this race's list). */
  private answering(): Set<number> {
    const keep = new Set<number>();
    this.routes.forEach((s, i) => {
      if (s.answering[this.scope.health]) keep.add(i);
    });
    return keep;
  }

  /**
   * Starts an attempt on the route at `index` (in this race's list); `kept` sends it whatever its
   * circuit says, as the last route that answers.
   */
  private start(index: number, hedge: boolean, kept = false): void {
    const { ctx } = this;
    const ups = this.routes[index];
    const breaker = ups.breakers[this.scope.health];
    const admission = kept ? 'kept' : breaker.admit();
    if (kept) {
      ups.kept++;
      ctx.logger.debug(ctx.redact(`${this.requestPath}: no other route answered; kept ${ups.upstream.name}`));
    }
    const base = {
      upstream: index,
      ups,
      breaker,
      admission,
      started: ctx.now(),
      budgetMs: ctx.zipBudgets?.budgetMs(ups.upstream.name, this.flight.request, this.budget) ?? this.budget,
      hedge,
      timers: [],
      recorded: false,
    };
    if (admission === 'refused') {
      count(ups, 'skipped');
      this.failWith(ups, `circuit open (${breaker.transitions.at(-1)?.reason ?? 'no reason'})`);
      this.attempts.push({ ...base, state: { kind: 'refused' }, call: undefined });
      return;
    }
    if (hedge) {
      for (const a of this.attempts) if (this.inFlight(a)) a.ups.hedgesFired++;
      ctx.logger.debug(ctx.redact(`${this.requestPath}: hedging to ${ups.upstream.name}`));
    }
    ups.requests++;
    const a: Running = {
      ...base,
      state: { kind: 'waiting', overtaken: false },
      call: callUpstream(ups.upstream, this.requestPath, ctx.agents),
    };
    this.attempts.push(a);
    this.showWaiting();
    // The origin is the last route: nothing to race it with, so no budget (its clone takes what it takes).
    if (!ups.upstream.source) a.timers.push(ctx.clock.setTimeout(() => this.onBreach(a), a.budgetMs));
    // A zip with its own longer budget is not hedged early: its upstream just answered its version.
    if (ctx.nextProxy && a.budgetMs <= this.budget && breaker.predictsBreach())
      a.timers.push(
        ctx.clock.setTimeout(() => this.onEarlyHedge(a), Math.round(this.budget * EARLY_HEDGE_FRACTION)),
      );
    a.call?.response.then(
      (response) => this.onResponse(a, response),
      (error: unknown) => this.onError(a, error),
    );
  }

  private onBreach(a: Running): void {
    if (a.state.kind !== 'waiting') return;
    this.record(a, { kind: 'timeout', ms: this.ctx.now() - a.started });
    count(a.ups, 'timeout');
    this.failWith(a.ups, `no response headers within ${a.budgetMs} ms`);
    // A breach starts a race and never ends one: the attempt stays until it answers, fails, or
    // sends no headers for stall-timeout more. Without next-proxy there is no race to keep it in:
    // the breach is an error like any other (cmd/go's semantics).
    if (this.ctx.nextProxy) {
      a.state = { kind: 'breached' };
      a.timers.push(this.ctx.clock.setTimeout(() => this.onStall(a), this.ctx.stallTimeoutMs));
    } else {
      for (const t of a.timers) this.ctx.clock.clearTimeout(t);
      a.state = { kind: 'failed' };
      a.call?.abort();
      this.showWaiting();
    }
    this.pump();
  }

  /** A breached attempt that sent no headers for stall-timeout past its budget: dropped. */
  private onStall(a: Running): void {
    if (a.state.kind !== 'breached') return;
    a.ups.answering[this.scope.health] = false;
    count(a.ups, 'stalled');
    this.reasons.push(
      `${a.ups.upstream.name}: no response headers within ${a.budgetMs + this.ctx.stallTimeoutMs} ms (budget, then stall-timeout)`,
    );
    this.settle(a, { kind: 'failed' }, 'stalled');
    a.call?.abort();
    this.pump();
  }

  private onEarlyHedge(a: Running): void {
    if (a.state.kind !== 'waiting' || a.state.overtaken) return;
    a.state = { kind: 'waiting', overtaken: true };
    this.ctx.logger.debug(`${a.ups.upstream.name}: recent median over budget; hedging early`);
    this.pump();
  }

  private readReason(response: UpstreamResponse, limit: number, then: (text: string) => void): void {
    this.reads++;
    void readSmallBody(response.body, limit, Math.min(this.ctx.stallTimeoutMs, this.budget)).then((text) => {
      this.reads--;
      then(text);
      this.pump();
    });
  }

  private onResponse(a: Running, response: UpstreamResponse): void {
    if (this.finished || !this.inFlight(a)) return void response.body.destroy();
    const ms = this.ctx.now() - a.started;
    const status = response.status;
    a.ups.latencies.push(ms);
    a.ups.answering[this.scope.health] = status === 200 || status === 404 || status === 410;
    if (status === 200) {
      a.late = a.state.kind === 'breached';
      if (!a.ups.upstream.source)
        this.ctx.zipBudgets?.learn(a.ups.upstream.name, this.flight.request, a.late, response.contentLength);
      this.record(a, { kind: 'answered', ms });
      this.settle(a, { kind: 'found' }, '200');
      a.response = response;
    } else if (status === 404 || status === 410) {
      this.record(a, { kind: 'answered', ms });
      this.settle(a, { kind: 'not-found' }, String(status));
      this.readReason(
        response,
        4096,
        (text) => (this.notFound = { status, text: text || `not found: ${this.requestPath}\n` }),
      );
    } else this.onErrorStatus(a, response, ms);
    this.pump();
  }

  /** An answer that is neither a 200 nor a not-found. */
  private onErrorStatus(a: Running, response: UpstreamResponse, ms: number): void {
    const status = response.status;
    // 429 is the upstream failing under load, like a 5xx; other 4xx are answers.
    const serverError = status >= 500 || status === 429;
    this.record(
      a,
      serverError ? { kind: 'error', ms, reason: `answered ${status}` } : { kind: 'answered', ms },
    );
    const breached = a.state.kind === 'breached';
    this.settle(a, { kind: 'failed' }, String(status));
    // A breached attempt already counted as a failure when its budget passed.
    if (breached) return void response.body.destroy();
    this.failWith(a.ups, `${status} ${STATUS_CODES[status] ?? ''}`.trim());
    // The upstream's own words (its text/plain error body, which go would show) complete it.
    const index = this.reasons.length - 1;
    this.readReason(response, 512, (text) => {
      const said = text.trim().split('\n')[0]?.slice(0, 200);
      if (said) this.reasons[index] = `${this.reasons[index]}: ${said}`;
    });
  }

  private onError(a: Running, error: unknown): void {
    if (!this.inFlight(a)) return;
    a.ups.answering[this.scope.health] = false;
    this.record(a, { kind: 'error', ms: this.ctx.now() - a.started, reason: describeNetworkError(error) });
    if (a.state.kind !== 'breached') this.failWith(a.ups, describeNetworkError(error));
    this.settle(a, { kind: 'failed' }, 'error');
    this.pump();
  }

  /** Asks the planner what to do until it says wait, or the race is over. */
  private pump(): void {
    while (!this.finished) {
      const action = nextRouteAction({ ...this.plan, attempts: this.attempts, keep: this.answering() });
      switch (action.kind) {
        case 'try':
          this.start(action.upstream, action.hedge);
          continue;
        case 'keep':
          this.start(action.upstream, false, true);
          continue;
        case 'wait':
          return;
        case 'serve': {
          const a = this.attempts[action.attempt];
          if (a.hedge) a.ups.hedgesWon++;
          if (a.late) a.ups.lateWins++;
          return this.finish({
            kind: 'winner',
            winner: a.ups,
            response: a.response as UpstreamResponse,
            degraded: this.reasons.length > 0,
          });
        }
        case 'not-found':
          if (this.reads > 0) return;
          return this.finish({
            kind: 'answer',
            status: this.notFound?.status ?? 404,
            text: this.notFound?.text ?? `not found: ${this.requestPath}: no upstream proxy\n`,
            degraded: false,
          });
        case 'fail':
          if (this.reads > 0) return;
          return this.finish({
            kind: 'answer',
            status: 502,
            text: `go-module-warden relay: ${this.requestPath}: no upstream could serve it (budget ${this.budget} ms per request): ${this.reasons.join('; ')}\n`,
            degraded: true,
          });
      }
    }
  }
}
