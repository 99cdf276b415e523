import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { checkCacheIntegrity, hashExtractedTree } from '../../src/cache/integrity.js';
import { moduleCachePaths } from '../../src/cache/module-path.js';
import { purgeModuleVersion } from '../../src/cache/purge.js';
import { parseGoSum, type GoSumLine } from '../../src/go/go-sum.js';
import { hashZip, readZipDirectory } from '../../src/go/zip-reader.js';
import { fixtureModule, standardGraph } from '../../test-support/fixture-modules.js';
import { type FixtureProxy, startFixtureProxy } from '../../test-support/fixture-proxy.js';
import { createFixtureProject, createGoSandbox, type GoSandbox } from '../../test-support/go-sandbox.js';

/** Every file under a directory with its SHA-256, to show what a purge left alone. */
async function snapshot(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (dir: string): Promise<void> => {
    for (const e of await fs.readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else
        out.set(
          path.relative(root, full),
          createHash('sha256')
            .update(await fs.readFile(full))
            .digest('hex'),
        );
    }
  };
  await walk(root);
  return out;
}

describe('the module cache integrity check on a cache the real go filled', () => {
  const graph = standardGraph();
  const old = fixtureModule({ path: 'example.test/old', version: 'v0.9.0', license: 'MIT' });
  let proxy: FixtureProxy;
  let sandbox: GoSandbox;
  let project: string;
  let gomodcache: string;
  let goSum: GoSumLine[];

  const go = (args: string[], env: Record<string, string> = {}) =>
    sandbox.go(args, { cwd: project, env: { GOPROXY: proxy.url, GOSUMDB: 'off', ...env } });

  beforeAll(async () => {
    proxy = await startFixtureProxy([...graph.modules, old]);
    sandbox = await createGoSandbox();
    project = await createFixtureProject(sandbox, graph, proxy.url);
    gomodcache = sandbox.env.GOMODCACHE as string;
    goSum = parseGoSum(await fs.readFile(path.join(project, 'go.sum'), 'utf8'), 'go.sum');
    const download = await go(['mod', 'download', 'all']);
    if (download.code !== 0) throw new Error(download.stderr);
  });

  afterAll(async () => {
    await proxy?.close();
    await sandbox?.cleanup();
  });

  it('verifies every module go downloaded, with the same zip hashes go computed', async () => {
    const result = await checkCacheIntegrity({ gomodcache, goSum });
    expect(result.polluted).toEqual([]);
    const zipped = result.modules.filter((m) => m.status === 'verified').map((m) => `${m.path}@${m.version}`);
    expect(zipped.sort()).toEqual(graph.modules.map((m) => `${m.path}@${m.version}`).sort());
    for (const m of graph.modules) {
      const paths = moduleCachePaths(gomodcache, m);
      const ziphash = (await fs.readFile(`${paths.base}.ziphash`, 'utf8')).trim();
      expect(hashZip(await fs.readFile(`${paths.base}.zip`))).toBe(ziphash);
      expect(await hashExtractedTree(paths.extracted, m)).toBe(ziphash);
    }
  });

  it("names a modified tree's files when only the zip's h1 was kept (a restore's or a landed zip's)", async () => {
    const line = goSum.find((l) => l.path === 'example.test/beta' && !l.version.endsWith('/go.mod'));
    if (!line) throw new Error('no zip line for example.test/beta');
    const beta = { path: line.path, version: line.version };
    const paths = moduleCachePaths(gomodcache, beta);
    const zipFile = path.relative(gomodcache, `${paths.base}.zip`).split(path.sep).join('/');
    const [goFile] = (await fs.readdir(paths.extracted)).filter((name) => name.endsWith('.go'));
    const file = path.join(paths.extracted, goFile);
    const original = await fs.readFile(file);
    await fs.chmod(file, 0o644);
    await fs.appendFile(file, '// tampered\n');
    try {
      const named = `dir has been modified: changed ${beta.path}@${beta.version}/${goFile}`;
      for (const given of [
        { zipHashes: new Map([[zipFile, line.hash]]) },
        { zipDigests: new Map([[zipFile, Promise.resolve(line.hash)]]) },
      ]) {
        const result = await checkCacheIntegrity({ gomodcache, goSum, modules: [beta], ...given });
        expect(result.polluted.map((m) => m.problems)).toEqual([
          [expect.objectContaining({ kind: 'extracted-tree-modified', detail: named })],
        ]);
      }
    } finally {
      await fs.writeFile(file, original);
    }
  });

  it('finds a changed byte in one cached zip and a changed file in one extracted tree, and purges only those two', async () => {
    const upper = { path: 'example.test/Upper', version: 'v1.2.0' };
    const alpha = { path: 'example.test/alpha', version: 'v1.0.0' };
    const upperPaths = moduleCachePaths(gomodcache, upper);
    const alphaPaths = moduleCachePaths(gomodcache, alpha);
    expect(upperPaths.base).toContain(`${path.sep}!upper${path.sep}@v${path.sep}v1.2.0`);

    // One byte of a stored entry's data (go.mod is short, so it is stored, not deflated).
    const zip = Buffer.from(await fs.readFile(`${upperPaths.base}.zip`));
    const goModEntry = readZipDirectory(zip).find((e) => e.name.endsWith('/go.mod'));
    if (!goModEntry) throw new Error('no go.mod in the zip');
    zip[goModEntry.localHeaderOffset + 30 + Buffer.byteLength(goModEntry.name) + 2] ^= 0x01;
    await fs.writeFile(`${upperPaths.base}.zip`, zip);
    const alphaFile = path.join(alphaPaths.extracted, 'alpha.go');
    await fs.chmod(alphaFile, 0o644);
    await fs.appendFile(alphaFile, '// tampered\n');

    // go itself agrees on the extracted tree.
    const verify = await go(['mod', 'verify']);
    expect(verify.code).toBe(1);
    expect(verify.stdout + verify.stderr).toContain('example.test/alpha v1.0.0: dir has been modified');

    const result = await checkCacheIntegrity({ gomodcache, goSum });
    const polluted = Object.fromEntries(result.polluted.map((m) => [`${m.path}@${m.version}`, m.problems]));
    expect(Object.keys(polluted).sort()).toEqual(['example.test/Upper@v1.2.0', 'example.test/alpha@v1.0.0']);
    expect(polluted['example.test/Upper@v1.2.0'].map((p) => p.kind)).toContain('zip-unreadable');
    expect(polluted['example.test/alpha@v1.0.0']).toEqual([
      expect.objectContaining({
        kind: 'extracted-tree-modified',
        file: 'example.test/alpha@v1.0.0',
        detail: 'dir has been modified: changed example.test/alpha@v1.0.0/alpha.go',
      }),
    ]);

    const before = await snapshot(gomodcache);
    const removed = [
      ...(await purgeModuleVersion(gomodcache, upper)),
      ...(await purgeModuleVersion(gomodcache, alpha)),
    ];
    expect(removed).toEqual(
      expect.arrayContaining([
        'cache/download/example.test/!upper/@v/v1.2.0.zip',
        'cache/download/example.test/!upper/@v/v1.2.0.ziphash',
        'cache/download/example.test/!upper/@v/v1.2.0.mod',
        'cache/download/example.test/!upper/@v/v1.2.0.info',
        'example.test/!upper@v1.2.0',
        'example.test/alpha@v1.0.0',
        'cache/download/example.test/alpha/@v/v1.0.0.zip',
      ]),
    );
    const after = await snapshot(gomodcache);
    const gone = [...before.keys()].filter((f) => !after.has(f));
    expect(gone.every((f) => f.includes('!upper') || f.includes('alpha'))).toBe(true);
    expect(gone.some((f) => f.includes('beta') || f.includes('gamma') || f.includes('delta'))).toBe(false);
    for (const [file, digest] of after) expect(before.get(file)).toBe(digest);
    // The list files of the purged modules stay: they are not per version.
    expect(after.has(path.join('cache', 'download', 'example.test', 'alpha', '@v', 'list'))).toBe(true);

    // go fetches the two purged modules again from the proxy, and only those.
    proxy.requests.length = 0;
    const again = await go(['mod', 'download', 'all']);
    expect(again.code).toBe(0);
    const fetched = new Set(proxy.requests.filter((r) => r.kind === 'zip').map((r) => r.module));
    expect([...fetched].sort()).toEqual(['example.test/Upper', 'example.test/alpha']);
    expect((await checkCacheIntegrity({ gomodcache, goSum })).polluted).toEqual([]);
    expect((await go(['mod', 'verify'])).stdout).toContain('all modules verified');
  });

  it('finds a cached .mod that differs from go.sum and a zip whose .ziphash was removed', async () => {
    const delta = moduleCachePaths(gomodcache, { path: 'example.test/delta', version: 'v0.3.0' });
    const beta = moduleCachePaths(gomodcache, { path: 'example.test/beta', version: 'v1.1.0' });
    await fs.appendFile(`${delta.base}.mod`, '// changed\n');
    await fs.rm(`${beta.base}.ziphash`);
    const result = await checkCacheIntegrity({ gomodcache, goSum });
    const kinds = Object.fromEntries(result.polluted.map((m) => [m.path, m.problems.map((p) => p.kind)]));
    expect(kinds).toEqual({
      'example.test/delta': ['mod-differs-from-go-sum'],
      'example.test/beta': ['ziphash-missing'],
    });
    for (const m of result.polluted) await purgeModuleVersion(gomodcache, m);
    expect((await go(['mod', 'download', 'all'])).code).toBe(0);
    expect((await checkCacheIntegrity({ gomodcache, goSum })).polluted).toEqual([]);
  });
});
