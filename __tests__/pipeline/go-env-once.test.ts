import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { LocalBackend } from '../../src/cache/local-backend.js';
import { MemoryLogger } from '../../src/logger.js';
import { runWarden } from '../../src/run.js';
import { installGoWrapper, type GoWrapper } from '../../test-support/go-wrapper.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import type { GoSandbox } from '../../test-support/go-sandbox.js';

/**
 * GOMODCACHE is read once (`go env` in the environment step) and handed down: the SBOM and the
 * notices read module zips from the module cache the run used, without asking `go env` again.
 * The real go runs behind a wrapper on PATH that logs every invocation.
 */
describe('go env, run once per run', () => {
  let world: FixtureWorld;
  let sandbox: GoSandbox;
  let go: GoWrapper;

  beforeAll(async () => {
    world = await startFixtureWorld();
    sandbox = await world.freshSandbox();
    go = await installGoWrapper(sandbox);
  });
  afterAll(async () => {
    await world?.close();
  });

  it('writes the SBOM and the notices from the GOMODCACHE the environment step read', async () => {
    const out = path.join(sandbox.root, 'out');
    await fs.mkdir(out, { recursive: true });
    const { report } = await runWarden(
      {
        'working-directory': world.project,
        proxy: world.proxy.url,
        sumdb: `${world.sumdb.verifierKey} ${world.sumdb.url}`,
        'license-allow': 'MIT, Apache-2.0, BSD-3-Clause, ISC',
        cache: 'false',
        sbom: 'cyclonedx',
        'sbom-file': path.join(out, 'bom.cdx.json'),
        'notices-file': path.join(out, 'NOTICES.txt'),
        'report-file': path.join(out, 'report.json'),
      },
      { ...sandbox.env, PATH: go.path, RUNNER_TEMP: out },
      new MemoryLogger(),
      { cacheBackend: (_kind, dir) => new LocalBackend(dir) },
    );
    expect(report.status).toBe('passed');
    const invocations = await go.invocations();
    expect(invocations.filter((args) => /^env\b/.test(args))).toHaveLength(1);
    // The SBOM still carries each module's zip digest, read from that module cache.
    const bom = JSON.parse(await fs.readFile(path.join(out, 'bom.cdx.json'), 'utf8')) as {
      components: { name: string; hashes?: { alg: string }[] }[];
    };
    const fetched = bom.components.filter((c) => c.name !== 'example.test/local'); // a local replace: no zip
    expect(fetched.length).toBe(5);
    expect(fetched.filter((c) => !(c.hashes ?? []).some((h) => h.alg === 'SHA-256'))).toEqual([]);
    await expect(fs.readFile(path.join(out, 'NOTICES.txt'), 'utf8')).resolves.toMatch(/MIT|Apache/);
  });
});
