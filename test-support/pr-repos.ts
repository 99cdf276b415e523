import { createRequire } from 'node:module';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fixtureModule, goModFile, mainSource, type FixtureModule } from './fixture-modules.js';
import { run, type GoSandbox } from './go-sandbox.js';

const GPL3 = (
  createRequire(import.meta.url)('spdx-license-list/full') as Record<string, { licenseText: string }>
)['GPL-3.0-only'].licenseText;

/**
 * The modules of a pull request that adds `example.test/added` (MIT), updates `example.test/upd`
 * from v1.0.0 (MIT) to v1.1.0 (GPL-3.0-only) and removes `example.test/removed` (ISC);
 * `example.test/keep` (BSD-3-Clause) is in both.
 */
export function pullRequestModules(): FixtureModule[] {
  const upd = fixtureModule({ path: 'example.test/upd', version: 'v1.1.0' });
  upd.files.LICENSE = GPL3.endsWith('\n') ? GPL3 : `${GPL3}\n`;
  upd.license = 'GPL-3.0-only';
  return [
    fixtureModule({ path: 'example.test/keep', version: 'v1.0.0', license: 'BSD-3-Clause' }),
    fixtureModule({ path: 'example.test/upd', version: 'v1.0.0', license: 'MIT' }),
    upd,
    fixtureModule({ path: 'example.test/added', version: 'v1.0.0', license: 'MIT' }),
    fixtureModule({ path: 'example.test/removed', version: 'v0.1.0', license: 'ISC' }),
  ];
}

export interface PullRequestRepos {
  /** The bare repository both commits were pushed to (`origin`; fetching by commit id allowed, as on GitHub). */
  origin: string;
  /** A depth-1 clone of the head, as actions/checkout makes it: the base commit is not in it. */
  clone: string;
  base: string;
  head: string;
}

async function git(sandbox: GoSandbox, cwd: string, args: string[]): Promise<string> {
  const res = await run('git', args, { cwd, env: sandbox.env, timeoutMs: 30_000 });
  if (res.code !== 0) throw new Error(`git ${args.join(' ')} failed (exit ${res.code}):\n${res.stderr}`);
  return res.stdout.trim();
}

/** Base and head of the pull request, each tidied by the real `go mod tidy` against the fixture proxy. */
export async function createPullRequestRepos(
  sandbox: GoSandbox,
  proxyUrl: string,
): Promise<PullRequestRepos> {
  const work = await sandbox.writeProject('pr-work', {});
  const project = async (requires: Record<string, string>) => {
    await fs.rm(path.join(work, 'go.sum'), { force: true });
    await sandbox.writeProject(work, {
      'go.mod': goModFile('example.test/prapp', requires),
      'main.go': mainSource(Object.keys(requires)),
    });
    const tidy = await sandbox.go(['mod', 'tidy'], {
      cwd: work,
      env: { GOPROXY: proxyUrl, GOSUMDB: 'off', GOFLAGS: '-modcacherw -mod=mod' },
    });
    if (tidy.code !== 0) throw new Error(`go mod tidy failed:\n${tidy.stderr}`);
  };
  await git(sandbox, work, ['init', '-q']);
  await project({
    'example.test/keep': 'v1.0.0',
    'example.test/upd': 'v1.0.0',
    'example.test/removed': 'v0.1.0',
  });
  await git(sandbox, work, ['add', '-A']);
  await git(sandbox, work, ['commit', '-qm', 'base']);
  const base = await git(sandbox, work, ['rev-parse', 'HEAD']);
  await project({
    'example.test/keep': 'v1.0.0',
    'example.test/upd': 'v1.1.0',
    'example.test/added': 'v1.0.0',
  });
  await git(sandbox, work, ['add', '-A']);
  await git(sandbox, work, ['commit', '-qm', 'head']);
  const head = await git(sandbox, work, ['rev-parse', 'HEAD']);
  const origin = path.join(sandbox.root, 'pr-origin.git');
  await git(sandbox, sandbox.root, ['clone', '-q', '--bare', work, origin]);
  await git(sandbox, origin, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
  const clone = path.join(sandbox.root, 'pr-clone');
  await git(sandbox, sandbox.root, ['clone', '-q', '--depth=1', `file://${origin}`, clone]);
  return { origin, clone, base, head };
}

/** A pull_request event payload naming the base commit, as GITHUB_EVENT_PATH points to it. */
export async function writePullRequestEvent(dir: string, base: string, head: string): Promise<string> {
  const file = path.join(dir, 'event.json');
  await fs.writeFile(
    file,
    JSON.stringify({
      action: 'synchronize',
      number: 7,
      pull_request: { number: 7, base: { ref: 'main', sha: base }, head: { ref: 'feature', sha: head } },
    }),
  );
  return file;
}
