import type { Finding } from '../findings.js';
import { plural } from '../plural.js';
import { findingParts } from './finding-text.js';
import { licenseViolations } from './license-fix.js';
import type { Report } from './model.js';
import { isWarning } from './outcome.js';

/** Modules named in one cause's line; the rest are counted. */
const NAMED = 2;
/** A module path longer than this is shortened in the middle on the first screen. */
const PATH_CHARS = 34;
/** Lines of single findings (checksums, infrastructure) before "… N more". */
const SINGLES = 5;
/** License causes on the first screen before "… N more licenses". */
const CAUSES = 5;

interface Cause {
  readonly label: string;
  /** "under GPL-3.0-only", "with an unidentified license". */
  readonly what: string;
  readonly modules: string[];
}

/**
 * The findings as the summary's first screen shows them, about 15 lines for any number: license
 * findings grouped by cause ("7 modules under GPL-3.0-only: a, b, c, …") with the lists and the
 * scope named once; other findings one per line, the first few. Details follow in the sections.
 */
export function firstScreenFindings(report: Report, esc: (text: string) => string): string {
  const findings = report.findings;
  if (findings.length === 0) return 'No problems found.';
  const failing = new Map(licenseViolations(report).map((v) => [`${v.module}@${v.version}`, v]));
  const graphOnly = graphOnlyCauses(report);
  const causes = new Map<string, Cause>();
  const singles: string[] = [];
  for (const f of findings) {
    const { label, subject } = findingParts(f, report.warnOnly);
    const violation = f.area === 'license' && subject ? failing.get(subject) : undefined;
    const unknown = f.area === 'license' && subject && !violation && f.kind === 'policy';
    if (!violation && !unknown) {
      singles.push(single(f, report, esc));
      continue;
    }
    const what = violation
      ? `under ${violation.license}${violation.denied ? ' (in `license-deny`)' : ''}`
      : (graphOnly.get(subject ?? '') ?? 'whose license could not be identified');
    const key = `${label}\n${what}`;
    const cause = causes.get(key) ?? { label, what, modules: [] };
    cause.modules.push(f.module ?? subject ?? '');
    causes.set(key, cause);
  }
  const isWarningLine = (l: string) => l.startsWith('- **warning**');
  const errors = singles.filter((l) => !isWarningLine(l));
  const warnings = singles.filter(isWarningLine);
  const lines: string[] = [...errors.slice(0, SINGLES)];
  if (errors.length > SINGLES)
    lines.push(`- … ${errors.length - SINGLES} more problems below and in the JSON report`);
  const grouped = [...causes.values()].sort(
    (a, b) =>
      Number(a.label === 'warning') - Number(b.label === 'warning') || b.modules.length - a.modules.length,
  );
  for (const c of grouped.slice(0, CAUSES)) {
    const named = c.modules
      .slice(0, NAMED)
      .map((m) => `<code>${esc(middle(m, PATH_CHARS))}</code>`)
      .join(', ');
    const more = c.modules.length > NAMED ? `, … ${c.modules.length - NAMED} more` : '';
    const label = c.label === 'policy' ? '' : `(${c.label}) `;
    lines.push(`- ${label}**${plural(c.modules.length, 'module')}** ${c.what}: ${named}${more}`);
  }
  if (grouped.length > CAUSES)
    lines.push(`- … ${grouped.length - CAUSES} more license causes in the Licenses section`);
  lines.push(...warnings.slice(0, 2));
  if (warnings.length > 2) lines.push(`- … ${warnings.length - 2} more warnings below`);
  // A blank line: GFM would otherwise continue the last list item with it.
  if (causes.size > 0) lines.push('', policyLine(report, esc));
  return lines.join('\n');
}

/** Modules the gate's scope leaves out (in the module graph only), by module@version: their cause. */
function graphOnlyCauses(report: Report): Map<string, string> {
  const causes = new Map<string, string>();
  for (const m of report.licenses?.modules ?? []) {
    const outside = m.notCompiledIn;
    if (outside?.verdict === undefined) continue;
    const what =
      outside.verdict === 'denied'
        ? `under ${outside.failing?.id ?? m.expression}`
        : 'whose license could not be identified';
    causes.set(`${m.path}@${m.version}`, `${what}, ${GRAPH_ONLY}`);
  }
  return causes;
}

const GRAPH_ONLY = 'in the module graph only (not compiled in)';

/** "github.com/some-org/a-rathe…name-0/internal/v2": the ends of a long path, which tell modules apart. */
export function middle(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = Math.ceil((max - 1) * 0.45);
  return `${text.slice(0, head)}…${text.slice(text.length - (max - 1 - head))}`;
}

function single(f: Finding, report: Report, esc: (text: string) => string): string {
  const { label, subject, message } = findingParts(f, report.warnOnly);
  const text = middle(message, 160);
  return `- **${label}** (${f.area}) ${subject ? `<code>${esc(subject)}</code>: ` : ''}${esc(text)}`;
}

/** The license lists and the scope, named once under the grouped causes. */
function policyLine(report: Report, esc: (text: string) => string): string {
  const { licenseAllow = [], licenseDeny = [], licenseScope } = report.settings;
  const lists = [
    licenseAllow.length > 0 ? `not in \`license-allow\`: ${esc(licenseAllow.join(', '))}` : '',
    licenseDeny.length > 0 ? `\`license-deny\`: ${esc(licenseDeny.join(', '))}` : '',
  ].filter((s) => s !== '');
  const scope = licenseScope ? ` · scope: ${esc(licenseScope)}` : '';
  const softened = report.findings.some((f) => f.area === 'license' && isWarning(f, report.warnOnly));
  const gate =
    report.diff?.gate === 'changed' && softened ? ' · `gate: changed`: untouched modules only warn' : '';
  return `<sub>${lists.join(' · ')}${scope}${gate}</sub>`;
}
