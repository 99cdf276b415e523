import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseGoSum } from '../../src/go/go-sum.js';
import { MemoryLogger } from '../../src/logger.js';
import { likelyBuildListVersions, prefetchRecords } from '../../src/sumdb/prefetch-records.js';
import { parseSumdbSetting } from '../../src/module/sumdb-setting.js';
import type { SumdbClient } from '../../src/sumdb/client.js';
import { createChecksumClient, verifyChecksums } from '../../src/sumdb/verify-go-sum.js';
import { buildListModule } from '../../test-support/build-list-module.js';
import {
  fakeH1,
  recordText,
  startTestSumdb,
  type SumdbEntry,
  type TestSumdb,
} from '../../test-support/sumdb-server.js';

const h = fakeH1;

describe('lookups started before the build list is known', () => {
  it('picks every version with a zip line and the highest version of the other paths, never a private one', () => {
    const goSum = parseGoSum(
      [
        `example.test/a v1.0.0 ${h(1)}`,
        `example.test/a v1.0.0/go.mod ${h(2)}`,
        `example.test/b v1.2.0/go.mod ${h(3)}`,
        `example.test/b v1.10.0/go.mod ${h(4)}`,
        `example.test/b v1.9.0+incompatible/go.mod ${h(5)}`,
        `example.test/c v0.0.0-20200101000000-abcdefabcdef/go.mod ${h(6)}`,
        `corp.example/secret v1.0.0 ${h(7)}`,
        '',
      ].join('\n'),
      'go.sum',
    );
    expect(likelyBuildListVersions(goSum, ['corp.example'])).toEqual([
      { path: 'example.test/a', version: 'v1.0.0' },
      { path: 'example.test/b', version: 'v1.10.0' },
      { path: 'example.test/c', version: 'v0.0.0-20200101000000-abcdefabcdef' },
    ]);
  });

  describe('against the test database', () => {
    const entries: SumdbEntry[] = [1, 2, 3].map((n) => ({
      path: `example.test/m${n}`,
      version: 'v1.0.0',
      zipHash: h(n),
      goModHash: h(n + 100),
    }));
    let db: TestSumdb;
    let dir: string;
    beforeAll(async () => {
      db = await startTestSumdb(entries);
      dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-prefetch-records-'));
    });
    afterAll(async () => {
      await db.close();
      await fs.rm(dir, { recursive: true, force: true });
    });

    /** Every entry's go.sum lines verified, through `client` when given (else a new one). */
    const verifyAll = (
      options: Parameters<typeof createChecksumClient>[0],
      goSum: ReturnType<typeof parseGoSum>,
      client?: SumdbClient,
    ) =>
      verifyChecksums({
        ...options,
        ...(client ? { client } : {}),
        modules: entries.map((e) => buildListModule(e.path, e.version)),
        goSum,
        noSumDb: [],
        unavailable: 'fail',
      });

    it('leaves the verification nothing to ask, and forgets a lookup that failed so it is asked again', async () => {
      const goSum = parseGoSum(entries.map(recordText).join(''), 'go.sum');
      const options = {
        setting: parseSumdbSetting('sumdb', db.gosumdb),
        baseUrl: db.url,
        stateDir: dir,
        fetch,
        latencyBudgetMs: 2000,
        retries: 0,
        logger: new MemoryLogger(),
      };
      const client = createChecksumClient(options);
      if (!client) throw new Error('unreachable');
      db.tamper.lookup.set('example.test/m3@v1.0.0', 503);
      await prefetchRecords(client, goSum, []);
      db.tamper.lookup.clear();
      const before = db.requests.filter((r) => r.kind === 'lookup').length;
      const report = await verifyAll(options, goSum, client);
      expect(report.findings).toEqual([]);
      expect(report.verified).toBe(3);
      expect(
        db.requests
          .filter((r) => r.kind === 'lookup')
          .map((r) => r.path)
          .slice(before),
      ).toEqual(['/lookup/example.test/m3@v1.0.0']);
    });

    it('holds the proofs fetched ahead in memory, and a later run proves them offline once flushed', async () => {
      const goSum = parseGoSum(entries.map(recordText).join(''), 'go.sum');
      const stateDir = await fs.mkdtemp(path.join(dir, 'held-'));
      const options = {
        setting: parseSumdbSetting('sumdb', db.gosumdb),
        baseUrl: db.url,
        stateDir,
        fetch,
        latencyBudgetMs: 2000,
        logger: new MemoryLogger(),
      };
      const verify = (client?: SumdbClient) => verifyAll(options, goSum, client);
      const client = createChecksumClient(options);
      if (!client) throw new Error('unreachable');
      client.holdWrites();
      await prefetchRecords(client, goSum, []);
      expect((await verify(client)).verified).toBe(3);
      expect((await fs.readdir(stateDir)).sort()).toEqual(['latest']);
      await client.flushWrites();
      const later = await verify();
      expect(later.verified).toBe(3);
      expect(later.requests).toMatchObject({ lookups: 0, lookupsFromDisk: 3, tiles: 0 });
    });

    it('asks no /latest after lookups ahead of it were answered with a signed tree', async () => {
      const goSum = parseGoSum(entries.map(recordText).join(''), 'go.sum');
      const options = {
        setting: parseSumdbSetting('sumdb', db.gosumdb),
        baseUrl: db.url,
        stateDir: await fs.mkdtemp(path.join(dir, 'cold-')),
        fetch,
        latencyBudgetMs: 2000,
        logger: new MemoryLogger(),
      };
      const client = createChecksumClient(options);
      if (!client) throw new Error('unreachable');
      const before = db.requests.length;
      await prefetchRecords(client, goSum, []);
      const report = await verifyAll(options, goSum, client);
      expect(report.verified).toBe(3);
      expect(report.tree?.refreshed).toBe(true);
      // The lookups just stored are not taken for a warm cache that needs its tree refreshed.
      expect(
        db.requests
          .slice(before)
          .map((r) => r.kind)
          .sort(),
      ).toEqual(['lookup', 'lookup', 'lookup', 'tile']);
    });
  });
});
