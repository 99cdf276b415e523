import { describeError, SecurityError } from '../errors.js';
import type { Finding } from '../findings.js';
import type { ModuleChecksum } from './checksum-report.js';
import { moduleId } from '../module/module-path.js';

const names = (modules: readonly ModuleChecksum[]): string[] => modules.map(moduleId);

/** `x@v` or `x@v (replacement of y@w)`. */
function subject(m: ModuleChecksum): string {
  const target = m.checkedAs ?? m;
  return `${target.path}@${target.version}${m.checkedAs ? ` (replacement of ${m.path}@${m.version})` : ''}`;
}

/** The error's text without its leading `path@version: ` (the message names the module already). */
function withoutSubject(text: string, m: ModuleChecksum): string {
  const target = m.checkedAs ?? m;
  const prefix = `${target.path}@${target.version}: `;
  return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}

/** One finding per go.sum line that differs from the database: always a security failure. */
export function mismatchFindings(result: ModuleChecksum, dbName: string): Finding[] {
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

/** A misbehaving database is one security finding per distinct misbehaviour. */
export function securityFindings(failures: readonly { module: ModuleChecksum; error: unknown }[]): Finding[] {
  const groups = new Map<string, { modules: ModuleChecksum[]; error: unknown }>();
  for (const f of failures) {
    const cause = (f.error as { cause?: unknown }).cause ?? f.error;
    const key = describeError(cause);
    const group = groups.get(key) ?? { modules: [], error: f.error };
    group.modules.push(f.module);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ modules, error }): Finding => {
    const one = modules.length === 1 ? modules[0] : undefined;
    const shown = names(modules).slice(0, 5);
    const more = one
      ? ''
      : ` (${modules.length} modules: ${shown.join(', ')}${modules.length > 5 ? ', …' : ''})`;
    return {
      kind: 'security',
      area: 'checksum',
      ...(one ? { module: one.path, version: one.version } : {}),
      message: `${describeError(error)}${more}`,
    };
  });
}

/**
 * The database holds no record of a version (404/410 on lookup): never an outage. One finding per
 * module, a warning unless `sumdb-no-record: fail`.
 */
export function noRecordFinding(m: ModuleChecksum, dbName: string, policy: 'warn' | 'fail'): Finding {
  return {
    kind: 'policy',
    area: 'checksum',
    ...(policy === 'warn' ? { severity: 'warning' as const } : {}),
    module: m.path,
    version: m.version,
    message:
      `${subject(m)}: the checksum database ${dbName} holds no record of this version (404/410 on lookup), so only go.sum vouches for it. ` +
      'This happens for forks at pseudo-versions (a replace to a fork) and for versions the database could not fetch. ' +
      'Check its go.sum lines by hand (or move to a tagged release the database knows); to accept it, keep `sumdb-no-record: warn`, or list a private module in GONOSUMDB/GOPRIVATE.',
  };
}

/**
 * Lookups that could not be done. When others succeeded (a targeted failure) each module is a
 * finding of its own; when nothing reached the database, one finding names every module.
 */
export function unavailableFindings(
  failures: readonly { module: ModuleChecksum; error: unknown }[],
  targeted: boolean,
  policy: 'fail' | 'warn',
): Finding[] {
  if (failures.length === 0) return [];
  const severity = policy === 'warn' ? { severity: 'warning' as const } : {};
  const hint = policy === 'fail' ? '; `sumdb-unavailable: warn` lets the run pass without them' : '';
  if (targeted)
    return failures.map(({ module, error }): Finding => ({
      kind: 'infrastructure',
      area: 'checksum',
      ...severity,
      module: module.path,
      version: module.version,
      message: `${subject(module)} not checked: its lookup failed while others succeeded: ${withoutSubject(describeError(error), module)}${hint}`,
    }));
  return [
    {
      kind: 'infrastructure',
      area: 'checksum',
      ...severity,
      message: `checksum database unavailable, ${failures.length} module(s) not checked (${names(failures.map((f) => f.module)).join(', ')}): ${describeError(failures[0].error)}${hint}`,
    },
  ];
}

/** The one warning of a run whose proofs came from the stored tree because the database was down. */
export function offlineFinding(input: {
  readonly dbName: string;
  readonly count: number;
  readonly tree: number;
  readonly confirmedAt: Date | undefined;
  readonly reason: string | undefined;
}): Finding {
  const when = input.confirmedAt ? `last confirmed ${input.confirmedAt.toISOString()}` : 'time unknown';
  return {
    kind: 'infrastructure',
    area: 'checksum',
    severity: 'warning',
    message:
      `checksum database ${input.dbName} could not be reached${input.reason ? ` (${input.reason})` : ''}: ` +
      `${input.count} module(s) verified offline against tree ${input.tree} (${when}, not refreshed). ` +
      'A fork of the database after that tree cannot be detected until it is reachable again.',
  };
}

/** A remembered tree note that does not verify: tampered local state, the run stops. */
export function tamperedStateFinding(error: SecurityError): Finding {
  return { kind: 'security', area: 'checksum', message: describeError(error) };
}

export function missingFinding(missing: readonly ModuleChecksum[]): Finding {
  const shown = names(missing).slice(0, 5);
  return {
    kind: 'config',
    severity: 'warning',
    area: 'checksum',
    message: `${missing.length} module(s) have no /go.mod line in go.sum, so their go.sum could not be checked (${shown.join(', ')}${missing.length > 5 ? ', …' : ''}); run 'go mod tidy' and commit go.sum`,
  };
}
