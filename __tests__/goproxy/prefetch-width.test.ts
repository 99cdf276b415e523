import { describe, expect, it } from '@jest/globals';
import { PrefetchWidth } from '../../src/goproxy/prefetch-width.js';

/**
 * Drives the width over a modelled link: each round, `width` files of `fileBytes` land in the time
 * the link takes at the rate `rateAt(width)` (bytes per second). Time is a plain number.
 */
function drive(rateAt: (width: number) => number, rounds: number, start = 4): PrefetchWidth {
  let now = 0;
  const w = new PrefetchWidth({ min: 2, max: 16, start, now: () => now });
  const fileBytes = 100_000;
  for (let r = 0; r < rounds; r++) {
    const width = w.current;
    now += (width * fileBytes * 1000) / rateAt(width);
    for (let i = 0; i < width; i++) w.landed(fileBytes);
  }
  return w;
}

describe('PrefetchWidth', () => {
  it('widens while throughput rises with the width (a latency-bound link), up to where it stops rising', () => {
    // Each file in flight adds 1 MB/s, up to 10 MB/s.
    const w = drive((width) => Math.min(width, 10) * 1_000_000, 40);
    expect(Math.max(...w.history)).toBeGreaterThanOrEqual(10);
    expect(w.current).toBeGreaterThanOrEqual(9);
    expect(w.current).toBeLessThanOrEqual(11);
  });

  it('narrows to the minimum on a saturated link, where more width only queues (about 5 MB/s whatever the width)', () => {
    const w = drive(() => 5_000_000, 60, 8);
    expect(w.current).toBeLessThanOrEqual(3);
    expect(Math.max(...w.history)).toBeLessThanOrEqual(9);
  });

  it('narrows again when the link gets thinner (10 MB/s latency-bound, then 4 MB/s whatever the width), within its bounds', () => {
    let round = 0;
    let now = 0;
    const w = new PrefetchWidth({ min: 2, max: 16, start: 4, now: () => now });
    for (; round < 100; round++) {
      const width = w.current;
      const rate = round < 30 ? Math.min(width, 10) * 1_000_000 : 4_000_000;
      now += (width * 100_000 * 1000) / rate;
      for (let i = 0; i < width; i++) w.landed(100_000);
      if (round === 29) expect(w.current).toBeGreaterThanOrEqual(9);
      expect(w.current).toBeGreaterThanOrEqual(2);
      expect(w.current).toBeLessThanOrEqual(16);
    }
    expect(w.current).toBeLessThanOrEqual(3);
  });

  it('keeps a fixed start between the bounds', () => {
    expect(new PrefetchWidth({ min: 2, max: 16, start: 40, now: () => 0 }).current).toBe(16);
  });
});
