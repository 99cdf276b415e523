import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';

/** The CLI and the action's main step from source, as a user runs them (tsx), no network. */
export const CLI = path.resolve('src/cli.ts');
export const ACTION_MAIN = path.resolve('src/main.ts');

export interface EntryResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node --import tsx <file> ...args` in its own process group; killed after timeoutMs. */
export function runEntry(
  file: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  timeoutMs = 60_000,
): Promise<EntryResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
      env,
      cwd: process.cwd(),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code: code ?? (signal ? -1 : 0),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/** The action's inputs as the runner passes them (INPUT_<NAME>). */
export function inputEnv(inputs: Record<string, string>): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
  );
}

/**
 * A main module that imports one module replaced by a local directory (`replace => ./<dir>`):
 * no proxy, no checksum database, nothing fetched. Returns the project directory.
 */
export async function localReplaceProject(
  root: string,
  localDir: string,
  localFiles: Record<string, string> = {},
  options: { readonly imported?: boolean; readonly name?: string } = {},
): Promise<string> {
  const project = path.join(root, options.name ?? 'project');
  const local = path.join(project, localDir);
  await fs.mkdir(local, { recursive: true });
  await fs.writeFile(
    path.join(project, 'go.mod'),
    `module example.test/app\n\ngo 1.22\n\nrequire example.test/local v0.0.0\n\nreplace example.test/local => ${JSON.stringify(`./${localDir}`)}\n`,
  );
  // go list -deps refuses a package directory with control characters: such a module stays unimported.
  const imports = options.imported === false ? '' : 'import _ "example.test/local"\n\n';
  await fs.writeFile(path.join(project, 'main.go'), `package main\n\n${imports}func main() {}\n`);
  await fs.writeFile(path.join(local, 'go.mod'), 'module example.test/local\n\ngo 1.22\n');
  await fs.writeFile(path.join(local, 'local.go'), 'package local\n');
  for (const [name, text] of Object.entries(localFiles)) {
    await fs.mkdir(path.dirname(path.join(local, name)), { recursive: true });
    await fs.writeFile(path.join(local, name), text);
  }
  return project;
}

/** Every file under dir (recursively), with its text; a missing dir gives none. */
export async function filesUnder(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out.set(file, await fs.readFile(file, 'utf8'));
  }
  return out;
}
