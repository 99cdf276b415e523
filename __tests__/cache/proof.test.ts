import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { moduleCachePaths } from '../../src/cache/module-path.js';
import { provenModules } from '../../src/cache/proof.js';
import type { BuildListModule } from '../../src/go/build-list.js';
import { parseGoSum, type GoSumLine } from '../../src/go/go-sum.js';
import { standardGraph } from '../../test-support/fixture-modules.js';
import { startDownloadedProject, type DownloadedProject } from '../../test-support/downloaded-project.js';

/** Which module versions may go into an entry, on a module cache the real go filled. */
describe('provenModules', () => {
  const graph = standardGraph();
  let downloaded: DownloadedProject;
  let gomodcache: string;
  let buildList: BuildListModule[];
  let goSum: GoSumLine[];

  beforeAll(async () => {
    downloaded = await startDownloadedProject(graph);
    ({ gomodcache, buildList } = downloaded);
    goSum = parseGoSum(await fs.readFile(path.join(downloaded.project, 'go.sum'), 'utf8'), 'go.sum');
  });
  afterAll(async () => {
    await downloaded?.close();
  });

  it('takes database-verified and private modules whose files match go.sum; leaves out everything else, with the reason', async () => {
    // A private module whose .ziphash is gone is not consistent: not proven.
    await fs.rm(
      `${moduleCachePaths(gomodcache, { path: 'example.test/delta', version: 'v0.3.0' }).base}.ziphash`,
    );
    const status: Record<string, string> = {
      'example.test/alpha': 'verified',
      'example.test/beta': 'private',
      'example.test/Upper': 'verified-offline',
      'example.test/gamma/v2': 'unchecked',
      'example.test/delta': 'private',
    };
    const proof = await provenModules({
      gomodcache,
      buildList,
      checksums: buildList.map((m) => ({
        path: m.path,
        version: m.version,
        status: status[m.path] ?? 'not-applicable',
        detail: m.path === 'example.test/gamma/v2' ? 'database unreachable' : undefined,
      })),
      goSum,
    });
    expect(proof.proven.map((m) => m.path).sort()).toEqual([
      'example.test/Upper',
      'example.test/alpha',
      'example.test/beta',
    ]);
    expect(proof.leftOut).toEqual(
      expect.arrayContaining([
        {
          module: 'example.test/gamma/v2@v2.1.0',
          reason: "checksum status 'unchecked' (database unreachable): not proven",
        },
        { module: 'example.test/delta@v0.3.0', reason: expect.stringMatching(/\.ziphash file is missing/) },
      ]),
    );
    expect(proof.leftOut).toHaveLength(2);
  });

  it.each(['mismatch', 'no-record', 'missing-from-go-sum', 'something new'])(
    "never takes a module whose checksum status is '%s'",
    async (status) => {
      const proof = await provenModules({
        gomodcache,
        buildList,
        checksums: buildList.map((m) => ({ path: m.path, version: m.version, status })),
        goSum,
      });
      expect(proof.proven).toEqual([]);
    },
  );
});
