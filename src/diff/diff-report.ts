/** Where the base go.sum came from. */
export type DiffBase =
  | { readonly kind: 'git'; readonly ref: string; readonly commit: string; readonly fetched: boolean }
  | { readonly kind: 'file'; readonly path: string };

export interface DiffLicense {
  readonly expression: string;
  readonly verdict: string;
}

export interface AddedModule {
  readonly path: string;
  readonly version: string;
  /** Compiled into the main module's packages (this platform); false: it only enters the module graph. */
  readonly compiled?: boolean;
  readonly license?: DiffLicense;
}

export interface UpdatedModule {
  readonly path: string;
  readonly from: string;
  readonly to: string;
  readonly compiled?: boolean;
  /** The base version's license (undefined when it could not be fetched; `note` says why). */
  readonly licenseBefore?: DiffLicense;
  readonly licenseAfter?: DiffLicense;
  /** True when both are known and the expressions differ. */
  readonly licenseChanged: boolean;
  readonly note?: string;
}

export interface RemovedModule {
  readonly path: string;
  readonly version: string;
}

/** The build-list diff against the pull request's base. */
export interface DiffReport {
  readonly base: DiffBase;
  /**
   * What was diffed: the base's and the head's build lists (`go list -m all`), or, without a base
   * go.mod (compare-to a go.sum file, a workspace), the zip lines of the go.sum files.
   */
  readonly source?: 'build-list' | 'go.sum';
  readonly added: readonly AddedModule[];
  readonly updated: readonly UpdatedModule[];
  readonly removed: readonly RemovedModule[];
  /** The `gate` input in force: `changed` turned license findings of untouched modules into warnings. */
  readonly gate: 'all' | 'changed';
}
