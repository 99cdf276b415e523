import type { CacheReport } from '../cache/cache-report.js';
import { finishCacheStep, restoreCacheStep, type PendingCacheState } from '../cache/cache-steps.js';
import type { ChecksumVerdict } from '../cache/proof.js';
import { saveStateForPost } from '../cache/state.js';
import { verifyModuleCache } from '../cache/verify-on-disk.js';
import { describeError } from '../errors.js';
import type { Config } from '../config/config.js';
import type { GoEnv } from '../go/go-env.js';
import type { GoSumLine } from '../go/go-sum.js';
import type { GoProject } from '../go/project.js';
import type { Logger } from '../logger.js';
import type { BuildListModule } from '../go/build-list.js';
import type { Finding } from '../findings.js';
import type { LicenseReport } from '../licenses/license-report.js';
import type { ChecksumReport } from '../sumdb/checksum-report.js';
import type { BuildList } from './build-list.js';
import type { Primed } from './prime.js';
import type { GoEnvironment } from './environment.js';
import type { PipelineCache, RunContext } from './run-context.js';

export type { PipelineCache } from './run-context.js';

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
  if (!config.cache || !cache) {
    // No cache to restore: what the module cache already holds is checked all the same.
    return io.logger.group('Module cache: verify what is there', () =>
      verifyCacheWithoutRestore({ goEnv: env.goEnv, goSum, logger: io.logger }),
    );
  }
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
 * Restores the nearest cache, checks the project's modules in the module cache against go.sum
 * and the `.ziphash`, and purges exactly the polluted module versions (fetched again by priming).
 * A purge, a failed restore and a rejected entry are warnings.
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
  const { report, pending, findings } = await restoreCacheStep({
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
  return { report, pending, findings: [...findings] };
}

/**
 * Without a cache (`cache: false`, or no backend): what the module cache already holds for the
 * project is checked all the same before `go` uses it.
 */
export async function verifyCacheWithoutRestore(input: {
  goEnv: GoEnv;
  goSum: readonly GoSumLine[];
  logger: Logger;
}): Promise<{ report: CacheReport; findings: Finding[] }> {
  const verified = await verifyModuleCache({
    gomodcache: input.goEnv.GOMODCACHE,
    goSum: input.goSum,
    logger: input.logger,
  });
  return {
    report: {
      hit: 'disabled',
      purged: verified.purged,
      verified: verified.integrity.verified,
      unlisted: verified.integrity.unlisted,
    },
    findings: verified.findings,
  };
}

/**
 * Why priming (`go mod download all`) can be skipped, or undefined: an exact hit whose restore
 * left every zip go.sum names on disk and verified. `go build` then extracts lazily what it uses,
 * as after setup-go's restore; licenses are read from the zips of modules with no extracted tree.
 */
export function primingNotNeeded(report: CacheReport | undefined): string | undefined {
  if (!report?.complete) return undefined;
  return `Priming skipped: exact cache hit (${report.matchedKey ?? report.key}), every module go.sum names is in the module cache and verified`;
}

/**
 * Hands the post step what it needs to save: only a primed run that did not fail saves, and only
 * its proven module versions. Returns the cache report with what will be left out or why nothing
 * will be saved.
 */
export async function handOverCache(input: {
  cache: PipelineCache;
  pending: PendingCacheState;
  report: CacheReport | undefined;
  modules: readonly BuildListModule[] | undefined;
  goSum: readonly GoSumLine[];
  primed: boolean;
  failure: string | undefined;
  checksums: readonly ChecksumVerdict[] | undefined;
}): Promise<CacheReport | undefined> {
  const handed = await finishCacheStep(input.pending, {
    buildList: input.modules ?? [],
    goSum: input.goSum,
    primed: input.primed && input.modules !== undefined,
    failure: input.failure ?? (input.checksums ? undefined : 'the checksum step did not run'),
    checksums: input.checksums ?? [],
    listFile: input.cache.listFile,
  }).catch((error: unknown) => {
    // The cache is an optimisation: a failure to list what to save is a skipped save, not a failed run.
    const skip = `the files to save could not be listed: ${describeError(error)}`;
    const { restoredModules: _restored, ...state } = input.pending;
    return { state: saveStateForPost({ ...state, skip }), skip, leftOut: [] };
  });
  await input.cache.onState(handed.state);
  if (!input.report) return undefined;
  return {
    ...input.report,
    ...(handed.skip ? { saveSkipped: handed.skip } : {}),
    ...(handed.leftOut.length > 0 ? { leftOut: handed.leftOut } : {}),
  };
}

/** What the checks produced, for the hand-over. */
export interface HandOverFacts {
  readonly primed: Primed;
  readonly buildList: BuildList;
  readonly checksums: ChecksumReport;
  readonly licenses: LicenseReport;
  readonly goSum: readonly GoSumLine[];
}

/**
 * After the checks: hands the post step (or the CLI's save) what to save. Only a run that did not
 * fail saves: `failure` is the run's verdict (report/finish.ts, after the gate and the relay's
 * altered-bytes facts), never re-derived here.
 */
export async function handOverStep(
  ctx: RunContext,
  cache: CacheStepResult,
  run: HandOverFacts & { readonly failure: string | undefined },
): Promise<CacheStepResult> {
  const { io } = ctx;
  if (!cache.pending || !io.cache) return cache;
  const { primed, checksums } = run;
  const report = await handOverCache({
    cache: io.cache,
    pending: cache.pending,
    report: cache.report,
    modules: run.buildList.modules,
    goSum: run.goSum,
    primed: primed.skipped || (!primed.download.timedOut && primed.download.failed.length === 0),
    failure: run.failure,
    checksums: checksums.modules,
  });
  return report ? { ...cache, report } : cache;
}
