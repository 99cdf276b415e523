import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { LocalBackend } from '../../src/cache/local-backend.js';
import { moduleCachePaths } from '../../src/cache/module-path.js';
import { MemoryLogger } from '../../src/logger.js';
import { runWarden } from '../../src/run.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import { removeTree, type GoSandbox } from '../../test-support/go-sandbox.js';

/**
 * A cold run hashes each zip go places in the module cache as it lands (or, for the last ones,
 * beside the checks after priming), so the save's proof takes those digests instead of reading
 * every zip again at the end of the run. A zip changed after it was hashed is read again by the
 * proof, and a changed zip that no longer matches go.sum stays out of the entry.
 */
describe('the save proves the zips hashed as they landed', () => {
  let world: FixtureWorld;
  let sandbox: GoSandbox;

  beforeAll(async () => {
    world = await startFixtureWorld();
    sandbox = await world.freshSandbox();
  });
  afterAll(async () => {
    await world?.close();
  });

  const gomodcache = () => sandbox.env.GOMODCACHE as string;
  // The modules the cache holds a zip of (not the main module, not a directory replacement).
  const zipped = () => world.graph.modules.filter((m) => m.path !== 'example.test/local');

  async function coldRun(name: string, logger: MemoryLogger) {
    await removeTree(gomodcache());
    const temp = path.join(sandbox.root, `temp-${name}`);
    await fs.mkdir(temp, { recursive: true });
    const { report } = await runWarden(
      {
        'working-directory': world.project,
        proxy: world.proxy.url,
        sumdb: `${world.sumdb.verifierKey} ${world.sumdb.url}`,
        'license-allow': 'MIT, Apache-2.0, BSD-3-Clause, ISC',
        'cache-backend': 'local',
        'cache-dir': path.join(sandbox.root, `cache-${name}`),
        'report-file': path.join(temp, 'report.json'),
      },
      { ...sandbox.env, RUNNER_TEMP: temp },
      logger,
      { cacheBackend: (_kind, dir) => new LocalBackend(dir) },
    );
    return { report, text: logger.lines.join('\n') };
  }

  it('reads no zip again when none changed since it landed', async () => {
    const { report, text } = await coldRun('clean', new MemoryLogger());
    expect(report.status).toBe('passed');
    expect(text).toContain(
      `Proof for the save: ${zipped().length} zips read as they landed and unchanged since (${zipped().length} the very bytes the relay proved, 0 hashed in full), 0 to read again`,
    );
    expect(report.cache?.leftOut ?? []).toEqual([]);
  });

  it('reads a zip changed after it landed again, and leaves it out of the entry', async () => {
    const victim = zipped()[0];
    class ChangingLogger extends MemoryLogger {
      override async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
        // After priming (every zip landed and was taken for hashing), before the save's proof.
        if (title === 'Licenses') {
          const zip = `${moduleCachePaths(gomodcache(), victim).base}.zip`;
          const bytes = await fs.readFile(zip);
          bytes[Math.floor(bytes.length / 2)] ^= 0xff;
          await fs.chmod(zip, 0o644);
          await fs.rm(zip);
          await fs.writeFile(zip, bytes);
        }
        return super.group(title, fn);
      }
    }
    const { report, text } = await coldRun('changed', new ChangingLogger());
    // Changed after it was read as it landed: read again by the proof; changed before: hashed in
    // full then. Either way it does not prove.
    expect(text).toMatch(/Proof for the save: .*( [1-9]\d* hashed in full\), 0|, 1) to read again/);
    expect(report.cache?.leftOut?.map((l) => l.module)).toEqual([`${victim.path}@${victim.version}`]);
  });
});
