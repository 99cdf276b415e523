import { formatDuration } from '../src/config/duration.js';
import type { Report } from '../src/report/model.js';
import { isWarning } from '../src/report/outcome.js';

/**
 * Where a rendered summary says something the report does not hold: one line per contradiction,
 * empty when the summary agrees. Each rule is a contradiction once seen in a real run (the UX
 * issue's §3). Shared by the unit test over synthetic outcomes and the tests through dist/.
 */
export function summaryContradictions(summary: string, report: Report): string[] {
  const said: string[] = [];
  const lines = summary.split('\n');
  const claim = (holds: boolean, what: string) => {
    if (!holds) said.push(what);
  };
  const errors = report.findings.filter((f) => !isWarning(f, report.warnOnly));
  const warnings = report.findings.length - errors.length;

  // The status line: the verdict and its counts, as the report holds them.
  const word = { passed: 'passed', warned: 'passed with warnings', failed: 'failed' }[report.status];
  const status = lines[0];
  claim(
    new RegExp(`^## \\S+ Go Module Warden ${word}: `).test(status),
    `the status line "${status}" does not say "${word}"`,
  );
  claim(
    status.includes(`${errors.length} problem`) === errors.length > 0,
    `the status line "${status}" does not count ${errors.length} problems`,
  );
  claim(
    status.includes(`${warnings} warning`) === warnings > 0,
    `the status line "${status}" does not count ${warnings} warnings`,
  );

  // "(licenses reported, not gated)" only when no list gates.
  const gating = report.licenses?.gating;
  if (gating !== undefined)
    claim(
      summary.includes('licenses reported, not gated') === !gating,
      `"licenses reported, not gated" ${gating ? 'on a gated run' : 'missing on a run that does not gate'}`,
    );

  // The licenses line counts what the module table and the counts table show.
  const lic = report.licenses;
  if (lic?.gating) {
    const gated = lic.modules;
    const denied = gated.filter((m) => m.verdict === 'denied').length;
    const unknown = gated.filter((m) => m.verdict === 'unknown').length;
    const ignored = gated.filter((m) => m.verdict === 'ignored').length;
    claim(
      summary.includes(`${denied} ${denied === 1 ? 'violation' : 'violations'}`),
      `the licenses line does not say ${denied} violations`,
    );
    claim(summary.includes(`, ${unknown} unknown`), `the licenses line does not say ${unknown} unknown`);
    claim(
      summary.includes('ignored by `license-exceptions`') === ignored > 0,
      `the licenses line ${ignored > 0 ? 'does not name' : 'names'} modules ignored by license-exceptions`,
    );
    // Every module the counts put under a license outside the allowlist is accounted for.
    const allow = new Set(report.settings.licenseAllow);
    if (allow.size > 0) {
      const outside = lic.counts.filter((c) => !allow.has(c.license)).reduce((sum, c) => sum + c.modules, 0);
      const graphOnly = gated.filter((m) => m.notCompiledIn?.verdict !== undefined).length;
      claim(
        outside === denied + unknown + ignored + graphOnly,
        `the counts put ${outside} modules outside the allowlist, the licenses line accounts for ${denied + unknown + ignored + graphOnly}`,
      );
    }
    // Violations that only warn are said to only warn.
    const softened = report.findings.filter(
      (f) =>
        f.area === 'license' &&
        isWarning(f, report.warnOnly) &&
        gated.some((m) => m.path === f.module && m.verdict === 'denied'),
    ).length;
    claim(
      summary.includes(`(${softened} only warn`) === softened > 0,
      `the licenses line does not say that ${softened} violations only warn`,
    );
  }

  // The save: never promised on a failed run (its post step does not run), never "failed" on a passing one.
  const save = lines.find((l) => l.startsWith('- Save'));
  if (report.cache && save) {
    if (report.status === 'failed')
      claim(!/in the post step/.test(save), `a failed run promises a save: "${save}"`);
    else claim(!/the run failed/.test(summary), 'a run that did not fail says "the run failed"');
    if (report.cache.hit === 'exact') claim(/not needed/.test(save), `an exact hit says "${save}"`);
    else if (report.status !== 'failed' && !report.cache.saveSkipped)
      claim(/in the post step/.test(save), `a passing miss says "${save}"`);
  }

  // A cancelled run fails and says so.
  if (report.cancelled) {
    claim(report.status === 'failed', 'a cancelled run did not fail');
    claim(/cancelled by SIG(INT|TERM)/.test(summary), 'a cancelled run does not say it was cancelled');
  }

  // Proxy health: an upstream with no answer on record never "answered within budget".
  for (const u of report.proxy?.upstreams ?? []) {
    const line = lines.find((l) => l.includes(`**${u.name}**`));
    if (line && u.latency.samples === 0)
      claim(!/answered within budget/.test(line), `${u.name} never answered, yet "${line}"`);
  }

  // The footer's duration is the report's.
  claim(
    summary.includes(` · ${formatDuration(report.durationMs)} · `),
    `the footer does not give the report's duration (${formatDuration(report.durationMs)})`,
  );
  return said;
}
