import { STATUS_CODES } from 'node:http';
import { parseProxyRequest } from '../module/module-escape.js';
import { refusal, routeStreamable, streamedBodyFailed, type HandlerDeps } from './relay-handler.js';
import { collectBody } from './relay-stream.js';
import type { InProcessAnswer } from './relay-types.js';

export type { InProcessAnswer } from './relay-types.js';

/**
 * Answers a checksum database path for the checksum client in this process, through the very
 * routing `go`'s requests take (budget, hedging, the upstreams' `sumdb` breakers, the accounts),
 * without the loopback HTTP round trip: on a cold run the client's few hundred lookups and tiles
 * cost the relay's event loop, which also serves `go`, a request and a response each otherwise.
 * Rejects with the signal's reason once `signal` aborts, as fetch does.
 */
export async function answerInProcess(
  deps: HandlerDeps,
  requestPath: string,
  maxBytes: number,
  signal: AbortSignal,
): Promise<InProcessAnswer> {
  // routeRequest hears of an abort, not of a signal aborted before it starts.
  signal.throwIfAborted();
  const { route } = deps;
  const request = parseProxyRequest(requestPath);
  const entry = deps.state.logRequest(requestPath, request, 'in-process');
  const text = (status: number, words: string): InProcessAnswer => {
    entry.status = status;
    return {
      status,
      statusText: STATUS_CODES[status] ?? '',
      contentType: 'text/plain; charset=utf-8',
      body: Buffer.from(route.redact(words), 'utf8'),
    };
  };
  // Only the checksum database's paths: module files are held and checked (fetchWhole) for `go`.
  const refused =
    request && request.kind !== 'sumdb'
      ? { status: 404, text: `not found: ${requestPath} is not a checksum database path\n` }
      : refusal(deps, 'GET', request, requestPath);
  if (refused || !request) return text(refused?.status ?? 404, refused?.text ?? '');

  const controller = new AbortController();
  const untrack = deps.state.track(() => controller.abort());
  const both = AbortSignal.any([signal, controller.signal]);
  const flight = deps.accounts.beginFlight(request, route.now());
  try {
    const result = await routeStreamable(deps, flight, entry, both);
    if (both.aborted) {
      // A winner that came as the caller gave up (or the relay closed): drop its connection.
      if (result.kind === 'winner') result.response.body.destroy();
      signal.throwIfAborted();
      // The relay closed under it (its own 499 'client gone' says nothing to the client).
      return text(503, 'relay closed\n');
    }
    if (result.kind === 'answer') return text(result.status, result.text);
    const { winner, response } = result;
    const { outcome, data } = await collectBody(
      response.body,
      route.stallTimeoutMs,
      (n) => deps.accounts.bytes(winner, n),
      maxBytes,
      both,
      route.clock,
    );
    signal.throwIfAborted();
    if (outcome === 'client-gone') return text(503, 'relay closed\n');
    if (outcome !== 'complete') {
      const what = streamedBodyFailed(deps, flight, winner, outcome, maxBytes, 'the checksum client');
      return text(502, `go-module-warden relay: ${requestPath}: ${what}\n`);
    }
    return {
      status: 200,
      statusText: 'OK',
      contentType: response.contentType ?? 'application/octet-stream',
      body: data,
    };
  } finally {
    untrack();
    deps.accounts.endFlight(flight);
  }
}
