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
import type { ModuleFileRequest, Prefetcher } from './prefetch.js';
import type { Flight } from './relay-accounts.js';
import { routeRequest } from './relay-route.js';
import { pipeBody } from './relay-stream.js';
import { sendHeld } from './spool.js';

export interface RelayLogEntry {
  readonly path: string;
  readonly request: ProxyRequest | undefined;
  readonly status: number;
  readonly upstream?: string;
  /** A fetch ahead of `go` (not a request `go` made). */
  readonly prefetch?: boolean;
}

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface HandlerDeps extends WholeContext {
  readonly log: RelayLogEntry[];
  /** GONOPROXY globs (module paths never sent to a proxy), GONOSUMDB globs (never looked up). */
  readonly noProxy: readonly string[];
  readonly noSumDb: readonly string[];
  readonly prefetcher: () => Prefetcher | undefined;
  readonly closed: () => boolean;
  /** Aborts of the requests in flight, for close(). */
  readonly inFlight: Set<() => void>;
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
  const entry: Mutable<RelayLogEntry> = { path: rawPath, request, status: 0 };
  deps.log.push(entry);
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
  if (req.method !== 'GET') return answer(405, 'method not allowed\n');
  if (!request) return answer(404, `not found: ${rawPath} is not a module proxy request\n`);
  const secret = privatePath(deps, request);
  if (secret !== undefined)
    return answer(
      403,
      `forbidden: ${secret} is private (GONOPROXY/GONOSUMDB); the relay never sends it upstream\n`,
    );
  if (deps.closed()) return answer(503, 'relay closed\n');

  const controller = new AbortController();
  const cancel = (): void => controller.abort();
  deps.inFlight.add(cancel);
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const flight = accounts.beginFlight(request, route.now());
  try {
    if (!isModuleFile(request))
      return await serveStreamed(deps, flight, res, entry, answer, controller.signal);
    let whole: Whole | undefined;
    const claim = deps.prefetcher()?.claim(request);
    if (claim?.kind === 'prefetched') {
      flight.joined = claim.flight;
      whole = await claim.result;
      flight.joined = undefined;
      if (!whole && deps.closed()) return answer(503, 'relay closed\n');
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
      const outcome = await sendHeld(whole.held, res, whole.contentType, route.stallTimeoutMs, route.clock);
      if (outcome === 'complete') accounts.served(flight, whole.winner);
    } finally {
      await deps.store.release(whole.held);
    }
  } finally {
    deps.inFlight.delete(cancel);
    accounts.endFlight(flight);
  }
}

/**
 * Lists, @latest and checksum database paths: routed now and streamed to `go` with backpressure,
 * capped at 16 MiB like every file go reads from a proxy but a zip.
 */
async function serveStreamed(
  deps: HandlerDeps,
  flight: Flight,
  res: http.ServerResponse,
  entry: Mutable<RelayLogEntry>,
  answer: (status: number, text: string) => void,
  signal: AbortSignal,
): Promise<void> {
  const { accounts, route } = deps;
  const request = flight.request;
  const health = request.kind === 'sumdb' ? 'sumdb' : 'module';
  const result = await routeRequest(route, flight, proxyRequestPath(request), signal, { health });
  accounts.headersAnswered(route.now() - flight.since);
  if (result.degraded) accounts.fallback();
  if (result.kind === 'answer') {
    if (result.status >= 500) accounts.failed(flight, result.status, result.text);
    return answer(result.status, result.text);
  }
  const { winner, response } = result;
  entry.status = 200;
  entry.upstream = winner.upstream.name;
  const headers: Record<string, string> = {
    'Content-Type': response.contentType ?? 'application/octet-stream',
  };
  if (response.contentLength !== undefined) headers['Content-Length'] = response.contentLength;
  res.writeHead(200, headers);
  flight.phase = 'body';
  flight.waitingOn = [winner.upstream.name];
  const outcome = await pipeBody(
    response.body,
    res,
    route.stallTimeoutMs,
    (n) => accounts.bytes(winner, n),
    MAX_FILE_BYTES.other,
    route.clock,
  );
  if (outcome === 'complete' || outcome === 'client-gone') return;
  accounts.bodyFailed(winner, outcome, route.now() - flight.since, health);
  route.logger.warn(
    route.redact(
      `${proxyRequestPath(request)}: the body from ${winner.upstream.name} ${outcome === 'stalled' ? `stalled for ${route.stallTimeoutMs} ms` : outcome === 'too-large' ? 'passed 16 MiB' : 'ended early'}; go sees a failed download`,
    ),
  );
}
