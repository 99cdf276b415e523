import { type ProxyRequest, proxyRequestPath } from '../module/module-escape.js';
import { type BreakerOptions, type BreakerTransition, DEFAULT_BREAKER_OPTIONS } from './breaker.js';
import { clockFrom } from '../clock.js';
import { egressProxyFromEnv, egressSecrets } from '../net/egress-proxy.js';
import { DirectFetcher } from './direct-fetch.js';
import { ZipBudgets } from './zip-budget.js';
import { fetchWhole } from './fetch-whole.js';
import { ProvenZips, expectedHashes } from './held-check.js';
import { HeldStore } from './held-store.js';
import { type ModuleFileRequest, type PrefetchOne, Prefetcher, type PrefetchReport } from './prefetch.js';
import { PrefetchWidth } from './prefetch-width.js';
import { type HealthKind, RelayAccounts, type UpstreamState } from './relay-accounts.js';
import { handleRequest, type HandlerDeps } from './relay-handler.js';
import { RelayState } from './relay-state.js';
import type { RouteContext } from './relay-route.js';
import type { Fallback, Relay, RelayOptions } from './relay-types.js';
import { answerInProcess } from './relay-in-process.js';
import { listenRelay } from './relay-server.js';
import { DEFAULT_PROBE_PATH, probeUpstream } from './start-probe.js';
import { type Agents, createAgents } from './upstream-request.js';
import { destroyHttpAgents } from '../net/http-get.js';
import { prepareUpstreams, redactSecrets, type Upstream } from './upstream.js';
import { ClientCerts } from '../net/client-certs.js';
import type { Logger } from '../logger.js';
import { planPathRoutes } from './path-routes.js';

export type { RelayLogEntry } from './relay-types.js';
export { DEFAULT_PROBE_PATH } from './start-probe.js';

export type { Relay, RelayOptions } from './relay-types.js';

/**
 * Where fetching ahead starts, and its bounds: it adapts to the link (prefetch-width.ts), enough
 * to hide an upstream's latency from `go` (GOMAXPROCS files at a time) without saturating a thin
 * link with our own downloads.
 */
export const DEFAULT_PREFETCH_CONCURRENCY = 4;
const PREFETCH_WIDTH = { min: 2, max: 16 } as const;
/** Unclaimed prefetched bytes on disk: fetching ahead pauses above this. */
const PREFETCH_MAX_HELD_BYTES = 1024 * 1024 * 1024;

/**
 * The GOPROXY value for the child `go`: the relay, then `|direct` when direct fetches are an
 * allowed fallback (so any relay error sends `go` to the VCS), else the relay alone (so `go`
 * fails with the relay's one-line reason).
 */
export function childGoproxy(relayUrl: string, fallback: readonly Fallback[]): string {
  return fallback.includes('direct') ? `${relayUrl}|direct` : relayUrl;
}

/**
 * Starts the loopback relay on 127.0.0.1 (random port, per-run path prefix). Each GET from `go`
 * is routed to the upstreams with per-request deadlines, hedging and circuit breakers (see
 * relay-route.ts); module files are held whole and checked against go.sum before `go` gets them
 * (fetch-whole.ts), lists and checksum database paths are streamed (relay-handler.ts).
 */
