import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LocalBackend } from '../../src/cache/local-backend.js';
import { MemoryLogger } from '../../src/logger.js';
import { runWarden } from '../../src/run.js';
import { createGoSandbox, type GoSandbox } from '../../test-support/go-sandbox.js';
import { CLI, localReplaceProject, runEntry } from './cli-harness.js';

// Every output file is checked before the run, all bad ones named at once (exit 2); a write that
// still fails at the end warns, keeps the verdict, and leaves no temporary file.
describe('output files', () => {
  let sandbox: GoSandbox;
  let project: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    sandbox = await createGoSandbox();
    project = await localReplaceProject(sandbox.root, 'local', { LICENSE: 'no known license text\n' });
    env = { ...sandbox.env, RUNNER_TEMP: path.join(sandbox.root, 'runner-temp'), NO_COLOR: '1' };
    await fs.mkdir(path.join(sandbox.root, 'a-folder'));
  });
  afterAll(async () => {
    await sandbox?.cleanup();
  });

  const check = (...flags: string[]) =>
    runEntry(CLI, ['check', project, '--cache=false', '--unknown-license=warn', ...flags], env, 30_000);

  it('a folder as sbom-file and a notices-file under /proc: exit 2 at once, naming both flags', async () => {
    const result = await check(
      '--sbom=cyclonedx',
      `--sbom-file=${path.join(sandbox.root, 'a-folder')}`,
      '--notices-file=/proc/self/warden/NOTICES.md',
      `--report-file=${path.join(sandbox.root, 'out', 'report.json')}`,
    );
    expect(result.stderr).toMatch(/--sbom-file: '.*a-folder' is a folder; give a file name/);
    expect(result.stderr).toMatch(
      /--notices-file: '\/proc\/self\/warden\/NOTICES.md' is under '\/proc.*', a kernel filesystem/,
    );
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).not.toMatch(/internal error|\n\s+at /);
    // Nothing ran: no report was written.
    await expect(fs.stat(path.join(sandbox.root, 'out'))).rejects.toThrow();
  });

  it.each([
    ['sbom-file', '--sbom=spdx', '--sbom-file=<report>'],
    ['notices-file', '--sbom=none', '--notices-file=<report>'],
  ])('%s on the report file: exit 2, naming the flag', async (flag, ...flags) => {
    const report = path.join(sandbox.root, 'same', 'report.json');
    const result = await check(...flags.map((f) => f.replace('<report>', report)), `--report-file=${report}`);
    expect(result.stderr).toContain(
      `--${flag}: '${report}' is also --report-file: one would overwrite the other`,
    );
    expect(result.code).toBe(2);
  });

  it('a write that fails at the end warns, keeps the verdict, and leaves no temporary file', async () => {
    const out = path.join(sandbox.root, 'late');
    const notices = path.join(out, 'NOTICES.txt');
    // The notices path becomes a non-empty folder while the run goes on: the check passed before.
    const logger = new MemoryLogger();
    const group = logger.group.bind(logger);
    logger.group = async (title, fn) => {
      if (title === 'SBOM and notices') await fs.mkdir(path.join(notices, 'taken'), { recursive: true });
      return group(title, fn);
    };
    const { report } = await runWarden(
      {
        'working-directory': project,
        cache: 'false',
        'license-allow': 'MIT',
        'unknown-license': 'fail',
        sbom: 'cyclonedx',
        'sbom-file': path.join(out, 'bom.json'),
        'notices-file': notices,
        'report-file': path.join(out, 'report.json'),
      } as never,
      env,
      logger,
      { cacheBackend: (_kind, dir) => new LocalBackend(dir) },
    );
    expect(report.status).toBe('failed');
    const warning = report.findings.find((f) => f.message.includes(notices));
    expect(warning).toMatchObject({ severity: 'warning' });
    expect(warning?.message).toMatch(
      /could not be written .*set the 'notices-file' input to a writable path/,
    );
    expect((await fs.readdir(out)).sort()).toEqual(['NOTICES.txt', 'bom.json', 'report.json']);
    expect(JSON.parse(await fs.readFile(path.join(out, 'report.json'), 'utf8')).status).toBe('failed');
  });
});

describe('a run whose deadline passes at once', () => {
  let sandbox: GoSandbox;
  let project: string;
  beforeAll(async () => {
    sandbox = await createGoSandbox();
    project = await localReplaceProject(sandbox.root, 'local');
  });
  afterAll(async () => {
    await sandbox?.cleanup();
  });

  it("says the run's deadline passed, and in which step, not 'exit code -1'", async () => {
    const result = await runEntry(
      CLI,
      ['check', project, '--cache=false', '--timeout=1ms', '--latency-budget=1ms'],
      { ...sandbox.env, RUNNER_TEMP: path.join(sandbox.root, 'runner-temp'), NO_COLOR: '1' },
      30_000,
    );
    expect(result.stdout).toMatch(
      /the run's deadline passed during 'go env' \(the Go environment step\); raise --timeout/,
    );
    expect(result.stdout + result.stderr).not.toMatch(/exit code -1|internal error/);
    expect(result.code).toBe(3);
  });
});
