/**
 * The routing policy of one request as a pure function: given the upstreams, the fallback policy
 * and what each attempt so far came to, what to do next. The executor (relay-route.ts) runs the
 * attempts, their timers and breakers; it asks this after every event.
 *
 * Mirrors cmd/go/internal/modfetch/proxy.go TryProxies: upstreams in list order; after a 404/410
 * the next one is tried; after any other error only when the entry's separator was `|`
 * (fallBackOnError). Our additions, with next-proxy allowed: any error, breach or open circuit
 * moves on whatever the separator, and an attempt past its budget (or predicted to pass it) is
 * raced by the next upstream (a hedge) rather than waited on. The first 200 wins.
 *
 * A breach starts a race and never ends one: a breached attempt stays in flight until it answers,
 * fails or stalls (the executor's stall timer), and its answer is used if it is the first good one.
 * A route skipped for its open circuit is tried anyway when nothing else is left and it is known
 * to answer (`keep`): the breaker never closes the last working route. When nothing is in flight
 * and nothing is left to try, the answer is an error: 404 when every upstream said not found, else
 * 502 (TryProxies reports a proxy error before a not-found).
 */

/** What one attempt on one upstream has come to so far. */
export type AttemptState =
  /** In flight within its budget; `overtaken` when it is predicted to breach (hedge early). */
  | { readonly kind: 'waiting'; readonly overtaken: boolean }
  /** In flight past its budget: a failure already, but it may still win a race. */
  | { readonly kind: 'breached' }
  | { readonly kind: 'found' }
  | { readonly kind: 'not-found' }
  /** Not sent: its circuit was open. */
  | { readonly kind: 'refused' }
  /** An error status, a network error, a breach without next-proxy, or a stall. */
  | { readonly kind: 'failed' };

/** One attempt of a request: which upstream (list index), and its state. */
export interface Attempt {
  readonly upstream: number;
  readonly state: AttemptState;
}

export interface PlanInput {
  /** Per upstream, in list order: whether its separator is `|` (move on after any error). */
  readonly upstreams: readonly { readonly fallBackOnError: boolean }[];
  /** 'next-proxy' is an allowed fallback. */
  readonly nextProxy: boolean;
  /** Upstreams not to try for this request (their body already failed or was altered). */
  readonly exclude?: ReadonlySet<number>;
  /** Every attempt so far, in the order they started. */
  readonly attempts: readonly Attempt[];
  /** Upstreams known to answer in this run: tried despite an open circuit when nothing else is left. */
  readonly keep?: ReadonlySet<number>;
}

export type RouteAction =
  /** Start an attempt on this upstream; `hedge` when another is still in flight. */
  | { readonly kind: 'try'; readonly upstream: number; readonly hedge: boolean }
  /** Send it to this upstream whatever its circuit says: the last route that answers. */
  | { readonly kind: 'keep'; readonly upstream: number }
  /** Wait for the attempts in flight. */
  | { readonly kind: 'wait' }
  /** This attempt's 200 is the answer (the others are cancelled). */
  | { readonly kind: 'serve'; readonly attempt: number }
  /** Every upstream tried said not found (or there is none): 404. */
  | { readonly kind: 'not-found' }
  /** Nothing left to try, nothing in flight: 502 with every reason. */
  | { readonly kind: 'fail' };

/** The next action for one request. */
export function nextRouteAction(input: PlanInput): RouteAction {
  const found = input.attempts.findIndex((a) => a.state.kind === 'found');
  if (found >= 0) return { kind: 'serve', attempt: found };
  let errors = 0;
  let stopped = false;
  for (const a of input.attempts) {
    if (a.state.kind !== 'failed' && a.state.kind !== 'breached' && a.state.kind !== 'refused') continue;
    errors++;
    if (!input.nextProxy && !input.upstreams[a.upstream].fallBackOnError) stopped = true;
  }
  const inFlight = input.attempts.filter((a) => a.state.kind === 'waiting' || a.state.kind === 'breached');
  const fresh = inFlight.some((a) => a.state.kind === 'waiting' && !a.state.overtaken);
  const next = nextUpstream(input);
  if (!stopped && next !== undefined) {
    if (!fresh) return { kind: 'try', upstream: next, hedge: inFlight.length > 0 };
    return { kind: 'wait' };
  }
  // Nothing more to start: wait for every attempt in flight, breached ones too.
  if (inFlight.length > 0) return { kind: 'wait' };
  const kept = lastWorkingRoute(input);
  if (kept !== undefined) return { kind: 'keep', upstream: kept };
  return errors === 0 ? { kind: 'not-found' } : { kind: 'fail' };
}

/** The first route skipped for its open circuit that answers in this run and was not sent yet. */
function lastWorkingRoute(input: PlanInput): number | undefined {
  const sent = new Set(input.attempts.filter((a) => a.state.kind !== 'refused').map((a) => a.upstream));
  return input.attempts.find(
    (a) => a.state.kind === 'refused' && input.keep?.has(a.upstream) && !sent.has(a.upstream),
  )?.upstream;
}

/** The first upstream after the last one attempted, skipping the excluded ones. */
function nextUpstream(input: PlanInput): number | undefined {
  let i = input.attempts.reduce((max, a) => Math.max(max, a.upstream + 1), 0);
  while (i < input.upstreams.length && input.exclude?.has(i)) i++;
  return i < input.upstreams.length ? i : undefined;
}
