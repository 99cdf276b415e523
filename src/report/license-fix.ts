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

/**
 * The violations, read from the module table: the gate's rule names the leaf that failed
 * ("not in license-allow: X" or "license-deny: X", src/licenses/policy.ts).
 */
export function licenseViolations(report: Report): LicenseViolation[] {
  return report.modules.flatMap((m) => (m.license?.verdict === 'denied' ? [violationOf(m)] : []));
}

function violationOf(m: ModuleEntry): LicenseViolation {
  const rule = m.license?.rule ?? '';
  const denied = /^license-deny: (\S+)/.exec(rule);
  const notAllowed = /not in license-allow: (\S+)/.exec(rule);
  return {
    module: m.path,
    version: m.version,
    license: denied?.[1] ?? notAllowed?.[1] ?? m.license?.expression ?? '',
    denied: denied !== null,
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

/**
 * The copy-pasteable fix for the license failures: the `license-allow` line with the missing ids
 * added, or one `license-exceptions` line per module version. Lines are escaped by the caller's
 * `escape` and sit in <pre>, where entities decode (never in a Markdown code span).
 */
export function licenseFixHint(report: Report, escape: (text: string) => string): string | undefined {
  const violations = licenseViolations(report);
  const unknown = report.modules.filter((m) => m.license?.verdict === 'unknown' && !m.main);
  const failingUnknown = report.findings.some(
    (f) => f.area === 'license' && f.severity !== 'warning' && unknown.some((m) => m.path === f.module),
  );
  if (violations.length === 0 && !failingUnknown) return undefined;
  const parts: string[] = ['**How to fix**'];
  const notAllowed = [...new Set(violations.filter((v) => !v.denied).map((v) => v.license))];
  const denied = [...new Set(violations.filter((v) => v.denied).map((v) => v.license))];
  if (notAllowed.length > 0) {
    const allow = [...(report.settings.licenseAllow ?? []), ...notAllowed];
    parts.push(
      `- If ${notAllowed.join(', ')} ${notAllowed.length === 1 ? 'is' : 'are'} acceptable for you, allow ${notAllowed.length === 1 ? 'it' : 'them'}:`,
      pre(`license-allow: ${allow.join(', ')}`, escape),
    );
  }
  if (denied.length > 0) parts.push(`- Or take ${denied.join(', ')} out of \`license-deny\`.`);
  if (violations.length > 0) {
    parts.push(
      '- Or exempt just these versions (`ignore` skips the check; write the license instead if it was detected wrongly):',
      pre(
        [
          'license-exceptions: |',
          ...violations.slice(0, 20).map((v) => `  ${v.module}@${v.version} ignore`),
        ].join('\n'),
        escape,
      ),
    );
  }
  if (failingUnknown) {
    parts.push(
      '- For a license that could not be identified, read it and name it in `license-exceptions`:',
      pre(
        [
          'license-exceptions: |',
          ...unknown.slice(0, 20).map((m) => `  ${m.path}@${m.version} <SPDX id>`),
        ].join('\n'),
        escape,
      ),
    );
  }
  return parts.join('\n');
}

function pre(text: string, escape: (text: string) => string): string {
  return `<pre>${text.split('\n').map(escape).join('\n')}</pre>`;
}
