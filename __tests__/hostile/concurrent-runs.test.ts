import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import type { GoSandbox } from '../../test-support/go-sandbox.js';
import { CLI, runEntry } from './cli-harness.js';

// Runs that share a machine (two jobs on one self-hosted runner, a laptop): 2, then 4 CLI runs at
// once on one cache dir and one GOMODCACHE. Nothing is lost, nothing rewritten needlessly, every
// verdict is right.
interface RunReport {
  status: string;
  findings: { message: string }[];
  cache: {
    hit: string;
    purged: unknown[];
    restoreError?: string;
    save?: { saved: boolean; replaced?: boolean };
  };
}

describe('concurrent runs on one cache dir and one GOMODCACHE', () => {
  let world: FixtureWorld;
  let sandbox: GoSandbox;
  let cacheDir: string;
  let run = 0;

  beforeAll(async () => {
    world = await startFixtureWorld();
    sandbox = await world.freshSandbox();
    cacheDir = path.join(sandbox.root, 'warden-cache');
  });
  afterAll(async () => {
    await world?.close();
  });

  async function runsAtOnce(count: number, gomodcache: string): Promise<RunReport[]> {
    const runs = Array.from({ length: count }, async () => {
      const report = path.join(sandbox.root, 'reports', `run-${++run}.json`);
      const result = await runEntry(
        CLI,
        [
          'check',
          world.project,
          `--proxy=${world.proxy.url}`,
          `--sumdb=${world.sumdb.gosumdb}`,
          '--cache-backend=local',
          `--cache-dir=${cacheDir}`,
          '--unknown-license=warn',
          `--report-file=${report}`,
        ],
        { ...sandbox.env, GOMODCACHE: gomodcache, NO_COLOR: '1' },
        100_000,
      );
      expect(result.stderr).not.toMatch(/internal error/);
      expect(result.code).toBe(0);
      return JSON.parse(await fs.readFile(report, 'utf8')) as RunReport;
    });
    return Promise.all(runs);
  }

  /** passed, or the findings that say why not (a failure names them). */
  const outcome = (r: RunReport) =>
    r.status === 'passed' ? 'passed' : `${r.status}: ${JSON.stringify(r.findings)}`;

  const entryDirs = async () => (await fs.readdir(path.join(cacheDir, 'entries'))).sort();

  async function goModVerify(gomodcache: string): Promise<void> {
    const verify = await sandbox.go(['mod', 'verify'], {
      cwd: world.project,
      env: { GOMODCACHE: gomodcache, GOPROXY: 'off', GOFLAGS: '-modcacherw -mod=mod' },
    });
    expect(verify.stdout + verify.stderr).toContain('all modules verified');
  }

  it('2 cold runs save one entry; 4 warm runs restore it at once, purge nothing and rewrite nothing', async () => {
    const shared = path.join(sandbox.root, 'modcache-1');
    const cold = await runsAtOnce(2, shared);
    for (const r of cold) expect(outcome(r)).toBe('passed');
    const entries = await entryDirs();
    expect(entries).toHaveLength(1);
    await goModVerify(shared);

    // 4 at once into one empty GOMODCACHE: every one an exact hit, nothing purged, no save.
    const fresh = path.join(sandbox.root, 'modcache-2');
    const warm = await runsAtOnce(4, fresh);
    for (const r of warm) {
      expect(outcome(r)).toBe('passed');
      expect(r.cache.hit).toBe('exact');
      expect(r.cache.restoreError).toBeUndefined();
      expect(r.cache.purged).toEqual([]);
      expect(r.cache.save?.saved ?? false).toBe(false);
    }
    expect(await entryDirs()).toEqual(entries);
    await goModVerify(fresh);

    // Warm exact hits on a GOMODCACHE that already holds every file: still nothing rewritten.
    const again = await runsAtOnce(2, fresh);
    for (const r of again) {
      expect(outcome(r)).toBe('passed');
      expect(r.cache.hit).toBe('exact');
      expect(r.cache.save?.saved ?? false).toBe(false);
    }
    expect(await entryDirs()).toEqual(entries);
    await goModVerify(fresh);
  }, 600_000);
});
