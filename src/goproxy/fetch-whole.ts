import { type ExpectedHashes, type ProvenZips, checkHeld, expectedHash } from './held-check.js';
import type { HeldStore } from './held-store.js';
import type { ModuleFileRequest, Prefetched } from './prefetch.js';
import type { Flight, RelayAccounts, UpstreamState } from './relay-accounts.js';
import { type RouteContext, type RouteResult, routeRequest } from './relay-route.js';
import { spoolBody } from './spool.js';
import { timelineMark, timelineOn } from './timeline.js';
import { proxyRequestPath } from '../module/module-escape.js';

/** What getting a module file whole came to: a body, an agreed not-found, or an error for `go`. */
export type Whole =
  | Prefetched
  | { readonly kind: 'error'; readonly status: number; readonly text: string; readonly degraded: boolean };

export interface WholeContext {
  readonly route: RouteContext;
  readonly accounts: RelayAccounts;
  readonly store: HeldStore;
  readonly hashes: ExpectedHashes;
  /** Each zip proven against go.sum, kept for the module cache's own proof (LandedZipDigests). */
  readonly proven: ProvenZips;
}

/**
 * Gets one module file (.info, .mod, .zip) whole before `go` sees a byte of it, so a body that
 * fails part-way (reset, cut off, stalled, over go's size limit) or does not hash to go.sum can
 * still move on to the next upstream: nothing was sent to `go` yet. A failed body counts against
 * its upstream's breaker; with `,` and no next-proxy it ends the request as any error would
 * (modfetch.TryProxies). Altered bytes always move on, and are never handed to `go`.
 */
export async function fetchWhole(
  ctx: WholeContext,
  request: ModuleFileRequest,
  flight: Flight,
  signal: AbortSignal,
  onWinner: (state: UpstreamState) => void = () => {},
): Promise<Whole> {
  const attempts: Attempts = { tried: new Set(), reasons: [], degraded: false, altered: false };
  for (;;) {
    flight.phase = 'headers';
    const result = await routeRequest(ctx.route, flight, proxyRequestPath(request), signal, {
      health: 'module',
      exclude: attempts.tried,
      // Health is judged on the small files; a zip's first byte may come late (see RouteScope).
      timed: request.kind !== 'zip',
    });
    if (result.kind === 'answer') return answered(request, attempts, result);
    onWinner(result.winner);
    attempts.degraded ||= result.degraded;
    const whole = await takeBody(ctx, request, flight, signal, result, attempts);
    if (whole) return whole;
  }
}

/** What the attempts of one request so far came to: the upstreams tried, and why each failed. */
interface Attempts {
  readonly tried: Set<UpstreamState>;
  readonly reasons: string[];
  degraded: boolean;
  altered: boolean;
}

/** The request's error once no upstream could serve it whole (or served altered bytes). */
function failed(request: ModuleFileRequest, attempts: Attempts): Whole {
  const why = attempts.altered ? 'bytes served do not match go.sum' : 'no upstream could serve it whole';
  return {
    kind: 'error',
    status: 502,
    text: `go-module-warden relay: ${proxyRequestPath(request)}: ${why}: ${attempts.reasons.join('; ')}\n`,
    degraded: true,
  };
}

/** The route answered itself (not found, an error, client gone): after a failed body, that fails. */
function answered(
  request: ModuleFileRequest,
  attempts: Attempts,
  result: Extract<RouteResult, { kind: 'answer' }>,
): Whole {
  if (attempts.reasons.length > 0 && result.status !== 499) {
    if (result.status !== 404 && result.status !== 410) attempts.reasons.push(result.text.trim());
    return failed(request, attempts);
  }
  const notFound = result.status === 404 || result.status === 410;
  return notFound
    ? { kind: 'not-found', status: result.status, text: result.text }
    : { kind: 'error', status: result.status, text: result.text, degraded: result.degraded };
}

/**
 * Reads the winner's body whole and checks it: the request's outcome, or undefined to try the
 * next upstream (the failure is in `attempts`).
 */
async function takeBody(
  ctx: WholeContext,
  request: ModuleFileRequest,
  flight: Flight,
  signal: AbortSignal,
  { winner, response }: Extract<RouteResult, { kind: 'winner' }>,
  attempts: Attempts,
): Promise<Whole | undefined> {
  flight.phase = 'body';
  flight.waitingOn = [winner.upstream.name];
  const stall = ctx.route.stallTimeoutMs;
  let first = true;
  const outcome = await spoolBody(
    response.body,
    ctx.store.spoolOptions(
      request.kind,
      stall,
      signal,
      (n) => {
        if (first && timelineOn) timelineMark(request.module, request.version, request.kind, 'first-byte');
        first = false;
        ctx.accounts.bytes(winner, n);
      },
      ctx.route.clock,
    ),
  );
  timelineMark(request.module, request.version, request.kind, 'last-byte');
  const ms = ctx.route.now() - flight.since;
  if (outcome.kind === 'aborted')
    return { kind: 'error', status: 499, text: 'client gone\n', degraded: false };
  if (outcome.kind === 'disk-error')
    return {
      kind: 'error',
      status: 502,
      text: `relay could not keep the body: ${outcome.message}\n`,
      degraded: attempts.degraded,
    };
  if (outcome.kind !== 'complete') {
    ctx.accounts.bodyFailed(winner, outcome.kind, ms);
    const why =
      outcome.kind === 'stalled'
        ? `body stalled for ${stall} ms`
        : outcome.kind === 'too-large'
          ? `body larger than go's limit for a .${request.kind}`
          : 'body ended early';
    attempts.tried.add(winner);
    attempts.reasons.push(`${winner.upstream.name}: ${why}`);
    ctx.route.logger.info(
      ctx.route.redact(`${request.module}@${request.version} .${request.kind}: ${attempts.reasons.at(-1)}`),
    );
    return !ctx.route.nextProxy && !winner.upstream.fallBackOnError ? failed(request, attempts) : undefined;
  }
  const verdict = await checkHeld(outcome.body, request, ctx.hashes);
  timelineMark(request.module, request.version, request.kind, 'hashed');
  if (verdict.kind !== 'mismatch') {
    if (verdict.kind === 'matches' && verdict.zip) ctx.proven.set(request, verdict.zip);
    const contentType = response.contentType ?? 'application/octet-stream';
    return { kind: 'body', winner, contentType, held: outcome.body, degraded: attempts.degraded };
  }
  await ctx.store.release(outcome.body);
  refuseAltered(ctx, request, winner, verdict.got, ms, attempts);
  return undefined;
}

/** Bytes that do not hash to go.sum: counted against the upstream, logged, never handed to `go`. */
function refuseAltered(
  ctx: WholeContext,
  request: ModuleFileRequest,
  winner: UpstreamState,
  got: string,
  ms: number,
  attempts: Attempts,
): void {
  const expected = expectedHash(ctx.hashes, request) as string;
  const kind = request.kind as 'zip' | 'mod';
  ctx.accounts.altered(winner, { module: request.module, version: request.version, kind, expected, got }, ms);
  attempts.altered = true;
  attempts.tried.add(winner);
  attempts.reasons.push(
    `${winner.upstream.name}: SECURITY: .${request.kind} hashes to ${got}, go.sum says ${expected}`,
  );
  ctx.route.logger.error(
    ctx.route.redact(`${request.module}@${request.version}: ${attempts.reasons.at(-1)}; not handed to go`),
  );
}
