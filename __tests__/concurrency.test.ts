import { describe, expect, it } from '@jest/globals';
import { Limiter, mapLimit } from '../src/concurrency.js';

/** Tasks that finish only when the test says so, counting how many run at once. */
function gatedTasks() {
  let running = 0;
  let most = 0;
  const gates: (() => void)[] = [];
  const task = async (value: number): Promise<number> => {
    running++;
    most = Math.max(most, running);
    await new Promise<void>((resolve) => gates.push(resolve));
    running--;
    return value * 10;
  };
  const settle = async (): Promise<void> => {
    // Open gates one by one until nothing is waiting; each release may start the next task.
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve));
      const gate = gates.shift();
      if (!gate) return;
      gate();
    }
  };
  return { task, settle, started: () => gates.length, most: () => most };
}

describe('mapLimit, the one bounded pool', () => {
  it('runs at most `limit` tasks at once and keeps the order of the items', async () => {
    const { task, settle, started, most } = gatedTasks();
    const done = mapLimit([1, 2, 3, 4, 5, 6, 7], 3, task);
    await new Promise((resolve) => setImmediate(resolve));
    expect(started()).toBe(3);
    await settle();
    expect(await done).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(most()).toBe(3);
  });

  it('rejects with the first failure', async () => {
    await expect(
      mapLimit([1, 2, 3], 2, async (n) => {
        if (n === 2) throw new Error('two failed');
        return n;
      }),
    ).rejects.toThrow('two failed');
  });

  it('refuses a limit below one', () => {
    expect(() => new Limiter(0)).toThrow('concurrency must be at least 1, got 0');
  });
});
