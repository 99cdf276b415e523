import { LicenseReads, removeStaleVerdicts, storeBuildList } from '../cache/run-memo.js';
import { licensePolicyFromConfig } from '../config/license-policy.js';
import { describeError } from '../errors.js';
import type { GoSumLine } from '../go/go-sum.js';
import type { LicenseRead } from '../licenses/evaluate.js';
import { CLASSIFIER_VERSION } from '../licenses/classifier-version.js';
import type { BuildList } from './build-list.js';
import type { GoEnvironment } from './environment.js';
import type { StepContext } from './step-context.js';

/**
 * This run's license reads, by zip h1: those done during priming (LicensePrefetch) for the license
 * step. Never loaded from the cache entry: verdicts are re-derived from the proven zips each run.
 */
export function loadLicenseReads(goSum: readonly GoSumLine[]): LicenseReads<LicenseRead> {
  return LicenseReads.create<LicenseRead>(goSum);
}

export function licenseThreshold(ctx: StepContext): number {
  return licensePolicyFromConfig(ctx.config).confidence;
}

/**
 * Writes what the next run may reuse into the module cache, before the save lists its files: the
 * build list (and removes the license verdicts an older version stored there). A failure only costs the next run
 * the work: it is logged, never a finding.
 */
export async function storeMemo(
  ctx: StepContext,
  env: GoEnvironment,
  reads: LicenseReads<LicenseRead>,
  buildList: BuildList,
): Promise<void> {
  const { io } = ctx;
  const gomodcache = env.settings.goModCache;
  io.logger.info(
    `Licenses: ${reads.early} read ahead (as each zip landed, or as the restore proved it), ${reads.classified} read and classified now (classifier ${CLASSIFIER_VERSION}; no verdict is taken from the cache entry)`,
  );
  if (!ctx.config.cache || !io.cache) return;
  try {
    await removeStaleVerdicts(gomodcache);
    if (buildList.memoKey && !buildList.reused)
      await storeBuildList(gomodcache, buildList.memoKey, buildList.modules);
  } catch (error) {
    io.logger.debug(
      `the build list and license reads were not kept for the next run: ${describeError(error)}`,
    );
  }
}
