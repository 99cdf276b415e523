import { plural } from '../plural.js';
import os from 'node:os';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/config.js';
import type { Fallback } from '../goproxy/relay-types.js';
import type { GoSumLine } from '../go/go-sum.js';
import type { GoSettings } from '../go/settings.js';
import type { ModuleFileRequest } from '../goproxy/prefetch.js';
import { netrcForUpstreams, parseGoAuth } from '../goproxy/netrc.js';
import { planPrefetch } from '../goproxy/prefetch-plan.js';
import type { ProxySpec } from '../module/proxy-list.js';
import { childGoproxy, startRelay, type Relay } from '../goproxy/relay.js';
import { formatProxyList } from '../module/proxy-list.js';
import type { Logger } from '../logger.js';
import type { StepContext } from './step-context.js';
import type { GoEnvironment } from './environment.js';
import { formatDuration } from '../config/duration.js';
import { refuseInsecureOrigins } from '../net/client-certs.js';
import { buildChildEnv } from '../go/child-env.js';
import type { Finding } from '../findings.js';
import type { ProxyReport, UpstreamReport } from '../goproxy/proxy-report.js';

export interface RelayPlan {
  /** Undefined when the list has no proxy URL (GOPROXY=direct or off): `go` gets the list as is. */
  readonly relay: Relay | undefined;
  /** GOPROXY for the child `go`. */
  readonly goproxy: string;
  /** The proxies the checksum client asks for `/sumdb/<name>/supported`. */
  readonly sumdbProxies: readonly ProxySpec[];
  /** The files the relay fetches ahead of `go` (empty with `prefetch: false` or without a relay). */
  readonly prefetch: readonly ModuleFileRequest[];
}

/**
 * Starts the loopback relay in front of the configured upstreams. `direct` follows the relay
 * only when it is an allowed fallback and the user's list does not end in `off` (which says:
 * never fetch from the origin).
 */
export async function planRelay(input: {
  config: Config;
  settings: GoSettings;
  env: NodeJS.ProcessEnv;
  /** The runner's temp dir: the relay's spool and the direct fetcher's scratch module caches. */
  tempDir: string;
  logger: Logger;
  onSecret: (secret: string) => void;
  /** go.sum as committed, and the module files already in the cache: what to fetch ahead. */
  goSum: readonly GoSumLine[];
  /** Unknown yet (the relay starts before the restore): no prefetch planned (withPrefetch, later). */
  filesInCache?: ReadonlySet<string>;
  /** GOINSECURE: a host it names never gets a client certificate (exit 2 instead). */
  goInsecure?: string;
}): Promise<RelayPlan> {
  const { config, settings } = input;
  refuseInsecureOrigins(config.proxyClientCerts, input.goInsecure ?? '');
  const lists = [settings.proxy, ...config.proxyRoutes.map((r) => r.list)];
  if (!lists.some((list) => list.some((spec) => spec.kind === 'url'))) {
    input.logger.info(
      `GOPROXY=${formatProxyList(settings.proxy)}: no proxy to relay, go fetches as configured`,
    );
    return {
      relay: undefined,
      goproxy: formatProxyList(settings.proxy),
      sumdbProxies: settings.proxy,
      prefetch: [],
    };
  }
  const goAuth = parseGoAuth(settings.goAuth);
  for (const method of goAuth.unsupported)
    input.logger.warn(
      `GOAUTH method '${method.split(/\s+/)[0]}' is not run by the relay: upstreams get no credentials from it (use netrc, or credentials in the proxy URL)`,
    );
  // A route ending in `off` says: never from the origin; go's own `|direct` cannot tell routes apart.
  const endsInOff = lists.some((list) => list.some((spec) => spec.kind === 'off'));
  const fallback: Fallback[] = config.fallback.filter((f) => !(f === 'direct' && endsInOff));
  // A route that is `direct` alone (no proxy URL) needs go's own `|direct` whatever `fallback` says.
  if (!endsInOff && !fallback.includes('direct') && lists.some((list) => list[0]?.kind === 'direct'))
    fallback.push('direct');
  const relay = await startRelay({
    upstreams: settings.proxy,
    latencyBudgetMs: config.latencyBudgetMs,
    stallTimeoutMs: config.stallTimeoutMs,
    fallback,
    // Only what cmd/go would send: GOAUTH's netrc method, https upstreams, no `default`.
    netrc: netrcForUpstreams(
      goAuth,
      await readNetrc(input.env),
      lists.flat().flatMap((spec) => (spec.kind === 'url' ? [spec.url] : [])),
    ),
    routes: config.proxyRoutes,
    clientCerts: config.proxyClientCerts,
    env: input.env,
    logger: input.logger,
    spoolDir: input.tempDir,
    // Every .zip and .mod go.sum names is checked before go gets it.
    goSum: input.goSum,
    // A second line of defence: go never sends these to a proxy (both lists hold GOPRIVATE).
    noProxy: settings.noProxy,
    noSumDb: settings.noSumDb,
    // The origin raced by the relay in a child go: the job's git credentials and private rules
    // unchanged, a scratch module cache under the run's temp dir (buildChildEnv's GOMODCACHE is
    // replaced by the fetcher).
    direct: {
      env: buildChildEnv(input.env, settings, 'direct'),
      scratchParent: input.tempDir,
    },
  });
  for (const secret of relay.secrets()) input.onSecret(secret);
  // go's own error messages carry the relay URL; its token is masked like a credential.
  input.onSecret(new URL(relay.url).pathname.slice(1));
  const goproxy = childGoproxy(relay.url, fallback);
  // The relay announced itself and its upstreams; this says only what go is pointed at, without
  // the per-run path token (the relay's door key).
  input.logger.info(
    `go uses GOPROXY=${goproxy.split(relay.url).join(`${new URL(relay.url).origin}/<token>`)}`,
  );
  const sumdbProxies: ProxySpec[] = [
    { kind: 'url', url: relay.url, fallBackOnError: fallback.includes('direct') },
  ];
  if (fallback.includes('direct')) sumdbProxies.push({ kind: 'direct' });
  const plan = { relay, goproxy, sumdbProxies, prefetch: [] };
  return input.filesInCache ? withPrefetch(config, settings, plan, input.goSum, input.filesInCache) : plan;
}

