import type { ModuleEntry, Report } from './model.js';

/** One module whose license failed the gate, and the license id that did it. */
export interface LicenseViolation {
  readonly module: string;
  readonly version: string;
  /** The id not allowed (or denied); the whole expression when the rule does not name one. */
  readonly license: string;
  readonly denied: boolean;
}

/** At most this many ids of a list are quoted in a sentence. */
const QUOTED = 4;

/** The violations, read from the module table: each denied license names its failing id and list. */
export function licenseViolations(report: Report): LicenseViolation[] {
  return report.modules.flatMap((m) => (m.license?.verdict === 'denied' ? [violationOf(m)] : []));
}

function violationOf(m: ModuleEntry): LicenseViolation {
  const failing = m.license?.failing;
  return {
    module: m.path,
    version: m.version,
    license: failing?.id ?? m.license?.expression ?? '',
    denied: failing?.list === 'license-deny',
  };
}

/** "BSD-2-Clause is not in license-allow (MIT, Apache-2.0, …)" or "GPL-3.0-only is in license-deny". */
export function violationSentence(v: LicenseViolation, report: Report): string {
  if (v.denied) return `${v.license} is in license-deny`;
  const allow = report.settings.licenseAllow ?? [];
  const quoted = allow.slice(0, QUOTED).join(', ') + (allow.length > QUOTED ? ', …' : '');
  return `${v.license} is not in license-allow${allow.length > 0 ? ` (${quoted})` : ''}`;
}

/** A module's license verdict as the module table shows it: "denied" only when a deny list said so. */
export function verdictWord(m: ModuleEntry): string {
  if (!m.license || m.license.verdict === 'not-gated') return '';
  if (m.license.verdict === 'denied') return violationOf(m).denied ? 'denied' : 'not allowed';
  return m.license.verdict;
}

/** What would make the license gate pass, as lines to paste. */
export interface LicenseFix {
  /** Ids not in license-allow, and the license-allow value with them added. */
  readonly notAllowed: readonly string[];
  readonly allowValue: string;
  /** Ids in license-deny that failed modules. */
  readonly denied: readonly string[];
  /** One `license-exceptions` line per failing module version (`ignore`). */
  readonly exceptions: readonly string[];
  /** Each module version whose unidentified license fails the run (named in prose, never pasted). */
  readonly unknown: readonly string[];
  /** Failing modules no target compiles in (license-scope: build-list): the scope fixes them. */
  readonly notCompiledIn: readonly string[];
}

const SHOWN = 20;

export function licenseFix(report: Report): LicenseFix | undefined {
  const violations = licenseViolations(report);
  const unknown = report.modules.filter(
    (m) =>
      m.license?.verdict === 'unknown' &&
      !m.main &&
      report.findings.some((f) => f.area === 'license' && f.severity !== 'warning' && f.module === m.path),
  );
  if (violations.length === 0 && unknown.length === 0) return undefined;
  // A license only modules outside what ships carry is never offered for license-allow.
  const graphOnly = new Set(
    [...violations.map((v) => v.module), ...unknown.map((m) => m.path)].filter(
      (p) => report.modules.find((m) => m.path === p)?.license?.compiledIn === false,
    ),
  );
  const notAllowed = [
    ...new Set(violations.filter((v) => !v.denied && !graphOnly.has(v.module)).map((v) => v.license)),
  ];
  return {
    notAllowed,
    allowValue: [...(report.settings.licenseAllow ?? []), ...notAllowed].join(', '),
    denied: [...new Set(violations.filter((v) => v.denied).map((v) => v.license))],
    exceptions: violations.slice(0, SHOWN).map((v) => `${v.module}@${v.version} ignore`),
    unknown: unknown.slice(0, SHOWN).map((m) => `${m.path}@${m.version}`),
    notCompiledIn: [...graphOnly],
  };
}

/**
 * The copy-pasteable fix for the summary: the `license-allow` line with the missing ids added,
 * or one `license-exceptions` line per module version. Lines are escaped by the caller's `escape`
 * and sit in <pre>, where entities decode (never in a Markdown code span).
 */
export function licenseFixHint(report: Report, escape: (text: string) => string): string | undefined {
  const fix = licenseFix(report);
  if (!fix) return undefined;
  // The caller titles it (the summary's collapsed "How to fix"): no second heading inside.
  const parts: string[] = [];
  const they = (ids: readonly string[]) => (ids.length === 1 ? ['is', 'it'] : ['are', 'them']);
  if (fix.notCompiledIn.length > 0)
    parts.push(
      `- ${fix.notCompiledIn.length} of the failing modules are in the module graph only (no main package compiles them in): gate what ships, and they are reported, not gated:`,
      pre('license-scope: shipped', escape),
    );
  if (fix.notAllowed.length > 0) {
    const [is, it] = they(fix.notAllowed);
    parts.push(
      `- If ${escape(fix.notAllowed.join(', '))} ${is} acceptable for you, allow ${it}:`,
      pre(`license-allow: ${fix.allowValue}`, escape),
    );
  }
  // "Or …" only after another way to fix it.
  const or = (word: string): string =>
    parts.length > 1 ? `Or ${word}` : word[0].toUpperCase() + word.slice(1);
  if (fix.denied.length > 0)
    parts.push(`- ${or('take')} ${escape(fix.denied.join(', '))} out of \`license-deny\`.`);
  if (fix.exceptions.length > 0)
    parts.push(
      `- ${or('exempt')} just these versions (\`ignore\` skips the check; write the license instead if it was detected wrongly):`,
      pre(['license-exceptions: |', ...fix.exceptions.map((l) => `  ${l}`)].join('\n'), escape),
    );
  // The placeholder stays in prose: every pasteable block runs as printed.
  if (fix.unknown.length > 0)
    parts.push(
      `- ${or('read')} the license of ${escape(fix.unknown.join(', '))} and name it in \`license-exceptions\`, one line per version: \`<module>@<version> <SPDX id>\`.`,
    );
  return parts.join('\n');
}

/**
 * The same fix for the terminal, in flags. Each value to paste stands on its own line, so the
 * sentence before it fits the terminal and the value is copied whole.
 */
export function licenseFixLines(report: Report): string[] {
  const fix = licenseFix(report);
  if (!fix) return [];
  const lines = ['How to fix:'];
  const or = (): string => (lines.length > 1 ? 'or ' : '');
  if (fix.notCompiledIn.length > 0)
    lines.push(
      `  ${fix.notCompiledIn.length} failing modules are not compiled in; gate what ships:`,
      '    --license-scope shipped',
    );
  if (fix.notAllowed.length > 0)
    lines.push(`  ${or()}allow ${fix.notAllowed.join(', ')}:`, `    --license-allow '${fix.allowValue}'`);
  if (fix.denied.length > 0) lines.push(`  ${or()}take ${fix.denied.join(', ')} out of --license-deny`);
  if (fix.exceptions.length > 0)
    lines.push(`  ${or()}exempt these versions:`, `    --license-exceptions '${fix.exceptions.join('\n')}'`);
  // Placeholders in prose, never inside a value to paste.
  if (fix.unknown.length > 0)
    lines.push(
      `  ${or()}name the license of ${fix.unknown.join(', ')} in --license-exceptions (one line per version: <module>@<version> <SPDX id>)`,
    );
  return lines;
}

function pre(text: string, escape: (text: string) => string): string {
  return `<pre>${text.split('\n').map(escape).join('\n')}</pre>`;
}
