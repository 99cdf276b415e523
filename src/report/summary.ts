import { formatDuration } from '../config/duration.js';
import { escapeSummaryText as esc } from './escape.js';
import type { Arrival, ModuleEntry, Report } from './model.js';
import { plural } from '../plural.js';
import { isSoftened, isWarning } from './outcome.js';
import { firstScreenFindings, middle } from './first-screen.js';
import { licenseFixHint, verdictWord } from './license-fix.js';

/** GitHub refuses a step summary over 1 MiB; we stay well under it. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 64 * 1024;

/** A summary section renderer from one area of the pipeline (proxy health, checksums, licenses, cache). */
export type SectionRenderer = (report: Report, escape: (text: string) => string) => string | undefined;

const ICON = { passed: '✅', warned: '⚠️', failed: '❌' } as const;

/**
 * Renders the job summary. The first line says pass or fail and why in one breath; failing facts
 * come next; then counts; then each area's section; the module table is last, collapsed.
 */
export function renderSummary(report: Report, sections: readonly SectionRenderer[] = []): string {
  const parts = [statusLine(report), firstScreenFindings(report, esc)];
  const fix = licenseFixHint(report, esc);
  // The fix's pasteable lines can be many: collapsed, so the first screen stays about 15 lines.
  if (fix) parts.push(`<details><summary><b>How to fix</b></summary>\n\n${fix}\n\n</details>`);
  parts.push(countsTable(report));
  for (const render of sections) {
    const text = render(report, esc);
    if (text) parts.push(text.trim());
  }
  const head = parts.join('\n\n');
  const footer = `\n\n<sub>go-module-warden ${esc(report.tool.version)} · ${formatDuration(report.durationMs)} · JSON report: see the <code>report-file</code> output</sub>\n`;
  return (
    head +
    '\n\n' +
    // Main modules are never gated; "not gated" is about the run's lists, not a module's verdict.
    moduleTable(
      report.modules,
      SUMMARY_LIMIT_BYTES - Buffer.byteLength(head + footer),
      report.licenses?.gating === false,
    ) +
    footer
  );
}

export function statusLine(report: Report): string {
  const errors = report.findings.filter((f) => !isWarning(f, report.warnOnly)).length;
  const warnings = report.findings.length - errors;
  const word = { passed: 'passed', warned: 'passed with warnings', failed: 'failed' }[report.status];
  const facts: string[] = [plural(report.modules.length, 'module')];
  if (errors > 0) facts.push(plural(errors, 'problem'));
  if (warnings > 0) facts.push(plural(warnings, 'warning'));
  if (report.findings.some((f) => isSoftened(f, report.warnOnly))) facts.push('warn-only');
  return `## ${ICON[report.status]} Go Module Warden ${word}: ${facts.join(', ')}`;
}

function countsTable(report: Report): string {
  const count = (predicate: (m: ModuleEntry) => boolean) => report.modules.filter(predicate).length;
  const routes = new Map<string, number>();
  for (const m of report.modules) {
    const route = arrivalText(m.route);
    if (route) routes.set(route, (routes.get(route) ?? 0) + 1);
  }
  const rows: [string, string][] = [
    ['Modules in the build list', String(report.modules.length)],
    ['Main modules', String(count((m) => m.main))],
    [
      'Direct / indirect requirements',
      `${count((m) => !m.main && !m.indirect)} / ${count((m) => m.indirect)}`,
    ],
  ];
  if (report.modules.some((m) => m.replace))
    rows.push([
      'Replaced (module / local path)',
      `${count((m) => m.replace?.kind === 'module')} / ${count((m) => m.replace?.kind === 'local')}`,
    ]);
  rows.push(['Ready in the module cache (`go mod download`)', String(report.download.downloaded)]);
  if (routes.size > 0)
    rows.push([
      'Came from',
      [...routes]
        .map(([route, n]) => `${route === 'cache' ? 'the cache already' : esc(route)}: ${n}`)
        .join(' · '),
    ]);
  if (report.download.failed.length > 0)
    rows.push(['Failed to download', String(report.download.failed.length)]);
  rows.push(['Go', esc(report.project.goVersion)], ['GOPROXY', tableCodeSpan(report.settings.proxy)]);
  return ['| Counts | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}

/**
 * Text as a Markdown code span inside a table cell. `<code>` with entities was turned into a link
 * by GFM's autolinking, whose href and text showed `&#124;`; a code span is never autolinked and
 * shows its text as is, with `|` written `\|` (GFM splits the row before it parses the span) and
 * a fence longer than any run of backticks inside.
 */
export function tableCodeSpan(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  const fence = '`'.repeat(Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

export function arrivalText(route: Arrival | undefined): string {
  if (!route) return '';
  return route.kind === 'proxy' ? route.host : route.kind;
}

/**
 * A module path longer than this is shortened in the middle in the module table: a path breaks
 * only at a hyphen, so restic's longest made the table 1177 px wide (the JSON report has it whole).
 */
const TABLE_PATH_CHARS = 40;

function moduleTable(modules: readonly ModuleEntry[], budgetBytes: number, notGated: boolean): string {
  // Columns that would be empty on every row are left out.
  const withReplace = modules.some((m) => m.replace);
  const columns = [
    'Module',
    'Version',
    'Kind',
    ...(withReplace ? ['Replace'] : []),
    'Route',
    'License',
    'Checksum',
  ];
  const header = [
    `<details><summary>All ${plural(modules.length, 'module')}${notGated ? ' (licenses reported, not gated)' : ''}</summary>`,
    '',
    `| ${columns.join(' | ')} |`,
    `|${columns.map(() => '---|').join('')}`,
  ];
  const rows: string[] = [];
  let used = Buffer.byteLength(header.join('\n')) + 200;
  for (const m of modules) {
    const kind = m.main ? 'main' : m.indirect ? 'indirect' : 'direct';
    const replace =
      m.replace?.kind === 'module'
        ? `${esc(m.replace.path)}@${esc(m.replace.version)}`
        : m.replace?.kind === 'local'
          ? `local: ${esc(m.replace.dir)}`
          : '';
    const verdict = verdictWord(m);
    const license = m.license ? `${esc(m.license.expression)}${verdict ? ` (${verdict})` : ''}` : '';
    const cells = [
      esc(middle(m.path, TABLE_PATH_CHARS)),
      esc(m.version),
      kind,
      ...(withReplace ? [replace] : []),
      esc(arrivalText(m.route)),
      license,
      m.checksum ?? '',
    ];
    const row = `| ${cells.join(' | ')} |`;
    used += Buffer.byteLength(row) + 1;
    if (used > budgetBytes) {
      rows.push(
        `| … ${modules.length - rows.length} more modules: see the JSON report |${' |'.repeat(columns.length - 1)}`,
      );
      break;
    }
    rows.push(row);
  }
  return [...header, ...rows, '', '</details>'].join('\n');
}
