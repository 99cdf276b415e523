import { STATUS_CODES } from 'node:http';
import type { Admission, CircuitBreaker } from './breaker.js';
import type { ClockTimer } from './clock.js';
import type { RouteContext, RouteResult, RouteScope } from './route-types.js';
import { count, type Flight, type UpstreamState } from './relay-accounts.js';
import { type AttemptState, nextRouteAction } from './route-plan.js';
import {
  callUpstream,
  describeNetworkError,
  readSmallBody,
  type UpstreamCall,
  type UpstreamResponse,
} from './upstream-request.js';

export type { RouteContext, RouteResult, RouteScope } from './route-types.js';

/** One attempt in flight or done: the planner's Attempt plus what running it takes. */
interface Running {
  readonly upstream: number;
  state: AttemptState;
  readonly ups: UpstreamState;
  readonly breaker: CircuitBreaker;
  readonly admission: Admission;
  readonly started: number;
  readonly hedge: boolean;
  readonly call: UpstreamCall | undefined;
  readonly timers: ClockTimer[];
  /** The breaker has heard of this attempt's outcome. */
  recorded: boolean;
  response?: UpstreamResponse;
}

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
  const budget = ctx.latencyBudgetMs;
  // The request's route (proxy-routes): every attempt, fallback and hedge stays among these.
  const states = ctx.statesFor?.(flight.request) ?? ctx.states;
  const upstreams = states.map((s) => s.upstream);
  const exclude = new Set([...(scope.exclude ?? [])].map((s) => s.upstream.index));
  return new Promise<RouteResult>((resolve) => {
    const attempts: Running[] = [];
    const reasons: string[] = [];
    let reads = 0;
    let finished = false;
    let notFound: { status: number; text: string } | undefined;

    const inFlight = (a: Running): boolean => a.state.kind === 'waiting' || a.state.kind === 'breached';
    const showWaiting = (): void => {
      flight.waitingOn = attempts.filter(inFlight).map((a) => a.ups.upstream.name);
    };
    const record = (a: Running, outcome: Parameters<CircuitBreaker['record']>[1]): void => {
      if (a.recorded) return;
      a.recorded = true;
      a.breaker.record(a.admission, outcome);
    };
    // Each attempt counts one outcome: a breached one counted 'timeout' already.
    const settle = (a: Running, state: AttemptState, outcome: string): void => {
      for (const t of a.timers) ctx.clock.clearTimeout(t);
      if (a.state.kind === 'waiting') count(a.ups, outcome);
      a.state = state;
      showWaiting();
    };
    const failWith = (ups: UpstreamState, reason: string): void => {
      reasons.push(`${ups.upstream.name}: ${reason}`);
    };
    const finish = (result: RouteResult): void => {
      if (finished) return;
      finished = true;
      signal.removeEventListener('abort', onAbort);
      for (const a of attempts) {
        if (!inFlight(a) || a.state.kind === 'found') continue;
        settle(a, { kind: 'failed' }, 'cancelled');
        a.call?.abort();
        if (!a.recorded) a.breaker.release(a.admission);
      }
      resolve(result);
    };
    const onAbort = (): void =>
      finish({ kind: 'answer', status: 499, text: 'client gone\n', degraded: false });
    signal.addEventListener('abort', onAbort);

    const onBreach = (a: Running): void => {
      if (a.state.kind !== 'waiting') return;
      record(a, { kind: 'timeout', ms: ctx.now() - a.started });
      count(a.ups, 'timeout');
      failWith(a.ups, `no response headers within ${budget} ms`);
      // Without next-proxy there is no race to keep it in: the breach is an error like any other.
      if (ctx.nextProxy) a.state = { kind: 'breached' };
      else {
        for (const t of a.timers) ctx.clock.clearTimeout(t);
        a.state = { kind: 'failed' };
        a.call?.abort();
        showWaiting();
      }
      pump();
    };

    const onEarlyHedge = (a: Running): void => {
      if (a.state.kind !== 'waiting' || a.state.overtaken) return;
      a.state = { kind: 'waiting', overtaken: true };
      ctx.logger.debug(`${a.ups.upstream.name}: recent median over budget; hedging early`);
      pump();
    };

    const readReason = (response: UpstreamResponse, limit: number, then: (text: string) => void): void => {
      reads++;
      void readSmallBody(response.body, limit, Math.min(ctx.stallTimeoutMs, budget)).then((text) => {
        reads--;
        then(text);
        pump();
      });
    };

    const onResponse = (a: Running, response: UpstreamResponse): void => {
      if (finished || !inFlight(a)) return void response.body.destroy();
      const ms = ctx.now() - a.started;
      const status = response.status;
      a.ups.latencies.push(ms);
      if (status === 200) {
        record(a, { kind: 'answered', ms });
        settle(a, { kind: 'found' }, '200');
        a.response = response;
      } else if (status === 404 || status === 410) {
        record(a, { kind: 'answered', ms });
        settle(a, { kind: 'not-found' }, String(status));
        readReason(
          response,
          4096,
          (text) => (notFound = { status, text: text || `not found: ${requestPath}\n` }),
        );
      } else {
        // 429 is the upstream failing under load, like a 5xx; other 4xx are answers.
        const serverError = status >= 500 || status === 429;
        record(
          a,
          serverError ? { kind: 'error', ms, reason: `answered ${status}` } : { kind: 'answered', ms },
        );
        const breached = a.state.kind === 'breached';
        settle(a, { kind: 'failed' }, String(status));
        // A breached attempt already counted as a failure when its budget passed.
        if (breached) response.body.destroy();
        else {
          failWith(a.ups, `${status} ${STATUS_CODES[status] ?? ''}`.trim());
          // The upstream's own words (its text/plain error body, which go would show) complete it.
          const index = reasons.length - 1;
          readReason(response, 512, (text) => {
            const said = text.trim().split('\n')[0]?.slice(0, 200);
            if (said) reasons[index] = `${reasons[index]}: ${said}`;
          });
        }
      }
      pump();
    };

    const onError = (a: Running, error: unknown): void => {
      if (!inFlight(a)) return;
      record(a, { kind: 'error', ms: ctx.now() - a.started, reason: describeNetworkError(error) });
      if (a.state.kind !== 'breached') failWith(a.ups, describeNetworkError(error));
      settle(a, { kind: 'failed' }, 'error');
      pump();
    };

    const start = (index: number, hedge: boolean): void => {
      const ups = states[index];
      const breaker = ups.breakers[scope.health];
      const admission = breaker.admit();
      const base = {
        upstream: index,
        ups,
        breaker,
        admission,
        started: ctx.now(),
        hedge,
        timers: [],
        recorded: false,
      };
      if (admission === 'refused') {
        count(ups, 'skipped');
        failWith(ups, `circuit open (${breaker.transitions.at(-1)?.reason ?? 'no reason'})`);
        attempts.push({ ...base, state: { kind: 'failed' }, call: undefined });
        return;
      }
      if (hedge) {
        for (const a of attempts) if (inFlight(a)) a.ups.hedgesFired++;
        ctx.logger.debug(ctx.redact(`${requestPath}: hedging to ${ups.upstream.name}`));
      }
      ups.requests++;
      const a: Running = {
        ...base,
        state: { kind: 'waiting', overtaken: false },
        call: callUpstream(ups.upstream, requestPath, ctx.agents),
      };
      attempts.push(a);
      showWaiting();
      a.timers.push(ctx.clock.setTimeout(() => onBreach(a), budget));
      if (ctx.nextProxy && breaker.predictsBreach())
        a.timers.push(ctx.clock.setTimeout(() => onEarlyHedge(a), Math.round(budget * EARLY_HEDGE_FRACTION)));
      a.call?.response.then(
        (response) => onResponse(a, response),
        (error: unknown) => onError(a, error),
      );
    };

    const pump = (): void => {
      for (;;) {
        if (finished) return;
        const action = nextRouteAction({ upstreams, nextProxy: ctx.nextProxy, exclude, attempts });
        const degraded = reasons.length > 0;
        switch (action.kind) {
          case 'try':
            start(action.upstream, action.hedge);
            continue;
          case 'wait':
            return;
          case 'serve': {
            const a = attempts[action.attempt];
            if (a.hedge) a.ups.hedgesWon++;
            return finish({
              kind: 'winner',
              winner: a.ups,
              response: a.response as UpstreamResponse,
              degraded,
            });
          }
          case 'not-found':
            if (reads > 0) return;
            return finish({
              kind: 'answer',
              status: notFound?.status ?? 404,
              text: notFound?.text ?? `not found: ${requestPath}: no upstream proxy\n`,
              degraded: false,
            });
          case 'fail':
            if (reads > 0) return;
            return finish({
              kind: 'answer',
              status: 502,
              text: `go-module-warden relay: ${requestPath}: no upstream could serve it (budget ${budget} ms per request): ${reasons.join('; ')}\n`,
              degraded: true,
            });
        }
      }
    };

    pump();
  });
}
