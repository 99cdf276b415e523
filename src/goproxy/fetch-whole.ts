import { type ExpectedHashes, checkHeld, expectedHash } from './held-check.js';
import type { HeldStore } from './held-store.js';
import type { ModuleFileRequest, Prefetched } from './prefetch.js';
import type { Flight, RelayAccounts, UpstreamState } from './relay-accounts.js';
import { type RouteContext, routeRequest } from './relay-route.js';
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
  const requestPath = proxyRequestPath(request);
  const tried = new Set<UpstreamState>();
  const reasons: string[] = [];
  let degraded = false;
  let altered = false;
  const failed = (): Whole => ({
    kind: 'error',
    status: 502,
    text: `go-module-warden relay: ${requestPath}: ${altered ? 'bytes served do not match go.sum' : 'no upstream could serve it whole'}: ${reasons.join('; ')}\n`,
    degraded: true,
  });
  for (;;) {
    flight.phase = 'headers';
    const result = await routeRequest(ctx.route, flight, requestPath, signal, {
      health: 'module',
      exclude: tried,
      // Health is judged on the small files; a zip's first byte may come late (see RouteScope).
      timed: request.kind !== 'zip',
    });
    if (result.kind === 'answer') {
      if (reasons.length > 0 && result.status !== 499) {
        if (result.status !== 404 && result.status !== 410) reasons.push(result.text.trim());
        return failed();
      }
      const notFound = result.status === 404 || result.status === 410;
      return notFound
        ? { kind: 'not-found', status: result.status, text: result.text }
        : { kind: 'error', status: result.status, text: result.text, degraded: result.degraded };
    }
    const { winner, response } = result;
    onWinner(winner);
    degraded ||= result.degraded;
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
        degraded,
      };
    if (outcome.kind !== 'complete') {
      ctx.accounts.bodyFailed(winner, outcome.kind, ms);
      tried.add(winner);
      const why =
        outcome.kind === 'stalled'
          ? `body stalled for ${stall} ms`
          : outcome.kind === 'too-large'
            ? `body larger than go's limit for a .${request.kind}`
            : 'body ended early';
      reasons.push(`${winner.upstream.name}: ${why}`);
      ctx.route.logger.info(
        ctx.route.redact(`${request.module}@${request.version} .${request.kind}: ${reasons.at(-1)}`),
      );
      if (!ctx.route.nextProxy && !winner.upstream.fallBackOnError) return failed();
      continue;
    }
    ctx.store.kept(outcome.body);
    const verdict = await checkHeld(outcome.body, request, ctx.hashes);
    timelineMark(request.module, request.version, request.kind, 'hashed');
    if (verdict.kind !== 'mismatch') {
      return {
        kind: 'body',
        winner,
        contentType: response.contentType ?? 'application/octet-stream',
        held: outcome.body,
        degraded,
      };
    }
    await ctx.store.release(outcome.body);
    const expected = expectedHash(ctx.hashes, request) as string;
    ctx.accounts.altered(
      winner,
      {
        module: request.module,
        version: request.version,
        kind: request.kind as 'zip' | 'mod',
        expected,
        got: verdict.got,
      },
      ms,
    );
    altered = true;
    tried.add(winner);
    reasons.push(
      `${winner.upstream.name}: SECURITY: .${request.kind} hashes to ${verdict.got}, go.sum says ${expected}`,
    );
    ctx.route.logger.error(
      ctx.route.redact(`${request.module}@${request.version}: ${reasons.at(-1)}; not handed to go`),
    );
  }
}
