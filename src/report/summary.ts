import { formatDuration } from '../config/duration.js';
import { escapeSummaryText as esc } from './escape.js';
import type { Finding } from '../findings.js';
import type { ModuleEntry, Report, Route } from './model.js';
import { isWarning } from './outcome.js';
import { findingParts } from './finding-text.js';

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
  const parts = [statusLine(report), findingsBlock(report.findings), countsTable(report)];
  for (const render of sections) {
    const text = render(report, esc);
    if (text) parts.push(text.trim());
  }
  const head = parts.join('\n\n');
  const footer = `\n\n<sub>go-module-warden ${esc(report.tool.version)} · ${formatDuration(report.durationMs)} · JSON report: see the \`report-file\` output</sub>\n`;
  return (
    head +
    '\n\n' +
    moduleTable(report.modules, SUMMARY_LIMIT_BYTES - Buffer.byteLength(head + footer)) +
    footer
  );
}

export function statusLine(report: Report): string {
  const errors = report.findings.filter((f) => !isWarning(f)).length;
  const warnings = report.findings.length - errors;
  const word = { passed: 'passed', warned: 'passed with warnings', failed: 'failed' }[report.status];
  const facts: string[] = [`${report.modules.length} modules`];
  if (errors > 0) facts.push(`${errors} ${errors === 1 ? 'problem' : 'problems'}`);
  if (warnings > 0) facts.push(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  if (report.status === 'warned' && report.warnOnly && errors > 0) facts.push('warn-only');
  return `## ${ICON[report.status]} Go Module Warden ${word}: ${facts.join(', ')}`;
}

function findingsBlock(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No problems found.';
  const line = (f: Finding) => {
    const { label, subject, message } = findingParts(f);
    return `- **${label}** (${f.area}) ${subject ? `<code>${esc(subject)}</code>: ` : ''}${esc(message)}`;
  };
  const shown = findings.slice(0, 200).map(line);
  if (findings.length > 200) shown.push(`- … and ${findings.length - 200} more in the JSON report`);
  return shown.join('\n');
}

function countsTable(report: Report): string {
  const count = (predicate: (m: ModuleEntry) => boolean) => report.modules.filter(predicate).length;
  const rows: [string, string][] = [
    ['Modules in the build list', String(report.modules.length)],
    ['Main modules', String(count((m) => m.main))],
    [
      'Direct / indirect requirements',
      `${count((m) => !m.main && !m.indirect)} / ${count((m) => m.indirect)}`,
    ],
    [
      'Replaced (module / local path)',
      `${count((m) => m.replace?.kind === 'module')} / ${count((m) => m.replace?.kind === 'local')}`,
    ],
    ['Downloaded', String(report.download.downloaded)],
    ['Failed to download', String(report.download.failed.length)],
    ['Go', esc(report.project.goVersion)],
    ['GOPROXY', `<code>${esc(report.settings.proxy)}</code>`],
  ];
  return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}

export function routeText(route: Route | undefined): string {
  if (!route) return '';
  return route.kind === 'proxy' ? route.host : route.kind;
}

function moduleTable(modules: readonly ModuleEntry[], budgetBytes: number): string {
  const header = [
    `<details><summary>All ${modules.length} modules</summary>`,
    '',
    '| Module | Version | Kind | Replace | Route | License | Checksum |',
    '|---|---|---|---|---|---|---|',
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
    const license = m.license ? `${esc(m.license.expression)} (${m.license.verdict})` : '';
    const row = `| ${esc(m.path)} | ${esc(m.version)} | ${kind} | ${replace} | ${esc(routeText(m.route))} | ${license} | ${m.checksum ?? ''} |`;
    used += Buffer.byteLength(row) + 1;
    if (used > budgetBytes) {
      rows.push(`| … ${modules.length - rows.length} more modules: see the JSON report | | | | | | |`);
      break;
    }
    rows.push(row);
  }
  return [...header, ...rows, '', '</details>'].join('\n');
}
