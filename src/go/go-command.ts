import { spawn, type ChildProcess } from 'node:child_process';
import { cancelledReason } from '../cancel.js';
import { InfrastructureError } from '../errors.js';

export interface GoRunOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /**
   * Kills the whole process group (go and its git/VCS children) after this long; 0 (the run's
   * deadline has passed) does not start go at all and answers as a timeout.
   */
  readonly timeoutMs?: number;
  /** Receives stdout as it arrives (for the streaming JSON parsers). */
  readonly onStdout?: (chunk: string) => void;
  /** The run's cancellation (src/cancel.ts): kills the process group and rejects with its CancelledError. */
  readonly signal?: AbortSignal;
  /** Called when the watchdog fires, just before the kill (to record what go was waiting on). */
  readonly onTimeout?: () => void;
}

export interface GoRunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** True when the watchdog killed it. */
  readonly timedOut: boolean;
}

/** Runs the `go` binary. The seam the pipeline takes as a parameter. */
export type GoRunner = (args: readonly string[], options: GoRunOptions) => Promise<GoRunResult>;

/**
 * Spawns `go` in its own process group so the watchdog can kill go together with the git
 * processes it started (go has no per-request timeout: golang/go#28194).
 */
export const spawnGo: GoRunner = (args, options) =>
  new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(cancelledReason(options.signal));
    if (options.timeoutMs !== undefined && options.timeoutMs <= 0) {
      options.onTimeout?.();
      return resolve({ code: -1, stdout: '', stderr: '', timedOut: true });
    }
    const child = spawn('go', args, {
      cwd: options.cwd,
      env: options.env,
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const watchdog = child.pid === undefined ? undefined : startOrphanWatchdog(child.pid);
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const killGroup = () => {
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const kill = () => {
      timedOut = true;
      killGroup();
    };
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            options.onTimeout?.();
            kill();
          }, options.timeoutMs);
    options.signal?.addEventListener('abort', killGroup, { once: true });
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      options.onStdout?.(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      stopWatchdog(watchdog);
      options.signal?.removeEventListener('abort', killGroup);
      if (error.code === 'ENOENT') {
        reject(
          new InfrastructureError(
            "the 'go' command was not found on PATH; add actions/setup-go before this step (or install Go and put it on PATH)",
            { cause: error },
          ),
        );
      } else
        reject(
          new InfrastructureError(`could not run 'go ${args.join(' ')}': ${error.message}`, { cause: error }),
        );
    });
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      stopWatchdog(watchdog);
      options.signal?.removeEventListener('abort', killGroup);
      if (options.signal?.aborted) return reject(cancelledReason(options.signal));
      resolve({ code: code ?? -1, stdout, stderr, timedOut });
    });
  });

/**
 * go runs in its own process group (so its git children die with it), which also means it
 * outlives a SIGKILLed parent. This small shell, in a group of its own, waits on a pipe whose
 * only writer is us: when we die, however we die, the kernel closes it, `read` returns and the
 * shell kills go's group. Stopped (SIGKILL) when go exits normally, before its group id can be
 * reused. Not on Windows (no process groups there).
 */
function startOrphanWatchdog(pgid: number): ChildProcess | undefined {
  if (process.platform === 'win32') return undefined;
  try {
    const watchdog = spawn(
      '/bin/sh',
      ['-c', 'read _ignored; kill -9 "-$1" 2>/dev/null', 'warden-watchdog', String(pgid)],
      {
        stdio: ['pipe', 'ignore', 'ignore'],
        detached: true,
      },
    );
    watchdog.on('error', () => undefined);
    watchdog.stdin?.on('error', () => undefined);
    // Neither the shell nor its pipe keeps our event loop alive.
    watchdog.unref();
    (watchdog.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    return watchdog;
  } catch {
    return undefined;
  }
}

function stopWatchdog(watchdog: ChildProcess | undefined): void {
  if (!watchdog || watchdog.exitCode !== null) return;
  try {
    watchdog.kill('SIGKILL');
  } catch {
    // Already gone.
  }
  watchdog.stdin?.destroy();
}
