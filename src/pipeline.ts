import type { Config } from './config/config.js';
import { describeError, WardenError } from './errors.js';
import { toFinding } from './findings.js';
import type { BuildListModule } from './go/build-list.js';
import { buildChildEnv } from './go/child-env.js';
import { downloadAll, type DownloadOutcome } from './go/download.js';
import type { GoRunner } from './go/go-command.js';
import { readGoEnv, type GoEnv } from './go/go-env.js';
import { listBuildList } from './go/list.js';
import { detectProject, type GoProject } from './go/project.js';
import { GoSumGuard } from './go/go-sum-guard.js';
import type { GoSumLine } from './go/go-sum.js';
import { resolveSettings, type GoSettings } from './go/settings.js';
import { formatProxyList } from './goproxy/proxy-list.js';
import type { Logger } from './logger.js';
import type { Finding, ModuleEntry, Report } from './report/model.js';
import { decideStatus, sortFindings } from './report/outcome.js';
import type { Redactor } from './report/redact.js';
import { VERSION } from './version.js';
import { checkChecksums } from './steps/checksums.js';
import { checkLicenses } from './steps/licenses.js';
import type { LicenseReport } from './licenses/license-report.js';
import type { ChecksumReport } from './sumdb/checksum-report.js';
import path from 'node:path';

/** Everything the pipeline touches outside itself, passed in so tests use the real thing or a seam. */
export interface PipelineIO {
  readonly runGo: GoRunner;
  /** The environment the job runs in (process.env at the edges). */
  readonly env: NodeJS.ProcessEnv;
  readonly logger: Logger;
  readonly redactor: Redactor;
  readonly now: () => number;
  /** HTTP for the checksum database (global fetch at the edges). */
  readonly fetch: typeof fetch;
}

/** What one run learned, step by step; each step fills in its part. */
interface RunState {
  goEnv?: GoEnv;
  settings?: GoSettings;
  project?: GoProject;
  download?: DownloadOutcome;
  modules?: BuildListModule[];
  /** go.sum lines as committed (before go ran). */
  goSum?: GoSumLine[];
  checksums?: ChecksumReport;
  licenses?: LicenseReport;
  findings: Finding[];
}

/**
 * Config → GoEnv → download through the proxies → build list → report. A step that fails adds
 * its finding and stops the steps that depend on it; the report is always produced, so the
 * summary explains a failed run as well as a good one.
 */
export async function runPipeline(config: Config, io: PipelineIO): Promise<Report> {
  const startedAt = io.now();
  const state: RunState = { findings: [] };
  const cwd = path.resolve(config.workingDirectory);
  try {
    await io.logger.group('Go environment', async () => {
      state.goEnv = await readGoEnv(io.runGo, cwd, io.env);
      state.settings = resolveSettings(config, state.goEnv);
      state.project = await detectProject(cwd, state.goEnv);
      io.logger.info(
        `${state.goEnv.GOVERSION} ${state.goEnv.GOOS}/${state.goEnv.GOARCH}, ${state.project.mode} mode${state.project.vendor ? ', vendor/ present (using -mod=readonly)' : ''}`,
      );
    });
    const settings = state.settings as GoSettings;
    const childEnv = buildChildEnv(io.env, settings, formatProxyList(settings.proxy));

    const goSumGuard = await GoSumGuard.snapshot((state.project as GoProject).goSumCandidates);
    state.goSum = goSumGuard.lines();
    try {
      await prime(config, state, io, cwd, childEnv);
      await io.logger.group('Build list (go list -m -json all)', async () => {
        state.modules = await listBuildList(io.runGo, { cwd, env: childEnv, timeoutMs: config.timeoutMs });
        io.logger.info(`${state.modules.length} modules in the build list`);
      });
    } finally {
      const added = await goSumGuard.restore();
      if (added.length > 0) state.findings.push(missingGoSumFinding(added));
    }
    const modules = state.modules as BuildListModule[];
    await io.logger.group('Checksum database', async () => {
      state.checksums = await checkChecksums({
        config,
        settings,
        modules,
        goSum: state.goSum ?? [],
        proxies: settings.proxy,
        fetch: io.fetch,
        logger: io.logger,
      });
      state.findings.push(...state.checksums.findings);
    });
    await io.logger.group('Licenses', async () => {
      state.licenses = await checkLicenses({
        config,
        project: state.project as GoProject,
        modules,
        runGo: io.runGo,
        cwd,
        childEnv,
        workspaceRoot: io.env.GITHUB_WORKSPACE || cwd,
        logger: io.logger,
      });
      state.findings.push(...state.licenses.findings);
    });
  } catch (error) {
    if (!(error instanceof WardenError)) throw error;
    io.logger.error(describeError(error));
    state.findings.push(toFinding(error));
  }
  return buildReport(config, state, startedAt, io);
}

