import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';

/** Live processes whose environment holds `marker` (`NAME=value`), from /proc: `pid command`. */
export async function processesWithEnv(marker: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const environ = await fs.readFile(`/proc/${name}/environ`, 'latin1');
      const stat = await fs.readFile(`/proc/${name}/stat`, 'latin1');
      // A zombie (state Z) has exited; only its parent has not reaped it yet.
      const [, command, state] = /^\d+ \((.*)\) (\S)/.exec(stat) ?? [];
      if (environ.split('\0').includes(marker) && state !== 'Z') found.push(`${name} ${command}`);
    } catch {
      // Gone, or not ours to read.
    }
  }
  return found;
}

/** A child in its own process group, its output collected; `exited` resolves with its exit code. */
export function startChild(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout?.on('data', (d: Buffer) => (text += d.toString('utf8')));
  child.stderr?.on('data', (d: Buffer) => (text += d.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

/** Kills what is left of a process group (test clean-up only). */
export function killGroup(child: ChildProcess): void {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
