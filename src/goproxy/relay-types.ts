import type { GoSumLine } from '../go/go-sum.js';
import type { Logger } from '../logger.js';
import type { ProxySpec } from '../module/proxy-list.js';
import type { ClientCertRule } from '../net/client-certs.js';
import type { PathRoute } from './path-routes.js';
import type { BreakerOptions } from './breaker.js';
import type { Clock } from '../clock.js';
import type { DirectOptions } from './direct-fetch.js';
import type { ModuleFileRequest, PrefetchReport } from './prefetch.js';
import type { HeldBytes } from './held-store.js';
import type { ProvenZip } from '../go/zip-proof.js';
import type { PendingRequest, ProxyReport } from './proxy-report.js';
import type { ProxyRequest } from '../module/module-escape.js';

/** One request the relay saw, for tests and debugging (Relay.requestLog). */
export interface RelayLogEntry {
  readonly path: string;
  readonly request: ProxyRequest | undefined;
  readonly status: number;
  readonly upstream?: string;
  /** A fetch ahead of `go` (not a request `go` made). */
  readonly prefetch?: boolean;
  /** Asked by the checksum client in this process (answerInProcess), not over HTTP. */
  readonly inProcess?: boolean;
  /** The `proxy-routes` rule it went by (set when read, with routes only). */
  readonly route?: string;
}

/** What the relay answered a caller in this process: status, content type and the whole body. */
export interface InProcessAnswer {
  readonly status: number;
  readonly statusText: string;
  readonly contentType: string;
  readonly body: Buffer;
}

/** The choices of the `fallback` input (the input also gives the order to try them in). */
export const FALLBACKS = ['next-proxy', 'cache', 'direct'] as const;
export type Fallback = (typeof FALLBACKS)[number];

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
  /** Epoch milliseconds; Date.now by default (ignored when `clock` is given). */
  readonly now?: () => number;
  /** Time and timers of routing, breakers and the probe (the system clock by default). */
  readonly clock?: Clock;
  /**
   * The environment whose HTTP_PROXY, HTTPS_PROXY and NO_PROXY the upstream requests follow, as
   * `go` would (process.env by default).
   */
  readonly env?: NodeJS.ProcessEnv;
  /** go.sum lines: every .zip and .mod they name is checked before `go` gets it. */
  readonly goSum?: readonly GoSumLine[];
  /** GONOPROXY and GONOSUMDB globs: requests revealing such a module path are refused (403). */
  readonly noProxy?: readonly string[];
  readonly noSumDb?: readonly string[];
  /** Files fetched ahead of `go` at once (DEFAULT_PREFETCH_CONCURRENCY). */
  readonly prefetchConcurrency?: number;
  /** Where bodies too big for memory wait for `go` (os.tmpdir() by default). */
  readonly spoolDir?: string;
  /** Held bytes kept in memory at most (HELD_MEMORY_BUDGET); the rest in files. */
  readonly prefetchMemoryBytes?: number;
  /**
   * `proxy-routes`: module paths matching a rule go only to its list (first match wins); others
   * to `upstreams`. Checksum database paths naming no module take `upstreams`.
   */
  readonly routes?: readonly PathRoute[];
  /** `proxy-client-certs`: the certificate each HTTPS origin gets (its own origin only). */
  readonly clientCerts?: readonly ClientCertRule[];
  /**
   * With 'direct' in `fallback`: the relay races the origin itself for module files, in a child
   * `go` (direct-fetch.ts), as the last route after the proxies. Without it `go`'s own `|direct`
   * is the only way to the origin.
   */
  readonly direct?: DirectOptions;
}

export interface Relay {
  /** `http://127.0.0.1:<port>/<per-run token>`: the relay answers nothing outside it. */
  readonly url: string;
  /** Its upstreams as the report names them (host[:port][/path], never credentials). */
  readonly upstreamNames: readonly string[];
  close(): Promise<void>;
  report(): ProxyReport;
  /** The upstream name a module version came by, or undefined when it never came through the relay. */
  routeOf(modulePath: string, version: string): string | undefined;
  /** The zip of a module version the relay proved against go.sum (its bytes' SHA-256 and h1), if it did. */
  provenZip(modulePath: string, version: string): ProvenZip | undefined;
  /** Requests of `go` still in flight (for the watchdog). */
  pending(): PendingRequest[];
  /** Credentials to register with core.setSecret. */
  secrets(): string[];
  /**
   * A checksum database path (`/sumdb/<name>/…`) asked from this process, routed as `go`'s
   * requests are but without the loopback HTTP round trip (see answerInProcess).
   */
  getInProcess(requestPath: string, maxBytes: number, signal: AbortSignal): Promise<InProcessAnswer>;
  /** Every request `go` made, every prefetch, and every in-process request, for tests and debugging. */
  requestLog(): readonly RelayLogEntry[];
  /**
   * Starts fetching these files ahead of `go`, through the same routing (see prefetch.ts); each
   * is handed to `go`'s request for it once. Private modules must not be in the list.
   */
  prefetch(requests: readonly ModuleFileRequest[]): void;
  /** Priming is over: stops fetching ahead, frees what `go` never asked for, returns the counts. */
  endPrefetch(): Promise<PrefetchReport | undefined>;
  /** The bytes whole bodies hold in memory: now, the most at once, and the budget (held-store.ts). */
  held(): HeldBytes;
}
