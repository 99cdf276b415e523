import { describe, expect, it } from '@jest/globals';
import type { Report } from '../../src/report/model.js';
import { SUMMARY_SECTIONS } from '../../src/report/sections.js';
import { renderCacheSection } from '../../src/report/sections/cache-section.js';
import { escapeSummaryText } from '../../src/report/escape.js';
import { renderSummary } from '../../src/report/summary.js';
import { sampleFailedReport } from '../../test-support/sample-report.js';

/** The summary down to the first section heading: what a reader sees without scrolling. */
function firstScreen(text: string): string {
  return text.slice(0, text.indexOf('\n### '));
}

describe('the rendered summary of a failed run (scripts/render-summary.ts shows it as a PNG)', () => {
  const text = renderSummary(sampleFailedReport(), SUMMARY_SECTIONS);
  const screen = firstScreen(text);

  it('opens with the status line, then the failing fact in words that read right', () => {
    const lines = screen.split('\n');
    expect(lines[0]).toBe('## ❌ Go Module Warden failed: 30 modules, 1 problem, 1 warning');
    // Grouped by cause, the lists named once below.
    expect(lines).toContain('- **1 module** under BSD-2-Clause: <code>github.com/pkg/errors</code>');
    expect(lines).toContain(
      '<sub>not in `license-allow`: MIT, Apache-2.0, BSD-3-Clause, ISC, MPL-2.0 · scope: build-list</sub>',
    );
    expect(screen).not.toContain('(not in license-allow: BSD-2-Clause)');
  });

  it('gives the copy-pasteable fix on the first screen: the license-allow line, or an exception line', () => {
    expect(screen).toContain('<details><summary><b>How to fix</b></summary>');
    expect(screen).not.toContain('**How to fix**'); // titled once
    expect(screen).toContain(
      '<pre>license-allow: MIT, Apache-2.0, BSD-3-Clause, ISC, MPL-2.0, BSD-2-Clause</pre>',
    );
    expect(screen).toContain(
      '<pre>license-exceptions: &#124;\n  github.com/pkg/errors&#64;v0.9.1 ignore</pre>',
    );
    expect(screen.indexOf('How to fix')).toBeLessThan(screen.indexOf('| Counts |'));
  });

  it('says "not allowed", not "denied", when no deny list is set', () => {
    expect(text).toContain('| BSD-2-Clause (not allowed) |');
    expect(text).not.toContain('(denied)');
    const denied = renderSummary(
      withDeny(sampleFailedReport(), 'license-deny: BSD-2-Clause'),
      SUMMARY_SECTIONS,
    );
    expect(denied).toContain('| BSD-2-Clause (denied) |');
    expect(firstScreen(denied)).toContain('**1 module** under BSD-2-Clause (in `license-deny`)');
    expect(firstScreen(denied)).toContain('- Take BSD-2-Clause out of `license-deny`'); // the first way: no "Or"
  });

  it('has a counts table with a header that says what it is, and says what each count counts', () => {
    expect(screen).toContain('| Counts | |\n|---|---|\n| Modules in the build list | 30 |');
    expect(screen).not.toMatch(/^\| \| \|$/m);
    expect(screen).toContain('| Ready in the module cache (`go mod download`) | 29 |');
    expect(screen).toContain('| Came from | proxy.golang.org: 19 · the cache already: 10 |');
    expect(screen).not.toContain('Downloaded');
  });

  it('keeps the proxy table to five columns and collapses the rest', () => {
    expect(text).toContain('| Upstream | Requests | p95 | Timeouts / errors | Circuit |');
    expect(text).toContain('| goproxy.corp.example | 9 | – | 9 / 0 | open |');
    expect(text).toMatch(/<details><summary>Operator data<\/summary>\n\n\*\*Every figure per upstream\*\*/);
    expect(text).toContain('9 fallback decisions (8 hedges won by a later upstream, 1 circuit opened)');
  });

  it('keeps Markdown out of the HTML footer, where GitHub would show it raw', () => {
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      '<sub>go-module-warden 0.1.0 · 41.2s · JSON report: see the <code>report-file</code> output</sub>',
    );
  });

  it('has no always-empty Replace column and no "(not-gated)" on every row', () => {
    expect(text).toContain('| Module | Version | Kind | Route | License | Checksum |');
    expect(text).not.toContain('Replace');
    expect(text).not.toContain('not-gated');
  });

  it('shows the warn-only marker when warn-only kept a violation from failing', () => {
    const report = { ...sampleFailedReport(), status: 'warned' as const, warnOnly: true };
    expect(renderSummary(report).split('\n')[0]).toBe(
      '## ⚠️ Go Module Warden passed with warnings: 30 modules, 2 warnings, warn-only',
    );
  });
});

describe("the cache section's Save line is true to the case", () => {
  const base = sampleFailedReport().cache!;
  it.each([
    [
      { ...base, hit: 'exact' as const, matchedKey: base.key },
      false,
      '- Save: not needed, the exact key was restored',
    ],
    [base, false, '- Save: in the post step, under the key above (a restore key matched)'],
    [
      { ...base, hit: 'miss' as const, matchedKey: undefined },
      false,
      '- Save: in the post step, under the key above (no entry matched)',
    ],
    [base, true, '- Save: no, a checksum check failed in this run'],
  ])('%#', (cache, checksFailed, line) => {
    expect(renderCacheSection(cache, escapeSummaryText, checksFailed).split('\n').at(-1)).toBe(line);
  });
});

function withDeny(report: Report, rule: string): Report {
  return {
    ...report,
    settings: { ...report.settings, licenseDeny: ['BSD-2-Clause'] },
    modules: report.modules.map((m) =>
      m.license?.verdict === 'denied'
        ? { ...m, license: { ...m.license, rule, failing: { id: 'BSD-2-Clause', list: 'license-deny' } } }
        : m,
    ),
  };
}
