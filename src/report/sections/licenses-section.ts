import { type LicenseReport, type ModuleLicense, NOT_COUNTED } from '../../licenses/license-report.js';
import type { SectionRenderer } from '../summary.js';

/**
 * The "Licenses" section of the job summary: violations first (module, version, license, file,
 * confidence, rule), unknowns next, then a count per license. Every module-provided string
 * (paths, versions, expressions, file names, exception text) goes through `escape`.
 */
export function renderLicensesSection(report: LicenseReport, escape: (text: string) => string): string {
  const denied = report.modules.filter((module) => module.verdict === 'denied');
  const unknown = report.modules.filter((module) => module.verdict === 'unknown');
  const excepted = report.modules.filter(
    (module) => module.exception !== undefined && module.verdict !== 'denied',
  );
  const parts: string[] = ['### Licenses'];
  const gate = report.gating
    ? `${denied.length} ${denied.length === 1 ? 'violation' : 'violations'}, ${unknown.length} unknown`
    : `not gated (no \`license-allow\` or \`license-deny\`), ${unknown.length} unknown`;
  parts.push(`${report.modules.length} modules · ${gate} · confidence threshold ${report.threshold}`);

  if (denied.length > 0) {
    parts.push(
      [
        '#### ❌ Violations',
        '',
        '| Module | Version | License | File | Confidence | Rule |',
        '|---|---|---|---|---|---|',
        ...denied.map((module) => row(module, escape)),
      ].join('\n'),
    );
  }
  if (unknown.length > 0) {
    parts.push(
      [
        '#### ❔ Unknown licenses',
        '',
        '| Module | Version | License | File | Confidence | Rule |',
        '|---|---|---|---|---|---|',
        ...unknown.map((module) => row(module, escape)),
      ].join('\n'),
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
      ].join('\n'),
    );
  }
  return parts.join('\n\n');
}

/** The section as the summary's renderers take it. */
export const licensesSection: SectionRenderer = (report, escape) =>
  report.licenses ? renderLicensesSection(report.licenses, escape) : undefined;

function row(module: ModuleLicense, escape: (text: string) => string): string {
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
  const rule = escape(module.problem ? `${module.rule}; ${module.problem}` : module.rule);
  return `| ${escape(module.path)} | ${escape(module.version)} | ${escape(module.expression)} | ${files} | ${confidence} | ${rule} |`;
}

function code(escaped: string): string {
  return `<code>${escaped}</code>`;
}
