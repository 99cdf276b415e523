import path from 'node:path';
import type { Config } from './config/config.js';
import { formatDuration } from './config/duration.js';
import { describeError, WardenError } from './errors.js';
import { toFinding } from './findings.js';
import { buildChildEnv } from './go/child-env.js';
import { downloadAll, type DownloadedModule, type DownloadOutcome } from './go/download.js';
import { effectiveModule, type BuildListModule } from './go/build-list.js';
import type { GoRunner } from './go/go-command.js';
import { readGoEnv, type GoEnv } from './go/go-env.js';
import { GoSumGuard } from './go/go-sum-guard.js';
import type { GoSumLine } from './go/go-sum.js';
import { listBuildList, listImportedModules } from './go/list.js';
import { detectProject, type GoProject } from './go/project.js';
import { resolveSettings, type GoSettings } from './go/settings.js';
import { describePrefetch } from './goproxy/prefetch.js';
import type { PendingRequest, ProxyReport, RelayFailure } from './goproxy/proxy-report.js';
import type { Logger } from './logger.js';
import { buildReport, type RunFacts } from './report/build-report.js';
import type { Finding } from './findings.js';
import type { Report } from './report/model.js';
import type { Redactor } from './report/redact.js';
import { checkChecksums } from './steps/checksums.js';
import { checkLicenses } from './steps/licenses.js';
import { planRelay, type RelayPlan } from './steps/relay.js';
import { moduleFilesInCache, routeFor, zipsAmong } from './steps/routes.js';
import { handOverCache, restoreCache, type PipelineCache } from './steps/cache.js';
import type { PendingCacheState } from './cache/cache-steps.js';
import { isWarning } from './report/outcome.js';

/** Everything the pipeline touches outside itself, passed in so tests use the real thing or a seam. */
export interface PipelineIO {
  readonly runGo: GoRunner;
  /** The environment the job runs in (process.env at the edges). */
  readonly env: NodeJS.ProcessEnv;
  readonly logger: Logger;
  readonly redactor: Redactor;
  readonly now: () => number;
  /** HTTP for the checksum database (global fetch at the edges). */
  readonly fetch: typeof fetch;
  /** The module cache's backend and the hand-over to the post step; absent = no cache. */
  readonly cache?: PipelineCache;
}

/**
 * Config → GoEnv → relay + `go mod download -json all` → build list → checksums → licenses →
 * report. A step that fails adds its finding and stops the steps that depend on it; the report is
 * always produced, so the summary explains a failed run as well as a good one.
 */
export async function runPipeline(config: Config, io: PipelineIO): Promise<Report> {
  const startedAt = io.now();
  const facts: RunFacts = { findings: [] };
  const cwd = path.resolve(config.workingDirectory);
  let plan: RelayPlan | undefined;
  let pendingCache: PendingCacheState | undefined;
  try {
    const { settings, project } = await io.logger.group('Go environment', async () => {
      const goEnv = await readGoEnv(io.runGo, cwd, io.env);
      facts.goEnv = goEnv;
      facts.settings = resolveSettings(config, goEnv);
      facts.project = await detectProject(cwd, goEnv);
      io.logger.info(
        `${goEnv.GOVERSION} ${goEnv.GOOS}/${goEnv.GOARCH}, ${facts.project.mode} mode${facts.project.vendor ? ', vendor/ present (using -mod=readonly)' : ''}`,
      );
      return { settings: facts.settings, project: facts.project };
    });
    const goSumGuard = await GoSumGuard.snapshot(project.goSumCandidates);
    const goSum = goSumGuard.lines();
    pendingCache = await cacheStep(config, facts, io, project, goSum);
    const filesInCache = await moduleFilesInCache(settings.goModCache);
    const inCacheBefore = zipsAmong(filesInCache);
    plan = await planRelay({
      config,
      settings,
      env: io.env,
      logger: io.logger,
      onSecret: (s) => io.redactor.add(s),
      goSum,
      filesInCache,
    });
    const childEnv = buildChildEnv(io.env, settings, plan.goproxy);
    const { addedByDownload, imported } = await primeAndList(
      config,
      facts,
      io,
      cwd,
      childEnv,
      plan,
      goSumGuard,
    );
    const modules = facts.modules as BuildListModule[];
    const relay = plan.relay;
    facts.routes = new Map(
      modules.flatMap((m) => {
        const route = routeFor(m, inCacheBefore, (p, v) => relay?.routeOf(p, v));
        return route ? [[`${m.path}@${m.version}`, route] as const] : [];
      }),
    );
    const downloadedHashes = addedByDownload.map((l) => ({
      ...l,
      file: `${l.file} as go mod download would write it`,
      line: 0,
    }));
    await checksumStep(config, facts, io, settings, modules, [...goSum, ...downloadedHashes], plan);
    await licenseStep(config, facts, io, project, imported);
    if (pendingCache && io.cache) {
      const download = facts.download;
      await handOverCache({
        cache: io.cache,
        pending: pendingCache,
        modules,
        goSum,
        primed: download !== undefined && !download.timedOut && download.failed.length === 0,
        verified:
          !facts.findings.some((f) => f.kind === 'security' && !isWarning(f)) &&
          (facts.checksums?.mismatched ?? 0) === 0,
      });
    }
  } catch (error) {
    if (!(error instanceof WardenError)) throw error;
    io.logger.error(describeError(error));
    facts.findings.push(toFinding(error));
  } finally {
    if (plan?.relay) {
      facts.proxy = plan.relay.report();
      await plan.relay.close();
      facts.findings = withRelayReasons(facts.findings, facts.proxy.failures);
      facts.findings.push(...slowUpstreamWarnings(facts.proxy));
    }
  }
  return io.redactor.redactValue(buildReport(config, facts, cwd, startedAt, io.now()));
}

