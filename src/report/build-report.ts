import type { Config } from '../config/config.js';
import type { BuildListModule } from '../go/build-list.js';
import type { DownloadOutcome } from '../go/download.js';
import type { GoEnv } from '../go/go-env.js';
import type { GoProject } from '../go/project.js';
import type { GoSettings } from '../go/settings.js';
import { formatProxyList } from '../module/proxy-list.js';
import type { ProxyReport } from '../goproxy/proxy-report.js';
import type { LicenseReport } from '../licenses/license-report.js';
import { moduleEntryLicense } from '../licenses/evaluate.js';
import type { ChecksumReport } from '../sumdb/checksum-report.js';
import type { CacheReport } from '../cache/cache-report.js';
import type { DiffReport } from '../diff/diff-report.js';
import { VERSION } from '../version.js';
import type { Arrival, ModuleEntry, Report } from './model.js';
import type { Verdict } from './finish.js';

/** What the steps of one run produced; each field is there when its step ran. */
export interface RunFacts {
  readonly goEnv?: GoEnv;
  readonly settings?: GoSettings;
  readonly project?: GoProject;
  readonly download?: DownloadOutcome;
  readonly modules?: readonly BuildListModule[];
  /** Modules providing packages to `go list -deps -test ./...`, when it ran. */
  readonly imported?: ReadonlySet<string>;
  readonly arrivals?: ReadonlyMap<string, Arrival>;
  readonly proxy?: ProxyReport;
  readonly checksums?: ChecksumReport;
  readonly licenses?: LicenseReport;
  readonly cache?: CacheReport;
  readonly diff?: DiffReport;
}

/** Joins the steps' results and the run's verdict (report/finish.ts) into the one Report every renderer reads. */
export function buildReport(
  config: Config,
  facts: RunFacts,
  verdict: Verdict,
  dir: string,
  startedAt: number,
  now: number,
): Report {
  const key = (m: { path: string; version: string }) => `${m.path}@${m.version}`;
  const checksumOf = new Map(facts.checksums?.modules.map((m) => [key(m), m.status]));
  const licenseOf = new Map(facts.licenses?.modules.map((m) => [key(m), m]));
  const modules: ModuleEntry[] = (facts.modules ?? []).map((m) => {
    const license = licenseOf.get(key(m));
    return {
      ...m,
      route: facts.arrivals?.get(key(m)),
      ...(facts.imported && !m.main ? { imported: facts.imported.has(m.path) } : {}),
      checksum: checksumOf.get(key(m)),
      license: license && moduleEntryLicense(license),
    };
  });
  const settings = facts.settings;
  return {
    schemaVersion: 1,
    tool: { name: 'go-module-warden', version: VERSION },
    startedAt: new Date(startedAt).toISOString(),
    durationMs: Math.max(0, now - startedAt),
    status: verdict.status,
    warnOnly: config.warnOnly,
    project: {
      dir,
      goVersion: facts.goEnv?.GOVERSION ?? '',
      mode: facts.project?.mode ?? 'module',
      vendor: facts.project?.vendor ?? false,
      mainModules: modules.filter((m) => m.main).map((m) => m.path),
    },
    settings: {
      proxy: settings ? formatProxyList(settings.proxy) : '',
      private: settings?.private.join(',') ?? '',
      sumdb: settings ? (settings.sumdb.off ? 'off' : settings.sumdb.key.name) : '',
      latencyBudgetMs: config.latencyBudgetMs,
      fallback: config.fallback,
      licenseAllow: config.licenseAllow,
      licenseDeny: config.licenseDeny,
      licenseScope: config.licenseScope,
    },
    findings: verdict.findings,
    modules,
    download: {
      downloaded: (facts.download?.modules.length ?? 0) - (facts.download?.failed.length ?? 0),
      failed: (facts.download?.failed ?? []).map((f) => ({
        path: f.Path,
        version: f.Version,
        error: f.Error ?? '',
      })),
    },
    proxy: facts.proxy,
    checksums: facts.checksums,
    licenses: facts.licenses,
    cache: facts.cache,
    ...(facts.diff ? { diff: facts.diff } : {}),
  };
}
