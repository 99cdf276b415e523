import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createGoSandbox, type GoSandbox } from '../../test-support/go-sandbox.js';
import { ACTION_MAIN, CLI, filesUnder, inputEnv, localReplaceProject, runEntry } from './cli-harness.js';

// A local `replace` directory is module content: whatever links, devices or fifos it holds, no
// file outside the module reaches the notices, the SBOM, the report, the summary or the log.
const TOKEN = 'ghs_FakeRuntimeToken0123456789abcdef';
const GH_TOKEN = 'ghp_FakeGithubToken9876543210fedcba';
const OUTSIDE = 'PRIVATE-KEY-MATERIAL-not-in-any-env-4f1c';

describe('a local replace directory whose license and notice files lead out of the module', () => {
  let sandbox: GoSandbox;
  let project: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    sandbox = await createGoSandbox();
    const secretFile = path.join(sandbox.root, 'secret.txt');
    await fs.writeFile(secretFile, `${OUTSIDE}\n`);
    project = await localReplaceProject(sandbox.root, 'local', { 'sub/sub.go': 'package sub\n' });
    const local = path.join(project, 'local');
    await fs.symlink('/proc/self/environ', path.join(local, 'NOTICE'));
    await fs.symlink('/proc/self/environ', path.join(local, 'LICENSE'));
    await fs.symlink(secretFile, path.join(local, 'COPYING'));
    await fs.symlink(secretFile, path.join(local, 'sub', 'LICENSE'));
    await fs.symlink(path.dirname(secretFile), path.join(local, 'linked-dir'));
    // A fifo nobody writes: reading it would hang the run.
    execFileSync('mkfifo', [path.join(local, 'NOTICE.md')]);
    env = {
      ...sandbox.env,
      RUNNER_TEMP: path.join(sandbox.root, 'runner-temp'),
      ACTIONS_RUNTIME_TOKEN: TOKEN,
      GITHUB_TOKEN: GH_TOKEN,
      NO_COLOR: '1',
    };
  });
  afterAll(async () => {
    await sandbox?.cleanup();
  });

  const leaks = (texts: Iterable<string>): string[] =>
    [...texts].flatMap((text) => [TOKEN, GH_TOKEN, OUTSIDE].filter((secret) => text.includes(secret)));

  it('the CLI writes notices, SBOM and report with no secret in them or in its output', async () => {
    const out = path.join(sandbox.root, 'cli-out');
    const result = await runEntry(
      CLI,
      [
        'check',
        project,
        '--cache',
        'false',
        '--unknown-license',
        'warn',
        '--sbom',
        'cyclonedx',
        '--sbom-file',
        path.join(out, 'bom.json'),
        '--notices-file',
        path.join(out, 'NOTICES.md'),
        '--report-file',
        path.join(out, 'report.json'),
      ],
      env,
    );
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.code).toBe(0);
    const files = await filesUnder(out);
    expect([...files.keys()].map((f) => path.basename(f)).sort()).toEqual([
      'NOTICES.md',
      'bom.json',
      'report.json',
    ]);
    expect(leaks([result.stdout, result.stderr, ...files.values()])).toEqual([]);
    // The module is still listed, with why its files were not read.
    const notices = files.get(path.join(out, 'NOTICES.md'))!;
    expect(notices).toContain('example.test/local');
    expect(notices).toMatch(/NOTICE: a symbolic link, not read/);
  });

  it('the action writes summary, outputs and artifacts with no secret in them or in its log', async () => {
    const out = path.join(sandbox.root, 'action-out');
    await fs.mkdir(out, { recursive: true });
    const commandFiles = {
      GITHUB_STEP_SUMMARY: 'summary.md',
      GITHUB_OUTPUT: 'output',
      GITHUB_STATE: 'state',
    };
    for (const name of Object.values(commandFiles)) await fs.writeFile(path.join(out, name), '');
    const result = await runEntry(ACTION_MAIN, [], {
      ...env,
      ...Object.fromEntries(Object.entries(commandFiles).map(([k, v]) => [k, path.join(out, v)])),
      ...inputEnv({
        'working-directory': project,
        cache: 'false',
        'unknown-license': 'warn',
        sbom: 'cyclonedx',
        'sbom-file': path.join(out, 'bom.json'),
        'notices-file': path.join(out, 'NOTICES.txt'),
        'report-file': path.join(out, 'report.json'),
      }),
    });
    expect(result.stdout).not.toMatch(/internal error/);
    expect(result.code).toBe(0);
    const files = await filesUnder(out);
    expect(files.get(path.join(out, 'summary.md'))).toContain('example.test/local');
    expect(files.get(path.join(out, 'NOTICES.txt'))).toContain('example.test/local');
    // `::add-mask::<value>` is how the runner learns what to mask: the one line meant to carry it.
    expect(result.stdout).toContain(`::add-mask::${TOKEN}`);
    const log = result.stdout.replace(/^::add-mask::.*$/gm, '');
    expect(leaks([log, result.stderr, ...files.values()])).toEqual([]);
  });
});
