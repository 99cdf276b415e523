import type { Finding } from '../findings.js';

/**
 * Per module (ModuleEntry.checksum). `verified`: proven against a tree the database signed and
 * served this run. `verified-offline`: proven from stored records and tiles against the last tree
 * verified, the database being unreachable (not refreshed, so a later fork is not seen).
 * `no-record`: the database answered 404/410, it has never recorded this version (forks at
 * pseudo-versions); go.sum alone vouches for it.
 */
export type ChecksumStatus =
  | 'verified'
  | 'verified-offline'
  | 'no-record'
  | 'mismatch'
  | 'missing-from-go-sum'
  | 'private'
  | 'unchecked'
  | 'not-applicable';

/** True for the statuses that prove go.sum against the database (what may be saved as verified). */
export function isProvenChecksum(status: ChecksumStatus | undefined): boolean {
  return status === 'verified' || status === 'verified-offline';
}

/** One go.sum line (zip `h1:` or `/go.mod` `h1:`) against the database's. */
export interface LineCheck {
  /** What go.sum says (undefined: no such line). */
  readonly goSum?: string;
  /** Where, for annotations. */
  readonly file?: string;
  readonly line?: number;
  /** What the database says (undefined: not asked or not answered). */
  readonly database?: string;
  readonly ok: boolean;
}

export interface ModuleChecksum {
  /** The module as the build list names it. */
  readonly path: string;
  readonly version: string;
  /** The module whose hashes were checked, when it is a replacement. */
  readonly checkedAs?: { readonly path: string; readonly version: string };
  readonly status: ChecksumStatus;
  readonly zip?: LineCheck;
  readonly goMod?: LineCheck;
  /** Why it is unchecked or mismatched, in one line. */
  readonly detail?: string;
}

/** What the checksum verification found. Filled in by verifyChecksums. */
export interface ChecksumReport {
  /** False when GOSUMDB=off: nothing was checked. */
  readonly enabled: boolean;
  /** The database asked, and where (credentials redacted). */
  readonly database?: { readonly name: string; readonly url: string };
  /** The latest tree verified (undefined when no lookup succeeded). */
  readonly tree?: {
    readonly size: number;
    readonly hash: string;
    /** False when the database could not be reached: the tree is the one remembered from before. */
    readonly refreshed?: boolean;
  };
  readonly modules: readonly ModuleChecksum[];
  /** Modules checked and equal to the database (fresh or offline proof). */
  readonly verified: number;
  /** Of those, the ones proven offline against a tree not refreshed this run. */
  readonly verifiedOffline?: number;
  /** `module@version` the database holds no record of (404/410 on lookup). */
  readonly noRecord?: readonly string[];
  /** Modules that should have been checked (not private, not main, not local). */
  readonly checkable: number;
  readonly mismatched: number;
  /** `module@version` never looked up: GONOSUMDB/GOPRIVATE. */
  readonly privateModules: readonly string[];
  /** `module@version` that could not be checked (database unreachable, unknown to it). */
  readonly unchecked: readonly string[];
  /** go.sum lines of modules not in the build list (kept for the module graph, or stale). */
  readonly extraGoSumLines: readonly {
    readonly path: string;
    readonly version: string;
    readonly file: string;
    readonly line: number;
  }[];
  readonly requests: {
    readonly lookups: number;
    readonly tiles: number;
    readonly tilesFromDisk: number;
    /** Lookups answered from the stored records instead of the network. */
    readonly lookupsFromDisk?: number;
    /** Every HTTP request sent to the database, on any route (retries included). */
    readonly sent?: number;
    readonly failed: number;
  };
  readonly findings: readonly Finding[];
}
