import type http from 'node:http';
import { matchPrefixPatterns } from '../module/prefix-patterns.js';
import {
  parseProxyRequest,
  proxyRequestPath,
  type ProxyRequest,
  unescapeModulePath,
} from '../module/module-escape.js';
import { fetchWhole, type Whole, type WholeContext } from './fetch-whole.js';
import { MAX_FILE_BYTES } from './held-store.js';
import type { ModuleFileRequest } from './prefetch.js';
import type { LoggedRequest, RelayState } from './relay-state.js';
import type { Flight, HealthKind, UpstreamState } from './relay-accounts.js';
import { routeRequest, type RouteResult } from './relay-route.js';
import { pipeBody } from './relay-stream.js';
import { sendHeld } from './spool.js';
import { timelineMark } from './timeline.js';

export type { RelayLogEntry } from './relay-types.js';

export interface HandlerDeps extends WholeContext {
  /** The log, the requests in flight, closing, the prefetcher. */
  readonly state: RelayState;
  /** GONOPROXY globs (module paths never sent to a proxy), GONOSUMDB globs (never looked up). */
  readonly noProxy: readonly string[];
  readonly noSumDb: readonly string[];
}

export function isModuleFile(request: ProxyRequest): request is ModuleFileRequest {
  return request.kind === 'mod' || request.kind === 'info' || request.kind === 'zip';
}

/**
 * The module path a request would reveal to an upstream, when it is private: GONOPROXY for module
 * requests, GONOSUMDB for checksum database lookups. `go` never sends these to the relay; a
 * request for one is refused without asking anyone (a second line of defence).
 */
function privatePath(deps: HandlerDeps, request: ProxyRequest): string | undefined {
  if (request.kind !== 'sumdb')
    return matchPrefixPatterns(deps.noProxy, request.module) ? request.module : undefined;
  const lookup = /^lookup\/(.+)@[^@]*$/.exec(request.rest);
  const module = lookup ? unescapeModulePath(lookup[1]) : undefined;
  return module !== undefined && matchPrefixPatterns(deps.noSumDb, module) ? module : undefined;
}

/**
 * Why the relay answers a request without routing it (status and text), or undefined: not a GET,
 * not a module proxy path, a private module, or the relay closing.
 */
export function refusal(
  deps: HandlerDeps,
  method: string | undefined,
  request: ProxyRequest | undefined,
  rawPath: string,
): { status: number; text: string } | undefined {
  if (method !== 'GET') return { status: 405, text: 'method not allowed\n' };
  if (!request) return { status: 404, text: `not found: ${rawPath} is not a module proxy request\n` };
  const secret = privatePath(deps, request);
  if (secret !== undefined)
    return {
      status: 403,
      text: `forbidden: ${secret} is private (GONOPROXY/GONOSUMDB); the relay never sends it upstream\n`,
    };
  if (deps.state.closed) return { status: 503, text: 'relay closed\n' };
  return undefined;
}

/** Answers one request of `go` (its path with the door's prefix taken off). */
export async function handleRequest(
  deps: HandlerDeps,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  rawPath: string,
): Promise<void> {
  const { accounts, route } = deps;
  const request = parseProxyRequest(rawPath);
  // Redacted when read (requestLog), not on every request.
  const entry = deps.state.logRequest(rawPath, request);
  const answer = (status: number, text: string): void => {
    entry.status = status;
    if (res.headersSent || res.destroyed) return;
    const body = Buffer.from(route.redact(text), 'utf8');
    res.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': String(body.length),
    });
    res.end(body);
  };
  const refused = refusal(deps, req.method, request, rawPath);
  if (refused || !request) return answer(refused?.status ?? 404, refused?.text ?? '');

  const controller = new AbortController();
  const untrack = deps.state.track(() => controller.abort());
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const flight = accounts.beginFlight(request, route.now());
  try {
    if (!isModuleFile(request))
      return await serveStreamed(deps, flight, res, entry, answer, controller.signal);
    timelineMark(request.module, request.version, request.kind, 'asked');
    let whole: Whole | undefined;
    const claim = deps.state.prefetcher?.claim(request);
    if (claim?.kind === 'prefetched') {
      flight.joined = claim.flight;
      whole = await claim.result;
      flight.joined = undefined;
      if (!whole && deps.state.closed) return answer(503, 'relay closed\n');
    }
    whole ??= await fetchWhole(deps, request, flight, controller.signal);
    accounts.headersAnswered(route.now() - flight.since);
    if (whole.kind === 'not-found') return answer(whole.status, whole.text);
    if (whole.degraded) accounts.fallback();
    if (whole.kind === 'error') {
      if (whole.status >= 500) accounts.failed(flight, whole.status, whole.text);
      return answer(whole.status, whole.text);
    }
    entry.status = 200;
    entry.upstream = whole.winner.upstream.name;
    flight.phase = 'body';
    try {
      timelineMark(request.module, request.version, request.kind, 'handed');
      const outcome = await sendHeld(whole.held, res, whole.contentType, route.stallTimeoutMs, route.clock);
      timelineMark(request.module, request.version, request.kind, 'go-done');
      if (outcome === 'complete') accounts.served(flight, whole.winner);
    } finally {
      await deps.store.release(whole.held);
    }
  } finally {
    untrack();
    accounts.endFlight(flight);
  }
}

