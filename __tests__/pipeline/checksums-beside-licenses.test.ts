import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { LocalBackend } from '../../src/cache/local-backend.js';
import { MemoryLogger } from '../../src/logger.js';
import { runWarden } from '../../src/run.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import type { GoSandbox } from '../../test-support/go-sandbox.js';

/**
 * The checksum step waits on the network (the database's tree and tiles) and the license step on
 * the CPU: they run side by side, so a run costs the longer of the two, not their sum. Shown at the
 * server: the checksum database answers nothing until the license step has begun. If the steps ran
 * one after the other, the checksum step would wait for answers that never come before licenses,
 * and the run would call the database unreachable.
 */
describe('the checksum step runs beside the license step', () => {
  let world: FixtureWorld;
  let sandbox: GoSandbox;

  beforeAll(async () => {
    world = await startFixtureWorld();
    sandbox = await world.freshSandbox();
  });
  afterAll(async () => {
    await world?.close();
  });

  it('verifies every module with answers the database gives only once licenses are being read', async () => {
    let releasedBy = '';
    let release!: (by: string) => void;
    world.sumdb.tamper.hold = new Promise<void>((resolve) => {
      release = (by) => {
        releasedBy ||= by;
        resolve();
      };
    });
    // So that the run on a sequential pipeline ends (with the database called unreachable)
    // rather than waiting for ever: a bound, not a timing.
    const fallback = setTimeout(() => release('fallback'), 20_000);
    class GateLogger extends MemoryLogger {
      override async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
        if (title === 'Licenses') release('licenses');
        return super.group(title, fn);
      }
    }
    try {
      const { report } = await runWarden(
        {
          'working-directory': world.project,
          proxy: world.proxy.url,
          sumdb: `${world.sumdb.verifierKey} ${world.sumdb.url}`,
          'license-allow': 'MIT, Apache-2.0, BSD-3-Clause, ISC',
          // The held answers must not count as a slow database.
          'latency-budget': '60s',
          timeout: '5m',
          cache: 'false',
          'report-file': path.join(sandbox.root, 'report.json'),
        },
        sandbox.env,
        new GateLogger(),
        { cacheBackend: (_kind, dir) => new LocalBackend(dir) },
      );
      expect(releasedBy).toBe('licenses');
      expect(report.checksums?.mismatched).toBe(0);
      expect(report.checksums?.unchecked).toEqual([]);
      expect(report.checksums?.verified).toBe(report.checksums?.checkable);
      expect(report.checksums?.verified).toBeGreaterThan(0);
      expect(report.status).toBe('passed');
    } finally {
      clearTimeout(fallback);
      world.sumdb.tamper.hold = undefined;
    }
  });
});
