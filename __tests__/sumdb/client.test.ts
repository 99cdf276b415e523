import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SecurityError } from '../../src/errors.js';
import { MemoryLogger } from '../../src/logger.js';
import { sumdbClientFor, SumdbNotFoundError, SumdbUnavailableError } from '../../src/sumdb/client.js';
import { parseSumdbSetting } from '../../src/module/sumdb-setting.js';
import { InstantClock } from '../../test-support/fake-clock.js';
import { startTestSumdb, type SumdbEntry, type TestSumdb } from '../../test-support/sumdb-server.js';

function entries(n: number, prefix = 'example.test/m'): SumdbEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    path: `${prefix}${i}`,
    version: 'v1.0.0',
    zipHash: `h1:${Buffer.alloc(32, i % 256).toString('base64')}`,
    goModHash: `h1:${Buffer.alloc(32, (i + 1) % 256).toString('base64')}`,
  }));
}

describe('the checksum database client', () => {
  const dbs: TestSumdb[] = [];
  const dirs: string[] = [];

  async function db(n: number): Promise<TestSumdb> {
    const started = await startTestSumdb(entries(n));
    dbs.push(started);
    return started;
  }

  async function stateDir(): Promise<string> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-sumdb-client-'));
    dirs.push(dir);
    return dir;
  }

  function client(d: TestSumdb, dir: string, extra: Partial<Parameters<typeof sumdbClientFor>[1]> = {}) {
    return sumdbClientFor(d.key, {
      baseUrl: d.url,
      stateDir: dir,
      latencyBudgetMs: 5000,
      ...extra,
    });
  }

  afterAll(async () => {
    for (const d of dbs) await d.close();
    for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
  });

  it('returns only the lines for the version asked, zip or go.mod', async () => {
    const d = await db(3);
    const c = client(d, await stateDir());
    const e = entries(3)[1];
    expect(await c.lookup(e.path, 'v1.0.0')).toEqual([`${e.path} v1.0.0 ${e.zipHash}`]);
    expect(await c.lookup(e.path, 'v1.0.0/go.mod')).toEqual([`${e.path} v1.0.0/go.mod ${e.goModHash}`]);
    expect(c.counts.lookups).toBe(1);
  });

  it('escapes upper-case letters in module paths as go does', async () => {
    const d = await startTestSumdb([
      { path: 'example.test/Upper', version: 'v1.0.0-RC', zipHash: 'h1:a', goModHash: 'h1:b' },
    ]);
    dbs.push(d);
    const c = client(d, await stateDir());
    expect(await c.lookup('example.test/Upper', 'v1.0.0-RC')).toEqual(['example.test/Upper v1.0.0-RC h1:a']);
    expect(d.requests.find((r) => r.kind === 'lookup')?.path).toBe('/lookup/example.test/!upper@v1.0.0-!r!c');
  });

  it('keeps lookups and tiles on disk so a later run proves them offline, asking nothing', async () => {
    const d = await db(700);
    const dir = await stateDir();
    const cold = client(d, dir);
    await Promise.all(
      entries(700)
        .slice(0, 50)
        .map((e) => cold.lookup(e.path, e.version)),
    );
    expect(cold.counts.tiles).toBeGreaterThan(0);
    expect(cold.counts.tilesFromDisk).toBe(0);

    const before = d.requests.length;
    d.tamper.hang = true;
    const warm = client(d, dir, { latencyBudgetMs: 100 });
    const lines = await Promise.all(
      entries(700)
        .slice(0, 50)
        .map((e) => warm.lookup(e.path, e.version)),
    );
    d.tamper.hang = false;
    expect(lines.every((l) => l.length === 1)).toBe(true);
    expect(warm.counts).toMatchObject({ lookups: 0, lookupsFromDisk: 50, tiles: 0, sent: 0 });
    expect(warm.counts.tilesFromDisk).toBeGreaterThan(0);
    expect(warm.refreshed).toBe(false);
    expect(d.requests.length).toBe(before);
  });

  it('fetches the full tile and truncates it when a partial tile is gone', async () => {
    const d = await db(600);
    d.tamper.noteSize = 300; // the note (as a lagging cache would serve it) covers 300 records
    d.tamper.missingTile = /^tile\/8\/0\/001\.p\//;
    const c = client(d, await stateDir());
    const e = entries(600)[290];
    expect(await c.lookup(e.path, e.version)).toHaveLength(1);
    const tiles = d.requests.filter((r) => r.kind === 'tile').map((r) => `${r.path} ${r.status}`);
    expect(tiles).toContain('/tile/8/0/001.p/44 404');
    expect(tiles).toContain('/tile/8/0/001 200');
  });

  it('proves each new tree extends the remembered one and remembers the newest', async () => {
    const d = await db(10);
    const dir = await stateDir();
    await client(d, dir).lookup('example.test/m3', 'v1.0.0');
    await d.add(entries(300, 'example.test/late'));
    const c = client(d, dir);
    await c.lookup('example.test/late299', 'v1.0.0');
    expect(c.latest.n).toBe(310);
    expect((await fs.readFile(path.join(dir, 'latest'), 'utf8')).split('\n')[1]).toBe('310');
  });

  it('accepts a lagging note older than the remembered tree, proving it is a prefix', async () => {
    const d = await db(310);
    const dir = await stateDir();
    await client(d, dir).lookup('example.test/m300', 'v1.0.0');
    d.tamper.noteSize = 10;
    const c = client(d, dir);
    expect(await c.lookup('example.test/m3', 'v1.0.0')).toHaveLength(1);
    expect(c.latest.n).toBe(310);
  });

  it('calls a tree of the same size with another root a fork', async () => {
    const d = await db(10);
    const dir = await stateDir();
    await client(d, dir).lookup('example.test/m3', 'v1.0.0');
    await d.fork(4);
    const error = await client(d, dir)
      .fetchLatest()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecurityError);
    expect((error as Error).message).toMatch(
      /sum.test.example forked: two different trees of size 10 are signed/,
    );
  });

  it.each([
    ['garbled', 'go.sum database tr'],
    [
      'with a signature too short to be one',
      'go.sum database tree\n3\nAAAA\n\n\u2014 sum.test.example AAAA\n',
    ],
  ])(
    'refuses a %s remembered tree note as tampering (cmd/go: reading tree note), never replacing it',
    async (_, text) => {
      const d = await db(3);
      const dir = await stateDir();
      await fs.writeFile(path.join(dir, 'latest'), text);
      const error = await client(d, dir)
        .lookup('example.test/m1', 'v1.0.0')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SecurityError);
      expect((error as Error).message).toMatch(/reading tree note .*latest: .*malformed note/);
      expect(await fs.readFile(path.join(dir, 'latest'), 'utf8')).toBe(text);
      expect(d.requests).toEqual([]);
    },
  );

  it('refuses a remembered tree note edited after signing (a forged tree)', async () => {
    const d = await db(3);
    const dir = await stateDir();
    await client(d, dir).fetchLatest();
    const note = await fs.readFile(path.join(dir, 'latest'), 'utf8');
    const forged = note.replace(/\n3\n/, '\n2\n');
    await fs.writeFile(path.join(dir, 'latest'), forged);
    const error = await client(d, dir)
      .fetchLatest()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecurityError);
    expect((error as Error).message).toMatch(/reading tree note .*latest: .*invalid signature/);
    expect(await fs.readFile(path.join(dir, 'latest'), 'utf8')).toBe(forged);
  });

  it('refuses a remembered tree note that does not verify with the key', async () => {
    const d = await db(3);
    const dir = await stateDir();
    await fs.writeFile(
      path.join(dir, 'latest'),
      'go.sum database tree\n3\nAAAA\n\n\u2014 sum.test.example AAAAAAAA\n',
    );
    await expect(client(d, dir).lookup('example.test/m1', 'v1.0.0')).rejects.toThrow(
      /example.test\/m1@v1.0.0: checksum database sum.test.example: reading tree note .*latest: .*no verifiable signatures/,
    );
  });

  it('says the database does not know a module version (404) apart from being unreachable', async () => {
    const d = await db(3);
    await expect(client(d, await stateDir()).lookup('example.test/unknown', 'v1.0.0')).rejects.toThrow(
      SumdbNotFoundError,
    );
    d.tamper.status = 503;
    await expect(client(d, await stateDir()).lookup('example.test/m1', 'v1.0.0')).rejects.toThrow(
      /example.test\/m1@v1.0.0: checksum database sum.test.example: lookup .*\/lookup\/example.test\/m1@v1.0.0: 503/,
    );
  });

  it('retries a request that outlives the latency budget once, with jitter, then gives up', async () => {
    const d = await db(3);
    d.tamper.hang = true;
    const clock = new InstantClock();
    const c = client(d, await stateDir(), { latencyBudgetMs: 200, clock, random: () => 0.5 });
    await expect(c.lookup('example.test/m1', 'v1.0.0')).rejects.toThrow(
      /no answer within 200 ms \(after 2 attempts\)/,
    );
    expect(c.counts.failedRequests).toBe(2);
    expect(clock.waits).toEqual([200]);
  });

  it('answers from a retry when the first attempt got a 503', async () => {
    const d = await db(3);
    d.tamper.nextStatuses.push(503);
    const c = client(d, await stateDir(), { clock: new InstantClock(), random: () => 0 });
    expect(await c.lookup('example.test/m1', 'v1.0.0')).toHaveLength(1);
    expect(c.counts).toMatchObject({ lookups: 1, sent: 3, failedRequests: 1 });
  });

  it('sends URL credentials as basic auth and never shows them in messages', async () => {
    const d = await db(3);
    d.tamper.status = 500;
    const url = d.url.replace('http://', 'http://user:s3cret@');
    const c = client(d, await stateDir(), { baseUrl: url });
    const error = await c.lookup('example.test/m1', 'v1.0.0').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SumdbUnavailableError);
    expect((error as Error).message).toContain('http://***@127.0.0.1');
    expect((error as Error).message).not.toContain('s3cret');
  });

  it('limits the requests in flight', async () => {
    const d = await db(40);
    // Each answer waits a little, so that the client's requests overlap at the database.
    d.tamper.delayMs = 5;
    d.load.most = 0;
    const c = client(d, await stateDir(), { concurrency: 3 });
    try {
      await Promise.all(entries(40).map((e) => c.lookup(e.path, e.version)));
    } finally {
      d.tamper.delayMs = undefined;
    }
    expect(d.load.most).toBe(3);
  });

  it('logs what it asked at debug level', async () => {
    const d = await db(2);
    const logger = new MemoryLogger();
    await client(d, await stateDir(), { logger }).lookup('example.test/m0', 'v1.0.0');
    expect(logger.lines.some((l) => /GET .*\/lookup\/example.test\/m0@v1.0.0 → 200/.test(l))).toBe(true);
  });

  it('parses the GOSUMDB value the test database prints', async () => {
    const d = await db(1);
    const setting = parseSumdbSetting('sumdb', d.gosumdb);
    expect(setting).toMatchObject({ off: false, url: d.url, key: { name: 'sum.test.example' } });
  });
});
