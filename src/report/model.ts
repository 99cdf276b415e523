import type { Finding } from '../findings.js';
import type { BuildListModule } from '../go/build-list.js';
import type { ProxyReport } from '../goproxy/proxy-report.js';
import type { ChecksumReport, ChecksumStatus } from '../sumdb/checksum-report.js';
import type { LicenseReport, ModuleEntryLicense } from '../licenses/license-report.js';
import type { CacheReport } from '../cache/cache-report.js';
import type { DiffReport } from '../diff/diff-report.js';

export type Status = 'passed' | 'warned' | 'failed';
/**
 * How a module's files arrived: from a proxy (the relay's route picked it), by a direct VCS fetch,
 * from the cache, or a local directory. The report names it `route` (kept for compatibility).
 */
export type Arrival =
  | { readonly kind: 'proxy'; readonly host: string }
  | { readonly kind: 'direct' }
  | { readonly kind: 'cache' }
  | { readonly kind: 'local' };

export interface ModuleEntry extends BuildListModule {
  readonly route?: Arrival;
  /** Provides a package to `go list -deps -test ./...` (compiled in); absent when not listed. */
  readonly imported?: boolean;
  readonly license?: ModuleEntryLicense;
  readonly checksum?: ChecksumStatus;
}

/** Everything a run found, as one plain value; every renderer reads only this. */
export interface Report {
  readonly schemaVersion: 1;
  readonly tool: { readonly name: 'go-module-warden'; readonly version: string };
  readonly startedAt: string;
  readonly durationMs: number;
  readonly status: Status;
  /** The run was stopped by SIGINT/SIGTERM (status is then 'failed'); absent otherwise. */
  readonly cancelled?: true;
  readonly warnOnly: boolean;
  readonly project: {
    readonly dir: string;
    readonly goVersion: string;
    readonly mode: 'module' | 'workspace';
    readonly vendor: boolean;
    readonly mainModules: readonly string[];
  };
  readonly settings: {
    readonly proxy: string;
    readonly private: string;
    readonly sumdb: string;
    readonly latencyBudgetMs: number;
    readonly fallback: readonly string[];
    /** The license lists as given (empty when not set), for the fix hints. */
    readonly licenseAllow?: readonly string[];
    readonly licenseDeny?: readonly string[];
    /** Which modules the license gate covers (the `license-scope` input). */
    readonly licenseScope?: string;
  };
  /** Failing facts first (security, then policy, then infrastructure), then warnings. */
  readonly findings: readonly Finding[];
  readonly modules: readonly ModuleEntry[];
  readonly download: {
    /** Modules `go mod download` reported ready (fetched now or already in the cache). */
    readonly downloaded: number;
    readonly failed: readonly { readonly path: string; readonly version: string; readonly error: string }[];
  };
  readonly proxy?: ProxyReport;
  readonly checksums?: ChecksumReport;
  readonly licenses?: LicenseReport;
  readonly cache?: CacheReport;
  /** The build-list diff against the pull request's base or `compare-to`. */
  readonly diff?: DiffReport;
}
