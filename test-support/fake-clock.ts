import type { Clock, ClockTimer } from '../src/clock.js';

interface Pending {
  readonly id: number;
  at: number;
  readonly fn: () => void;
}

/**
 * A clock whose time moves only when a test says so: timers fire, in order, inside advance().
 * Deadlines, hedges, breaker cool-downs and stalls are then tested by what happened, never by
 * how long it took, and without sleeping.
 */
export class FakeClock implements Clock {
  private time: number;
  private nextId = 1;
  private readonly timers = new Map<number, Pending>();

  constructor(start = Date.UTC(2026, 0, 1)) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(fn: () => void, ms: number): ClockTimer {
    const id = this.nextId++;
    this.timers.set(id, { id, at: this.time + Math.max(0, ms), fn });
    return id as unknown as ClockTimer;
  }

  clearTimeout(timer: ClockTimer | undefined): void {
    if (timer !== undefined) this.timers.delete(timer as unknown as number);
  }

  /** Timers armed and not yet fired. */
  get pendingTimers(): number {
    return this.timers.size;
  }

  /** Moves time on by `ms`, firing every timer that falls due (also ones armed on the way). */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      let due: Pending | undefined;
      for (const t of this.timers.values())
        if (t.at <= end && (!due || t.at < due.at || (t.at === due.at && t.id < due.id))) due = t;
      if (!due) break;
      this.timers.delete(due.id);
      this.time = Math.max(this.time, due.at);
      due.fn();
    }
    this.time = end;
  }
}

/**
 * Real timers, but a time that can jump ahead: for tests with the real `go`, whose own requests
 * need real timers, where only a long wait (a breaker's cool-down) is skipped.
 */
export class JumpClock implements Clock {
  private offset = 0;
  now(): number {
    return Date.now() + this.offset;
  }
  setTimeout(fn: () => void, ms: number): ClockTimer {
    return setTimeout(fn, ms);
  }
  clearTimeout(timer: ClockTimer | undefined): void {
    clearTimeout(timer as NodeJS.Timeout | undefined);
  }
  jump(ms: number): void {
    this.offset += ms;
  }
}

/**
 * Real time, but every timer fires at once (on the next microtask), each wait recorded: for a
 * retry's back-off, checked by the delays asked for rather than by sleeping them.
 */
export class InstantClock implements Clock {
  /** The delays asked for, in order. */
  readonly waits: number[] = [];
  now(): number {
    return Date.now();
  }
  setTimeout(fn: () => void, ms: number): ClockTimer {
    this.waits.push(ms);
    queueMicrotask(fn);
    return 0 as unknown as ClockTimer;
  }
  clearTimeout(): void {}
}

/** The bounded wait (test-support/until.ts), kept here for the tests that import it from the clock. */
export { until } from './until.js';
