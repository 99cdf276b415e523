import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Fallback } from '../config/config.js';
import { MAX_ZIP } from '../go/zip-reader.js';
import type { Logger } from '../logger.js';
import { egressProxyFromEnv, egressSecrets } from './egress-proxy.js';
import { type BreakerOptions, type BreakerTransition, DEFAULT_BREAKER_OPTIONS } from './breaker.js';
import { parseProxyRequest, proxyRequestPath, type ProxyRequest } from '../module/module-escape.js';
import {
  type ModuleFileRequest,
  type PrefetchOne,
  type Prefetched,
  Prefetcher,
  type PrefetchReport,
} from './prefetch.js';
import type { PendingRequest, ProxyReport } from './proxy-report.js';
import type { ProxySpec } from '../module/proxy-list.js';
import { type Flight, RelayAccounts, type UpstreamState } from './relay-accounts.js';
import { routeRequest, type RouteResult } from './relay-route.js';
import { pipeBody } from './relay-stream.js';
import { dropHeld, type HeldBody, sendHeld, spoolBody } from './spool.js';
import { type Agents, callUpstream, createAgents } from './upstream-request.js';
import { prepareUpstreams, redactSecrets } from './upstream.js';

export interface RelayOptions {
  /** The GOPROXY list; URL entries up to `direct`/`off` become upstreams. */
  readonly upstreams: readonly ProxySpec[];
  /** Time to response headers allowed per upstream request. */
  readonly latencyBudgetMs: number;
  /** A body that sends no bytes for this long is aborted. */
  readonly stallTimeoutMs: number;
  /** With 'next-proxy', a slow or failing upstream passes the request on (and hedging is on). */
  readonly fallback: readonly Fallback[];
  readonly breaker?: Partial<BreakerOptions>;
  /** netrc file contents: credentials for upstream hosts without userinfo in their URL. */
  readonly netrc?: string;
  /** The start-up probe path (time to headers of any answer seeds the breaker); false for none. */
  readonly probe?: string | false;
  readonly logger: Logger;
  /** Epoch milliseconds; Date.now by default. */
  readonly now?: () => number;
  /**
   * The environment whose HTTP_PROXY, HTTPS_PROXY and NO_PROXY the upstream requests follow, as
   * `go` would (process.env by default).
   */
  readonly env?: NodeJS.ProcessEnv;
  /** Files fetched ahead of `go` at once (DEFAULT_PREFETCH_CONCURRENCY). */
  readonly prefetchConcurrency?: number;
  /** Where prefetched bodies too big for memory wait for `go` (os.tmpdir() by default). */
  readonly spoolDir?: string;
  /** Unclaimed prefetched bytes kept in memory at most (PREFETCH_MEMORY_BUDGET); the rest in files. */
  readonly prefetchMemoryBytes?: number;
}

export interface Relay {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  close(): Promise<void>;
  report(): ProxyReport;
  /** The upstream name a module version came by, or undefined when it never came through the relay. */
  routeOf(modulePath: string, version: string): string | undefined;
  /** Requests of `go` still in flight (for the watchdog). */
  pending(): PendingRequest[];
  /** Credentials to register with core.setSecret. */
  secrets(): string[];
  /** Every request `go` made, and every prefetch, for tests and debugging. */
  requestLog(): readonly RelayLogEntry[];
  /**
   * Starts fetching these files ahead of `go`, through the same routing (see prefetch.ts); each
   * is handed to `go`'s request for it once. Private modules must not be in the list.
   */
  prefetch(requests: readonly ModuleFileRequest[]): void;
  /** Priming is over: stops fetching ahead, frees what `go` never asked for, returns the counts. */
  endPrefetch(): Promise<PrefetchReport | undefined>;
}

export interface RelayLogEntry {
  readonly path: string;
  readonly request: ProxyRequest | undefined;
  readonly status: number;
  readonly upstream?: string;
  /** A fetch ahead of `go` (not a request `go` made). */
  readonly prefetch?: boolean;
}

/** Enough to hide an upstream's latency from `go`, which asks GOMAXPROCS files at a time. */
export const DEFAULT_PREFETCH_CONCURRENCY = 8;
/** A prefetched body up to this size waits in memory; a bigger one in a file. */
const PREFETCH_MEMORY_LIMIT = 256 * 1024;
/** Unclaimed prefetched bytes in memory: past this, bodies wait in files whatever their size. */
export const PREFETCH_MEMORY_BUDGET = 64 * 1024 * 1024;
/** Unclaimed prefetched bytes on disk: fetching ahead pauses above this. */
const PREFETCH_MAX_HELD_BYTES = 1024 * 1024 * 1024;
/** go's limits (modzip MaxZipFile, modfetch/codehost MaxGoMod); an .info gets go.mod's. */
const MAX_FILE_BYTES = { zip: MAX_ZIP, mod: 16 << 20, info: 16 << 20 } as const;

