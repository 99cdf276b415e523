import { describe, expect, it } from '@jest/globals';
import { StallTimer } from '../../src/goproxy/stall-timer.js';
import { FakeClock } from '../../test-support/fake-clock.js';

describe('StallTimer', () => {
  it('fires once no bytes came for the whole stall time, counted from the last byte', () => {
    const clock = new FakeClock();
    const fired: number[] = [];
    const timer = new StallTimer(1000, () => fired.push(clock.now()), clock);
    const start = clock.now();
    timer.touch();
    clock.advance(600);
    timer.touch();
    clock.advance(999);
    expect(fired).toEqual([]);
    clock.advance(1);
    expect(fired).toEqual([start + 1600]);
    clock.advance(5000);
    expect(fired).toHaveLength(1);
  });

  it('does not run while paused (we wait on our side), and starts afresh on the next byte', () => {
    const clock = new FakeClock();
    let fired = 0;
    const timer = new StallTimer(1000, () => fired++, clock);
    timer.touch();
    clock.advance(900);
    timer.pause();
    clock.advance(10_000);
    expect(fired).toBe(0);
    timer.touch();
    clock.advance(999);
    expect(fired).toBe(0);
    clock.advance(1);
    expect(fired).toBe(1);
  });

  it('never fires once stopped', () => {
    const clock = new FakeClock();
    let fired = 0;
    const timer = new StallTimer(1000, () => fired++, clock);
    timer.touch();
    timer.stop();
    clock.advance(10_000);
    expect(fired).toBe(0);
    expect(clock.pendingTimers).toBe(0);
  });
});
