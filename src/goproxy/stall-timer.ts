import { type Clock, type ClockTimer, systemClock } from '../clock.js';

/**
 * Fires `onStall` once no `touch()` came for `ms` while running. One timer per body, re-armed
 * only when it fires early, rather than a clearTimeout and setTimeout for every chunk.
 */
export class StallTimer {
  private last = 0;
  private timer: ClockTimer | undefined;

  constructor(
    private readonly ms: number,
    private readonly onStall: () => void,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Bytes came: the stall clock starts again (and runs, if paused). */
  touch(): void {
    this.last = this.clock.now();
    if (!this.timer) this.arm(this.ms);
  }

  /** We are waiting on our side (backpressure), not on the upstream: the clock stops. */
  pause(): void {
    this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  stop(): void {
    this.pause();
  }

  private arm(ms: number): void {
    this.timer = this.clock.setTimeout(() => {
      const idle = this.clock.now() - this.last;
      if (idle >= this.ms) {
        this.timer = undefined;
        this.onStall();
      } else this.arm(this.ms - idle);
    }, ms);
  }
}
