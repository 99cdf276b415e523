import { effectiveModule, type BuildListModule } from '../go/build-list.js';
import type { GoSumLine } from '../go/go-sum.js';
import type { Logger } from '../logger.js';
import { archiveFiles, stampFiles } from './archive-files.js';
import type { CacheBackend } from './backend.js';
import type { CacheSaveReport } from './cache-report.js';
import { provenModules, type ChecksumVerdict } from './proof.js';
import { saveVerifiedCache, writeArchiveList, type SaveEvent } from './save.js';
import { type CacheState, readStateInPost, saveStateForPost } from './state.js';
import { describeError } from '../errors.js';
import { moduleId } from './module-path.js';
import type { LandedZipDigests } from './landed-digests.js';

/**
 * The entry the main step restored (or missed), as the post step will need it to save the next
 * one: the state of actions/cache's restoreImpl (primary and matched key) plus what the restore
 * decided (exact hit, to be replaced) and the module versions the entry brought.
 */
export type RestoredEntry = Omit<CacheState, 'skip' | 'listFile'> & {
  /** The module versions the restored entry brought (kept in memory, not handed to the post step). */
  readonly restoredModules?: readonly string[];
};

/** How the run went, as far as the save is concerned. */
export interface RunOutcome {
  readonly buildList: readonly BuildListModule[];
  /** go.sum's lines plus the ones `go mod download` would have added (checked against the database too). */
  readonly goSum: readonly GoSumLine[];
  /** `go mod download` finished for every module of the build list. */
  readonly primed: boolean;
  /** Why the run failed (a finding that is not a warning), or undefined when it did not. */
  readonly failure?: string;
  /** The checksum step's per-module verdicts (ChecksumReport.modules). */
  readonly checksums: readonly ChecksumVerdict[];
  /** e.g. `$RUNNER_TEMP/go-module-warden/cache-archive-<pid>.json`; removed by the save. */
  readonly listFile: string;
  /** Zips read as they landed while priming: the proof takes their h1 instead of reading them again. */
  readonly landed?: LandedZipDigests;
  readonly logger?: Logger;
}

/**
 * Main step, at the end: decides the next entry (saved only when priming succeeded and the run
 * did not fail; only proven module versions go in), writes its file list for the save, and
 * returns the state entries for `core.saveState(name, value)` and what was decided.
 */
export async function planNextEntry(
  pending: RestoredEntry,
  outcome: RunOutcome,
): Promise<{
  state: Record<string, string>;
  skip?: string;
  leftOut: readonly { module: string; reason: string }[];
}> {
  const skip = !outcome.primed
    ? 'priming did not finish for every module'
    : outcome.failure
      ? `the run failed (${outcome.failure}); a failed run saves nothing`
      : undefined;
  const { restoredModules, ...state } = pending;
  const nothing = { state: saveStateForPost({ ...state, skip }), skip, leftOut: [] };
  if (skip) return nothing;
  // An exact hit saves only when its entry must be replaced: polluted or unusable (decided at the
  // restore), or incomplete: a build-list module it lacked is now proven (checked only then).
  const restored = new Set(restoredModules ?? []);
  const lacking = (ids: readonly string[]) => ids.some((id) => !restored.has(id));
  const buildIds = outcome.buildList.flatMap((m) => {
    const stored = effectiveModule(m);
    return stored ? [moduleId(stored)] : [];
  });
  if (state.exact && !state.replace && !lacking(buildIds)) return nothing;
  const landing = outcome.landed;
  const landed = await landing?.unchanged();
  const proof = await provenModules({
    gomodcache: state.gomodcache,
    buildList: outcome.buildList,
    checksums: outcome.checksums,
    goSum: outcome.goSum,
    zipHashes: landed?.hashes,
  });
  if (landing && landed)
    outcome.logger?.info(
      `Proof for the save: ${landed.hashes.size} zips read as they landed and unchanged since (${landing.counts.sameBytes} the very bytes the relay proved, ${landing.counts.hashed} hashed in full), ${landed.readAgain} to read again`,
    );
  const replace = state.replace || (state.exact && lacking(proof.proven.map(moduleId)));
  if (state.exact && !replace) return nothing;
  const files = await archiveFiles(state.gomodcache, proof.proven, proof.goModOnly);
  await writeArchiveList(outcome.listFile, {
    files: await stampFiles(state.gomodcache, files),
    leftOut: proof.leftOut,
  });
  return {
    state: saveStateForPost({ ...state, replace, listFile: outcome.listFile }),
    leftOut: proof.leftOut,
  };
}

/**
 * Post step: reads the state (`core.getState`) and saves when allowed. Returns undefined when the
 * main step left no cache state. Never throws.
 */
export async function saveCacheEntry(input: {
  readonly getState: (name: string) => string | undefined;
  readonly backendFor: (state: CacheState) => CacheBackend | Promise<CacheBackend>;
  /** The job's event, read once at the edge: whether a pull request may save. */
  readonly event: SaveEvent | undefined;
  readonly logger: Logger;
  readonly now: () => number;
}): Promise<CacheSaveReport | undefined> {
  const state = readStateInPost(input.getState);
  if (!state) return undefined;
  let backend: CacheBackend;
  try {
    backend = await input.backendFor(state);
  } catch (error) {
    input.logger.warn(`Cache not saved: ${describeError(error)}`);
    return { saved: false, failed: true, reason: describeError(error), key: state.primaryKey };
  }
  return saveVerifiedCache({ backend, state, event: input.event, logger: input.logger, now: input.now });
}
