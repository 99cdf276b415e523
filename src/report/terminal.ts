import { wrapWords } from './word-wrap.js';
import { formatDuration } from '../config/duration.js';
import { plural } from '../plural.js';
import type { Report } from './model.js';
import { findingParts } from './finding-text.js';
import { NO_COLOUR, type Palette } from './colour.js';
import { isWarning } from './outcome.js';
import { licenseFixLines, licenseViolations, violationSentence } from './license-fix.js';
import { moduleTableRows } from './terminal-table.js';
import { diffSentence } from '../diff/diff-step.js';

/** Above this many modules the table shows only the failing and warning rows, unless verbose. */
export const FULL_TABLE_UP_TO = 40;

export interface TerminalOptions {
  /** Every module row, however many. */
  readonly verbose?: boolean;
  /** The verdict line alone. */
  readonly quiet?: boolean;
  readonly colour?: Palette;
  /** Where the JSON report went (said just before the verdict). */
  readonly reportFile?: string;
  /** Rewords what messages say of action inputs (the CLI names flags). */
  readonly wording?: (text: string) => string;
  /** The terminal's width: the module table is fitted to it (no row wraps). */
  readonly columns?: number;
  /** Output to a terminal: a ruled table header; otherwise plain ASCII rows for logs and pipes. */
  readonly tty?: boolean;
}

/**
 * Plain text for the CLI: the module table, then the problems, then the verdict **last**, so
 * that what stays on screen is the answer.
 */
export function renderTerminal(report: Report, options: TerminalOptions = {}): string {
  const c = options.colour ?? NO_COLOUR;
  const wording = options.wording ?? ((text: string) => text);
  // Quiet: the problems and the verdict, nothing else (a verdict without its reasons helps no one).
  if (options.quiet)
    return [...problemLines(report, c, wording, options.columns), verdictLine(report, c)].join('\n') + '\n';
  const lines: string[] = [];
  const flagged = flaggedModules(report);
  const all = options.verbose || report.modules.length <= FULL_TABLE_UP_TO;
  const shown = all ? report.modules : report.modules.filter((m) => flagged.has(m.path));
  if (!all)
    lines.push(
      c.dim(
        shown.length === 0
          ? `${plural(report.modules.length, 'module')}, none failing or warning (--verbose lists them all)`
          : `${plural(report.modules.length, 'module')}; showing the ${plural(shown.length, 'failing or warning row')} (--verbose for all)`,
      ),
    );
  const tty = options.tty === true;
  const rows = moduleTableRows(shown, { columns: options.columns, tty });
  const header = rows.length - shown.length;
  rows.forEach((row, i) =>
    lines.push(i < header ? c.dim(row) : flagged.has(shown[i - header].path) ? c.red(row) : row),
  );
  if (report.findings.length > 0) {
    lines.push('', ...problemLines(report, c, wording, options.columns));
    const fix = licenseFixLines(report);
    if (fix.length > 0) lines.push('', ...fix);
  }
  lines.push('');
  // The pull-request diff leads the summary; on the terminal it stands just above the verdict.
  if (report.diff) lines.push(`Against the base: ${diffSentence(report.diff)}`);
  if (options.reportFile) lines.push(c.dim(`JSON report: ${options.reportFile}`));
  lines.push(verdictLine(report, c));
  return lines.join('\n') + '\n';
}

/** `go-module-warden: FAILED (12 modules, 1 problem, 1 warning; 3.2s)`. */
export function verdictLine(report: Report, c: Palette = NO_COLOUR): string {
  const word = { passed: 'PASSED', warned: 'PASSED WITH WARNINGS', failed: 'FAILED' }[report.status];
  const tint = { passed: c.green, warned: c.yellow, failed: c.red }[report.status];
  const errors = report.findings.filter((f) => !isWarning(f, report.warnOnly)).length;
  const warnings = report.findings.length - errors;
  const facts = [plural(report.modules.length, 'module')];
  if (errors > 0) facts.push(plural(errors, 'problem'));
  if (warnings > 0) facts.push(plural(warnings, 'warning'));
  return `go-module-warden: ${c.bold(tint(word))} (${facts.join(', ')}; ${formatDuration(report.durationMs)})`;
}

/** Modules a finding names, or whose license or checksum is not fine. */
function flaggedModules(report: Report): Set<string> {
  const flagged = new Set(report.findings.flatMap((f) => (f.module ? [f.module] : [])));
  for (const m of report.modules) {
    if (m.license?.verdict === 'denied' || m.license?.verdict === 'unknown') flagged.add(m.path);
    if (m.checksum === 'mismatch' || m.checksum === 'missing-from-go-sum') flagged.add(m.path);
  }
  return flagged;
}

/**
 * One line per finding, in the report's order (failing facts first); at a known width each is
 * wrapped at spaces with a hanging indent, never mid-word (the fix lines below stay whole: they
 * are pasted as printed).
 */
function problemLines(
  report: Report,
  c: Palette,
  wording: (text: string) => string,
  columns?: number,
): string[] {
  const violations = new Map(licenseViolations(report).map((v) => [`${v.module}@${v.version}`, v]));
  return report.findings.map((f) => {
    const { label, subject, message } = findingParts(f, report.warnOnly);
    const tint = isWarning(f, report.warnOnly) ? c.yellow : c.red;
    const violation = f.area === 'license' && subject ? violations.get(subject) : undefined;
    const text = violation ? violationSentence(violation, report) : wording(message);
    const plain = `  ${label} [${f.area}] ${subject ? `${subject}: ` : ''}${text}`.split('\n');
    const wrapped = plain.flatMap((line, i) => {
      const own = i === 0 ? line : `    ${line}`;
      return columns ? wrapWords(own, columns - 1, '    ') : [own];
    });
    // The label is tinted after wrapping: colour codes take no columns.
    wrapped[0] = wrapped[0].replace(label, tint(label));
    return wrapped.join('\n');
  });
}
