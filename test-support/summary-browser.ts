import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { marked } from 'marked';

const require = createRequire(import.meta.url);

/** Debian's chromium, as .ci/run installs it. */
export const CHROMIUM = '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** What the browser measured of the rendered summary. */
export interface SummaryMeasure {
  /** Line boxes before the first table (the status line, the findings, collapsed blocks' summaries). */
  readonly firstScreenLines: number;
  /** Each table's scroll width in px and the column it fills (1000 px wide page). */
  readonly tables: readonly { readonly width: number; readonly room: number; readonly head: string }[];
}

// Counts line boxes: the distinct tops of a range's client rects (inline code sits a few px off).
const MEASURE = `
<script>
function lineCount(node) {
  const range = document.createRange();
  range.selectNodeContents(node);
  const tops = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => r.top).sort((a, b) => a - b);
  let n = 0, last = -100;
  for (const t of tops) { if (t - last > 12) n++; last = t; }
  return n;
}
const body = document.querySelector('article');
let lines = 0;
for (const el of body.children) {
  if (el.tagName === 'TABLE' || el.tagName === 'H3') break;
  lines += el.tagName === 'DETAILS' ? lineCount(el.querySelector('summary')) : lineCount(el);
}
for (const d of document.querySelectorAll('details')) d.open = true;
const tables = [...document.querySelectorAll('table')].map((t) => {
  return { width: t.scrollWidth, room: body.clientWidth, head: t.rows[0] ? t.rows[0].innerText.replace(/\\s+/g, ' ').slice(0, 60) : '' };
});
const out = document.createElement('pre');
out.id = 'measure';
out.textContent = JSON.stringify({ firstScreenLines: lines, tables });
document.body.appendChild(out);
</script>`;

/** The summary Markdown as GitHub renders it: GFM, github-markdown-css, a 1000 px column. */
export async function summaryHtml(markdown: string, measure = true): Promise<string> {
  const css = await fs.readFile(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
  const html = await marked.parse(markdown, { gfm: true });
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; } article { box-sizing: border-box; width: 1000px; padding: 16px; }
</style></head><body><article class="markdown-body">${html}</article>${measure ? MEASURE : ''}</body></html>`;
}

function run(args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(CHROMIUM, args, { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    ),
  );
}

/** Renders in headless Chromium: the measures, and a PNG of the first 1000×1400 px when asked. */
export async function measureSummary(markdown: string, png?: string): Promise<SummaryMeasure> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-chromium-'));
  try {
    const page = path.join(dir, 'summary.html');
    await fs.writeFile(page, await summaryHtml(markdown));
    const profile = ['--user-data-dir=' + path.join(dir, 'profile')];
    const dom = await run([...FLAGS, ...profile, '--window-size=1000,1400', '--dump-dom', `file://${page}`]);
    const json = /<pre id="measure">([^<]*)<\/pre>/.exec(dom)?.[1];
    if (!json) throw new Error('chromium returned no measure');
    if (png) {
      const shot = path.join(dir, 'shot.html');
      await fs.writeFile(shot, await summaryHtml(markdown, false));
      await run([...FLAGS, ...profile, '--window-size=1000,1400', `--screenshot=${png}`, `file://${shot}`]);
    }
    return JSON.parse(
      json
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
    ) as SummaryMeasure;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
