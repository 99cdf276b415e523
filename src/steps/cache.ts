import type { CacheReport } from '../cache/cache-report.js';
import { planNextEntry, type RestoredEntry } from '../cache/entry.js';
import type { LandedZipDigests } from '../cache/landed-digests.js';
import { cacheKeys, readSumFiles } from '../cache/keys.js';
import { restoreVerifiedCache, type RestoreHooks } from '../cache/restore.js';
import { saveStateForPost } from '../cache/state.js';
import { verifyModuleCache } from '../cache/verify-on-disk.js';
import { describeError } from '../errors.js';
import type { GoEnv } from '../go/go-env.js';
import type { GoSumLine } from '../go/go-sum.js';
import type { Logger } from '../logger.js';
import type { Finding } from '../findings.js';
import type { LicenseReport } from '../licenses/license-report.js';
import type { ChecksumReport } from '../sumdb/checksum-report.js';
import type { BuildList } from './build-list.js';
import type { Primed } from './prime.js';
import type { GoEnvironment } from './environment.js';
import type { StepContext } from './step-context.js';

export type { PipelineCache } from './step-context.js';

/** The cache step's result: what the report shows, its findings, what the post step needs. */
export interface CacheStepResult {
  readonly report: CacheReport;
  readonly findings: readonly Finding[];
  /** Absent when there is no cache to save (disabled). */
  readonly pending?: RestoredEntry;
}

/**
 * Restores and verifies the module cache when there is one: the nearest entry by go.sum's key,
 * every cached module of the project checked against go.sum and the `.ziphash`, the polluted ones
 * purged (fetched again by priming). A purge, a failed restore and a rejected entry are warnings.
 * Shaped as actions/cache's restoreImpl: read the inputs, call the domain, return the state.
 */
export async function cacheStep(
  ctx: StepContext,
  env: GoEnvironment,
  goSum: readonly GoSumLine[],
  /** What may begin before the restore's check is done. */
  hooks?: RestoreHooks,
): Promise<CacheStepResult> {
  const { config, io } = ctx;
  const cache = io.cache;
  const { goEnv, project } = env;
  if (!config.cache || !cache) {
    // No cache to restore: what the module cache already holds is checked all the same.
    return io.logger.group('Module cache: verify what is there', () =>
      verifyCacheWithoutRestore({ goEnv, goSum, logger: io.logger }),
    );
  }
  return io.logger.group('Module cache: restore and verify', async () => {
    const sums = await readSumFiles(project.dir, project.goSumCandidates);
    const keys = cacheKeys(config.cacheKeyPrefix, goEnv.GOOS, goEnv.GOARCH, sums);
    const restored = await restoreVerifiedCache({
      backend: cache.backend,
      gomodcache: goEnv.GOMODCACHE,
      keys,
      goSum,
      logger: io.logger,
      now: io.now,
      hooks,
    });
    const pending: RestoredEntry = {
      backend: cache.backend.name,
      localDir: cache.localDir,
      gomodcache: goEnv.GOMODCACHE,
      primaryKey: keys.primary,
      matchedKey: restored.matchedKey,
      exact: restored.exact,
      replace: restored.replace,
      restoredModules: restored.restoredModules,
      cacheSave: config.cacheSave,
    };
    return { report: restored.report, findings: [...restored.findings], pending };
  });
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

/** What the checks produced, for the hand-over. */
export interface HandOverFacts {
  readonly primed: Primed;
  readonly buildList: BuildList;
  readonly checksums: ChecksumReport;
  readonly licenses: LicenseReport;
  readonly goSum: readonly GoSumLine[];
  /** Zips read as they landed while priming (absent when priming was skipped or no save may follow). */
  readonly landed?: LandedZipDigests;
}

/**
 * After the checks: hands the post step (or the CLI's save) what to save. Only a run that did not
 * fail saves: `failure` is the run's verdict (report/finish.ts, after the gate and the relay's
 * altered-bytes facts), never re-derived here.
 */
export async function handOverStep(
  ctx: StepContext,
  cache: CacheStepResult,
  run: HandOverFacts & { readonly failure: string | undefined },
): Promise<CacheStepResult> {
  const { io } = ctx;
  const pending = cache.pending;
  if (!pending || !io.cache) return cache;
  const { primed, checksums } = run;
  const handed = await planNextEntry(pending, {
    buildList: run.buildList.modules,
    goSum: run.goSum,
    primed: primed.skipped || (!primed.download.timedOut && primed.download.failed.length === 0),
    failure: run.failure,
    checksums: checksums.modules,
    listFile: io.cache.listFile,
    landed: run.landed,
    logger: io.logger,
  }).catch((error: unknown) => {
    // The cache is an optimisation: a failure to list what to save is a skipped save, not a failed run.
    const skip = `the files to save could not be listed: ${describeError(error)}`;
    const { restoredModules: _restored, ...state } = pending;
    return { state: saveStateForPost({ ...state, skip }), skip, leftOut: [] };
  });
  await io.cache.onState(handed.state);
  const report: CacheReport = {
    ...cache.report,
    ...(handed.skip ? { saveSkipped: handed.skip } : {}),
    ...(handed.leftOut.length > 0 ? { leftOut: handed.leftOut } : {}),
  };
  return { ...cache, report };
}
