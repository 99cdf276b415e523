import { type LicenseReport, type ModuleLicense, NOT_COUNTED } from '../../licenses/license-report.js';
import { middle } from '../first-screen.js';
import { licenseViolations } from '../license-fix.js';
import { isWarning } from '../outcome.js';
import type { SectionRenderer } from '../summary.js';

/**
 * The "Licenses" section of the job summary: violations first (module, version, license, file,
 * confidence, rule), unknowns next, then a count per license. Every module-provided string
 * (paths, versions, expressions, file names, exception text) goes through `escape`.
 */
export function renderLicensesSection(
  report: LicenseReport,
  escape: (text: string) => string,
  ruleText: (module: ModuleLicense) => string = (module) => module.rule,
  /** How many violations only warn, and why (gate: changed, warn-only); the count line says so. */
  softened?: { readonly count: number; readonly why: string },
): string {
  const denied = report.modules.filter((module) => module.verdict === 'denied');
  const unknown = report.modules.filter((module) => module.verdict === 'unknown');
  const excepted = report.modules.filter(
    (module) => module.exception !== undefined && module.verdict !== 'denied',
  );
  const graphOnly = report.modules.filter((module) => module.notCompiledIn?.verdict !== undefined);
  const parts: string[] = ['### Licenses'];
  const ignored = report.modules.filter((module) => module.verdict === 'ignored').length;
  // Every module the counts table puts under a failing id is accounted for here: denied, unknown or ignored.
  const warns =
    softened && softened.count > 0
      ? ` (${softened.count} only ${softened.count === 1 ? 'warns' : 'warn'}: ${softened.why})`
      : '';
  const gate = report.gating
    ? `${denied.length} ${denied.length === 1 ? 'violation' : 'violations'}${warns}, ${unknown.length} unknown${ignored > 0 ? `, ${ignored} ignored by \`license-exceptions\`` : ''}`
    : `not gated (no \`license-allow\` or \`license-deny\`), ${unknown.length} unknown`;
  parts.push(
    `${report.modules.length} modules · ${gate}${graphOnlyCount(graphOnly)} · confidence threshold ${report.threshold}`,
  );

  if (denied.length > 0) {
    parts.push(
      table(
        '#### ❌ Violations',
        '| Module | Version | License | File | Confidence | Rule |',
        denied.map((module) => row(module, escape, ruleText)),
      ),
    );
  }
  if (unknown.length > 0) {
    parts.push(
      table(
        '#### ❔ Unknown licenses',
        '| Module | Version | License | File | Confidence | Rule |',
        unknown.map((module) => row(module, escape, ruleText)),
      ),
    );
  }
  if (graphOnly.length > 0) {
    parts.push(
      table(
        '#### In the module graph only (not compiled in: reported, not gated)',
        // Short cells: the files and confidence of a module no build ships are in the JSON report.
        '| Module | Version | License | Would be |',
        graphOnly.map(
          (module) =>
            `| ${escape(middle(module.path, 48))} | ${escape(module.version)} | ${escape(module.expression)} | ${wouldBe(module)} |`,
        ),
      ),
    );
  }
  if (excepted.length > 0) {
    parts.push(
      [
        '#### Exceptions applied',
        '',
        '| Module | Version | Exception | Verdict |',
        '|---|---|---|---|',
        ...excepted.map(
          (module) =>
            `| ${escape(module.path)} | ${escape(module.version)} | line ${module.exception!.line}: ${code(escape(module.exception!.text))} | ${module.verdict} |`,
        ),
      ].join('\n'),
    );
  }
  if (report.counts.length > 0) {
    parts.push(
      [
        '#### Modules per license',
        '',
        '| License | Modules |',
        '|---|---|',
        ...report.counts.map((count) => `| ${escape(count.license)} | ${count.modules} |`),
        '',
        'A module under several licenses (`MIT AND BSD-3-Clause`, `MIT OR Apache-2.0`) counts once under each, so the column can sum to more than the module count; main modules are not counted.',
      ].join('\n'),
    );
  }
  return parts.join('\n\n');
}

/** " · in the module graph only (reported, not gated): 2 would fail, 1 unknown", or nothing. */
function graphOnlyCount(graphOnly: readonly ModuleLicense[]): string {
  if (graphOnly.length === 0) return '';
  const failing = graphOnly.filter((module) => module.notCompiledIn?.verdict === 'denied').length;
  const counts = [
    failing > 0 ? `${failing} would fail` : '',
    graphOnly.length > failing ? `${graphOnly.length - failing} unknown` : '',
  ].filter((part) => part !== '');
  return ` · in the module graph only (reported, not gated): ${counts.join(', ')}`;
}

/** A short cell (the table fits 1000 px): what the gate would have said, had the scope covered it. */
function wouldBe(module: ModuleLicense): string {
  const outside = module.notCompiledIn;
  if (outside?.verdict === 'unknown') return 'unknown';
  return outside?.failing?.list === 'license-deny' ? 'in deny' : 'not in allow';
}

/** The section as the summary's renderers take it. */
export const licensesSection: SectionRenderer = (report, escape) => {
  if (!report.licenses) return undefined;
  // Short cells (the table fits 1000 px): the lists are named once, on the first screen.
  const sentence = new Map(
    licenseViolations(report).map((v) => [`${v.module}@${v.version}`, v.denied ? 'in deny' : 'not in allow']),
  );
  const denied = new Set(report.licenses.modules.filter((m) => m.verdict === 'denied').map((m) => m.path));
  const count = report.findings.filter(
    (f) => f.area === 'license' && f.module && denied.has(f.module) && isWarning(f, report.warnOnly),
  ).length;
  const why =
    report.diff?.gate === 'changed' ? 'not introduced by this pull request, `gate: changed`' : 'warn-only';
  return renderLicensesSection(
    report.licenses,
    escape,
    (module) => sentence.get(`${module.path}@${module.version}`) ?? module.rule,
    { count, why },
  );
};

function row(
  module: ModuleLicense,
  escape: (text: string) => string,
  ruleText: (module: ModuleLicense) => string,
): string {
  const files =
    module.files.length > 0
      ? module.files
          .map((file) => {
            const first = file.matches[0]?.startLine ?? file.unknown[0]?.startLine;
            const last = file.matches.at(-1)?.endLine ?? file.unknown.at(-1)?.endLine;
            const lines = first !== undefined ? ` (lines ${first}–${last})` : '';
            return escape(file.path) + lines + (file.appliesToCode ? '' : escape(NOT_COUNTED));
          })
          .join(', ')
      : '—';
  const confidence = module.confidence === undefined ? '—' : module.confidence.toFixed(2);
  const rule = escape(module.problem ? `${ruleText(module)}; ${module.problem}` : ruleText(module));
  return `| ${escape(module.path)} | ${escape(module.version)} | ${escape(module.expression)} | ${files} | ${confidence} | ${rule} |`;
}

/** Rows shown open; a longer table is collapsed under its title (the first screen stays short). */
const OPEN_ROWS = 10;

function table(title: string, header: string, rows: readonly string[]): string {
  const body = [
    header,
    `|${header
      .split('|')
      .slice(1, -1)
      .map(() => '---|')
      .join('')}`,
    ...rows,
  ].join('\n');
  if (rows.length <= OPEN_ROWS) return `${title}\n\n${body}`;
  const plain = title.replace(/^#+\s*/, '');
  return `<details><summary><b>${plain}</b> (${rows.length})</summary>\n\n${body}\n\n</details>`;
}

function code(escaped: string): string {
  return `<code>${escaped}</code>`;
}
