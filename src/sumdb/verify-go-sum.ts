import { describeError, SecurityError } from '../errors.js';
import { effectiveModule, type BuildListModule } from '../go/build-list.js';
import type { GoSumLine } from '../go/go-sum.js';
import { matchPrefixPatterns } from '../module/prefix-patterns.js';
import type { Logger } from '../logger.js';
import type { Finding } from '../findings.js';
import type { ChecksumReport, LineCheck, ModuleChecksum } from './checksum-report.js';
import { SumdbClient, SumdbNotFoundError } from './client.js';
import { Limiter } from './limiter.js';
import type { SumdbSetting } from './sumdb-setting.js';

export interface VerifyChecksumsInput {
  readonly modules: readonly BuildListModule[];
  /** go.sum (and go.work.sum) lines as committed. */
  readonly goSum: readonly GoSumLine[];
  readonly setting: SumdbSetting;
  /** GONOSUMDB globs (GOPRIVATE when unset): never looked up. */
  readonly noSumDb: readonly string[];
  /**
   * Where requests go: the DB URL or `<proxy>/sumdb/<name>`, or a function resolving it at the
   * first lookup (e.g. `() => resolveSumdbBase(...).then((b) => b.baseUrl)`): a failure there then
   * follows `unavailable` like any other outage, and a run with nothing to look up asks nothing.
   */
  readonly baseUrl: string | (() => Promise<string>);
  /** Tiles and the last verified tree, e.g. `<GOMODCACHE>/cache/download/sumdb/<name>`. */
  readonly stateDir: string;
  readonly fetch: typeof fetch;
  readonly latencyBudgetMs: number;
  /** Lookups in flight at once (default 16). */
  readonly concurrency?: number;
  readonly unavailable: 'fail' | 'warn';
  readonly logger: Logger;
}

type Outcome =
  | { kind: 'private' }
  | { kind: 'not-applicable' }
  | { kind: 'checked'; result: ModuleChecksum }
  | { kind: 'failed'; result: ModuleChecksum; error: unknown };

/**
 * Checks every go.sum line of the build list against the checksum database, independently of
 * `go` (which consults it only for lines missing from go.sum). A mismatch or a misbehaving
 * database is a security finding; an unreachable one follows `unavailable`.
 */
