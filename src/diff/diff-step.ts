import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../config/config.js';
import { ConfigError, describeError, InfrastructureError } from '../errors.js';
import type { Finding } from '../findings.js';
import { effectiveModule, type BuildListModule } from '../go/build-list.js';
import type { GoRunner } from '../go/go-command.js';
import { parseJsonObjects } from '../go/json-stream.js';
import { evaluateLicenses } from '../licenses/evaluate.js';
import type { LicenseReport } from '../licenses/license-report.js';
import { licensePolicyFromConfig } from '../config/license-policy.js';
import type { Logger } from '../logger.js';
import { baseRequestFrom, readBaseGoSums, type JobBase } from './base-go-sum.js';
import type { DiffLicense, DiffReport, UpdatedModule } from './diff-report.js';
import { diffVersions, zipVersions, type VersionDiff } from './go-sum-diff.js';
import { baseBuildList, headBuildList } from './base-build-list.js';
import { listCompiledModules } from '../go/compiled-modules.js';

export interface DiffStepInput {
  readonly config: Config;
  readonly cwd: string;
  /** The job's environment, which git inherits. */
  readonly env: NodeJS.ProcessEnv;
  /** The pull request's base, from the job's event (compare-to takes precedence). */
  readonly job: JobBase;
  /** The environment `go` runs with in this pipeline (the relay as GOPROXY). */
  readonly childEnv: NodeJS.ProcessEnv;
  readonly runGo: GoRunner;
  readonly logger: Logger;
  readonly goSumFiles: readonly string[];
  readonly modules: readonly BuildListModule[];
  readonly licenses: LicenseReport | undefined;
}

/** The diff, when there is a base, and the step's own findings (a warning when the base could not be read). */
export interface DiffOutcome {
  readonly diff?: DiffReport;
  readonly findings: readonly Finding[];
}

/**
 * The pull request's build-list diff: the base go.sum (compare-to, or the event's base commit)
 * against the head's, the license of each added and updated module, and for updated ones the
 * base version's license too (fetched like any module, through the relay and the checksum
 * database). `applyGate` then turns, with `gate: changed`, license findings of modules the PR does not touch into
 * warnings; checksum and every other finding stay as they are. A base that cannot be read is a
 * warning, and `gate: changed` then gates everything (never less than `all`).
 */
export async function pullRequestDiff(input: DiffStepInput): Promise<DiffOutcome> {
  const { config, logger } = input;
  const request = await baseRequestFrom(config.artifacts.compareTo, input.job, input.cwd);
  if (!request) {
    if (config.artifacts.gate === 'changed')
      logger.info('gate: changed, but no pull request base and no compare-to: gating every module');
    return { findings: [] };
  }
  try {
    return await logger.group(
      `Pull-request diff (against ${request.kind === 'git' ? request.ref : request.path})`,
      async () => {
        const goModFile = path.join(input.cwd, 'go.mod');
        const { base, texts } = await readBaseGoSums(request, [...input.goSumFiles, goModFile], {
          cwd: input.cwd,
          env: input.env,
          timeoutMs: config.timeoutMs,
        });
        const baseGoMod = texts.get(goModFile);
        texts.delete(goModFile);
        const byBuildList = await buildListDiff(input, baseGoMod, texts.get(path.join(input.cwd, 'go.sum')));
        const versions = byBuildList?.versions ?? (await goSumDiff(input.goSumFiles, texts));
        const compiled = byBuildList?.compiled;
        const scope = (p: string) => (compiled ? { compiled: compiled.has(p) } : {});
        const headLicense = headLicenses(input.modules, input.licenses);
        const updated: UpdatedModule[] = [];
        for (const u of versions.updated) {
          const after = headLicense.get(`${u.path}@${u.to}`);
          const before = await baseLicense(input, u.path, u.from);
          updated.push({
            ...u,
            ...scope(u.path),
            licenseAfter: after,
            licenseBefore: before.license,
            licenseChanged: !!before.license && !!after && before.license.expression !== after.expression,
            ...(before.note ? { note: before.note } : {}),
          });
        }
        const diff: DiffReport = {
          base,
          source: byBuildList ? 'build-list' : 'go.sum',
          added: versions.added.map((a) => ({
            ...a,
            ...scope(a.path),
            license: headLicense.get(`${a.path}@${a.version}`),
          })),
          updated,
          removed: versions.removed,
          gate: config.artifacts.gate,
        };
        logger.info(
          `${base.kind === 'git' ? `${base.ref} (${base.commit.slice(0, 12)}${base.fetched ? ', fetched' : ''})` : base.path}: ${diffSentence(diff)}`,
        );
        return { diff, findings: [] };
      },
    );
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const fallback =
      config.artifacts.gate === 'changed' ? '; gate: changed falls back to gating every module' : '';
    logger.warn(`pull-request diff failed: ${describeError(error)}`);
    const warning: Finding = {
      kind: 'infrastructure',
      severity: 'warning',
      area: 'license',
      message: `no pull-request diff: ${describeError(error).split('\n')[0]}${fallback}`,
    };
    return { findings: [warning] };
  }
}