export async function startRelay(options: RelayOptions): Promise<Relay> {
  const clock = clockFrom(options.now, options.clock);
  const now = (): number => clock.now();
  const { prepared, routed, proxies, direct, upstreams, egress, secrets } = relayUpstreams(options);
  const redact = (text: string): string => redactSecrets(text, secrets);
  const logger = options.logger;
  const breakerOptions: BreakerOptions = { ...DEFAULT_BREAKER_OPTIONS, ...options.breaker };
  const accounts = new RelayAccounts(
    upstreams,
    options.latencyBudgetMs,
    breakerOptions,
    now,
    transitionLogger(logger, redact, breakerOptions),
  );
  const agents: Agents = createAgents(
    egress,
    options.clientCerts?.length ? new ClientCerts(options.clientCerts, now) : undefined,
  );
  const paths = options.routes?.length
    ? planPathRoutes(
        options.routes,
        options.upstreams,
        accounts.states,
        [prepared.upstreams.length, ...routed.map((r) => r.upstreams.length)],
        direct ? accounts.states[proxies.length] : undefined,
      )
    : undefined;
  const nextProxy = options.fallback.includes('next-proxy');
  const route: RouteContext = {
    states: accounts.states,
    latencyBudgetMs: options.latencyBudgetMs,
    stallTimeoutMs: options.stallTimeoutMs,
    nextProxy,
    agents,
    clock,
    now,
    logger,
    redact,
    zipBudgets: new ZipBudgets(),
    ...(paths ? { statesFor: (request) => paths.statesFor(request) } : {}),
  };
  const deps: HandlerDeps = {
    route,
    accounts,
    store: new HeldStore({ parent: options.spoolDir, memoryBudget: options.prefetchMemoryBytes }),
    hashes: expectedHashes(options.goSum ?? []),
    proven: new ProvenZips(),
    state: new RelayState(),
    noProxy: options.noProxy ?? [],
    noSumDb: options.noSumDb ?? [],
  };
  const server = await listenRelay(
    (req, res, requestPath) => handleRequest(deps, req, res, requestPath),
    (error) => logger.error(redact(`relay: ${error instanceof Error ? error.message : String(error)}`)),
  );
  const via = paths?.describe() ?? (upstreams.map((u) => u.name).join(', ') || '(no upstream)');
  logger.info(
    redact(
      `relay on ${new URL(server.url).origin} → ${via}; budget ${options.latencyBudgetMs} ms per request${nextProxy && upstreams.length > 1 ? ', hedging to the next upstream' : ''}${egress.httpsProxy || egress.httpProxy ? `; egress proxy ${[egress.httpsProxy?.host, egress.httpProxy?.host].filter(Boolean).join(', ')} (NO_PROXY: ${egress.noProxy || 'none'})` : ''}`,
    ),
  );
  const probes =
    options.probe === false
      ? []
      : accounts.states
          .filter((ups) => !ups.upstream.source)
          .map((ups) =>
            probeUpstream(
              ups,
              options.probe || DEFAULT_PROBE_PATH,
              options.latencyBudgetMs,
              agents,
              clock,
              () => deps.state.closed,
            ),
          );
  return relayHandle({ options, deps, server, probes, direct, agents, paths, secrets, upstreams, nextProxy });
}

/** The relay's upstreams: the default list's, each proxy-routes rule's, then its own direct route. */
function relayUpstreams(options: RelayOptions) {
  const prepared = prepareUpstreams(options.upstreams, options.netrc);
  // proxy-routes: each rule's upstreams are its own states, after the default list's.
  const routed = (options.routes ?? []).map((r) => prepareUpstreams(r.list, options.netrc));
  const proxies = [...prepared.upstreams, ...routed.flatMap((r) => r.upstreams)];
  const direct =
    options.direct && options.fallback.includes('direct') ? new DirectFetcher(options.direct) : undefined;
  // The relay's own direct route comes last; a route takes it only when its list ends in `direct`.
  const upstreams = direct ? [...proxies, directUpstream(proxies.length, direct)] : proxies;
  const egress = egressProxyFromEnv(options.env ?? process.env);
  const secrets = [
    ...new Set([...prepared.secrets, ...routed.flatMap((r) => r.secrets), ...egressSecrets(egress)]),
  ];
  return { prepared, routed, proxies, direct, upstreams, egress, secrets };
}

/** Logs each circuit breaker's change of state (with when an open one is tried again). */
function transitionLogger(
  logger: Logger,
  redact: (text: string) => string,
  breakerOptions: BreakerOptions,
): (state: UpstreamState, kind: HealthKind, t: BreakerTransition) => void {
  return (state, kind, t) => {
    const line = `${state.upstream.name}${kind === 'sumdb' ? ' (checksum database paths)' : ''}: circuit ${t.from} → ${t.to}: ${t.reason}`;
    logger.info(
      redact(
        t.to === 'open' ? `${line}; will retry in ${+(breakerOptions.coolDownMs / 1000).toFixed(1)} s` : line,
      ),
    );
  };
}

/** What a started relay's handle works with. */
interface Started {
  readonly options: RelayOptions;
  readonly deps: HandlerDeps;
  readonly server: { readonly url: string; close(): Promise<void> };
  readonly probes: readonly { abort(): void }[];
  readonly direct: DirectFetcher | undefined;
  readonly agents: Agents;
  readonly paths: ReturnType<typeof planPathRoutes> | undefined;
  readonly secrets: readonly string[];
  readonly upstreams: readonly Upstream[];
  readonly nextProxy: boolean;
}

