import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FixtureGraph } from './fixture-modules.js';

export interface GoRunOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Kill the `go` process group after this many ms (default 120000); the result then has code -1. */
  timeoutMs?: number;
}

export interface GoRunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A throw-away Go environment: its own GOPATH, GOMODCACHE, GOCACHE, HOME and git config. */
export interface GoSandbox {
  root: string;
  /** A complete environment for `go`: PATH from the parent, everything else pinned to the sandbox. */
  env: NodeJS.ProcessEnv;
  go(args: string[], opts?: GoRunOptions): Promise<GoRunResult>;
  /** Writes files (relative `/`-separated names) under `dir` (relative to root, or absolute); returns the absolute dir. */
  writeProject(dir: string, files: Record<string, string>): Promise<string>;
  /** Makes everything writable again (the module cache is read-only without -modcacherw) and removes root. */
  cleanup(): Promise<void>;
}

export interface GoSandboxOptions {
  /** Use this module cache instead of one inside the sandbox (shared between sandboxes, not removed by cleanup). */
  gomodcache?: string;
  /**
   * The build cache: by default one shared by every sandbox in os.tmpdir() (content-addressed, safe to
   * share; it saves compiling the standard library in every test), `'private'` for one inside the sandbox.
   */
  gocache?: string | 'private';
}

/** The build cache shared by sandboxes (GOCACHE never holds modules, so sharing it keeps tests hermetic). */
export function sharedGoCache(): string {
  return path.join(os.tmpdir(), `gmw-test-gocache-${os.userInfo().uid}`);
}

/** Runs a command and collects its output; kills its process group after timeoutMs. */
export function run(
  command: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<GoRunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: opts.cwd,
      env: opts.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, opts.timeoutMs ?? 120_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString('utf8');
      resolve({
        code: timedOut ? -1 : (code ?? -1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: timedOut ? `${stderr}\n[killed after ${opts.timeoutMs ?? 120_000} ms]` : stderr,
      });
    });
  });
}

async function makeWritable(p: string): Promise<void> {
  let st;
  try {
    st = await fs.lstat(p);
  } catch {
    return;
  }
  if (st.isSymbolicLink()) return;
  await fs.chmod(p, st.mode | 0o200 | (st.isDirectory() ? 0o100 : 0));
  if (st.isDirectory()) {
    for (const name of await fs.readdir(p)) await makeWritable(path.join(p, name));
  }
}

/** Removes a directory tree even when `go` left it read-only. */
export async function removeTree(p: string): Promise<void> {
  await makeWritable(p);
  await fs.rm(p, { recursive: true, force: true });
}

async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, ...name.split('/'));
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, content);
  }
}

/** Creates a sandbox in os.tmpdir(). Call cleanup() in afterAll. */
export async function createGoSandbox(options: GoSandboxOptions = {}): Promise<GoSandbox> {
  const root = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-sandbox-')));
  const dirs = { GOPATH: 'gopath', GOMODCACHE: 'gomodcache', GOCACHE: 'gocache', HOME: 'home' } as const;
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin' };
  for (const [key, dir] of Object.entries(dirs)) {
    env[key] = path.join(root, dir);
    await fs.mkdir(env[key] as string, { recursive: true });
  }
  if (options.gocache !== 'private') {
    env.GOCACHE = options.gocache ?? sharedGoCache();
    await fs.mkdir(env.GOCACHE, { recursive: true });
  }
  if (options.gomodcache) {
    env.GOMODCACHE = options.gomodcache;
    await fs.mkdir(options.gomodcache, { recursive: true });
  }
  // Telemetry off (what `go telemetry off` writes): a go still exiting after the sandbox is removed
  // must not recreate $HOME/.config/go/telemetry under it.
  const telemetry = path.join(env.HOME as string, '.config', 'go', 'telemetry');
  await fs.mkdir(telemetry, { recursive: true });
  await fs.writeFile(path.join(telemetry, 'mode'), 'off\n');
  const gitConfig = path.join(root, 'gitconfig');
  await fs.writeFile(
    gitConfig,
    '[user]\n\tname = Fixture\n\temail = fixture@example.test\n[init]\n\tdefaultBranch = main\n',
  );
  Object.assign(env, {
    TMPDIR: os.tmpdir(),
    GOENV: path.join(root, 'go.env'),
    GOFLAGS: '-modcacherw',
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
    GOSUMDB: 'off',
    GONOSUMDB: '',
    GONOPROXY: '',
    GOPRIVATE: '',
    GOINSECURE: '',
    GOVCS: '',
    GOWORK: 'off',
    CGO_ENABLED: '0',
    GIT_CONFIG_GLOBAL: gitConfig,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    // Tests never leave the machine: anything go or git would fetch from a non-loopback host
    // (a `|direct` fallback, a go-get lookup) goes to a proxy that refuses at once, so there is
    // not even a DNS lookup; loopback traffic bypasses it.
    HTTPS_PROXY: 'http://127.0.0.1:9',
    HTTP_PROXY: 'http://127.0.0.1:9',
    NO_PROXY: '127.0.0.1,localhost',
  });

  return {
    root,
    env,
    go(args, opts = {}) {
      return run('go', args, {
        cwd: opts.cwd ?? root,
        env: { ...env, ...opts.env },
        timeoutMs: opts.timeoutMs,
      });
    },
    async writeProject(dir, files) {
      const abs = path.resolve(root, dir);
      await fs.mkdir(abs, { recursive: true });
      await writeFiles(abs, files);
      return abs;
    },
    async cleanup() {
      await removeTree(root);
    },
  };
}

let projectCounter = 0;

/**
 * Writes the graph's main module (go.mod, main.go, the `./local` replacement) into a new directory
 * of the sandbox and runs the real `go mod tidy` against the fixture proxy (GOSUMDB=off), so that
 * go.mod and go.sum are completed by `go` itself. Returns the project directory.
 */
export async function createFixtureProject(
  sandbox: GoSandbox,
  graph: FixtureGraph,
  proxyUrl: string,
  dirName?: string,
): Promise<string> {
  const dir = await sandbox.writeProject(dirName ?? `project-${++projectCounter}`, {
    'go.mod': graph.main.goMod,
    ...graph.main.files,
  });
  const tidy = await sandbox.go(['mod', 'tidy'], {
    cwd: dir,
    env: { GOPROXY: proxyUrl, GOSUMDB: 'off', GOFLAGS: '-modcacherw -mod=mod' },
  });
  if (tidy.code !== 0) throw new Error(`go mod tidy failed in ${dir} (exit ${tidy.code}):\n${tidy.stderr}`);
  return dir;
}