/** `go mod download -json all` through the configured proxies. */
async function prime(
  config: Config,
  state: RunState,
  io: PipelineIO,
  cwd: string,
  childEnv: NodeJS.ProcessEnv,
): Promise<void> {
  await io.logger.group('Priming the module cache (go mod download -json all)', async () => {
    const download = await downloadAll(io.runGo, { cwd, env: childEnv, timeoutMs: config.timeoutMs });
    state.download = download;
    for (const failure of download.failed)
      io.logger.error(`${failure.Path}@${failure.Version}: ${failure.Error}`);
    if (download.timedOut) {
      state.findings.push({
        kind: 'infrastructure',
        area: 'proxy',
        message: `priming did not finish within the timeout (${config.timeoutMs} ms); the go process group was killed`,
      });
    }
    state.findings.push(...download.failed.map(downloadFinding));
    io.logger.info(
      `${download.modules.length - download.failed.length} modules downloaded, ${download.failed.length} failed`,
    );
  });
}

function missingGoSumFinding(added: readonly GoSumLine[]): Finding {
  const shown = added.slice(0, 5).map((l) => `${l.path} ${l.version}`);
  return {
    kind: 'config',
    area: 'go',
    message: `go.sum is missing ${added.length} line(s) (${shown.join(', ')}${added.length > 5 ? ', …' : ''}); run 'go mod tidy' and commit go.sum. The file was left as it was.`,
  };
}

function sumdbName(setting: GoSettings['sumdb']): string {
  return setting.off ? 'off' : setting.key.name;
}

function downloadFinding(failure: { Path: string; Version: string; Error?: string }): Finding {
  const message = failure.Error ?? 'download failed';
  const checksum = /SECURITY ERROR|checksum mismatch/.test(message);
  return {
    kind: checksum ? 'security' : 'infrastructure',
    area: checksum ? 'checksum' : 'proxy',
    module: failure.Path,
    version: failure.Version,
    message: checksum ? `the bytes served do not match go.sum: ${message}` : message,
  };
}

function buildReport(config: Config, state: RunState, startedAt: number, io: PipelineIO): Report {
  const findings = sortFindings(state.findings);
  const checksumOf = new Map(state.checksums?.modules.map((m) => [`${m.path}@${m.version}`, m.status]));
  const licenseOf = new Map(state.licenses?.modules.map((m) => [`${m.path}@${m.version}`, m]));
  const modules: ModuleEntry[] = (state.modules ?? []).map((m) => {
    const license = licenseOf.get(`${m.path}@${m.version}`);
    return {
      ...m,
      checksum: checksumOf.get(`${m.path}@${m.version}`),
      license: license && { expression: license.expression, verdict: license.verdict, rule: license.rule },
    };
  });
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'go-module-warden', version: VERSION },
    startedAt: new Date(startedAt).toISOString(),
    durationMs: Math.max(0, io.now() - startedAt),
    status: decideStatus(findings, config.warnOnly),
    warnOnly: config.warnOnly,
    project: {
      dir: path.resolve(config.workingDirectory),
      goVersion: state.goEnv?.GOVERSION ?? '',
      mode: state.project?.mode ?? 'module',
      vendor: state.project?.vendor ?? false,
      mainModules: modules.filter((m) => m.main).map((m) => m.path),
    },
    settings: {
      proxy: state.settings ? formatProxyList(state.settings.proxy) : '',
      private: state.settings?.private.join(',') ?? '',
      sumdb: state.settings ? sumdbName(state.settings.sumdb) : '',
      latencyBudgetMs: config.latencyBudgetMs,
      fallback: config.fallback,
    },
    findings,
    modules,
    download: {
      downloaded: (state.download?.modules.length ?? 0) - (state.download?.failed.length ?? 0),
      failed: (state.download?.failed ?? []).map((f) => ({
        path: f.Path,
        version: f.Version,
        error: f.Error ?? '',
      })),
    },
    checksums: state.checksums,
    licenses: state.licenses,
  };
  return io.redactor.redactValue(report);
}
