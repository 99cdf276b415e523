import { STATUS_CODES } from 'node:http';
import type { Logger } from '../logger.js';
import type { Clock, ClockTimer } from './clock.js';
import type { Admission } from './breaker.js';
import { type CircuitBreaker } from './breaker.js';
import { count, type Flight, type HealthKind, type UpstreamState } from './relay-accounts.js';
import {
  type Agents,
  callUpstream,
  readSmallBody,
  type UpstreamCall,
  type UpstreamResponse,
} from './upstream-request.js';

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
}

interface Attempt {
  readonly state: UpstreamState;
  readonly breaker: CircuitBreaker;
  readonly admission: Admission;
  readonly started: number;
  readonly hedge: boolean;
  readonly call: UpstreamCall;
  readonly timers: ClockTimer[];
  /** A later upstream was started for this request because this one was (or looked) slow. */
  overtaken: boolean;
  /** No response headers within the budget. */
  breached: boolean;
  done: boolean;
  /** The breaker has heard of this attempt's outcome. */
  recorded: boolean;
  counted: boolean;
}

/** Once an upstream's recent median is over the budget, hedge after this fraction of the budget. */
const EARLY_HEDGE_FRACTION = 0.25;

/**
 * Routes one request through the upstreams with cmd/go's list semantics (modfetch/proxy.go
 * TryProxies: `,` moves on only after 404/410, `|` after any error), each upstream request bounded
 * by the latency budget. With next-proxy: any failure or breach moves on whatever the separator,
 * and a hedged request starts on the next upstream when the budget passes (earlier for an upstream
 * whose recent median is over it); the first 200 wins and the others are aborted. When every
 * upstream has failed or breached, the answer is an error at once, so `go` never waits longer.
 */
