import type { CacheBackend } from '../cache/backend.js';
import type { Config } from '../config/config.js';
import type { RunnerFacts } from '../config/runner-facts.js';
import { Deadline } from '../deadline.js';
import { boundedRunner } from '../go/bounded-runner.js';
import type { GoRunner } from '../go/go-command.js';
import type { Logger } from '../logger.js';
import type { Redactor } from '../report/redact.js';

/** How the edges give the pipeline a cache: the backend, and where main hands state to post. */
export interface PipelineCache {
  readonly backend: CacheBackend;
  readonly localDir?: string;
  /** Where the entry's file list goes for the save (under the runner's temp dir); the save removes it. */
  readonly listFile: string;
  /** Receives the state for the post step (core.saveState), or for the CLI's immediate save. */
  readonly onState: (state: Record<string, string>) => void | Promise<void>;
}

/** Everything the pipeline touches outside itself, passed in so tests use the real thing or a seam. */
export interface PipelineIO {
  readonly runGo: GoRunner;
  /** The environment the job runs in (process.env at the edges): what the child `go` and git inherit. */
  readonly env: NodeJS.ProcessEnv;
  /** The runner's facts (temp dir, workspace, event), read once by the edge: steps read these, never env. */
  readonly runner: RunnerFacts;
  readonly logger: Logger;
  readonly redactor: Redactor;
  readonly now: () => number;
  /** The module cache's backend and the hand-over to the post step; absent = no cache. */
  readonly cache?: PipelineCache;
  /** The run's cancellation (src/cancel.ts): kills `go`, stops between steps. */
  readonly signal?: AbortSignal;
  /** The run's one deadline (set by withRunBounds): no step starts work past it. */
  readonly deadline?: Deadline;
}

/** What every step may read: the parsed inputs, the IO seams (the runner's facts among them), and where the project is. */
export interface StepContext {
  readonly config: Config;
  readonly io: PipelineIO;
  /** The working directory, absolute. */
  readonly cwd: string;
  readonly startedAt: number;
}

/**
 * The IO every step gets: `go` held to one deadline for the whole run, fixed now (each command
 * gets what is left of `timeout`, never a fresh one), and to the run's cancellation.
 */
export function withRunBounds(io: PipelineIO, timeoutMs: number): PipelineIO {
  // The edge may have fixed it already: the cache backend holds its calls to the same one.
  const deadline = io.deadline ?? new Deadline(timeoutMs, io.now);
  return { ...io, deadline, runGo: boundedRunner(io.runGo, { deadline, signal: io.signal }) };
}
