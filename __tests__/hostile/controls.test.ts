import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { escapeControls } from '../../src/report/escape.js';
import { createGoSandbox, type GoSandbox } from '../../test-support/go-sandbox.js';
import { ACTION_MAIN, CLI, filesUnder, inputEnv, localReplaceProject, runEntry } from './cli-harness.js';

// A replace directory named with ESC and CR, and a NOTICE holding terminal escapes: they reach the
// terminal, the log, the job summary, the notices, the SBOM and the report as visible text only.
const DIR = 'loc\u001b[31mal\rX';
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('control characters from a module', () => {
  let sandbox: GoSandbox;
  let project: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    sandbox = await createGoSandbox();
    project = await localReplaceProject(
      sandbox.root,
      DIR,
      { NOTICE: 'Notice \u001b[2J cleared \u001b]0;pwned\u0007 and \u009b31m C1\r\n' },
      { imported: false },
    );
    env = { ...sandbox.env, RUNNER_TEMP: path.join(sandbox.root, 'runner-temp'), NO_COLOR: '1' };
  });
  afterAll(async () => {
    await sandbox?.cleanup();
  });

  const rawIn = (texts: Map<string, string>): string[] =>
    [...texts].filter(([, text]) => RAW.test(text)).map(([name]) => name);

  it('the CLI shows them escaped in its table, notices, SBOM and report', async () => {
    const out = path.join(sandbox.root, 'cli-out');
    const result = await runEntry(
      CLI,
      [
        'check',
        project,
        '--cache=false',
        '--unknown-license=warn',
        // Every module of the build list, the local replacement included, goes into the notices.
        '--license-scope=build-list',
        '--sbom=cyclonedx',
        `--sbom-file=${path.join(out, 'bom.json')}`,
        `--notices-file=${path.join(out, 'NOTICES.md')}`,
        `--report-file=${path.join(out, 'report.json')}`,
      ],
      env,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('=> ./loc\\x1b[31mal\\rX');
    const files = await filesUnder(out);
    expect(files.size).toBe(3);
    expect(files.get(path.join(out, 'NOTICES.md'))).toContain('\\x1b[2J cleared');
    expect(rawIn(new Map([['stdout', result.stdout], ['stderr', result.stderr], ...files]))).toEqual([]);
  });

  it('the action shows them escaped in the job summary and its log', async () => {
    const out = path.join(sandbox.root, 'action-out');
    await fs.mkdir(out, { recursive: true });
    const summary = path.join(out, 'summary.md');
    for (const name of ['summary.md', 'output', 'state']) await fs.writeFile(path.join(out, name), '');
    const result = await runEntry(ACTION_MAIN, [], {
      ...env,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: path.join(out, 'output'),
      GITHUB_STATE: path.join(out, 'state'),
      ...inputEnv({
        'working-directory': project,
        cache: 'false',
        'unknown-license': 'warn',
        'report-file': path.join(out, 'report.json'),
      }),
    });
    expect(result.code).toBe(0);
    const files = await filesUnder(out);
    expect(files.get(summary)).toMatch(/loc\\x1b\[31mal\\rX|loc&#92;x1b&#91;31mal&#92;rX/);
    expect(rawIn(new Map([['stdout', result.stdout], ['stderr', result.stderr], ...files]))).toEqual([]);
  });
});

describe('escapeControls', () => {
  it.each([
    ['ESC and CR', 'a\u001b[2Jb\rc', 'a\\x1b[2Jb\\rc'],
    ['BEL, DEL and C1 CSI', '\u0007\u007f\u009b', '\\x07\\x7f\\x9b'],
    ['bidi overrides', 'x\u202ey\u2066', 'x\\u202ey\\u2066'],
    ['tab and line feed kept', 'a\tb\nc', 'a\tb\nc'],
    ['plain and non-ASCII text untouched', 'modül ✓', 'modül ✓'],
  ])('%s', (_name, text, shown) => {
    expect(escapeControls(text)).toBe(shown);
  });

  it('escapes line feeds too where one line is wanted', () => {
    expect(escapeControls('a\nb', { lines: false })).toBe('a\\nb');
  });
});
