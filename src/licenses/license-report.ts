/** What the license gate found. Filled in by the license gate (issue #5). */
export interface LicenseReport {
  readonly modules: readonly unknown[];
}
