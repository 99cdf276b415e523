import type { GoSumLine } from '../go/go-sum.js';
import type { RestoredFiles } from './safe-restore.js';
import type { Logger } from '../logger.js';
import type { S3ProofStore } from './s3-proofs.js';

/** An entry restored into the module cache. */
export interface RestoredEntry extends RestoredFiles {
  readonly key: string;
  /** The entry is this run's primary key (or a healed entry of it). */
  readonly exact: boolean;
  /** Problems the backend met and went on past (an object refused, with its key): warnings. */
  readonly warnings?: readonly string[];
}

/** What a restore may know of the run: go.sum's lines (the s3 backend fetches per module version). */
export interface RestoreContext {
  readonly goSum: readonly GoSumLine[];
}

/**
 * Where cache entries live. An entry holds files under `<GOMODCACHE>/cache/download`, named
 * relative to GOMODCACHE, and restores only regular files and directories there
 * (restoreArchiveSafely), whatever the archive holds.
 */
export interface CacheBackend {
  readonly name: 'actions' | 'local' | 's3';
  /**
   * Restores the entry whose key is `primaryKey`, else the newest entry whose key starts with one
   * of `restoreKeys` (tried in order); undefined on a miss. Throws RejectedEntryError (a member
   * that could write elsewhere), UnreadableEntryError (truncated, corrupt), or InfrastructureError
   * when the backend cannot be used at all.
   */
  restore(
    gomodcache: string,
    primaryKey: string,
    restoreKeys: readonly string[],
    context?: RestoreContext,
  ): Promise<RestoredEntry | undefined>;
  /**
   * The checksum database's proofs shared through this backend (s3 only: its bucket), for the
   * database named `database`; undefined when the backend shares none.
   */
  proofStore?(database: string, logger: Logger): S3ProofStore | undefined;
  /** Whether a matched key is the primary key's entry (a healed entry counts). */
  exactKey(matched: string, primary: string): boolean;
  /**
   * Saves `files` (relative to GOMODCACHE) under `key`. `replace`: the entry of that key was found
   * bad, so a good one must take its place (local: atomically; actions: under a fresh key the
   * restore prefers). Returns the key written. Throws InfrastructureError when nothing was saved;
   * an existing good entry is never damaged by a failed save.
   */
  save(
    gomodcache: string,
    files: readonly string[],
    key: string,
    options?: { replace?: boolean },
  ): Promise<{ key: string; archiveBytes?: number }>;
}
