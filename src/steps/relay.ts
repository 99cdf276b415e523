import { plural } from '../plural.js';
import fs from 'node:fs/promises';
import os from 'node:os';
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
import type { RunContext } from './run-context.js';
import type { GoEnvironment } from './environment.js';
import { formatDuration } from '../config/duration.js';
import { buildChildEnv } from '../go/child-env.js';
import type { Finding } from '../findings.js';
import type { ProxyReport, RelayFailure, UpstreamReport } from '../goproxy/proxy-report.js';

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
  logger: Logger;
  onSecret: (secret: string) => void;
  /** go.sum as committed, and the module files already in the cache: what to fetch ahead. */
  goSum: readonly GoSumLine[];
  filesInCache: ReadonlySet<string>;
}): Promise<RelayPlan> {
  const { config, settings } = input;
  if (!settings.proxy.some((spec) => spec.kind === 'url')) {
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
  const endsInOff = settings.proxy.some((spec) => spec.kind === 'off');
  const fallback: Fallback[] = config.fallback.filter((f) => !(f === 'direct' && endsInOff));
  const relay = await startRelay({
    upstreams: settings.proxy,
    latencyBudgetMs: config.latencyBudgetMs,
    stallTimeoutMs: config.stallTimeoutMs,
    fallback,
    // Only what cmd/go would send: GOAUTH's netrc method, https upstreams, no `default`.
    netrc: netrcForUpstreams(
      goAuth,
      await readNetrc(input.env),
      settings.proxy.flatMap((spec) => (spec.kind === 'url' ? [spec.url] : [])),
    ),
    env: input.env,
    logger: input.logger,
    spoolDir: input.env.RUNNER_TEMP || os.tmpdir(),
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
      scratchParent: input.env.RUNNER_TEMP || os.tmpdir(),
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
  const prefetch = config.prefetch
    ? planPrefetch({
        goSum: input.goSum,
        // Never ahead of `go` for a module it keeps from a proxy or from the checksum database
        // (both lists already hold the GOPRIVATE globs: see resolveSettings).
        neverProxied: [...settings.noProxy, ...settings.noSumDb],
        inCache: input.filesInCache,
      })
    : [];
  return { relay, goproxy, sumdbProxies, prefetch };
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
 * When the relay failed a module and `go` then failed direct as well, go reports only its last
 * error; the relay's reason (the upstream's status and message) is what the user needs first.
 */
export function withRelayReasons(findings: readonly Finding[], failures: readonly RelayFailure[]): Finding[] {
  return findings.map((f) => {
    if (f.area !== 'proxy' || !f.module) return f;
    const failure = failures.find((r) => r.module === f.module && r.version === f.version);
    if (!failure || f.message.includes(failure.reason)) return f;
    return {
      ...f,
      message: `the relay answered ${failure.status}: ${failure.reason.trim()}; then go: ${f.message}`,
    };
  });
}

/**
 * The relay's verdicts as findings: every body that did not hash to go.sum is a security finding
 * naming its upstream (tampering or corruption: it fails the run, warn-only or not, even when
 * another upstream then served the right bytes). And go's own checksum mismatch for a module that
 * came through the relay gets the upstream it came by.
 */
export function relayFindings(report: ProxyReport, findings: readonly Finding[]): Finding[] {
  const routes = new Map(report.modules.map((m) => [`${m.path}@${m.version}`, m.upstream]));
  const facts = report.security ?? [];
  const tampered = new Set(facts.map((s) => `${s.module}@${s.version}`));
  const altered: Finding[] = facts.map((s) => ({
    kind: 'security',
    area: 'checksum',
    module: s.module,
    version: s.version,
    message: `checksum mismatch: upstream ${s.upstream} served a .${s.kind} that does not match go.sum (go.sum ${s.expected}, served ${s.got}): tampering or corruption; the relay did not hand it to go`,
  }));
  const others = findings
    // The download that then failed is explained by the tampering.
    .filter((f) => !(f.kind !== 'security' && f.area === 'proxy' && tampered.has(`${f.module}@${f.version}`)))
    .map((f) => {
      const upstream = f.module && f.version ? routes.get(`${f.module}@${f.version}`) : undefined;
      if (f.kind !== 'security' || !upstream || f.message.includes(upstream)) return f;
      return { ...f, message: `${f.message} (served by upstream ${upstream})` };
    });
  return [...altered, ...others];
}

/** The relay step: starts the relay (or not) for this run's settings and go.sum. */
export function relayStep(
  ctx: RunContext,
  env: GoEnvironment,
  goSum: readonly GoSumLine[],
  filesInCache: ReadonlySet<string>,
): Promise<RelayPlan> {
  const { config, io } = ctx;
  return planRelay({
    config,
    settings: env.settings,
    env: io.env,
    logger: io.logger,
    onSecret: (secret) => io.redactor.add(secret),
    goSum,
    filesInCache,
  });
}
