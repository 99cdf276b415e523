import { describe, expect, it } from '@jest/globals';
import { licenseFixHint, licenseFixLines } from '../../src/report/license-fix.js';
import { escapeSummaryText } from '../../src/report/escape.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { passedReport, reportModule, sampleFailedReport } from '../../test-support/sample-report.js';

describe('what the terminal prints can be used as printed', () => {
  it('--quiet prints the problems and the verdict', () => {
    const report = sampleFailedReport();
    const text = renderTerminal(report, { quiet: true });
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(report.findings.length + 1);
    expect(lines[0]).toMatch(
      /^ {2}policy \[license\] github\.com\/pkg\/errors@v0\.9\.1: BSD-2-Clause is not in license-allow/,
    );
    expect(lines.at(-1)).toMatch(/FAILED/);
  });

  it('never puts a placeholder inside a pasteable --license-exceptions value or <pre> block', () => {
    const base = sampleFailedReport();
    const report = {
      ...base,
      modules: [
        ...base.modules,
        reportModule('github.com/kr/logfmt', {
          license: { expression: 'LicenseRef-unknown', verdict: 'unknown' as const, rule: 'not identified' },
        }),
      ],
      findings: [
        ...base.findings,
        { kind: 'policy' as const, area: 'license' as const, module: 'github.com/kr/logfmt', message: 'x' },
      ],
    };
    const values = licenseFixLines(report).flatMap((l) => [...l.matchAll(/'([^']*)'/g)].map((m) => m[1]));
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(value).not.toMatch(/[<>]/);
    expect(licenseFixLines(report).join('\n')).toContain('name the license of github.com/kr/logfmt@v1.0.0');
    const hint = licenseFixHint(report, escapeSummaryText) ?? '';
    for (const block of hint.match(/<pre>[\s\S]*?<\/pre>/g) ?? []) expect(block).not.toContain('SPDX id');
    expect(passedReport()).toBeDefined();
  });
});
