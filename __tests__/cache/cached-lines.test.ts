import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { moduleCachePaths } from '../../src/cache/module-path.js';
import { parseGoSum } from '../../src/go/go-sum.js';
import { linesFromCache } from '../../src/cache/cached-lines.js';
import { buildListModule } from '../../test-support/build-list-module.js';
import {
  fixtureModule,
  moduleGoMod,
  moduleZip,
  type FixtureModule,
} from '../../test-support/fixture-modules.js';
import { entryForModule, recordText } from '../../test-support/sumdb-server.js';

// The lines a warm run computes from the module cache for graph-only modules go.sum leaves out:
// the same hashes go mod download would add (as the test database holds them), and others for
// altered files, so the checksum step sees the alteration as a mismatch.
describe('go.sum lines computed from the module cache', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
  });

  async function cacheWith(modules: FixtureModule[], zips = true): Promise<string> {
    const gomodcache = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-cached-lines-'));
    dirs.push(gomodcache);
    for (const m of modules) {
      const { vDir, base } = moduleCachePaths(gomodcache, m);
      await fs.mkdir(vDir, { recursive: true });
      await fs.writeFile(`${base}.mod`, moduleGoMod(m));
      if (zips) await fs.writeFile(`${base}.zip`, moduleZip(m));
    }
    return gomodcache;
  }

  const graphOnly = fixtureModule({
    path: 'example.test/Graph-only',
    version: 'v1.2.0+incompatible',
    license: 'MIT',
  });
  const named = fixtureModule({ path: 'example.test/named', version: 'v1.0.0', license: 'MIT' });

  it('hashes the .mod and the .zip of each module version go.sum does not name, as go does', async () => {
    const gomodcache = await cacheWith([graphOnly, named]);
    const goSum = parseGoSum(recordText(entryForModule(named)), 'go.sum');
    const modules = [
      buildListModule('example.test/app', '', { main: true }),
      buildListModule(graphOnly.path, graphOnly.version),
      buildListModule(named.path, named.version),
      buildListModule('example.test/local', '', { replace: { kind: 'local', dir: './local' } }),
      // Not a path the cache can hold (go list would not print it): skipped, never a crash.
      buildListModule('example.test/../escape', 'v1.0.0'),
    ];
    const lines = await linesFromCache(gomodcache, modules, goSum);
    const expected = entryForModule(graphOnly);
    expect(lines.map((l) => [l.path, l.version, l.hash])).toEqual([
      [graphOnly.path, `${graphOnly.version}/go.mod`, expected.goModHash],
      [graphOnly.path, graphOnly.version, expected.zipHash],
    ]);
    expect(lines[0].file).toMatch(
      /example\.test\/!graph-only\/@v\/v1\.2\.0\+incompatible \(module cache, not in go\.sum\)$/,
    );
  });

  it('gives an altered go.mod another hash, and a module without a zip its go.mod line only', async () => {
    const gomodcache = await cacheWith([graphOnly], false);
    const { base } = moduleCachePaths(gomodcache, graphOnly);
    await fs.appendFile(`${base}.mod`, 'require example.test/evil v1.0.0\n');
    const lines = await linesFromCache(gomodcache, [buildListModule(graphOnly.path, graphOnly.version)], []);
    expect(lines).toHaveLength(1);
    expect(lines[0].version).toBe(`${graphOnly.version}/go.mod`);
    expect(lines[0].hash).not.toBe(entryForModule(graphOnly).goModHash);
  });
});
