import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

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

/** Polls `condition` (at most `tries` times, 50 ms apart); an event to wait for, not a timing. */
export async function eventually(condition: () => Promise<boolean> | boolean, tries = 600): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await condition()) return;
    await sleep(50);
  }
  throw new Error('the awaited condition never held');
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
