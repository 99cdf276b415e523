import { LicenseReads, storeBuildList } from '../cache/run-memo.js';
import { licensePolicyFromConfig } from '../config/license-policy.js';
import { describeError } from '../errors.js';
import type { GoSumLine } from '../go/go-sum.js';
import { CLASSIFIER_VERSION } from '../licenses/classifier-version.js';
import type { BuildList } from './build-list.js';
import type { GoEnvironment } from './environment.js';
import type { RunContext } from './run-context.js';

/**
 * The license reads the cache entry carries (by zip h1 and classifier version), when the run has
 * a cache; undefined otherwise (every module is then read and classified).
 */
export async function loadLicenseReads(
  ctx: RunContext,
  env: GoEnvironment,
  goSum: readonly GoSumLine[],
): Promise<LicenseReads | undefined> {
  if (!ctx.config.cache || !ctx.io.cache) return undefined;
  const threshold = licensePolicyFromConfig(ctx.config).confidence;
  return LicenseReads.load(env.settings.goModCache, goSum, CLASSIFIER_VERSION, threshold);
}

/**
 * Writes what the next run may reuse into the module cache, before the save lists its files: the
 * license reads of this build list and the build list itself. A failure only costs the next run
 * the work: it is logged, never a finding.
 */
export async function storeMemo(
  ctx: RunContext,
  env: GoEnvironment,
  reads: LicenseReads | undefined,
  buildList: BuildList,
): Promise<void> {
  const { io } = ctx;
  const gomodcache = env.settings.goModCache;
  try {
    if (reads) {
      io.logger.info(
        `Licenses: ${reads.reused} reused from the cache entry (same zip h1, classifier ${CLASSIFIER_VERSION}), ${reads.classified} read and classified now`,
      );
      await reads.write(gomodcache, buildList.modules);
    }
    if (buildList.memoKey && !buildList.reused)
      await storeBuildList(gomodcache, buildList.memoKey, buildList.modules);
  } catch (error) {
    io.logger.debug(
      `the build list and license reads were not kept for the next run: ${describeError(error)}`,
    );
  }
}