export async function verifyChecksums(input: VerifyChecksumsInput): Promise<ChecksumReport> {
  const { logger, setting } = input;
  const targets = input.modules.filter((m) => effectiveModule(m) !== undefined);
  const extraGoSumLines = extraLines(input.goSum, input.modules);
  if (setting.off) {
    const message =
      'GOSUMDB=off: go.sum is NOT checked against any checksum database; a tampered go.sum or proxy goes unnoticed. Set the `sumdb` input (default sum.golang.org) to turn verification back on.';
    logger.warn(message);
    return {
      enabled: false,
      modules: input.modules.map((m) => ({
        path: m.path,
        version: m.version,
        status: effectiveModule(m) ? 'unchecked' : 'not-applicable',
      })),
      verified: 0,
      checkable: targets.length,
      mismatched: 0,
      privateModules: [],
      unchecked: targets.map((m) => `${m.path}@${m.version}`),
      extraGoSumLines,
      requests: { lookups: 0, tiles: 0, tilesFromDisk: 0, failed: 0 },
      findings: [{ kind: 'config', severity: 'warning', area: 'checksum', message }],
    };
  }

  const client = new SumdbClient({
    key: setting.key,
    baseUrl: input.baseUrl,
    stateDir: input.stateDir,
    fetch: input.fetch,
    latencyBudgetMs: input.latencyBudgetMs,
    concurrency: input.concurrency,
    logger,
  });
  const limiter = new Limiter(input.concurrency ?? 16);
  const outcomes = await Promise.all(
    input.modules.map((m) => limiter.run(() => checkModule(m, input, client))),
  );

  const results: ModuleChecksum[] = [];
  const privateModules: string[] = [];
  const unchecked: string[] = [];
  const failures: { module: ModuleChecksum; error: unknown }[] = [];
  const findings: Finding[] = [];
  const missing: ModuleChecksum[] = [];
  for (const [i, outcome] of outcomes.entries()) {
    const m = input.modules[i];
    if (outcome.kind === 'private') {
      privateModules.push(`${m.path}@${m.version}`);
      results.push({ path: m.path, version: m.version, status: 'private' });
    } else if (outcome.kind === 'not-applicable') {
      results.push({ path: m.path, version: m.version, status: 'not-applicable' });
    } else {
      results.push(outcome.result);
      if (outcome.kind === 'failed') {
        failures.push({ module: outcome.result, error: outcome.error });
        if (!(outcome.error instanceof SecurityError)) unchecked.push(`${m.path}@${m.version}`);
      } else if (outcome.result.status === 'mismatch')
        findings.push(...mismatchFindings(outcome.result, client.name));
      else if (outcome.result.status === 'missing-from-go-sum') missing.push(outcome.result);
    }
  }
  findings.push(...failureFindings(failures, input.unavailable));
  if (missing.length > 0) findings.push(missingFinding(missing));

  const verified = results.filter((r) => r.status === 'verified').length;
  const mismatched = results.filter((r) => r.status === 'mismatch').length;
  const checkable = targets.length - privateModules.length;
  const tree =
    client.latest.n > 0 ? { size: client.latest.n, hash: client.latest.hash.toString('base64') } : undefined;
  logger.info(
    `${client.name}: verified ${verified} of ${checkable} modules` +
      (mismatched ? `, ${mismatched} MISMATCHED` : '') +
      (unchecked.length ? `, ${unchecked.length} unchecked` : '') +
      (privateModules.length ? `, ${privateModules.length} private (never looked up)` : '') +
      (tree ? `; tree ${tree.size} ${tree.hash}` : '') +
      `; ${client.counts.lookups} lookups, ${client.counts.tiles} tiles fetched, ${client.counts.tilesFromDisk} from cache`,
  );
  if (extraGoSumLines.length > 0)
    logger.info(
      `${extraGoSumLines.length} go.sum lines are for module versions not in the build list (not checked)`,
    );

  return {
    enabled: true,
    database: { name: client.name, url: client.redactedBase ?? '' },
    tree,
    modules: results,
    verified,
    checkable,
    mismatched,
    privateModules,
    unchecked,
    extraGoSumLines,
    requests: {
      lookups: client.counts.lookups,
      tiles: client.counts.tiles,
      tilesFromDisk: client.counts.tilesFromDisk,
      failed: client.counts.failedRequests,
    },
    findings,
  };
}

async function checkModule(
  m: BuildListModule,
  input: VerifyChecksumsInput,
  client: SumdbClient,
): Promise<Outcome> {
  const target = effectiveModule(m);
  if (!target) return { kind: 'not-applicable' };
  // cmd/go/internal/modfetch/sumdb.go useSumDB: GONOSUMDB is matched against the module path.
  if (matchPrefixPatterns(input.noSumDb, target.path)) return { kind: 'private' };
  const checkedAs = target.path !== m.path || target.version !== m.version ? target : undefined;
  const zipLines = goSumLines(input.goSum, target.path, target.version);
  const goModLines = goSumLines(input.goSum, target.path, `${target.version}/go.mod`);
  const base = { path: m.path, version: m.version, ...(checkedAs ? { checkedAs } : {}) };
  if (zipLines.length === 0 && goModLines.length === 0)
    return {
      kind: 'checked',
      result: { ...base, status: 'missing-from-go-sum', detail: 'go.sum has no line for it' },
    };
  let record: string[];
  try {
    record = [...(await client.lookupRecord(target.path, target.version)).lines];
  } catch (error) {
    return {
      kind: 'failed',
      error,
      result: {
        ...base,
        status: error instanceof SecurityError ? 'mismatch' : 'unchecked',
        detail: describeError(error),
      },
    };
  }
  const dbHash = (version: string): string | undefined =>
    record.find((l) => l.startsWith(`${target.path} ${version} h1:`))?.split(' ')[2];
  const zip = compare(zipLines, dbHash(target.version));
  const goMod = compare(goModLines, dbHash(`${target.version}/go.mod`));
  const status =
    !zip.ok || !goMod.ok ? 'mismatch' : goModLines.length === 0 ? 'missing-from-go-sum' : 'verified';
  return { kind: 'checked', result: { ...base, status, zip: zip.check, goMod: goMod.check } };
}

function goSumLines(goSum: readonly GoSumLine[], path: string, version: string): GoSumLine[] {
  return goSum.filter((l) => l.path === path && l.version === version && l.hash.startsWith('h1:'));
}

