import type { IntegrityProblem } from './integrity.js';

/** A module version found polluted in the cache and removed (only its own files). */
export interface PurgedEntry {
  readonly path: string;
  readonly version: string;
  /** What differed, e.g. `zip hash h1:… ≠ go.sum:12 h1:…` or `dir has been modified: changed …`. */
  readonly problems: readonly Pick<IntegrityProblem, 'kind' | 'file' | 'detail'>[];
}

/** What the post step did with the cache, or why it did nothing. */
export interface CacheSaveReport {
  readonly saved: boolean;
  /** Why it was not saved (exact hit, fork pull request, verification failed, backend error …). */
  readonly reason?: string;
  readonly key?: string;
  /** Bytes of the files saved (before compression). */
  readonly bytes?: number;
  /** Size of the archive, when the backend tells. */
  readonly archiveBytes?: number;
  readonly durationMs?: number;
  /** Never set any more: the module cache is never pruned (kept for the summary's renderer). */
  readonly pruned?: number;
  /** The save was attempted and failed (a warning in the status line), as opposed to skipped. */
  readonly failed?: boolean;
  /** The saved entry replaced one found bad (local), or superseded it under a heal key (actions). */
  readonly replaced?: boolean;
  /** Build-list module versions kept out of the entry, unproven, and why. */
  readonly leftOut?: readonly { readonly module: string; readonly reason: string }[];
}

/** What the cache steps did. */
export interface CacheReport {
  readonly hit: 'exact' | 'partial' | 'miss' | 'disabled';
  readonly backend?: 'actions' | 'local' | 's3';
  /** The primary key of this run. */
  readonly key?: string;
  /** The key of the entry restored (equals `key` on an exact hit). */
  readonly matchedKey?: string;
  /** Bytes of the files restored, and how long restore + verification took. */
  readonly restoredBytes?: number;
  readonly restoreMs?: number;
  /** Module versions in the cache checked against go.sum (verified) or only for consistency (unlisted). */
  readonly verified?: number;
  readonly unlisted?: number;
  readonly purged: readonly PurgedEntry[];
  /**
   * Exact hit, nothing purged, and every zip go.sum names is on disk and matches go.sum: priming
   * (`go mod download all`) has nothing to fetch and could be skipped (see README, warm runs).
   */
  readonly complete?: boolean;
  /** The restore failed (service down, corrupt archive): the run went on without a cache. */
  readonly restoreError?: string;
  /** Build-list module versions that will be kept out of the saved entry, unproven, and why. */
  readonly leftOut?: readonly { readonly module: string; readonly reason: string }[];
  /** Why the main step decided that nothing may be saved. */
  readonly saveSkipped?: string;
  /** Filled by the post step; in the main step's report the save is still to come. */
  readonly save?: CacheSaveReport;
}
