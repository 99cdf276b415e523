import path from 'node:path';
import type { Cancellation } from './cancel.js';
import type { CacheBackend } from './cache/backend.js';
import type { CacheSaveReport } from './cache/cache-report.js';
import { saveCacheEntry } from './cache/entry.js';
import { discardCacheState, saveWarning } from './cache/save-outcome.js';
import type { Config } from './config/config.js';
import { readRunnerFacts, type RunnerFacts } from './config/runner-facts.js';
import { Deadline } from './deadline.js';
import { parseConfigReportingAll } from './config/all-inputs.js';
import { checkPaths } from './config/paths.js';
import { checkClientCerts } from './net/client-certs.js';
import { checkPlatform } from './platform.js';
import type { RawInputs } from './config/inputs.js';
import { spawnGo } from './go/go-command.js';
import type { Logger } from './logger.js';
import { runPipeline } from './pipeline.js';
import { markCancelled, withLateFindings } from './report/finish.js';
import { reportNotWritten, writeJsonReport } from './report/json-report.js';
import type { Report } from './report/model.js';
import { redactingLogger, Redactor, registerUrlSecrets } from './report/redact.js';
import { registerEnvSecrets } from './report/env-secrets.js';
import { escapeControlsIn, escapingLogger } from './report/escape.js';
import { artifactNotWritten, writeArtifacts } from './sbom/write-artifacts.js';
import { timingLogger } from './metrics/phase-timer.js';
import { writeMetricsFile } from './metrics/write-metrics.js';

export interface RunResult {
  readonly config: Config;
  readonly report: Report;
}

/** What differs between the action and the CLI. */
export interface RunEdge {
  /** The action registers each secret with core.setSecret. */
  readonly onSecret?: (secret: string) => void;
  /**
   * Builds the cache backend named by the config ('actions' needs @actions/cache: an edge import,
   * loaded only when named); its service calls are held to the run's one deadline.
   */
  readonly cacheBackend: (
    kind: 'actions' | 'local',
    dir: string,
    deadline?: Deadline,
  ) => CacheBackend | Promise<CacheBackend>;
  /**
   * The action hands the cache state to its post step (core.saveState); without it (the CLI)
   * the cache is saved right after the run, as the post step would.
   */
  readonly handOver?: (state: Record<string, string>) => void;
  /** Cancelled on SIGINT/SIGTERM (src/edges/signals.ts): the report is then partial and marked. */
  readonly cancellation?: Cancellation;
  /**
   * The runner's facts, read once by the edge (readRunnerFacts). A caller without an edge (tests,
   * benches) leaves it out, and it is read from `env`.
   */
  readonly runner?: RunnerFacts;
}

/**
 * What main.ts and cli.ts share: parse the inputs (a ConfigError escapes before anything runs),
 * run the pipeline with the real `go`, save or hand over the cache, write the JSON report.
 */