/** The Relay a started relay is used through: its report, log, prefetch and close. */
function relayHandle(started: Started): Relay {
  const { options, deps, paths, secrets } = started;
  const { accounts, state, store } = deps;
  const redact = deps.route.redact;
  // Every string inside a plain value, one by one (so JSON escaping never hides a secret).
  const redactValue = <T>(value: T): T =>
    JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === 'string' ? redact(v) : v)) as T;
  let prefetchReport: PrefetchReport | undefined;
  async function endPrefetch(): Promise<PrefetchReport | undefined> {
    if (!state.prefetcher || prefetchReport) return prefetchReport;
    prefetchReport = await state.prefetcher.stop();
    return prefetchReport;
  }
  return {
    url: started.server.url,
    // The relay's own direct route serves module files only, never what names these (the database).
    upstreamNames: started.upstreams.filter((u) => !u.source).map((u) => u.name),
    async close() {
      state.close();
      await endPrefetch();
      for (const p of started.probes) p.abort();
      state.abortAll();
      await started.direct?.close();
      await started.server.close();
      destroyHttpAgents(started.agents);
      await store.close();
    },
    report: () => {
      const prefetch = prefetchReport ?? state.prefetcher?.report();
      const report = accounts.report(options.stallTimeoutMs, started.nextProxy);
      return redactValue({
        ...report,
        ...(paths
          ? {
              upstreams: report.upstreams.map((u, i) => ({ ...u, route: paths.labelOf(accounts.states[i]) })),
              routes: paths.report(state.log),
            }
          : {}),
        ...(prefetch ? { prefetch } : {}),
      });
    },
    routeOf: (modulePath, version) => accounts.routeOf(modulePath, version),
    provenZip: (modulePath, version) => deps.proven.get(modulePath, version),
    pending: () => redactValue(accounts.pending()),
    secrets: () => [...secrets],
    requestLog: () =>
      state.log.map((e) => ({
        ...e,
        path: redact(e.path),
        ...(paths && e.request ? { route: paths.planFor(e.request).label } : {}),
      })),
    getInProcess: (requestPath, maxBytes, signal) => answerInProcess(deps, requestPath, maxBytes, signal),
    prefetch: (requests) => startPrefetch(deps, options, requests),
    endPrefetch,
    held: () => store.held(),
  };
}

/** Starts fetching `requests` ahead of `go` (the prefetcher is made on first use). */
function startPrefetch(
  deps: HandlerDeps,
  options: RelayOptions,
  requests: readonly ModuleFileRequest[],
): void {
  const { state, store } = deps;
  if (state.closed || requests.length === 0) return;
  const now = deps.route.now;
  const fixed = options.prefetchConcurrency;
  const concurrency = fixed ?? DEFAULT_PREFETCH_CONCURRENCY;
  const prefetcher = state.prefetcherOr(
    () =>
      new Prefetcher(prefetchOneOf(deps), {
        concurrency,
        ...(fixed === undefined
          ? { width: new PrefetchWidth({ ...PREFETCH_WIDTH, start: concurrency, now }) }
          : {}),
        maxHeldBytes: PREFETCH_MAX_HELD_BYTES,
        now,
        drop: (held) => store.release(held),
      }),
  );
  prefetcher.start(requests);
  deps.route.logger.info(
    `fetching ${requests.length} files ahead of go (from go.sum, ${fixed === undefined ? `${concurrency} at a time to start, adapting to the link` : `${concurrency} at a time`})`,
  );
}

/** Fetches one file ahead of `go` through the same path as `go`'s own requests, and keeps it. */
function prefetchOneOf(deps: HandlerDeps): PrefetchOne {
  const { logger, redact } = deps.route;
  return async (request, flight, signal) => {
    const entry = deps.state.logRequest(proxyRequestPath(request), request, 'prefetch');
    const whole = await fetchWhole(
      deps,
      request,
      flight,
      signal,
      (winner) => (entry.upstream = winner.upstream.name),
    );
    entry.status = whole.kind === 'body' ? 200 : whole.status;
    if (whole.kind !== 'error') return whole;
    // Anything but an agreed not-found, `go` asks again itself.
    if (whole.status !== 499)
      logger.info(
        redact(`prefetch of ${describeRequest(request)}: ${whole.text.trim()}; go fetches it itself`),
      );
    return undefined;
  };
}

/** The relay's own `direct` route, last in the list: reached after any error of the proxies (`|direct`). */
function directUpstream(index: number, source: DirectFetcher): Upstream {
  return {
    index,
    url: 'direct',
    name: 'direct',
    fallBackOnError: true,
    authorization: undefined,
    directory: undefined,
    source,
  };
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
