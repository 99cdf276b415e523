import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli } from '../../src/edges/cli-main.js';

// The CLI from source, in this process (its streams captured), on bad input: exit code 2 and one
// message naming the flag or argument (never "internal error", never the action's input wording).
// The built bundle is spawned once on bad input in __tests__/pipeline/bundles.test.ts.
let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'warden-cli-'));
  await fs.writeFile(path.join(dir, 'a-file'), 'x');
  const good = path.join(dir, 'good');
  await fs.mkdir(good);
  await fs.writeFile(path.join(good, 'go.mod'), 'module example.com/good\n\ngo 1.22\n');
  const bad = path.join(dir, 'bad');
  await fs.mkdir(bad);
  await fs.writeFile(
    path.join(bad, 'go.mod'),
    'module example.com/bad\n\ngo 1.22\n\nrequire (\n\tfoo bar baz\n)\n',
  );
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

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    args.map((a) => a.replace('<dir>', dir)),
    env,
    { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), stdoutIsTTY: false },
  );
  return { code, stdout, stderr };
}

describe('the CLI on bad input', () => {
  it.each([
    [
      'a missing directory',
      ['check', '<dir>/missing', '--cache', 'false'],
      /the directory argument: '.*missing' does not exist/,
    ],
    [
      'a file as the directory',
      ['check', '<dir>/a-file', '--cache', 'false'],
      /the directory argument: '.*a-file' is a file, not a folder/,
    ],
    [
      '--warn-only maybe',
      ['check', '--warn-only', 'maybe', '<dir>/good'],
      /flag '--warn-only' is true or false, not 'maybe'/,
    ],
    ['--cache yes', ['check', '<dir>/good', '--cache', 'yes'], /flag '--cache' is true or false, not 'yes'/],
    [
      '--fallback none,direct',
      ['check', '<dir>/good', '--fallback', 'none,direct'],
      /--fallback: 'none' cannot be combined with other fallbacks/,
    ],
    [
      'a folder as --report-file',
      ['check', '<dir>/good', '--report-file', '<dir>'],
      /--report-file: '.*' is a folder; give a file name/,
    ],
    [
      'a --report-file under a file',
      ['check', '<dir>/good', '--report-file', '<dir>/a-file/r.json'],
      /--report-file: '.*a-file' is a file, so nothing can be written under it/,
    ],
  ])('%s: exit 2, naming the flag or argument', async (_name, args, message) => {
    const result = await cli(args);
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(2);
    expect(result.stderr + result.stdout).not.toMatch(/internal error|Input '|' input\b|\n\s+at /);
  });

  it("a go.mod syntax error: exit 2, with go's message and file:line, verdict last", async () => {
    const result = await cli(['check', '<dir>/bad', '--cache', 'false']);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/go\.mod cannot be parsed; fix it/);
    expect(result.stdout).toMatch(/go\.mod:6:2: usage: require module\/path v1\.2\.3/);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^go-module-warden: FAILED/);
    expect(result.stdout + result.stderr).not.toContain('\u001b[');
  });
});