/** The default probe: any GOPROXY answers it quickly (200 or 404); only the time to headers counts. */
export const DEFAULT_PROBE_PATH = '/sumdb/sum.golang.org/supported';

/**
 * The GOPROXY value for the child `go`: the relay, then `|direct` when direct fetches are an
 * allowed fallback (so any relay error sends `go` to the VCS), else the relay alone (so `go`
 * fails with the relay's one-line reason).
 */
export function childGoproxy(relayUrl: string, fallback: readonly Fallback[]): string {
  return fallback.includes('direct') ? `${relayUrl}|direct` : relayUrl;
}

/**
 * Starts the loopback relay on 127.0.0.1 (random port). Each GET from `go` is routed to the
 * upstreams with per-request deadlines, hedging and circuit breakers (see relay-route.ts);
 * bodies are streamed with backpressure and a stall timeout.
 */
export async function startRelay(options: RelayOptions): Promise<Relay> {
  const now = options.now ?? Date.now;
  const prepared = prepareUpstreams(options.upstreams, options.netrc);
  const upstreams = prepared.upstreams;
  const egress = egressProxyFromEnv(options.env ?? process.env);
  const secrets = [...new Set([...prepared.secrets, ...egressSecrets(egress)])];
  const redact = (text: string): string => redactSecrets(text, secrets);
  // Every string inside a plain value, one by one (so JSON escaping never hides a secret).
  const redactValue = <T>(value: T): T =>
    JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === 'string' ? redact(v) : v)) as T;
  const logger = options.logger;
  const breakerOptions: BreakerOptions = { ...DEFAULT_BREAKER_OPTIONS, ...options.breaker };
  const onTransition = (state: UpstreamState, t: BreakerTransition): void => {
    const line = `${state.upstream.name}: circuit ${t.from} → ${t.to}: ${t.reason}`;
    logger.info(
      redact(
        t.to === 'open' ? `${line}; will retry in ${+(breakerOptions.coolDownMs / 1000).toFixed(1)} s` : line,
      ),
    );
  };
  const accounts = new RelayAccounts(upstreams, options.latencyBudgetMs, breakerOptions, now, onTransition);
  const agents: Agents = createAgents(egress);
  const nextProxy = options.fallback.includes('next-proxy');
  const log: RelayLogEntry[] = [];
  const sockets = new Set<Socket>();
  const inFlight = new Set<() => void>();
  let closed = false;

  const context = {
    states: accounts.states,
    latencyBudgetMs: options.latencyBudgetMs,
    stallTimeoutMs: options.stallTimeoutMs,
    nextProxy,
    agents,
    now,
    logger,
    redact,
  };

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const rawPath = (req.url ?? '/').split('?')[0];
    const request = parseProxyRequest(rawPath);
    // Redacted when read (requestLog), not on every request.
    const entry: Mutable<RelayLogEntry> = { path: rawPath, request, status: 0 };
    log.push(entry);
    const answer = (status: number, text: string): void => {
      entry.status = status;
      if (res.headersSent || res.destroyed) return;
      const body = Buffer.from(redact(text), 'utf8');
      res.writeHead(status, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Length': String(body.length),
      });
      res.end(body);
    };
    if (req.method !== 'GET') return answer(405, 'method not allowed\n');
    if (!request) return answer(404, `not found: ${rawPath} is not a module proxy request\n`);
    if (closed) return answer(503, 'relay closed\n');

    const flight = accounts.beginFlight(request, now());
    try {
      const claim = prefetcher && isModuleFile(request) ? prefetcher.claim(request) : undefined;
      if (claim?.kind === 'prefetched') {
        flight.joined = claim.flight;
        const prefetched = await claim.result;
        flight.joined = undefined;
        if (prefetched) return await servePrefetched(prefetched, flight, res, entry, answer);
        if (closed) return answer(503, 'relay closed\n');
      }
      await serveLive(flight, res, entry, answer);
    } finally {
      accounts.endFlight(flight);
    }
  }

  /** Routes `go`'s request to the upstreams now and streams the winner's body to it. */
  async function serveLive(
    flight: Flight,
    res: http.ServerResponse,
    entry: Mutable<RelayLogEntry>,
    answer: (status: number, text: string) => void,
  ): Promise<void> {
    const controller = new AbortController();
    const cancel = (): void => controller.abort();
    inFlight.add(cancel);
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    try {
      const request = flight.request;
      const result: RouteResult = await routeRequest(
        context,
        flight,
        proxyRequestPath(request),
        controller.signal,
      );
      accounts.headersAnswered(now() - flight.since);
      if (result.kind === 'answer') {
        if (result.status >= 500) accounts.failed(flight, result.status, result.text);
        if (result.degraded) accounts.fallback();
        return answer(result.status, result.text);
      }
      const { winner, response } = result;
      entry.status = 200;
      entry.upstream = winner.upstream.name;
      if (result.degraded) accounts.fallback();
      const headers: Record<string, string> = {
        'Content-Type': response.contentType ?? 'application/octet-stream',
      };
      if (response.contentLength !== undefined) headers['Content-Length'] = response.contentLength;
      res.writeHead(200, headers);
      flight.phase = 'body';
      flight.waitingOn = [winner.upstream.name];
      const outcome = await pipeBody(response.body, res, options.stallTimeoutMs, (n) =>
        accounts.bytes(winner, n),
      );
      if (outcome === 'complete') {
        accounts.served(flight, winner);
      } else if (outcome !== 'client-gone') {
        accounts.bodyFailed(winner, outcome, now() - flight.since);
        logger.warn(
          redact(
            `${describeRequest(request)}: the body from ${winner.upstream.name} ${outcome === 'stalled' ? `stalled for ${options.stallTimeoutMs} ms` : 'ended early'}; go sees a failed download`,
          ),
        );
      }
    } finally {
      inFlight.delete(cancel);
    }
  }

  /** Hands `go` what a prefetch brought (once; its file is freed after). */
  async function servePrefetched(
    prefetched: Prefetched,
    flight: Flight,
    res: http.ServerResponse,
    entry: Mutable<RelayLogEntry>,
    answer: (status: number, text: string) => void,
  ): Promise<void> {
    accounts.headersAnswered(now() - flight.since);
    if (prefetched.kind === 'not-found') return answer(prefetched.status, prefetched.text);
    const { winner } = prefetched;
    entry.status = 200;
    entry.upstream = winner.upstream.name;
    if (prefetched.degraded) accounts.fallback();
    flight.phase = 'body';
    try {
      const outcome = await sendHeld(prefetched.held, res, prefetched.contentType, options.stallTimeoutMs);
      if (outcome === 'complete') accounts.served(flight, winner);
    } finally {
      await release(prefetched.held);
    }
  }

  // Fetches one file ahead of `go` through the same routing, and keeps the whole body for it.
  let spoolDir: string | undefined;
  let spooled = 0;
  let heldInMemory = 0;
  /** Frees a held body once served or never claimed. */
  const release = async (held: HeldBody): Promise<void> => {
    if (held.kind === 'memory') heldInMemory -= held.data.length;
    await dropHeld(held);
  };
  const prefetchOne: PrefetchOne = async (request, flight, signal) => {
    const entry: Mutable<RelayLogEntry> = {
      path: proxyRequestPath(request),
      request,
      status: 0,
      prefetch: true,
    };
    log.push(entry);
    const result = await routeRequest(context, flight, proxyRequestPath(request), signal);
    if (result.kind === 'answer') {
      entry.status = result.status;
      // An agreed not-found is kept for `go`; anything else, `go` asks again itself.
      const notFound = result.status === 404 || result.status === 410;
      return notFound ? { kind: 'not-found', status: result.status, text: result.text } : undefined;
    }
    const { winner, response } = result;
    entry.status = 200;
    entry.upstream = winner.upstream.name;
    flight.phase = 'body';
    flight.waitingOn = [winner.upstream.name];
    const outcome = await spoolBody(response.body, {
      stallTimeoutMs: options.stallTimeoutMs,
      memoryLimit:
        heldInMemory < (options.prefetchMemoryBytes ?? PREFETCH_MEMORY_BUDGET) ? PREFETCH_MEMORY_LIMIT : 0,
      file: () => {
        spoolDir ??= fsSync.mkdtempSync(path.join(options.spoolDir ?? os.tmpdir(), 'gmw-relay-'));
        return path.join(spoolDir, `${++spooled}.${request.kind}`);
      },
      maxBytes: MAX_FILE_BYTES[request.kind],
      signal,
      onBytes: (n) => accounts.bytes(winner, n),
    });
    if (outcome.kind === 'complete') {
      if (outcome.body.kind === 'memory') heldInMemory += outcome.body.data.length;
      return {
        kind: 'body',
        winner,
        contentType: response.contentType ?? 'application/octet-stream',
        held: outcome.body,
        degraded: result.degraded,
      };
    }
    if (outcome.kind === 'stalled' || outcome.kind === 'truncated')
      accounts.bodyFailed(winner, outcome.kind, now() - flight.since);
    if (outcome.kind !== 'aborted') {
      const why = outcome.kind === 'disk-error' ? `could not be kept: ${outcome.message}` : outcome.kind;
      logger.info(
        redact(
          `prefetch of ${describeRequest(request)} from ${winner.upstream.name}: ${why}; go fetches it itself`,
        ),
      );
    }
    return undefined;
  };
  let prefetcher: Prefetcher | undefined;
  let prefetchReport: PrefetchReport | undefined;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error(redact(`relay: ${error instanceof Error ? error.message : String(error)}`));
      if (!res.headersSent) {
        res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('relay error\n');
      } else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  logger.info(
    redact(
      `relay on ${url} → ${upstreams.map((u) => u.name).join(', ') || '(no upstream)'}; budget ${options.latencyBudgetMs} ms per request${nextProxy && upstreams.length > 1 ? ', hedging to the next upstream' : ''}${egress.httpsProxy || egress.httpProxy ? `; egress proxy ${[egress.httpsProxy?.host, egress.httpProxy?.host].filter(Boolean).join(', ')} (NO_PROXY: ${egress.noProxy || 'none'})` : ''}`,
    ),
  );

  const probes = options.probe === false ? [] : upstreams.map((u) => probe(accounts.states[u.index]));
  function probe(state: UpstreamState): { abort(): void } {
    const call = callUpstream(state.upstream, options.probe || DEFAULT_PROBE_PATH, agents);
    const started = now();
    const timer = setTimeout(() => {
      call.abort();
      state.breaker.open(`start-up probe: no response headers within ${options.latencyBudgetMs} ms`);
    }, options.latencyBudgetMs);
    call.response.then(
      (response) => {
        clearTimeout(timer);
        response.body.resume();
        response.body.on('error', () => {});
        if (response.status >= 500) state.breaker.open(`start-up probe: answered ${response.status}`);
        else state.breaker.record('normal', { kind: 'answered', ms: now() - started });
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (closed) return;
        state.breaker.open(`start-up probe: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    return {
      abort() {
        clearTimeout(timer);
        call.abort();
      },
    };
  }

  return {
    url,
    async close() {
      closed = true;
      await endPrefetch();
      for (const p of probes) p.abort();
      for (const cancel of inFlight) cancel();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      });
      agents.http.destroy();
      agents.https.destroy();
      if (spoolDir) await fs.rm(spoolDir, { recursive: true, force: true });
    },
    report: () => {
      const prefetch = prefetchReport ?? prefetcher?.report();
      return redactValue({
        ...accounts.report(options.stallTimeoutMs, nextProxy),
        ...(prefetch ? { prefetch } : {}),
      });
    },
    routeOf: (modulePath, version) => accounts.routeOf(modulePath, version),
    pending: () => redactValue(accounts.pending()),
    secrets: () => [...secrets],
    requestLog: () => log.map((e) => ({ ...e, path: redact(e.path) })),
    prefetch(requests) {
      if (closed || requests.length === 0) return;
      prefetcher ??= new Prefetcher(prefetchOne, {
        concurrency: options.prefetchConcurrency ?? DEFAULT_PREFETCH_CONCURRENCY,
        maxHeldBytes: PREFETCH_MAX_HELD_BYTES,
        now,
        drop: release,
      });
      prefetcher.start(requests);
      logger.info(
        `fetching ${requests.length} files ahead of go (from go.sum, ${options.prefetchConcurrency ?? DEFAULT_PREFETCH_CONCURRENCY} at a time)`,
      );
    },
    endPrefetch,
  };

  async function endPrefetch(): Promise<PrefetchReport | undefined> {
    if (!prefetcher || prefetchReport) return prefetchReport;
    prefetchReport = await prefetcher.stop();
    return prefetchReport;
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function isModuleFile(request: ProxyRequest): request is ModuleFileRequest {
  return request.kind === 'mod' || request.kind === 'info' || request.kind === 'zip';
}

/** `module@version .kind` or the sumdb path, for log lines. */
export function describeRequest(request: ProxyRequest): string {
  switch (request.kind) {
    case 'sumdb':
      return `sumdb ${request.db}/${request.rest}`;
    case 'list':
    case 'latest':
      return `${request.module} ${request.kind}`;
    default:
      return `${request.module}@${request.version} .${request.kind}`;
  }
}
