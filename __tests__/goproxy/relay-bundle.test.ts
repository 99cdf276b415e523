import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FixtureProxy } from '../../test-support/fixture-proxy.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import { run } from '../../test-support/go-sandbox.js';
import type { TestSumdb } from '../../test-support/sumdb-server.js';
import { copyDist } from '../../test-support/dist-copy.js';

// The relay where the bundle differs from the sources: ncc rewrites dynamic imports, and a
// file:// upstream's 404 once crashed there ("Cannot read properties of undefined (reading
// 'from')"). Runs the committed dist/cli from a copy outside the repository.
describe('the built CLI bundle with a file:// upstream', () => {
  let world: FixtureWorld;
  let proxy: FixtureProxy;
  let sumdb: TestSumdb;
  let distCopy = '';
  let emptyDir = '';

  beforeAll(async () => {
    distCopy = await copyDist();
    emptyDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-file-proxy-'));
    world = await startFixtureWorld();
    ({ proxy, sumdb } = world);
  });

  afterAll(async () => {
    await world?.close();
    for (const dir of [distCopy, emptyDir]) if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it('passes on from a file:// directory that has nothing (404 for every file) to the next upstream', async () => {
    const sandbox = await world.freshSandbox();
    const goproxy = `${pathToFileURL(emptyDir).href},${proxy.url}`;
    const result = await run(
      'node',
      [
        path.join(distCopy, 'cli', 'index.js'),
        'check',
        world.project,
        '--proxy',
        goproxy,
        '--sumdb',
        sumdb.gosumdb,
        '--json',
      ],
      { env: { ...sandbox.env, RUNNER_TEMP: sandbox.root } },
    );
    expect(result.stderr).not.toMatch(/Cannot read properties|internal error|\n\s+at /);
    expect(result.stdout).not.toMatch(/Cannot read properties/);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      status: string;
      proxy: { upstreams: { name: string; outcomes: Record<string, number> }[] };
    };
    expect(report.status).toBe('passed');
    expect(report.proxy.upstreams[0].name).toBe(`file:${emptyDir}`);
    expect(report.proxy.upstreams[0].outcomes['404']).toBeGreaterThan(0);
  });
});
