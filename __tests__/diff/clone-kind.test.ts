import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../../src/edges/cli-main.js';
import { startFixtureProxy, type FixtureProxy } from '../../test-support/fixture-proxy.js';
import { createGoSandbox, run, type GoSandbox } from '../../test-support/go-sandbox.js';
import {
  createPullRequestRepos,
  pullRequestModules,
  type PullRequestRepos,
} from '../../test-support/pr-repos.js';
import { entryForModule, startTestSumdb, type TestSumdb } from '../../test-support/sumdb-server.js';

// `compare-to` never changes the kind of clone the user has: on ff66157 a full clone became a
// shallow one (`git fetch --depth=1` of a base it lacked wrote .git/shallow). Only what is missing
// is fetched: a full clone stays full, a shallow one stays shallow (and is not deepened).
describe('compare-to keeps the kind of clone', () => {
  let proxy: FixtureProxy;
  let sumdb: TestSumdb;
  let sandbox: GoSandbox;
  let repos: PullRequestRepos;
  let scratch: string;

  const git = async (cwd: string, args: string[]): Promise<string> => {
    const res = await run('git', args, { cwd, env: sandbox.env, timeoutMs: 30_000 });
    if (res.code !== 0) throw new Error(`git ${args.join(' ')}: ${res.stderr}`);
    return res.stdout.trim();
  };

  beforeAll(async () => {
    const modules = pullRequestModules();
    proxy = await startFixtureProxy(modules);
    sumdb = await startTestSumdb(modules.map(entryForModule));
    sandbox = await createGoSandbox();
    repos = await createPullRequestRepos(sandbox, proxy.url);
    scratch = path.join(sandbox.root, 'scratch');
    await git(sandbox.root, ['clone', '-q', repos.origin, scratch]);
  });

  /** A commit only origin has (the base branch moved on after the clone): compare-to must fetch it. */
  async function baseMovedOn(label: string): Promise<string> {
    await git(scratch, ['checkout', '-q', repos.base]);
    await fs.writeFile(path.join(scratch, 'NOTES'), `the base moved on (${label})\n`);
    await git(scratch, ['add', 'NOTES']);
    await git(scratch, ['-c', 'user.name=t', '-c', 'user.email=t@example.test', 'commit', '-qm', label]);
    await git(scratch, ['push', '-q', 'origin', `HEAD:refs/heads/base-${label}`]);
    return git(scratch, ['rev-parse', 'HEAD']);
  }

  afterAll(async () => {
    await proxy?.close();
    await sumdb?.close();
    await sandbox?.cleanup();
  });

  async function checkAgainst(clone: string, newerBase: string): Promise<{ code: number; diff: unknown }> {
    const report = path.join(sandbox.root, `report-${path.basename(clone)}.json`);
    let output = '';
    const code = await runCli(
      [
        'check',
        clone,
        `--proxy=${proxy.url}`,
        `--sumdb=${sumdb.gosumdb}`,
        '--cache=false',
        `--compare-to=${newerBase}`,
        `--report-file=${report}`,
      ],
      { ...sandbox.env, NO_COLOR: '1' },
      { stdout: (t) => (output += t), stderr: (t) => (output += t), stdoutIsTTY: false },
    );
    expect(output).not.toMatch(/internal error/);
    const json = JSON.parse(await fs.readFile(report, 'utf8')) as { diff?: { base: unknown } };
    return { code, diff: json.diff?.base };
  }

  const shallow = async (clone: string) => git(clone, ['rev-parse', '--is-shallow-repository']);

  it('fetches the missing base into a full clone and leaves it full (no .git/shallow)', async () => {
    const clone = path.join(sandbox.root, 'full');
    await git(sandbox.root, ['clone', '-q', `file://${repos.origin}`, clone]);
    const commits = await git(clone, ['rev-list', '--count', 'HEAD']);
    const newerBase = await baseMovedOn('full');
    const { diff } = await checkAgainst(clone, newerBase);
    expect(diff).toEqual({ kind: 'git', ref: newerBase, commit: newerBase, fetched: true });
    await expect(fs.access(path.join(clone, '.git', 'shallow'))).rejects.toThrow();
    expect(await shallow(clone)).toBe('false');
    expect(await git(clone, ['rev-list', '--count', 'HEAD'])).toBe(commits);
  });

  it('fetches the missing base into a shallow clone at depth 1, neither deepening nor unshallowing it', async () => {
    const clone = path.join(sandbox.root, 'shallow');
    await git(sandbox.root, ['clone', '-q', '--depth=1', `file://${repos.origin}`, clone]);
    const newerBase = await baseMovedOn('shallow');
    const { diff } = await checkAgainst(clone, newerBase);
    expect(diff).toEqual({ kind: 'git', ref: newerBase, commit: newerBase, fetched: true });
    expect(await shallow(clone)).toBe('true');
    // Still only the head at depth 1; the base came alone, without its history.
    expect(await git(clone, ['rev-list', '--count', 'HEAD'])).toBe('1');
    expect(await git(clone, ['rev-list', '--count', newerBase])).toBe('1');
  });
});
