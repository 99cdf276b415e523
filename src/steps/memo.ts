import { LicenseReads, storeBuildList } from '../cache/run-memo.js';
import { licensePolicyFromConfig } from '../config/license-policy.js';
import { describeError } from '../errors.js';
import type { GoSumLine } from '../go/go-sum.js';
import type { LicenseRead } from '../licenses/evaluate.js';
import { CLASSIFIER_VERSION } from '../licenses/classifier-version.js';
import type { BuildList } from './build-list.js';
import type { GoEnvironment } from './environment.js';
import type { RunContext } from './run-context.js';

/**
 * The license reads the cache entry carries (by zip h1 and classifier version) when the run has a
 * cache; empty otherwise. Reads done during priming (LicensePrefetch) join them.
 */
export async function loadLicenseReads(
  ctx: RunContext,
  env: GoEnvironment,
  goSum: readonly GoSumLine[],
): Promise<LicenseReads<LicenseRead>> {
  const withCache = ctx.config.cache && ctx.io.cache !== undefined;
  return LicenseReads.load<LicenseRead>(
    withCache ? env.settings.goModCache : undefined,
    goSum,
    CLASSIFIER_VERSION,
    licenseThreshold(ctx),
  );
}

export function licenseThreshold(ctx: RunContext): number {
  return licensePolicyFromConfig(ctx.config).confidence;
}

/**
 * Writes what the next run may reuse into the module cache, before the save lists its files: the
 * license reads of this build list and the build list itself. A failure only costs the next run
 * the work: it is logged, never a finding.
 */
export async function storeMemo(
  ctx: RunContext,
  env: GoEnvironment,
  reads: LicenseReads<LicenseRead>,
  buildList: BuildList,
): Promise<void> {
  const { io } = ctx;
  const gomodcache = env.settings.goModCache;
  io.logger.info(
    `Licenses: ${reads.reused} reused from the cache entry (same zip h1, classifier ${CLASSIFIER_VERSION}), ${reads.early} read while priming as each zip landed, ${reads.classified} read and classified now`,
  );
  if (!ctx.config.cache || !io.cache) return;
  try {
    await reads.write(gomodcache, buildList.modules);
    if (buildList.memoKey && !buildList.reused)
      await storeBuildList(gomodcache, buildList.memoKey, buildList.modules);
  } catch (error) {
    io.logger.debug(
      `the build list and license reads were not kept for the next run: ${describeError(error)}`,
    );
  }
}
