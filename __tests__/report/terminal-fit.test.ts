import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli } from '../../src/edges/cli-main.js';
import type { ModuleEntry, Report } from '../../src/report/model.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { truncateMiddle } from '../../src/report/terminal-table.js';
import { buildListModule } from '../../test-support/build-list-module.js';
import { passedReport } from '../../test-support/sample-report.js';

// Issue #24 §5: rows wrapped mid-word at 120 columns. Each module row now fits the terminal, the
// path cut in the middle, and off a terminal the table is plain ASCII with no colour.
const LONG = 'github.com/some-organisation/a-rather-long-repository-name-with-words/internal/v2';

function longReport(): Report {
  const modules: ModuleEntry[] = [
    buildListModule<ModuleEntry>('example.com/app', '', { main: true }),
    ...Array.from({ length: 6 }, (_, i) =>
      buildListModule<ModuleEntry>(`${LONG}${i}`, `v0.0.0-20240102030405-abcdefabcd0${i}`, {
        indirect: i % 2 === 0,
        route: { kind: 'proxy', host: 'goproxy.internal.corp.example.com' },
        checksum: 'verified',
        license: { expression: 'GPL-3.0-only', verdict: 'allowed', rule: 'license-allow' },
      }),
    ),
  ];
  return passedReport({ modules });
}

/** The module table: the lines before the first blank one. */
function tableLines(text: string): string[] {
  const lines = text.split('\n');
  return lines.slice(0, lines.indexOf(''));
}

describe('the terminal table', () => {
  it.each([80, 120])('fits %i columns on a terminal and off one, the path cut in the middle', (columns) => {
    for (const tty of [true, false]) {
      const text = renderTerminal(longReport(), { columns, tty });
      const rows = tableLines(text);
      expect(rows.length).toBe(tty ? 9 : 7);
      for (const row of rows) expect(row.length).toBeLessThan(columns);
      // Both ends of the path stay: its host and its last element.
      const row = rows.find((r) => r.includes('v23 '))!;
      expect(row).toMatch(/^ {2}github\.co\S*(…|\.\.\.)\S*nal\/v23 /);
      if (columns >= 120) expect(row).toMatch(/^ {2}github\.com\/some-organis\S*internal\/v23 /);
      expect(row).toMatch(/verified$/);
      expect(text.trimEnd().split('\n').at(-1)).toMatch(/^go-module-warden: PASSED/);
    }
  });

  it('rules a header with box drawing on a terminal, and prints plain ASCII off one', () => {
    const onTerminal = renderTerminal(longReport(), { columns: 120, tty: true });
    expect(onTerminal).toMatch(/^ {2}Module +Version +Kind +Route, license, checksum\n {2}─+\n/);
    const plain = renderTerminal(longReport(), { columns: 120, tty: false });
    // eslint-disable-next-line no-control-regex
    expect(plain).not.toMatch(/[\u2500-\u257f\u001b…]/);
    expect(plain).not.toMatch(/^ {2}Module /m);
  });

  it('leaves rows whole when no width is known (a log searched for a path)', () => {
    const text = renderTerminal(longReport(), { tty: false });
    expect(text).toContain(`${LONG}3 v0.0.0-20240102030405-abcdefabcd03 direct`);
  });

  it('cuts in the middle to the width asked', () => {
    expect(truncateMiddle('abcdefghij', 5)).toBe('ab…ij');
    expect(truncateMiddle('abcdefghij', 7, '...')).toBe('ab...ij');
    expect(truncateMiddle('abc', 5)).toBe('abc');
  });
});

describe('the CLI fits its table to COLUMNS', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'warden-fit-'));
    await fs.mkdir(path.join(dir, 'app'));
    await fs.writeFile(path.join(dir, 'app', 'go.mod'), `module ${LONG}-app\n\ngo 1.21\n`);
    env = {
      PATH: process.env.PATH,
      HOME: dir,
      RUNNER_TEMP: dir,
      GOPROXY: 'off',
      GOFLAGS: '-mod=mod',
      GOTOOLCHAIN: 'local',
      GOMODCACHE: path.join(dir, 'modcache'),
      GOCACHE: path.join(dir, 'gocache'),
      NO_COLOR: '1',
    };
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['a pipe with COLUMNS=80', false, { COLUMNS: '80' }, undefined, 80],
    ['a 120-column terminal', true, {}, 120, 120],
  ])(
    'on %s, no module row is wider than the terminal',
    async (_name, tty, extra, columns, width) => {
      let stdout = '';
      const code = await runCli(
        ['check', path.join(dir, 'app'), '--cache', 'false', '--report-file', path.join(dir, 'r.json')],
        { ...env, ...extra },
        { stdout: (t) => (stdout += t), stderr: () => undefined, stdoutIsTTY: tty, columns },
      );
      expect(code).toBe(0);
      expect(stdout).toMatch(/^ {2}github\.co\S*(…|\.\.\.)\S*v2-app +- +main/m);
      for (const row of stdout.split('\n')) expect(row.length).toBeLessThan(width);
      expect(stdout.includes('─')).toBe(tty);
    },
    60_000,
  );
});
