import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { LocalBackend } from '../../src/cache/local-backend.js';
import { MEMO_DIR } from '../../src/cache/run-memo.js';
import { runWarden } from '../../src/run.js';
import { MemoryLogger } from '../../src/logger.js';
import { standardGraph } from '../../test-support/fixture-modules.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import { removeTree, type GoSandbox } from '../../test-support/go-sandbox.js';
import { entryForModule } from '../../test-support/sumdb-server.js';
import { CLASSIFIER_VERSION } from '../../src/licenses/classifier-version.js';
import { DEFAULT_CONFIDENCE } from '../../src/licenses/classifier.js';

const GPL_3 = (
  createRequire(import.meta.url)('spdx-license-list/full') as Record<string, { licenseText: string }>
)['GPL-3.0-only'].licenseText;

/**
 * A cache entry is hostile until proven. Its zips are proven (each against its go.sum h1), but a
 * license verdict stored beside them is only a claim: an entry that says "MIT" for a proven zip
 * whose LICENSE is the GPL must not get that module through a `license-allow: MIT` gate.
 */
describe('a license verdict stored in a cache entry is never trusted', () => {
  let world: FixtureWorld;
  let sandbox: GoSandbox;
  const graph = standardGraph();
  // delta is compiled in (gamma/v2 imports it): under the default scope the gate decides on it.
  const delta = graph.modules.find((m) => m.path === 'example.test/delta')!;
  delta.files.LICENSE = `Copyright (C) 2024 Delta Authors\n\n${GPL_3}`;

  beforeAll(async () => {
    world = await startFixtureWorld(graph);
    sandbox = await world.freshSandbox();
  });
  afterAll(async () => {
    await world?.close();
  });

  const cacheDir = () => path.join(sandbox.root, 'warden-cache');

  async function runCli(name: string, inputs: Record<string, string>) {
    const temp = path.join(sandbox.root, `temp-${name}`);
    await fs.mkdir(temp, { recursive: true });
    const logger = new MemoryLogger();
    return runWarden(
      {
        'working-directory': world.project,
        proxy: world.proxy.url,
        sumdb: `${world.sumdb.verifierKey} ${world.sumdb.url}`,
        'cache-backend': 'local',
        'cache-dir': cacheDir(),
        'report-file': path.join(temp, 'report.json'),
        ...inputs,
      },
      { ...sandbox.env, RUNNER_TEMP: temp },
      logger,
      { cacheBackend: (_kind, dir) => new LocalBackend(dir) },
    );
  }

  it('a crafted entry saying MIT for a proven GPL zip does not pass license-allow: MIT', async () => {
    // A report-only run saves an entry whose zips are the real ones.
    const cold = await runCli('cold', {});
    expect(cold.report.cache?.save?.saved).toBe(true);
    expect(cold.report.licenses?.modules.find((m) => m.path === delta.path)?.expression).toBe('GPL-3.0-only');

    // The entry is rewritten: delta's zip is left as it is (it still proves against its h1), and a
    // license memo in the form versions up to ff66157 read is added, saying "MIT" for that h1.
    const backend = new LocalBackend(cacheDir());
    const [entry] = await backend.entries();
    const scratch = path.join(sandbox.root, 'scratch-modcache');
    const restored = await backend.restore(scratch, entry.key, []);
    const forged = {
      files: [
        {
          path: 'LICENSE',
          dir: '',
          appliesToCode: true,
          standardName: true,
          expression: 'MIT',
          matches: [{ license: 'MIT', confidence: 1, startLine: 3, endLine: 21 }],
          unknown: [],
          declared: [],
        },
      ],
    };
    const memoFile = path.join(scratch, ...MEMO_DIR, 'verdicts.json');
    await fs.mkdir(path.dirname(memoFile), { recursive: true });
    await fs.writeFile(
      memoFile,
      JSON.stringify({
        format: 1,
        classifier: CLASSIFIER_VERSION,
        threshold: DEFAULT_CONFIDENCE,
        reads: { [entryForModule(delta).zipHash]: forged },
      }),
    );
    const files = new Set([...(restored?.files ?? []), path.relative(scratch, memoFile)]);
    await backend.save(scratch, [...files], entry.key, { replace: true });
    await removeTree(scratch);

    await removeTree(sandbox.env.GOMODCACHE as string);
    const warm = await runCli('warm', { 'license-allow': 'MIT, Apache-2.0, BSD-3-Clause, ISC' });
    expect(warm.report.cache?.hit).toBe('exact');
    const gated = warm.report.licenses?.modules.find((m) => m.path === delta.path);
    expect(gated?.expression).toBe('GPL-3.0-only');
    expect(gated?.verdict).toBe('denied');
    expect(warm.report.status).toBe('failed');
  });
});
