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
  readonly license?: DiffLicense;
}

export interface UpdatedModule {
  readonly path: string;
  readonly from: string;
  readonly to: string;
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

/** The build-list diff against the pull request's base (issue #12). */
export interface DiffReport {
  readonly base: DiffBase;
  readonly added: readonly AddedModule[];
  readonly updated: readonly UpdatedModule[];
  readonly removed: readonly RemovedModule[];
  /** The `gate` input in force: `changed` turned license findings of untouched modules into warnings. */
  readonly gate: 'all' | 'changed';
}