/** Every go.sum line for the version must equal the database's; no line is not a mismatch. */
function compare(
  lines: readonly GoSumLine[],
  database: string | undefined,
): { ok: boolean; check?: LineCheck } {
  if (lines.length === 0) return { ok: true, check: database ? { database, ok: true } : undefined };
  const bad = lines.find((l) => l.hash !== database);
  const shown = bad ?? lines[0];
  const ok = bad === undefined;
  return { ok, check: { goSum: shown.hash, file: shown.file, line: shown.line, database, ok } };
}

function mismatchFindings(result: ModuleChecksum, dbName: string): Finding[] {
  const target = result.checkedAs ?? result;
  const findings: Finding[] = [];
  for (const [suffix, check] of [
    ['', result.zip],
    ['/go.mod', result.goMod],
  ] as const) {
    if (!check || check.ok) continue;
    findings.push({
      kind: 'security',
      area: 'checksum',
      module: result.path,
      version: result.version,
      file: check.file,
      line: check.line,
      message:
        `checksum mismatch for ${target.path} ${target.version}${suffix}` +
        (result.checkedAs ? ` (replacement of ${result.path} ${result.version})` : '') +
        `: ${check.file}:${check.line} has ${check.goSum}, the checksum database ${dbName} has ${check.database ?? 'no such line'}`,
    });
  }
  return findings;
}

/** Groups lookup failures by cause so one outage is one finding, not one per module. */
function failureFindings(
  failures: { module: ModuleChecksum; error: unknown }[],
  unavailable: 'fail' | 'warn',
): Finding[] {
  const groups = new Map<string, { modules: ModuleChecksum[]; error: unknown }>();
  for (const f of failures) {
    // One outage is one finding; a misbehaving database is one finding per distinct misbehaviour.
    const cause = (f.error as { cause?: unknown }).cause ?? f.error;
    const key =
      f.error instanceof SumdbNotFoundError
        ? `not-found:${f.module.path}@${f.module.version}`
        : f.error instanceof SecurityError
          ? `security:${describeError(cause)}`
          : 'unavailable';
    const group = groups.get(key) ?? { modules: [], error: f.error };
    group.modules.push(f.module);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ modules, error }): Finding => {
    const one = modules.length === 1 ? modules[0] : undefined;
    const names = modules.slice(0, 5).map((m) => `${m.path}@${m.version}`);
    const subject = one
      ? ''
      : ` (${modules.length} modules: ${names.join(', ')}${modules.length > 5 ? ', …' : ''})`;
    const message = `${describeError(error)}${subject}`;
    const where = one ? { module: one.path, version: one.version } : {};
    if (error instanceof SecurityError) return { kind: 'security', area: 'checksum', ...where, message };
    if (error instanceof SumdbNotFoundError)
      return {
        kind: 'infrastructure',
        area: 'checksum',
        ...where,
        message: `${message}; if it is a private module, add it to GOPRIVATE or GONOSUMDB`,
      };
    return {
      kind: 'infrastructure',
      area: 'checksum',
      ...(unavailable === 'warn' ? { severity: 'warning' as const } : {}),
      ...where,
      message: `checksum database unavailable, ${modules.length} module(s) not checked: ${message}`,
    };
  });
}

function missingFinding(missing: readonly ModuleChecksum[]): Finding {
  const names = missing.slice(0, 5).map((m) => `${m.path}@${m.version}`);
  return {
    kind: 'config',
    severity: 'warning',
    area: 'checksum',
    message: `${missing.length} module(s) have no /go.mod line in go.sum, so their go.sum could not be checked (${names.join(', ')}${missing.length > 5 ? ', …' : ''}); run 'go mod tidy' and commit go.sum`,
  };
}

function extraLines(
  goSum: readonly GoSumLine[],
  modules: readonly BuildListModule[],
): ChecksumReport['extraGoSumLines'] {
  const wanted = new Set<string>();
  for (const m of modules) {
    const target = effectiveModule(m);
    if (target) wanted.add(`${target.path}@${target.version}`);
  }
  return goSum
    .filter((l) => !wanted.has(`${l.path}@${l.version.replace(/\/go\.mod$/, '')}`))
    .map((l) => ({ path: l.path, version: l.version, file: l.file, line: l.line }));
}
