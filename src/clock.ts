/**
 * The run's one clock type: the time source and timers of the relay and the checksum client,
 * injectable so that tests of deadlines, hedges, breakers, stalls and retry back-offs run on a
 * fake clock (test-support/fake-clock.ts) with no sleeps.
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  setTimeout(fn: () => void, ms: number): ClockTimer;
  clearTimeout(timer: ClockTimer | undefined): void;
}

/** An opaque timer handle. */
export type ClockTimer = { readonly __timer: unique symbol } | NodeJS.Timeout;

/** The real clock: Date.now and the event loop's timers. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (timer) => clearTimeout(timer as NodeJS.Timeout | undefined),
};

/** Waits `ms` on the clock's timers (a retry's back-off). */
export function sleep(clock: Clock, ms: number): Promise<void> {
  return new Promise((resolve) => clock.setTimeout(resolve, ms));
}

/** A clock reading `now` (the RelayOptions.now of older callers) with real timers. */
export function clockFrom(now: (() => number) | undefined, clock: Clock | undefined): Clock {
  if (clock) return clock;
  if (!now) return systemClock;
  return { ...systemClock, now };
}