export function routeRequest(
  ctx: RouteContext,
  flight: Flight,
  requestPath: string,
  signal: AbortSignal,
  scope: RouteScope = { health: 'module' },
): Promise<RouteResult> {
  const budget = ctx.latencyBudgetMs;
  const breakerOf = (state: UpstreamState): CircuitBreaker => state.breakers[scope.health];
  return new Promise<RouteResult>((resolve) => {
    const live = new Set<Attempt>();
    const reasons: string[] = [];
    let next = 0;
    let stopped = false;
    let finished = false;
    let degraded = false;
    let errors = 0;
    let reads = 0;
    let notFound: { status: number; text: string } | undefined;

    const countOnce = (a: Attempt, outcome: string): void => {
      if (a.counted) return;
      a.counted = true;
      count(a.state, outcome);
    };
    const settle = (a: Attempt): void => {
      a.done = true;
      for (const t of a.timers) ctx.clock.clearTimeout(t);
      live.delete(a);
      flight.waitingOn = [...live].map((x) => x.state.upstream.name);
    };
    const cancel = (a: Attempt): void => {
      settle(a);
      a.call.abort();
      if (!a.recorded) a.breaker.release(a.admission);
      countOnce(a, 'cancelled');
    };
    const finish = (result: RouteResult): void => {
      if (finished) return;
      finished = true;
      signal.removeEventListener('abort', onAbort);
      for (const a of [...live]) cancel(a);
      resolve(result);
    };
    const onAbort = (): void =>
      finish({ kind: 'answer', status: 499, text: 'client gone\n', degraded: false });
    signal.addEventListener('abort', onAbort);

    const fail = (a: Attempt, reason: string, mayMoveOn: boolean): void => {
      errors++;
      degraded = true;
      reasons.push(`${a.state.upstream.name}: ${reason}`);
      if (!mayMoveOn) stopped = true;
    };

    const onBreach = (a: Attempt): void => {
      if (a.done) return;
      a.breached = true;
      a.overtaken = true;
      a.recorded = true;
      a.breaker.record(a.admission, { kind: 'timeout', ms: ctx.now() - a.started });
      countOnce(a, 'timeout');
      fail(a, `no response headers within ${budget} ms`, ctx.nextProxy || a.state.upstream.fallBackOnError);
      // Without next-proxy there is no race to keep it in: the breach is an error like any other.
      if (!ctx.nextProxy) {
        settle(a);
        a.call.abort();
      }
      pump();
    };

    const onEarlyHedge = (a: Attempt): void => {
      if (a.done || a.overtaken) return;
      a.overtaken = true;
      ctx.logger.debug(`${a.state.upstream.name}: recent median over budget; hedging early`);
      pump();
    };

    const onResponse = (a: Attempt, response: UpstreamResponse): void => {
      if (a.done || finished) {
        response.body.destroy();
        return;
      }
      const ms = ctx.now() - a.started;
      settle(a);
      a.state.latencies.push(ms);
      const status = response.status;
      countOnce(a, String(status));
      const record = (kind: 'answered' | 'error'): void => {
        if (a.recorded) return;
        a.recorded = true;
        a.breaker.record(
          a.admission,
          kind === 'answered' ? { kind, ms } : { kind, ms, reason: `answered ${status}` },
        );
      };
      if (status === 200) {
        record('answered');
        if (a.hedge) a.state.hedgesWon++;
        finish({ kind: 'winner', winner: a.state, response, degraded });
        return;
      }
      if (status === 404 || status === 410) {
        record('answered');
        reads++;
        void readSmallBody(response.body, 4096, Math.min(ctx.stallTimeoutMs, budget)).then((text) => {
          reads--;
          notFound = { status, text: text || `not found: ${requestPath}\n` };
          pump();
        });
        pump();
        return;
      }
      // 429 is the upstream failing under load, like a 5xx; other 4xx are answers.
      const serverError = status >= 500 || status === 429;
      record(serverError ? 'error' : 'answered');
      const moveOn = a.state.upstream.fallBackOnError || (serverError && ctx.nextProxy);
      // A breached attempt already counted as a failure when its budget passed.
      if (a.breached) {
        response.body.destroy();
        pump();
        return;
      }
      fail(a, `${status} ${STATUS_CODES[status] ?? ''}`.trim(), moveOn);
      // The upstream's own words (its text/plain error body, which go would show) complete the
      // reason; a little of it is read, never for longer than the budget.
      const index = reasons.length - 1;
      reads++;
      void readSmallBody(response.body, 512, Math.min(ctx.stallTimeoutMs, budget)).then((text) => {
        reads--;
        const said = text.trim().split('\n')[0]?.slice(0, 200);
        if (said) reasons[index] = `${reasons[index]}: ${said}`;
        pump();
      });
      pump();
    };

    const onError = (a: Attempt, error: unknown): void => {
      if (a.done) return;
      settle(a);
      if (!a.recorded) {
        a.recorded = true;
        a.breaker.record(a.admission, {
          kind: 'error',
          ms: ctx.now() - a.started,
          reason: describeNetworkError(error),
        });
      }
      countOnce(a, 'error');
      if (!a.breached)
        fail(a, describeNetworkError(error), ctx.nextProxy || a.state.upstream.fallBackOnError);
      pump();
    };

    const launch = (state: UpstreamState, breaker: CircuitBreaker, admission: Admission): void => {
      const hedge = live.size > 0;
      if (hedge) {
        for (const a of live) if (a.overtaken) a.state.hedgesFired++;
        ctx.logger.debug(ctx.redact(`${requestPath}: hedging to ${state.upstream.name}`));
      }
      state.requests++;
      const a: Attempt = {
        state,
        breaker,
        admission,
        started: ctx.now(),
        hedge,
        call: callUpstream(state.upstream, requestPath, ctx.agents),
        timers: [],
        overtaken: false,
        breached: false,
        done: false,
        recorded: false,
        counted: false,
      };
      live.add(a);
      flight.waitingOn = [...live].map((x) => x.state.upstream.name);
      a.timers.push(ctx.clock.setTimeout(() => onBreach(a), budget));
      if (ctx.nextProxy && predictsBreach(breaker, budget))
        a.timers.push(ctx.clock.setTimeout(() => onEarlyHedge(a), Math.round(budget * EARLY_HEDGE_FRACTION)));
      a.call.response.then(
        (response) => onResponse(a, response),
        (error: unknown) => onError(a, error),
      );
    };

    const pump = (): void => {
      if (finished) return;
      const fresh = [...live].some((a) => !a.overtaken);
      if (!fresh && !stopped) {
        while (next < ctx.states.length) {
          const state = ctx.states[next++];
          if (scope.exclude?.has(state)) continue;
          const breaker = breakerOf(state);
          const admission = breaker.admit();
          if (admission === 'refused') {
            count(state, 'skipped');
            fail(
              { state } as Attempt,
              `circuit open (${breaker.transitions.at(-1)?.reason ?? 'no reason'})`,
              ctx.nextProxy || state.upstream.fallBackOnError,
            );
            if (stopped) break;
            continue;
          }
          launch(state, breaker, admission);
          return;
        }
      }
      const exhausted = stopped || next >= ctx.states.length;
      if (reads > 0 || !exhausted) return;
      if (live.size > 0 && ![...live].every((a) => a.breached)) return;
      // Nothing left to try, and nothing in flight that is still within its budget.
      if (errors === 0) {
        finish({
          kind: 'answer',
          status: notFound?.status ?? 404,
          text: notFound?.text ?? `not found: ${requestPath}: no upstream proxy\n`,
          degraded: false,
        });
        return;
      }
      finish({
        kind: 'answer',
        status: 502,
        text: `go-module-warden relay: ${requestPath}: no upstream could serve it (budget ${budget} ms per request): ${reasons.join('; ')}\n`,
        degraded: true,
      });
    };

    pump();
  });
}

/** The upstream's recent median time to headers is over the budget: this request will likely breach. */
function predictsBreach(breaker: CircuitBreaker, budget: number): boolean {
  return breaker.recentSamples >= 3 && breaker.recentPercentile(50) > budget;
}

function describeNetworkError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' && !message.includes(code) ? `${code} ${message}` : message;
}
