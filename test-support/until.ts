/** What `until` needs: how long it may wait, and how often it looks. */
export interface UntilOptions {
  /** Real milliseconds before it gives up with an error naming `what` (default 30 s). */
  readonly timeoutMs?: number;
  /** Real milliseconds between looks (default 2: a turn of the event loop, nearly). */
  readonly everyMs?: number;
  /** Names the awaited condition in the error. */
  readonly what?: string;
}

/**
 * Waits until `cond` holds: an event (I/O, a child's progress) to wait for, never a timing. It is
 * bounded, so a condition that never holds fails the test with its name rather than hanging it
 * until jest's timeout.
 */
export async function until(
  cond: () => boolean | Promise<boolean>,
  options: UntilOptions = {},
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const started = Date.now();
  while (!(await cond())) {
    if (Date.now() - started > timeoutMs)
      throw new Error(
        `until: ${options.what ?? 'the awaited condition'} did not hold within ${timeoutMs} ms`,
      );
    await new Promise((resolve) => setTimeout(resolve, options.everyMs ?? 2));
  }
}
