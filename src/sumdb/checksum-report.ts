import type { Finding } from '../findings.js';

/** Per module: the same values as ModuleEntry.checksum. */
export type ChecksumStatus =
  'verified' | 'mismatch' | 'missing-from-go-sum' | 'private' | 'unchecked' | 'not-applicable';

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

/** What the checksum verification found. Filled in by verifyChecksums (issue #4). */
export interface ChecksumReport {
  /** False when GOSUMDB=off: nothing was checked. */
  readonly enabled: boolean;
  /** The database asked, and where (credentials redacted). */
  readonly database?: { readonly name: string; readonly url: string };
  /** The latest tree verified (undefined when no lookup succeeded). */
  readonly tree?: { readonly size: number; readonly hash: string };
  readonly modules: readonly ModuleChecksum[];
  /** Modules checked and equal to the database. */
  readonly verified: number;
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
    readonly failed: number;
  };
  readonly findings: readonly Finding[];
}
