import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { StallTimer } from '../../src/goproxy/stall-timer.js';

describe('StallTimer', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('fires once no bytes came for the whole stall time, counted from the last byte', () => {
    const fired: number[] = [];
    const timer = new StallTimer(1000, () => fired.push(performance.now()));
    const start = performance.now();
    timer.touch();
    jest.advanceTimersByTime(600);
    timer.touch();
    jest.advanceTimersByTime(999);
    expect(fired).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(fired).toEqual([start + 1600]);
    jest.advanceTimersByTime(5000);
    expect(fired).toHaveLength(1);
  });

  it('does not run while paused (we wait on our side), and starts afresh on the next byte', () => {
    let fired = 0;
    const timer = new StallTimer(1000, () => fired++);
    timer.touch();
    jest.advanceTimersByTime(900);
    timer.pause();
    jest.advanceTimersByTime(10_000);
    expect(fired).toBe(0);
    timer.touch();
    jest.advanceTimersByTime(999);
    expect(fired).toBe(0);
    jest.advanceTimersByTime(1);
    expect(fired).toBe(1);
  });

  it('never fires once stopped', () => {
    let fired = 0;
    const timer = new StallTimer(1000, () => fired++);
    timer.touch();
    timer.stop();
    jest.advanceTimersByTime(10_000);
    expect(fired).toBe(0);
  });
});