/** Restores and verifies the module cache when there is one; returns what the post step needs. */
async function cacheStep(
  config: Config,
  facts: RunFacts,
  io: PipelineIO,
  project: GoProject,
  goSum: readonly GoSumLine[],
): Promise<PendingCacheState | undefined> {
  if (!config.cache || !io.cache) {
    facts.cache = { hit: 'disabled', purged: [] };
    return undefined;
  }
  const cache = io.cache;
  const goEnv = facts.goEnv as GoEnv;
  const restored = await io.logger.group('Module cache: restore and verify', () =>
    restoreCache({ config, cache, goEnv, project, goSum, logger: io.logger, now: io.now }),
  );
  facts.cache = restored.report;
  facts.findings.push(...restored.findings);
  return restored.pending;
}

/**
 * Primes the module cache, then reads the build list and what a build imports. `go mod download
 * all` also fetches graph-only modules whose lines a tidy go.sum leaves out, and writes them to
 * go.sum: the file is put back as committed before anything reads it, and only `go list
 * -mod=readonly` decides whether go.sum really lacks lines (it fails, naming them).
 */
async function primeAndList(
  config: Config,
  facts: RunFacts,
  io: PipelineIO,
  cwd: string,
  childEnv: NodeJS.ProcessEnv,
  plan: RelayPlan,
  goSumGuard: GoSumGuard,
): Promise<{ addedByDownload: GoSumLine[]; imported: Set<string> }> {
  let addedByDownload: GoSumLine[];
  try {
    await prime(config, facts, io, cwd, childEnv, plan);
  } finally {
    addedByDownload = await goSumGuard.restore();
  }
  if (addedByDownload.length > 0) {
    io.logger.info(
      `go mod download added ${addedByDownload.length} line(s) to go.sum for modules no package imports; go.sum was left as committed and those hashes are checked against the checksum database instead`,
    );
  }
  let imported = new Set<string>();
  facts.modules = await io.logger.group('Build list (go list -m -json all)', async () => {
    const goRun = { cwd, env: childEnv, timeoutMs: config.timeoutMs };
    const modules = withDownloadedDirs(await listBuildList(io.runGo, goRun), facts.download);
    // What a build loads: fails, naming the module, when go.sum lacks a line the build needs.
    imported = await listImportedModules(io.runGo, goRun);
    io.logger.info(
      `${modules.length} modules in the build list, ${imported.size} of them provide imported packages`,
    );
    return modules;
  });
  return { addedByDownload, imported };
}

/** `go mod download -json all` through the relay, under the overall timeout (the watchdog). */
async function prime(
  config: Config,
  facts: RunFacts,
  io: PipelineIO,
  cwd: string,
  childEnv: NodeJS.ProcessEnv,
  plan: RelayPlan,
): Promise<void> {
  await io.logger.group('Priming the module cache (go mod download -json all)', async () => {
    let pendingAtKill: PendingRequest[] = [];
    plan.relay?.prefetch(plan.prefetch);
    let download: DownloadOutcome;
    try {
      download = await downloadAll(io.runGo, {
        cwd,
        env: childEnv,
        timeoutMs: config.timeoutMs,
        onTimeout: () => (pendingAtKill = plan.relay?.pending() ?? []),
      });
    } finally {
      const prefetched = await plan.relay?.endPrefetch();
      if (prefetched) io.logger.info(describePrefetch(prefetched));
    }
    facts.download = download;
    for (const failure of download.failed)
      io.logger.error(`${failure.Path}@${failure.Version}: ${failure.Error}`);
    if (download.timedOut) facts.findings.push(...watchdogFindings(config, pendingAtKill));
    facts.findings.push(...download.failed.map(downloadFinding));
    io.logger.info(
      `${download.modules.length - download.failed.length} modules downloaded, ${download.failed.length} failed`,
    );
  });
}

