import { classifyGoFailure } from './go-errors.js';
import type { GoRunner } from './go-command.js';
import { JsonObjectStream } from './json-stream.js';

/** One object of `go mod download -json` (cmd/go/internal/modcmd/download.go moduleJSON). */
export interface DownloadedModule {
  readonly Path: string;
  readonly Version: string;
  readonly Error?: string;
  readonly Info?: string;
  readonly GoMod?: string;
  readonly Zip?: string;
  readonly Dir?: string;
  readonly Sum?: string;
  readonly GoModSum?: string;
}

export interface DownloadOutcome {
  readonly modules: readonly DownloadedModule[];
  readonly failed: readonly DownloadedModule[];
  readonly timedOut: boolean;
}

/**
 * Runs `go mod download -json all` (since Go 1.18 a bare `go mod download` fetches only direct
 * requirements). Modules are reported as go prints them; a failure of the whole command without
 * per-module errors (a broken module graph, a missing go.sum entry) is thrown as a typed error.
 */
export async function downloadAll(
  run: GoRunner,
  options: {
    cwd: string;
    env: NodeJS.ProcessEnv;
    timeoutMs: number;
    onModule?: (m: DownloadedModule) => void;
    onTimeout?: () => void;
    signal?: AbortSignal;
  },
): Promise<DownloadOutcome> {
  const modules: DownloadedModule[] = [];
  const stream = new JsonObjectStream<DownloadedModule>((module) => {
    modules.push(module);
    options.onModule?.(module);
  });
  const result = await run(['mod', 'download', '-json', 'all'], {
    cwd: options.cwd,
    env: options.env,
    timeoutMs: options.timeoutMs,
    onStdout: (chunk) => stream.push(chunk),
    onTimeout: options.onTimeout,
    signal: options.signal,
  });
  const failed = modules.filter((m) => m.Error !== undefined);
  if (result.timedOut) return { modules, failed, timedOut: true };
  stream.end();
  if (result.code !== 0 && failed.length === 0)
    throw classifyGoFailure('go mod download -json all', result.stderr);
  return { modules, failed, timedOut: false };
}
