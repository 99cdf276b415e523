import { describe, expect, it } from '@jest/globals';
import { renderTerminal } from '../../src/report/terminal.js';
import { wrapWords } from '../../src/report/word-wrap.js';
import { sampleFailedReport } from '../../test-support/sample-report.js';

describe('problem lines at a known terminal width', () => {
  it('wrap at spaces with a hanging indent, never mid-word, and keep the verdict last', () => {
    const report = sampleFailedReport();
    const text = renderTerminal(report, { columns: 80, quiet: true });
    const lines = text.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^go-module-warden: FAILED/);
    // The proxy warning is about 150 characters: it takes two or more lines, each within 80.
    expect(lines.length).toBeGreaterThan(report.findings.length + 1);
    for (const line of lines) expect(line.length).toBeLessThan(80);
    // Joined again, the words are the message's words: nothing cut or lost.
    const joined = lines.slice(0, -1).join(' ').replace(/\s+/g, ' ');
    expect(joined).toContain('its requests went to the next fallback');
    expect(joined).toContain('github.com/pkg/errors@v0.9.1: BSD-2-Clause is not in license-allow');
  });

  it('keeps a word longer than the line whole', () => {
    const long = `github.com/${'x'.repeat(90)}/v2`;
    expect(wrapWords(`  policy [license] ${long}: not allowed`, 79, '    ')).toEqual([
      '  policy [license]',
      `    ${long}:`,
      '    not allowed',
    ]);
  });

  it('leaves lines whole when the width is not known (a log searched for a path)', () => {
    const text = renderTerminal(sampleFailedReport(), { quiet: true });
    expect(text.trimEnd().split('\n')).toHaveLength(sampleFailedReport().findings.length + 1);
  });
});