/** The plan with the files the relay fetches ahead of `go`: those go.sum names and the cache lacks. */
export function withPrefetch(
  config: Config,
  settings: GoSettings,
  plan: RelayPlan,
  goSum: readonly GoSumLine[],
  filesInCache: ReadonlySet<string>,
): RelayPlan {
  if (!config.prefetch || !plan.relay) return plan;
  const prefetch = planPrefetch({
    goSum,
    // Never ahead of `go` for a module it keeps from a proxy or from the checksum database
    // (both lists already hold the GOPRIVATE globs: see resolveSettings).
    neverProxied: [...settings.noProxy, ...settings.noSumDb],
    inCache: filesInCache,
  });
  return { ...plan, prefetch };
}

/** The netrc `go` would read (cmd/go auth netrcPath: $NETRC, else ~/.netrc). */
async function readNetrc(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const file = env.NETRC || path.join(env.HOME || os.homedir(), '.netrc');
  try {
    return await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** What the relay saw, once it is closed: its report and the findings it implies. */
export interface RelayOutcome {
  readonly proxy: ProxyReport;
  readonly findings: readonly Finding[];
}

/** Closes the relay (when one ran) and turns what it saw into findings. */
export async function closeRelay(plan: RelayPlan | undefined): Promise<RelayOutcome | undefined> {
  if (!plan?.relay) return undefined;
  const proxy = plan.relay.report();
  await plan.relay.close();
  return { proxy, findings: slowUpstreamWarnings(proxy) };
}

/**
 * An upstream whose circuit opened is the incident this tool exists for: the run got past it, and
 * the status line says so as a warning, so a slow proxy is noticed before it is down.
 */
function slowUpstreamWarnings(report: ProxyReport): Finding[] {
  return report.upstreams
    .filter((u) => u.lateWins || u.kept || u.breaker.transitions.some((t) => t.to === 'open'))
    .map((u) => {
      if (u.lateWins || u.kept) return slowButKept(u, report.latencyBudgetMs);
      const opened = u.breaker.transitions.find((t) => t.to === 'open');
      const timeouts = u.outcomes.timeout ?? 0;
      return {
        kind: 'infrastructure',
        severity: 'warning',
        area: 'proxy',
        message: `upstream ${u.name} breached the ${formatDuration(report.latencyBudgetMs)} budget or failed (${plural(timeouts, 'timeout')}, circuit opened: ${opened?.reason ?? 'unknown'}); its requests went to the next fallback`,
      };
    });
}

/**
 * An upstream that breached its budget and still served answers no faster route gave (late wins,
 * or requests sent past its open circuit): the breaker never closes the last working route, and
 * the summary says so in one line.
 */
function slowButKept(u: UpstreamReport, budgetMs: number): Finding {
  const seconds = (ms: number): string => `${+(ms / 1000).toFixed(1)} s`;
  const served = (u.lateWins ?? 0) + (u.kept ?? 0);
  return {
    kind: 'infrastructure',
    severity: 'warning',
    area: 'proxy',
    message: `${u.name} slow (p95 ${seconds(u.latency.p95Ms)} > ${seconds(budgetMs)} budget); kept: no faster route answered (${plural(served, 'request')} served past the budget)`,
  };
}

/**
 * The relay step: starts the relay (or not) for this run's settings and go.sum, before the cache
 * is restored, so that the checksum step can begin as soon as the restore's files are written
 * (withPrefetch plans the fetches ahead once the cache is known).
 */
export function relayStep(
  ctx: StepContext,
  env: GoEnvironment,
  goSum: readonly GoSumLine[],
): Promise<RelayPlan> {
  const { config, io } = ctx;
  return planRelay({
    config,
    settings: env.settings,
    env: io.env,
    tempDir: io.runner.tempDir,
    logger: io.logger,
    onSecret: (secret) => io.redactor.add(secret),
    goSum,
    goInsecure: env.goEnv.GOINSECURE,
  });
}
