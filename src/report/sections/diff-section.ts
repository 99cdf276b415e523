import type { DiffLicense, DiffReport } from '../../diff/diff-report.js';
import type { SectionRenderer } from '../summary.js';

/** A pull request that touches more modules than this lists the rest in the JSON report. */
const MAX_ROWS = 300;

const VERDICT_ICON: Record<string, string> = {
  allowed: '✅',
  denied: '❌',
  unknown: '❔',
  ignored: '➖',
  'not-gated': '·',
};

/**
 * The pull-request diff, first of the sections: "This PR adds 3 modules, updates 2, removes 1",
 * then one row per change with the license and its verdict; a license that changed on update is
 * flagged. Module-provided text goes through `escape`.
 */
export function renderDiffSection(diff: DiffReport, escape: (text: string) => string): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const against =
    diff.base.kind === 'git'
      ? `<code>${escape(diff.base.ref)}</code>${diff.base.ref.startsWith(diff.base.commit) ? '' : ` (${escape(diff.base.commit.slice(0, 12))})`}`
      : `<code>${escape(diff.base.path)}</code>`;
  const changed = diff.updated.filter((u) => u.licenseChanged).length;
  const scoped = diff.added.some((a) => a.compiled !== undefined);
  const compiledIn = diff.added.filter((a) => a.compiled).length;
  const split = scoped
    ? ` (${compiledIn} compiled in, ${diff.added.length - compiledIn} only in the module graph)`
    : '';
  const what = diff.source === 'go.sum' ? ' · diffed by go.sum lines (no base go.mod)' : '';
  const lines = [
    `### This PR adds ${count(diff.added.length, 'module', 'modules')}${split}, updates ${diff.updated.length}, removes ${diff.removed.length}`,
    `Compared with ${against}${what}${changed > 0 ? ` · ⚠️ ${count(changed, 'license changed', 'licenses changed')} on update` : ''}${diff.gate === 'changed' ? ' · `gate: changed`: only these modules can fail the license gate' : ''}`,
  ];
  if (diff.added.length + diff.updated.length + diff.removed.length === 0) return lines.join('\n\n');
  const license = (l: DiffLicense | undefined) => (l ? escape(l.expression) : '—');
  const verdict = (l: DiffLicense | undefined) =>
    l ? `${VERDICT_ICON[l.verdict] ?? ''} ${escape(l.verdict)}`.trim() : '—';
  const where = (m: { compiled?: boolean }) =>
    m.compiled === undefined ? '' : m.compiled ? 'compiled in' : 'graph only';
  const rows = [
    ...diff.added.map(
      (a) =>
        `| ➕ added | ${escape(a.path)} | ${escape(a.version)} | ${where(a)} | ${license(a.license)} | ${verdict(a.license)} |`,
    ),
    ...diff.updated.map((u) => {
      const lic = u.licenseChanged
        ? `⚠️ ${license(u.licenseBefore)} → ${license(u.licenseAfter)}`
        : u.licenseBefore
          ? license(u.licenseAfter)
          : `${license(u.licenseAfter)}${u.note ? ` (base: ${escape(u.note)})` : ''}`;
      return `| ⬆️ updated | ${escape(u.path)} | ${escape(u.from)} → ${escape(u.to)} | ${where(u)} | ${lic} | ${verdict(u.licenseAfter)} |`;
    }),
    ...diff.removed.map((r) => `| ➖ removed | ${escape(r.path)} | ${escape(r.version)} | | | |`),
  ];
  const shown = rows.slice(0, MAX_ROWS);
  if (rows.length > MAX_ROWS)
    shown.push(`| … | ${rows.length - MAX_ROWS} more in the JSON report's \`diff\` | | | | |`);
  lines.push(
    ['| Change | Module | Version | Scope | License | Verdict |', '|---|---|---|---|---|---|', ...shown].join(
      '\n',
    ),
  );
  return lines.join('\n\n');
}

export const diffSection: SectionRenderer = (report, escape) =>
  report.diff ? renderDiffSection(report.diff, escape) : undefined;
