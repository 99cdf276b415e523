/**
 * Renders the job summary of a sample failed run to a PNG with headless Chromium, to look at it
 * as GitHub shows it (by hand, not in the test suite: CI may have no browser).
 *
 *   apt-get install -y chromium
 *   npx tsx scripts/render-summary.ts [out.png]     (default: /tmp/warden-summary.png)
 *
 * The Markdown subset the summary uses (headings, tables, lists, <details>, <pre>, code spans,
 * bold) is turned into HTML here, and styled like GitHub's Markdown body.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SUMMARY_SECTIONS } from '../src/report/sections.js';
import { renderSummary } from '../src/report/summary.js';
import { sampleFailedReport } from '../test-support/sample-report.js';

const CSS = `
body { font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
  font-size: 14px; line-height: 1.5; color: #1f2328; background: #fff; margin: 0; padding: 24px 32px; max-width: 1012px; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0b3; padding-bottom: .3em; margin: 0 0 16px; }
h3 { font-size: 1.25em; margin: 24px 0 16px; } h4 { font-size: 1em; margin: 24px 0 16px; }
table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; margin: 0 0 16px; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; } th { font-weight: 600; }
tr:nth-child(2n) { background: #f6f8fa; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 85%; background: #818b981f; border-radius: 6px; padding: .2em .4em; }
pre { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 85%; background: #f6f8fa; border-radius: 6px; padding: 16px; margin: 0 0 16px; }
ul { padding-left: 2em; margin: 0 0 16px; } p { margin: 0 0 16px; } details { margin: 0 0 16px; } sub { color: #59636e; }
`;

function inline(text: string): string {
  return text.replace(/`([^`]+)`/g, '<code>$1</code>').replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}

function cells(row: string): string[] {
  return row
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

/** The Markdown subset of the summary, to HTML. */
export function toHtml(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('<pre>')) {
      const block = [line];
      while (!lines[i].includes('</pre>')) block.push(lines[++i]);
      out.push(block.join('\n'));
    } else if (/^#{2,4} /.test(line)) {
      const level = line.indexOf(' ');
      out.push(`<h${level}>${inline(line.slice(level + 1))}</h${level}>`);
    } else if (line.startsWith('|')) {
      const header = cells(line);
      i++; // the |---| row
      const rows: string[][] = [];
      while (lines[i + 1]?.startsWith('|')) rows.push(cells(lines[++i]));
      out.push(
        '<table><thead><tr>' +
          header.map((c) => `<th>${inline(c)}</th>`).join('') +
          '</tr></thead><tbody>' +
          rows.map((r) => '<tr>' + r.map((c) => `<td>${inline(c)}</td>`).join('') + '</tr>').join('') +
          '</tbody></table>',
      );
    } else if (line.startsWith('- ')) {
      const items = [line];
      while (lines[i + 1]?.startsWith('- ')) items.push(lines[++i]);
      out.push('<ul>' + items.map((it) => `<li>${inline(it.slice(2))}</li>`).join('') + '</ul>');
    } else if (line.startsWith('<')) out.push(line);
    else if (line.trim() !== '') out.push(`<p>${inline(line)}</p>`);
  }
  return out.join('\n');
}

function main(): void {
  const png = path.resolve(process.argv[2] ?? path.join(os.tmpdir(), 'warden-summary.png'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-render-'));
  const html = path.join(dir, 'summary.html');
  const markdown = renderSummary(sampleFailedReport(), SUMMARY_SECTIONS);
  fs.writeFileSync(
    html,
    `<!doctype html><meta charset="utf-8"><style>${CSS}</style><body>${toHtml(markdown)}</body>`,
  );
  fs.writeFileSync(path.join(dir, 'summary.md'), markdown);
  execFileSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${path.join(dir, 'profile')}`,
      '--hide-scrollbars',
      '--window-size=1080,2000',
      `--screenshot=${png}`,
      `file://${html}`,
    ],
    { stdio: 'inherit' },
  );
  process.stdout.write(`${png}\n(HTML and Markdown in ${dir})\n`);
}

main();