/**
 * The diff of the build lists: the base's `go list -m all` (on its go.mod and go.sum, in a scratch
 * copy) against the head's, and which modules the head compiles in for this platform. Undefined
 * (the go.sum diff then stands in) without a base go.mod, in a workspace, or when go fails on
 * the base; the reason is logged.
 */
async function buildListDiff(
  input: DiffStepInput,
  baseGoMod: string | undefined,
  baseGoSum: string | undefined,
): Promise<{ versions: VersionDiff; compiled: Set<string> } | undefined> {
  if (!baseGoMod) return undefined;
  const work = await fs.stat(path.join(input.cwd, 'go.work')).catch(() => undefined);
  if (work || ((input.childEnv.GOWORK ?? '') !== '' && input.childEnv.GOWORK !== 'off')) return undefined;
  const options = { cwd: input.cwd, env: input.childEnv, timeoutMs: input.config.timeoutMs };
  try {
    const baseList = await baseBuildList({
      goMod: baseGoMod,
      goSum: baseGoSum ?? '',
      projectDir: input.cwd,
      runGo: input.runGo,
      childEnv: input.childEnv,
      timeoutMs: input.config.timeoutMs,
    });
    const compiled = await listCompiledModules(input.runGo, options);
    return { versions: diffVersions(baseList, headBuildList(input.modules)), compiled };
  } catch (error) {
    if (!(error instanceof InfrastructureError)) throw error;
    input.logger.warn(
      `the base build list could not be computed, diffing go.sum instead: ${describeError(error)}`,
    );
    return undefined;
  }
}

/** The older diff, of go.sum's zip lines: what the base and head go.sum files name. */
async function goSumDiff(
  goSumFiles: readonly string[],
  texts: ReadonlyMap<string, string>,
): Promise<VersionDiff> {
  const heads = await Promise.all(
    goSumFiles.map(async (file) => ({ file, text: await fs.readFile(file, 'utf8').catch(() => '') })),
  );
  return diffVersions(
    zipVersions([...texts].map(([file, text]) => ({ file: `${file} (base)`, text }))),
    zipVersions(heads),
  );
}

/** "adds 3 modules, updates 2, removes 1". */
export function diffSentence(diff: {
  readonly added: readonly unknown[];
  readonly updated: readonly unknown[];
  readonly removed: readonly unknown[];
}): string {
  const n = (count: number, word: string) =>
    `${word} ${count}${word === 'adds' ? (count === 1 ? ' module' : ' modules') : ''}`;
  return `${n(diff.added.length, 'adds')}, ${n(diff.updated.length, 'updates')}, ${n(diff.removed.length, 'removes')}`;
}

/** License by the module go.sum names (a replacement's path and version for a replaced module). */
function headLicenses(
  modules: readonly BuildListModule[],
  licenses: LicenseReport | undefined,
): Map<string, DiffLicense> {
  const byModule = new Map(licenses?.modules.map((l) => [`${l.path}@${l.version}`, l]));
  const result = new Map<string, DiffLicense>();
  for (const m of modules) {
    const fetched = effectiveModule(m);
    const license = byModule.get(`${m.path}@${m.version}`);
    if (!license) continue;
    const entry = { expression: license.expression, verdict: license.verdict };
    // The build-list diff names the module; the go.sum diff names what was fetched (a replacement).
    result.set(`${m.path}@${m.version}`, entry);
    if (fetched) result.set(`${fetched.path}@${fetched.version}`, entry);
  }
  return result;
}

/** `go mod download -json <path>@<version>` outside any module (go.mod and go.sum untouched), then its license. */
async function baseLicense(
  input: DiffStepInput,
  modulePath: string,
  version: string,
): Promise<{ license?: DiffLicense; note?: string }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-diff-'));
  try {
    const goflags = (input.childEnv.GOFLAGS ?? '')
      .split(/\s+/)
      .filter((f) => f !== '' && !f.startsWith('-mod='));
    const result = await input.runGo(['mod', 'download', '-json', `${modulePath}@${version}`], {
      cwd: dir,
      env: { ...input.childEnv, GOFLAGS: goflags.join(' '), GOWORK: 'off' },
      timeoutMs: input.config.timeoutMs,
    });
    const [info] = parseJsonObjects<{ Dir?: string; Error?: string; GoMod?: string }>(result.stdout);
    if (!info?.Dir)
      return {
        note: `the base version could not be fetched: ${info?.Error ?? result.stderr.trim().split('\n')[0]}`,
      };
    const report = await evaluateLicenses(
      [
        {
          path: modulePath,
          version,
          main: false,
          indirect: false,
          dir: info.Dir,
          goMod: info.GoMod,
          replace: undefined,
          error: undefined,
        },
      ],
      licensePolicyFromConfig(input.config),
    );
    const [m] = report.modules;
    return { license: { expression: m.expression, verdict: m.verdict } };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
