import type { BuildListModule } from '../go/build-list.js';
import type { GoSumLine } from '../go/go-sum.js';
import type { Logger } from '../logger.js';
import type { CacheBackend } from './backend.js';
import type { CacheReport, CacheSaveReport } from './cache-report.js';
import { type CacheContent, cachePaths } from './content.js';
import type { IntegrityResult } from './integrity.js';
import { cacheKeys, readSumFiles } from './keys.js';
import { keepSets } from './prune.js';
import { restoreVerifiedCache } from './restore.js';
import { saveVerifiedCache, writeKeepFile } from './save.js';
import { type CacheState, readStateInPost, saveStateForPost } from './state.js';

export interface RestoreStepInput {
  readonly backend: CacheBackend;
  /** The local backend's directory (kept in the state for the post step). */
  readonly localDir?: string;
  /** From `go env`: GOMODCACHE, GOOS, GOARCH. */
  readonly gomodcache: string;
  readonly goos: string;
  readonly goarch: string;
  readonly keyPrefix: string;
  /** The project directory and its checksum files (go.sum of each module, go.work.sum), existing or not. */
  readonly projectDir: string;
  readonly sumFiles: readonly string[];
  /** Their parsed lines. */
  readonly goSum: readonly GoSumLine[];
  readonly cacheSave: 'auto' | 'true' | 'false';
  readonly content?: CacheContent;
  readonly logger: Logger;
  readonly now: () => number;
}

/** What the main step knows after the restore; finishCacheStep completes it for the post step. */
export type PendingCacheState = Omit<CacheState, 'primed' | 'verified' | 'keepFile'>;

/**
 * Main step, before priming: keys, restore, verify every cached module against go.sum, purge the
 * polluted ones. Never throws for backend trouble (that is a warning and a miss in the report).
 */
export async function restoreCacheStep(
  input: RestoreStepInput,
): Promise<{ report: CacheReport; integrity: IntegrityResult; pending: PendingCacheState }> {
  const keys = cacheKeys(
    input.keyPrefix,
    input.goos,
    input.goarch,
    await readSumFiles(input.projectDir, input.sumFiles),
  );
  const paths = cachePaths(input.gomodcache, input.content ?? 'download');
  const result = await restoreVerifiedCache({
    backend: input.backend,
    gomodcache: input.gomodcache,
    paths,
    keys,
    goSum: input.goSum,
    logger: input.logger,
    now: input.now,
  });
  return {
    report: result.report,
    integrity: result.integrity,
    pending: {
      backend: input.backend.name,
      localDir: input.localDir,
      gomodcache: input.gomodcache,
      paths,
      primaryKey: keys.primary,
      matchedKey: result.matchedKey,
      cacheSave: input.cacheSave,
    },
  };
}

/**
 * Main step, at the end: writes the keep list (build list + go.sum's go.mod-only versions) to
 * `keepFile` and returns the state entries for `core.saveState(name, value)`.
 */
export async function finishCacheStep(
  pending: PendingCacheState,
  outcome: {
    readonly buildList: readonly BuildListModule[];
    readonly goSum: readonly GoSumLine[];
    readonly primed: boolean;
    readonly verified: boolean;
    /** e.g. `$RUNNER_TEMP/go-module-warden/cache-keep.json` */
    readonly keepFile: string;
  },
): Promise<Record<string, string>> {
  await writeKeepFile(outcome.keepFile, keepSets(outcome.buildList, outcome.goSum));
  return saveStateForPost({
    ...pending,
    primed: outcome.primed,
    verified: outcome.verified,
    keepFile: outcome.keepFile,
  });
}

/**
 * Post step: reads the state (`core.getState`), prunes and saves when allowed. Returns undefined
 * when the main step left no cache state. Never throws.
 */
export async function saveCacheStep(input: {
  readonly getState: (name: string) => string | undefined;
  readonly backendFor: (state: CacheState) => CacheBackend;
  readonly env: NodeJS.ProcessEnv;
  readonly logger: Logger;
  readonly now: () => number;
}): Promise<CacheSaveReport | undefined> {
  const state = readStateInPost(input.getState);
  if (!state) return undefined;
  let backend: CacheBackend;
  try {
    backend = input.backendFor(state);
  } catch (error) {
    input.logger.warn(`Cache not saved: ${(error as Error).message}`);
    return { saved: false, reason: (error as Error).message, key: state.primaryKey };
  }
  return saveVerifiedCache({ backend, state, env: input.env, logger: input.logger, now: input.now });
}