export async function runWarden(
  raw: RawInputs,
  env: NodeJS.ProcessEnv,
  edgeLogger: Logger,
  edge: RunEdge,
): Promise<RunResult> {
  checkPlatform();
  const runner = edge.runner ?? (await readRunnerFacts(env));
  const config = parseConfigReportingAll(raw, runner);
  await checkPaths(config);
  // A client certificate that cannot work (missing, key not matching, expired) stops the run now.
  checkClientCerts(config.proxyClientCerts, Date.now());
  const redactor = new Redactor(edge.onSecret);
  // Each log group is a phase of the run: timed for the metrics file.
  const timing = timingLogger(escapingLogger(redactingLogger(edgeLogger, redactor)), Date.now);
  const logger = timing.logger;
  registerSecrets(redactor, config, env);
  let cacheState: Record<string, string> | undefined;
  const signal = edge.cancellation?.signal;
  const deadline = new Deadline(config.timeoutMs, Date.now);
  const { report, goModCache } = await runPipeline(config, {
    runGo: spawnGo,
    env,
    runner,
    logger,
    redactor,
    now: Date.now,
    signal,
    deadline,
    cache: {
      backend: await backendOf(config, config.cacheBackend, edge, runner, signal, deadline),
      localDir: config.cacheBackend === 'local' ? config.cacheDir : undefined,
      listFile: path.join(runner.tempDir, 'go-module-warden', `cache-archive-${process.pid}.json`),
      onState: (state) => {
        cacheState = state;
        edge.handOver?.(state);
      },
    },
  });
  let finalReport = report;
  if (!edge.handOver && cacheState && report.cache && !signal?.aborted) {
    const state = cacheState;
    const save = await logger.group('Module cache: save', () =>
      saveCacheEntry({
        getState: (name) => state[name],
        backendFor: (s) =>
          s.backend === 's3'
            ? backendOf(config, 's3', edge, runner, signal)
            : edge.cacheBackend(s.backend, s.localDir ?? config.cacheDir, deadline),
        event: runner.event,
        logger,
        now: Date.now,
      }),
    );
    if (save) finalReport = withSave(report, redactor.redactValue(save));
    // Without a post step (the CLI) nothing else will read the file list: leave nothing behind.
  } else if (cacheState && !edge.handOver) await discardCacheState(cacheState);
  const cancelledBy = edge.cancellation?.by;
  if (cancelledBy) finalReport = markCancelled(finalReport, cancelledBy);
  // The SBOM and notices state what the report proved; nothing is written unless asked.
  // They read module files by the report's directories, so they get it before escaping.
  if (!cancelledBy) {
    const artifacts = await writeArtifacts(config, finalReport, {
      runGo: spawnGo,
      env,
      goModCache,
      logger,
      now: Date.now,
      redact: (text) => redactor.redact(text),
    }).catch((error: unknown) => ({ problems: [artifactNotWritten('sbom-file', undefined, error)] }));
    // A file that could not be written warns; the run's verdict and exit code stand.
    finalReport = withLateFindings(finalReport, artifacts.problems ?? []);
  }
  // Module-derived text (a replace directory named with ESC or CR) reaches no renderer raw.
  finalReport = escapeControlsIn(finalReport);
  // The report's duration covers the whole step, the SBOM and notices included.
  const durationMs = Math.max(finalReport.durationMs, Date.now() - Date.parse(finalReport.startedAt));
  finalReport = { ...finalReport, durationMs };
  // Metrics last, so the run's duration and every phase are in; a failed write warns.
  const metricsProblem = await writeMetricsFile(config.artifacts.metricsFile, finalReport, {
    phases: timing.phases(),
    redact: (text) => redactor.redact(text),
    logger,
  });
  finalReport = withLateFindings(finalReport, metricsProblem ? [metricsProblem] : []);
  try {
    await writeJsonReport(config.reportFile, finalReport);
  } catch (error) {
    // Found at the end (the disk filled, the folder went away): the verdict still stands and is shown.
    finalReport = withLateFindings(finalReport, [reportNotWritten(config.reportFile, error)]);
  }
  return { config, report: finalReport };
}

/** Every proxy URL's credentials and the environment's secrets are masked before anything logs. */
function registerSecrets(redactor: Redactor, config: Config, env: NodeJS.ProcessEnv): void {
  registerUrlSecrets(redactor, [
    ...[...(config.proxy ?? []), ...config.proxyRoutes.flatMap((r) => r.list)].flatMap((spec) =>
      spec.kind === 'url' ? [spec.url] : [],
    ),
    ...(env.GOPROXY ?? '').split(/[,|]/),
  ]);
  registerEnvSecrets(redactor, env);
}

/**
 * The backend a config names: s3 is built here (no edge import), the others by the edge. The s3
 * backend (@aws-sdk) is loaded only by a run that names it: it costs a run without it ~25 MiB.
 */
async function backendOf(
  config: Config,
  kind: Config['cacheBackend'],
  edge: RunEdge,
  runner: RunnerFacts,
  signal: AbortSignal | undefined,
  deadline?: Deadline,
): Promise<CacheBackend> {
  if (kind !== 's3' || !config.cacheS3)
    return edge.cacheBackend(kind === 's3' ? 'local' : kind, config.cacheDir, deadline);
  const { S3Backend } = await import('./cache/s3-backend.js');
  return new S3Backend(config.cacheS3, {
    project: s3Project(config, runner),
    heal: config.cacheHeal,
    signal,
  });
}

/** Names a project's manifest in the bucket: its repository (or host) and working directory. */
export function s3Project(config: Config, runner: Pick<RunnerFacts, 'repository' | 'host'>): string {
  const where = runner.repository || `${runner.host ?? 'host'}:${path.resolve(config.workingDirectory)}`;
  return `${where}/${config.workingDirectory}`;
}

/** The save's outcome in the report; a failed save is a late warning settled with the others. */
function withSave(report: Report, save: CacheSaveReport): Report {
  if (!report.cache) return report;
  const warning = saveWarning(save);
  return withLateFindings({ ...report, cache: { ...report.cache, save } }, warning ? [warning] : []);
}