async function checksumStep(
  config: Config,
  facts: RunFacts,
  io: PipelineIO,
  settings: GoSettings,
  modules: NonNullable<RunFacts['modules']>,
  goSum: readonly GoSumLine[],
  plan: RelayPlan,
): Promise<void> {
  await io.logger.group('Checksum database', async () => {
    facts.checksums = await checkChecksums({
      config,
      settings,
      modules,
      goSum,
      proxies: plan.sumdbProxies,
      fetch: io.fetch,
      logger: io.logger,
    });
    facts.findings.push(...facts.checksums.findings);
  });
}

async function licenseStep(
  config: Config,
  facts: RunFacts,
  io: PipelineIO,
  project: GoProject,
  imported: ReadonlySet<string>,
): Promise<void> {
  await io.logger.group('Licenses', async () => {
    facts.licenses = await checkLicenses({
      config,
      project,
      modules: facts.modules ?? [],
      imported,
      workspaceRoot: io.env.GITHUB_WORKSPACE || project.dir,
      logger: io.logger,
      modCache: facts.settings?.goModCache,
    });
    facts.findings.push(...facts.licenses.findings);
  });
}

/**
 * `go list -mod=readonly` leaves Dir empty for a module whose zip line go.sum does not hold (a
 * graph-only module); `go mod download` extracted it all the same, and its license is there.
 */
function withDownloadedDirs(
  modules: BuildListModule[],
  download: DownloadOutcome | undefined,
): BuildListModule[] {
  const dirOf = new Map(download?.modules.map((d) => [`${d.Path}@${d.Version}`, d.Dir]));
  return modules.map((m) => {
    const fetched = effectiveModule(m);
    const dir = fetched && dirOf.get(`${fetched.path}@${fetched.version}`);
    return m.dir === undefined && dir ? { ...m, dir } : m;
  });
}

/** The watchdog fired: one finding, and one per module still pending, naming what it waited on. */
function watchdogFindings(config: Config, pending: readonly PendingRequest[]): Finding[] {
  const overall: Finding = {
    kind: 'infrastructure',
    area: 'proxy',
    message: `priming did not finish within the timeout (${formatDuration(config.timeoutMs)}); the go process group was killed${pending.length > 0 ? `; ${pending.length} request(s) were still waiting` : ''}`,
  };
  return [
    overall,
    ...pending.map((p): Finding => ({
      kind: 'infrastructure',
      area: 'proxy',
      module: p.module,
      version: p.version,
      message: `still waiting after ${formatDuration(p.waitingMs)} for the ${p.kind} ${p.phase === 'headers' ? 'response headers' : 'body'} from ${p.upstreams.join(', ') || 'no upstream'}`,
    })),
  ];
}

/**
 * When the relay failed a module and `go` then failed direct as well, go reports only its last
 * error; the relay's reason (the upstream's status and message) is what the user needs first.
 */
/**
 * An upstream whose circuit opened is the incident this tool exists for: the run got past it, and
 * the status line says so as a warning, so a slow proxy is noticed before it is down.
 */
function slowUpstreamWarnings(report: ProxyReport): Finding[] {
  return report.upstreams
    .filter((u) => u.breaker.transitions.some((t) => t.to === 'open'))
    .map((u) => {
      const opened = u.breaker.transitions.find((t) => t.to === 'open');
      const timeouts = u.outcomes.timeout ?? 0;
      return {
        kind: 'infrastructure',
        severity: 'warning',
        area: 'proxy',
        message: `upstream ${u.name} breached the ${formatDuration(report.latencyBudgetMs)} budget or failed (${timeouts} timeout(s), circuit opened: ${opened?.reason ?? 'unknown'}); its requests went to the next fallback`,
      };
    });
}

function withRelayReasons(findings: Finding[], failures: readonly RelayFailure[]): Finding[] {
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

function downloadFinding(failure: DownloadedModule): Finding {
  const message = failure.Error ?? 'download failed';
  const checksum = /SECURITY ERROR|checksum mismatch/.test(message);
  return {
    kind: checksum ? 'security' : 'infrastructure',
    area: checksum ? 'checksum' : 'proxy',
    module: failure.Path,
    version: failure.Version,
    message: checksum ? `the bytes served do not match go.sum: ${message}` : message,
  };
}
