import { describe, expect, it } from '@jest/globals';
import { SUMMARY_SECTIONS } from '../../src/report/sections.js';
import { renderSummary, tableCodeSpan } from '../../src/report/summary.js';
import { sampleFailedReport } from '../../test-support/sample-report.js';
import { summaryHtml } from '../../test-support/summary-browser.js';

// Issue #24 §2: the GOPROXY cell showed a literal `&#124;` for `|` (GFM autolinked the URL inside
// <code>, entity and all). Rendered as GitHub does (GFM, marked), the cell is the value itself.
describe('the GOPROXY cell as GitHub renders it', () => {
  it('shows | as | and links nothing', async () => {
    const report = sampleFailedReport();
    expect(report.settings.proxy).toBe('https://goproxy.corp.example|https://proxy.golang.org,direct');
    const html = await summaryHtml(renderSummary(report, SUMMARY_SECTIONS), false);
    const cell = /<td>GOPROXY<\/td>\s*<td>([\s\S]*?)<\/td>/.exec(html)?.[1];
    expect(cell).toBe('<code>https://goproxy.corp.example|https://proxy.golang.org,direct</code>');
  });

  it('fences backticks and keeps a row of one cell per column', async () => {
    const md = `| a | b |\n|---|---|\n| x | ${tableCodeSpan('a|`b`|c')} |\n`;
    const html = await summaryHtml(md, false);
    expect(/<td>x<\/td>\s*<td>(.*?)<\/td>/.exec(html)?.[1]).toBe('<code>a|`b`|c</code>');
  });
});
