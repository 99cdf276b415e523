import fs from 'node:fs/promises';
import path from 'node:path';
import { type GoSandbox, run } from './go-sandbox.js';

export interface GitModuleRepoOptions {
  /** The fake host in the module path, e.g. `vcs.test`. */
  host: string;
  /** Repository name without `.git`, e.g. `lib` (the bare repository is `<repo>.git`). */
  repo: string;
  /** Module root inside the repository (tags are then `<subdir>/<version>`). */
  moduleSubdir?: string;
  /** Module path with the `.git` qualifier, e.g. `vcs.test/lib.git` or `vcs.test/lib.git/sub`. */
  modulePath: string;
  version: string;
  /** Files of the module (relative to the module root), including go.mod. */
  files: Record<string, string>;
}

export interface GitModuleRepo {
  /** The bare repository that `go` fetches from. */
  bareDir: string;
  /**
   * What `go` asks git for and records as Origin.URL: `https://<host>/<repo>` (go drops the `.git`
   * qualifier); insteadOf rewrites it to `file://…/<repo>`, and git finds `<repo>.git` by itself.
   */
  url: string;
  modulePath: string;
  version: string;
  tag: string;
  commit: string;
}

async function git(sandbox: GoSandbox, cwd: string, args: string[]): Promise<string> {
  const res = await run('git', args, { cwd, env: sandbox.env, timeoutMs: 30_000 });
  if (res.code !== 0)
    throw new Error(`git ${args.join(' ')} failed in ${cwd} (exit ${res.code}):\n${res.stderr}`);
  return res.stdout.trim();
}

async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}

/**
 * Creates (or adds a version to) a local git repository holding a Go module, tagged with the
 * version, and rewrites `https://<host>/` to it in the sandbox's global git config, so that `go` in
 * direct mode (GOPROXY=direct, GOPRIVATE=<host>, GOSUMDB=off) fetches it with the real `git`.
 * Calling it again for the same repo replaces the module's files in a new commit with a new tag.
 */
export async function createGitModuleRepo(
  sandbox: GoSandbox,
  options: GitModuleRepoOptions,
): Promise<GitModuleRepo> {
  const parent = path.join(sandbox.root, 'git', options.host);
  const bareDir = path.join(parent, `${options.repo}.git`);
  const workDir = path.join(sandbox.root, 'git-work', options.host, options.repo);
  const subdir = (options.moduleSubdir ?? '').replace(/^\/+|\/+$/g, '');
  const tag = subdir ? `${subdir}/${options.version}` : options.version;

  const isNew = !(await exists(workDir));
  if (isNew) {
    await fs.mkdir(workDir, { recursive: true });
    await git(sandbox, workDir, ['init', '-q', '-b', 'main']);
  }
  const moduleDir = path.join(workDir, ...(subdir ? subdir.split('/') : []));
  if (!isNew) {
    for (const name of await fs.readdir(moduleDir).catch(() => [] as string[])) {
      if (name !== '.git') await fs.rm(path.join(moduleDir, name), { recursive: true, force: true });
    }
  }
  for (const [name, content] of Object.entries(options.files)) {
    const file = path.join(moduleDir, ...name.split('/'));
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, content);
  }
  await git(sandbox, workDir, ['add', '-A']);
  await git(sandbox, workDir, [
    'commit',
    '-q',
    '--allow-empty',
    '-m',
    `${options.modulePath} ${options.version}`,
  ]);
  await git(sandbox, workDir, ['tag', tag]);
  const commit = await git(sandbox, workDir, ['rev-parse', 'HEAD']);

  if (isNew) {
    await fs.mkdir(parent, { recursive: true });
    await git(sandbox, parent, ['clone', '-q', '--bare', workDir, bareDir]);
  } else {
    await git(sandbox, workDir, ['push', '-q', bareDir, 'main', tag]);
  }

  const gitConfig = sandbox.env.GIT_CONFIG_GLOBAL;
  if (!gitConfig) throw new Error('the sandbox has no GIT_CONFIG_GLOBAL');
  const config = ['config', '--file', gitConfig];
  await git(sandbox, sandbox.root, [
    ...config,
    '--replace-all',
    `url.file://${parent}/.insteadOf`,
    `https://${options.host}/`,
  ]);
  await git(sandbox, sandbox.root, [...config, 'protocol.file.allow', 'always']);

  return {
    bareDir,
    url: `https://${options.host}/${options.repo}`,
    modulePath: options.modulePath,
    version: options.version,
    tag,
    commit,
  };
}

/** The environment for `go` to fetch `host` modules straight from git (no proxy, no checksum DB). */
export function directModeEnv(host: string): Record<string, string> {
  return { GOPROXY: 'direct', GOPRIVATE: host, GONOSUMDB: host, GONOPROXY: host, GOSUMDB: 'off' };
}

/**
 * A fixture module put into git where its path says: `vcs.test/lib.git` → repo `lib` on host
 * `vcs.test`; `vcs.test/mono.git/sub` → repo `mono`, module in subdirectory `sub`.
 */
export async function gitRepoFromModule(
  sandbox: GoSandbox,
  module: { path: string; version: string; files: Record<string, string> },
): Promise<GitModuleRepo> {
  const match = /^([^/]+)\/(.+?)\.git(?:\/(.+))?$/.exec(module.path);
  if (!match) throw new Error(`${module.path}: a git fixture module path is <host>/<repo>.git[/<subdir>]`);
  const [, host, repo, moduleSubdir] = match;
  return createGitModuleRepo(sandbox, {
    host,
    repo,
    moduleSubdir,
    modulePath: module.path,
    version: module.version,
    files: module.files,
  });
}
