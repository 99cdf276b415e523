/**
 * The memory settings a run starts with, and the re-execution that applies them. Node 24 (the
 * action's runtime) lets V8's young generation grow to 2 × 64 MiB (Node 20: 2 × 16), and glibc's
 * malloc gives each thread its own arena: on prometheus's warm hit (418 modules) the step peaked
 * at 372-453 MiB of RSS on Node 24 where Node 20 peaked near 280.
 * Neither can be changed once the process runs (v8.setFlagsFromString does not resize the young
 * generation; glibc reads its tunables at start), so the step re-executes itself in place, same
 * pid and streams, with them set: measured there, 249-265 MiB warm against 372-453 (with
 * restores that keep only each zip's h1), 297-345 cold against 408-462.
 */

/** Set in the re-executed process (and a user's opt-out: `GO_MODULE_WARDEN_REEXEC=0`). */
export const REEXEC_MARK = 'GO_MODULE_WARDEN_REEXEC';

/**
 * A 1 MiB semi-space: the young objects of a run are short-lived strings and zip wrappers, and a
 * larger one only delayed their collection (no cost in time measured; each halving from 4 MiB
 * to 1 MiB took 20-25 MiB off the warm hit's peak).
 */
export const V8_FLAGS = ['--max-semi-space-size=1'] as const;

/**
 * glibc's: two arenas, so the digest worker and libuv's threads share one instead of each
 * growing its own to its high-water mark; and a fixed mmap threshold. Left dynamic, glibc raises
 * it to the size of each large buffer freed (a 2 MiB zip window, a 10 MiB entry), and from then
 * on the relay's held bodies and windows come from the main heap, which fragments and never
 * shrinks: prometheus's cold run on node24 peaked at 349-364 MiB with the young generation and
 * arenas capped, its main heap 204 MiB of it; 297 with the threshold fixed, and less system time.
 */
export const MALLOC_SETTINGS: Readonly<Record<string, string>> = {
  MALLOC_ARENA_MAX: '2',
  MALLOC_MMAP_THRESHOLD_: '131072',
};

/** What to run instead of this process: node with the settings, the same script and arguments. */
export interface Reexec {
  readonly file: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

export interface ProcessFacts {
  readonly platform: string;
  readonly execPath: string;
  readonly execArgv: readonly string[];
  /** process.argv: node, the script, then the arguments. */
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  /** process.execve exists (Node 22.15 / 23.11 and later, not on Windows). */
  readonly canExecve: boolean;
}

/**
 * The re-execution that applies V8_FLAGS and MALLOC_SETTINGS, or undefined when it is done
 * already, refused (REEXEC_MARK set), impossible (no execve), or every setting is the user's
 * own: a flag given in NODE_OPTIONS or on node's command line, a malloc variable already set.
 */
export function memoryReexec(facts: ProcessFacts): Reexec | undefined {
  if (!facts.canExecve || facts.env[REEXEC_MARK] !== undefined) return undefined;
  if (facts.platform !== 'linux' && facts.platform !== 'darwin') return undefined;
  // V8 takes its flags with `_` or `-` alike (`--max_semi_space_size`).
  const given = `${facts.env.NODE_OPTIONS ?? ''} ${facts.execArgv.join(' ')}`.replaceAll('_', '-');
  const flags = V8_FLAGS.filter((flag) => !given.includes(flag.slice(0, flag.indexOf('='))));
  const malloc = Object.entries(MALLOC_SETTINGS).filter(([name]) => facts.env[name] === undefined);
  if (flags.length === 0 && malloc.length === 0) return undefined;
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(facts.env)) if (value !== undefined) env[name] = value;
  for (const [name, value] of malloc) env[name] = value;
  // The mark names what was added, so the new process can take it out of what its children see.
  env[REEXEC_MARK] = malloc.map(([name]) => name).join(',') || '1';
  // Node's own flags first, then the user's (a later flag wins), then the script and its arguments.
  return {
    file: facts.execPath,
    args: [facts.execPath, ...flags, ...facts.execArgv, ...facts.argv.slice(1)],
    env,
  };
}

/**
 * In the re-executed process: the malloc variables it added are taken out of the environment
 * again (glibc has read them), so `go`, git and the user's tools run with the environment the
 * user gave. The mark stays: a child node never re-executes.
 */
export function forgetAddedSettings(env: Record<string, string | undefined>): void {
  for (const name of (env[REEXEC_MARK] ?? '').split(',')) if (name in MALLOC_SETTINGS) delete env[name];
}

type Execve = (file: string, args: readonly string[], env: Record<string, string>) => never;

/**
 * Re-executes this process with the memory settings when memoryReexec says so (it then never
 * returns); else, or when execve fails, the run goes on as it is. Called first, before the
 * pipeline's modules load.
 */
export function applyMemorySettings(): void {
  const execve = (process as { execve?: Execve }).execve;
  const plan = memoryReexec({
    platform: process.platform,
    execPath: process.execPath,
    execArgv: process.execArgv,
    argv: process.argv,
    env: process.env,
    canExecve: typeof execve === 'function',
  });
  if (plan && execve) {
    try {
      execve.call(process, plan.file, plan.args, { ...plan.env });
    } catch {
      // Not applied (a seccomp filter, a vanished binary): the defaults only cost memory.
    }
  }
  forgetAddedSettings(process.env);
}
