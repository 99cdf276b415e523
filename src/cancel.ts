import { WardenError } from './errors.js';

/** The signals that cancel a run (GitHub sends SIGINT, then SIGTERM ~7.5 s later, then SIGKILL). */
export type CancelSignal = 'SIGINT' | 'SIGTERM';

/** The shell convention: 128 + the signal's number. */
export const EXIT_CODE_ON: Readonly<Record<CancelSignal, number>> = { SIGINT: 130, SIGTERM: 143 };

/** A step stopped because the run was cancelled: the report is partial and says so. */
export class CancelledError extends WardenError {
  readonly by: CancelSignal;
  constructor(by: CancelSignal) {
    super('infrastructure', `cancelled by ${by}: the steps after this point did not run`);
    this.by = by;
  }
}

/**
 * A run's cancellation token: the edges cancel it on a signal; `go` runs (through `signal`) and
 * the pipeline (between steps) observe it. Only the first signal counts.
 */
export class Cancellation {
  readonly #controller = new AbortController();
  #by: CancelSignal | undefined;

  /** Aborted on cancel; its reason is the CancelledError. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** The signal that cancelled the run, if one did. */
  get by(): CancelSignal | undefined {
    return this.#by;
  }

  /** Returns false when the run was already cancelled. */
  cancel(by: CancelSignal): boolean {
    if (this.#by) return false;
    this.#by = by;
    this.#controller.abort(new CancelledError(by));
    return true;
  }
}

/** Throws the CancelledError once `signal` is aborted by a Cancellation. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledReason(signal);
}

/** The CancelledError an aborted signal carries (a plain abort counts as SIGINT). */
export function cancelledReason(signal: AbortSignal): CancelledError {
  return signal.reason instanceof CancelledError ? signal.reason : new CancelledError('SIGINT');
}