/** Which breaker speaks for a request: the checksum database paths have their own. */
export function healthOf(request: ProxyRequest): HealthKind {
  return request.kind === 'sumdb' ? 'sumdb' : 'module';
}

/**
 * Routes a list, @latest or checksum database path now, and counts its headers phase: the part
 * of streaming it that does not depend on who reads the body (`go` over HTTP, or the checksum
 * client in this process).
 */
export async function routeStreamable(
  deps: HandlerDeps,
  flight: Flight,
  entry: LoggedRequest,
  signal: AbortSignal,
): Promise<RouteResult> {
  const { accounts, route } = deps;
  // The relay's own direct route fetches module files only: lists, @latest and /sumdb/ go to the
  // proxies of the request's route (proxy-routes) and, when they truly fail, to go's own `|direct`.
  const states = route.statesFor?.(flight.request) ?? route.states;
  const result = await routeRequest(route, flight, proxyRequestPath(flight.request), signal, {
    health: healthOf(flight.request),
    routes: states.filter((s) => !s.upstream.source),
  });
  accounts.headersAnswered(route.now() - flight.since);
  if (result.degraded) accounts.fallback();
  if (result.kind === 'answer') {
    if (result.status >= 500) accounts.failed(flight, result.status, result.text);
    return result;
  }
  entry.status = 200;
  entry.upstream = result.winner.upstream.name;
  flight.phase = 'body';
  flight.waitingOn = [result.winner.upstream.name];
  return result;
}

/** What went wrong with a body, in words: "stalled for 30000 ms", "ended early", "passed 16 MiB". */
function bodyFailure(
  outcome: 'stalled' | 'truncated' | 'too-large',
  stallTimeoutMs: number,
  maxBytes: number,
): string {
  if (outcome === 'stalled') return `stalled for ${stallTimeoutMs} ms`;
  if (outcome === 'truncated') return 'ended early';
  return maxBytes % (1 << 20) === 0 ? `passed ${maxBytes / (1 << 20)} MiB` : `passed ${maxBytes} bytes`;
}

/**
 * A streamed body that failed part-way: an error of the upstream that sent it (on the breaker of
 * its kind), and a warning saying who sees the failure. Returns the failure in words.
 */
export function streamedBodyFailed(
  deps: HandlerDeps,
  flight: Flight,
  winner: UpstreamState,
  outcome: 'stalled' | 'truncated' | 'too-large',
  maxBytes: number,
  reader: string,
): string {
  const { accounts, route } = deps;
  accounts.bodyFailed(winner, outcome, route.now() - flight.since, healthOf(flight.request));
  const what = `the body from ${winner.upstream.name} ${bodyFailure(outcome, route.stallTimeoutMs, maxBytes)}`;
  route.logger.warn(
    route.redact(`${proxyRequestPath(flight.request)}: ${what}; ${reader} sees a failed download`),
  );
  return what;
}

/**
 * Lists, @latest and checksum database paths: routed now and streamed to `go` with backpressure,
 * capped at 16 MiB like every file go reads from a proxy but a zip.
 */
async function serveStreamed(
  deps: HandlerDeps,
  flight: Flight,
  res: http.ServerResponse,
  entry: LoggedRequest,
  answer: (status: number, text: string) => void,
  signal: AbortSignal,
): Promise<void> {
  const result = await routeStreamable(deps, flight, entry, signal);
  if (result.kind === 'answer') return answer(result.status, result.text);
  const { winner, response } = result;
  const headers: Record<string, string> = {
    'Content-Type': response.contentType ?? 'application/octet-stream',
  };
  if (response.contentLength !== undefined) headers['Content-Length'] = response.contentLength;
  res.writeHead(200, headers);
  const outcome = await pipeBody(
    response.body,
    res,
    deps.route.stallTimeoutMs,
    (n) => deps.accounts.bytes(winner, n),
    MAX_FILE_BYTES.other,
    deps.route.clock,
  );
  if (outcome === 'complete' || outcome === 'client-gone') return;
  streamedBodyFailed(deps, flight, winner, outcome, MAX_FILE_BYTES.other, 'go');
}
