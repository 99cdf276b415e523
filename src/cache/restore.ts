import { describeError } from '../errors.js';
import type { GoSumLine } from '../go/go-sum.js';
import type { Logger } from '../logger.js';
import type { CacheBackend } from './backend.js';
import type { CacheReport, PurgedEntry } from './cache-report.js';
import { measurePaths } from './content.js';
import { checkCacheIntegrity, type IntegrityResult } from './integrity.js';
import type { CacheKeys } from './keys.js';
import { moduleId } from './module-path.js';
import { purgeModuleVersion } from './purge.js';

export interface RestoreCacheOptions {
  readonly backend: CacheBackend;
  readonly gomodcache: string;
  /** cachePaths(gomodcache, content) */
  readonly paths: readonly string[];
  readonly keys: CacheKeys;
  /** go.sum and go.work.sum lines as committed. */
  readonly goSum: readonly GoSumLine[];
  readonly logger: Logger;
  readonly now: () => number;
}

export interface RestoreResult {
  readonly report: CacheReport;
  /** The key restored, undefined on a miss (hand it to the post step's state). */
  readonly matchedKey: string | undefined;
  readonly integrity: IntegrityResult;
}

/**
 * Restores the nearest cache entry and trusts none of it unchecked: every module version in the
 * module cache (restored or already there) is checked by checkCacheIntegrity, and each polluted
 * one is purged alone (its files only) and logged, so `go mod download` fetches it again. An
 * unusable backend or a failed restore is a warning: the run goes on with what is on disk.
 * exact hit → `go` finds every module on disk; partial → the missing ones are fetched; miss → all.
 */
export async function restoreVerifiedCache(options: RestoreCacheOptions): Promise<RestoreResult> {
  const { backend, gomodcache, keys, logger } = options;
  const started = options.now();
  let matchedKey: string | undefined;
  let restoreError: string | undefined;
  try {
    matchedKey = await backend.restore(options.paths, keys.primary, keys.restoreKeys);
  } catch (error) {
    restoreError = describeError(error);
    logger.warn(`Cache restore failed, going on without a cache: ${restoreError}`);
  }
  const hit = matchedKey === undefined ? 'miss' : matchedKey === keys.primary ? 'exact' : 'partial';
  if (hit === 'exact') logger.info(`Cache hit (${backend.name}): ${matchedKey}`);
  else if (hit === 'partial')
    logger.info(
      `Cache hit on a restore key (${backend.name}): ${matchedKey}; missing modules will be fetched`,
    );
  else if (!restoreError) logger.info(`Cache miss (${backend.name}) for ${keys.primary}`);

  const integrity = await checkCacheIntegrity({ gomodcache, goSum: options.goSum });
  const purged: PurgedEntry[] = [];
  for (const module of integrity.polluted) {
    await purgeModuleVersion(gomodcache, module);
    const what = module.problems.map((p) => p.detail).join('; ');
    logger.warn(`Cache: purged ${moduleId(module)}, it will be fetched again: ${what}`);
    purged.push({
      path: module.path,
      version: module.version,
      problems: module.problems.map(({ kind, file, detail }) => ({ kind, file, detail })),
    });
  }
  logger.info(
    `Cache verified: ${integrity.verified} module versions match go.sum, ${integrity.unlisted} not in go.sum (checked for consistency), ${purged.length} purged`,
  );
  const restored = matchedKey === undefined ? undefined : await measurePaths(options.paths);
  return {
    matchedKey,
    integrity,
    report: {
      hit,
      backend: backend.name,
      key: keys.primary,
      matchedKey,
      restoredBytes: restored?.bytes,
      restoreMs: Math.max(0, options.now() - started),
      verified: integrity.verified,
      unlisted: integrity.unlisted,
      purged,
      restoreError,
    },
  };
}
