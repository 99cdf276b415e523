import type { CacheBackend } from '../cache/backend.js';
import type { CacheReport } from '../cache/cache-report.js';
import { finishCacheStep, restoreCacheStep, type PendingCacheState } from '../cache/cache-steps.js';
import type { Config } from '../config/config.js';
import type { GoEnv } from '../go/go-env.js';
import type { GoSumLine } from '../go/go-sum.js';
import type { GoProject } from '../go/project.js';
import type { Logger } from '../logger.js';
import type { BuildListModule } from '../go/build-list.js';
import type { Finding } from '../findings.js';
import type { GoEnvironment } from './environment.js';
import type { RunContext } from './run-context.js';

/** How the edges give the pipeline a cache: the backend, and where main hands state to post. */
export interface PipelineCache {
  readonly backend: CacheBackend;
  readonly localDir?: string;
  /** The keep list for pruning (in RUNNER_TEMP). */
  readonly keepFile: string;
  /** Receives the state for the post step (core.saveState), or for the CLI's immediate save. */
  readonly onState: (state: Record<string, string>) => void | Promise<void>;
}

/** The cache step's result: what the report shows, its findings, what the post step needs. */
export interface CacheStepResult {
  readonly report: CacheReport;
  readonly findings: readonly Finding[];
  /** Absent when there is no cache to save (disabled). */
  readonly pending?: PendingCacheState;
}

/** Restores and verifies the module cache when there is one. */
export async function cacheStep(
  ctx: RunContext,
  env: GoEnvironment,
  goSum: readonly GoSumLine[],
): Promise<CacheStepResult> {
  const { config, io } = ctx;
  const cache = io.cache;
  if (!config.cache || !cache) return { report: { hit: 'disabled', purged: [] }, findings: [] };
  return io.logger.group('Module cache: restore and verify', () =>
    restoreCache({
      config,
      cache,
      goEnv: env.goEnv,
      project: env.project,
      goSum,
      logger: io.logger,
      now: io.now,
    }),
  );
}

/**
 * Restores the nearest cache, checks every module in it against go.sum and the `.ziphash`, and
 * purges exactly the polluted module versions (they are fetched again by priming). A purge is a
 * warning: the cache was repaired, and the user learns which entries were bad.
 */
export async function restoreCache(input: {
  config: Config;
  cache: PipelineCache;
  goEnv: GoEnv;
  project: GoProject;
  goSum: readonly GoSumLine[];
  logger: Logger;
  now: () => number;
}): Promise<{ report: CacheReport; pending: PendingCacheState; findings: Finding[] }> {
  const { report, pending } = await restoreCacheStep({
    backend: input.cache.backend,
    localDir: input.cache.localDir,
    gomodcache: input.goEnv.GOMODCACHE,
    goos: input.goEnv.GOOS,
    goarch: input.goEnv.GOARCH,
    keyPrefix: input.config.cacheKeyPrefix,
    projectDir: input.project.dir,
    sumFiles: input.project.goSumCandidates,
    goSum: input.goSum,
    cacheSave: input.config.cacheSave,
    logger: input.logger,
    now: input.now,
  });
  const findings = report.purged.map((entry): Finding => ({
    kind: 'infrastructure',
    severity: 'warning',
    area: 'cache',
    module: entry.path,
    version: entry.version,
    message: `the restored cache held altered files (${entry.problems.map((p) => p.detail).join('; ')}); only this module version was purged and fetched again`,
  }));
  return { report, pending, findings };
}

/** Hands the post step what it needs to prune and save (only a primed, verified cache is saved). */
export async function handOverCache(input: {
  cache: PipelineCache;
  pending: PendingCacheState;
  modules: readonly BuildListModule[] | undefined;
  goSum: readonly GoSumLine[];
  primed: boolean;
  verified: boolean;
}): Promise<void> {
  const state = await finishCacheStep(input.pending, {
    buildList: input.modules ?? [],
    goSum: input.goSum,
    primed: input.primed && input.modules !== undefined,
    verified: input.verified,
    keepFile: input.cache.keepFile,
  });
  await input.cache.onState(state);
}
