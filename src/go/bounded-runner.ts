import type { Deadline } from '../deadline.js';
import type { GoRunner } from './go-command.js';

/**
 * Holds every `go` command to the run's one deadline (what is left of it, never a fresh timeout)
 * and to its cancellation, so no command outlives the run.
 */
export function boundedRunner(
  run: GoRunner,
  bounds: { readonly deadline: Deadline; readonly signal?: AbortSignal },
): GoRunner {
  return (args, options) =>
    run(args, {
      ...options,
      timeoutMs: Math.min(options.timeoutMs ?? Infinity, bounds.deadline.remainingMs()),
      signal: options.signal ?? bounds.signal,
    });
}
