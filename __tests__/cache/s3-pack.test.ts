import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { LocalBackend } from '../../src/cache/local-backend.js';
import { S3Bucket } from '../../src/cache/s3-bucket.js';
import { packPrefix } from '../../src/cache/s3-keys.js';
import { parseS3Location } from '../../src/cache/s3-location.js';
import { BadPackError, decodePack, encodePack, MAX_PACK } from '../../src/cache/s3-pack.js';
import { MemoryLogger } from '../../src/logger.js';
import { runWarden } from '../../src/run.js';
import { standardGraph } from '../../test-support/fixture-modules.js';
import { startFixtureProxy, type FixtureProxy } from '../../test-support/fixture-proxy.js';
import { createFixtureProject, createGoSandbox, type GoSandbox } from '../../test-support/go-sandbox.js';
import { s3TestsWanted, startMinioWithBucket, type MinioServer } from '../../test-support/minio-server.js';
import { startS3RequestLog, type S3RequestLog } from '../../test-support/s3-request-log.js';
import { entryForModule, startTestSumdb, type TestSumdb } from '../../test-support/sumdb-server.js';

/**
 * A project's pack in the fleet's bucket (its `.mod` files and proofs in one object), through
 * whole runs (runWarden, the real go, the fixture proxy and database on loopback) on a real MinIO,
 * each on a fresh runner; what a run asked of the bucket is read from a logging forwarder in
 * front of it.
 */
const maybe = s3TestsWanted() ? describe : describe.skip;

const URL_ = 's3://packs/go/modules';
const MODULES = standardGraph().modules;

describe('the pack format', () => {
  it('reads back what it wrote, and refuses whole a pack that is not one', async () => {
    const entries: [string, Buffer][] = [
      [`mod/${'A'.repeat(43)}`, Buffer.from('module example.test/a\n')],
      ['sumdb/sum.golang.org/tile/8/0/001', Buffer.alloc(8192, 7)],
    ];
    expect([...(await decodePack(await encodePack(entries)))]).toEqual(entries);
    const raw = (text: string) => promisify(gzip)(Buffer.from(text));
    await expect(decodePack(Buffer.from('plain'))).rejects.toThrow(BadPackError);
    await expect(decodePack(await raw('warden-pack 2\n'))).rejects.toThrow(/no magic line/);
    await expect(decodePack(await raw('warden-pack 1\nsumdb/x/../../etc 1\na'))).rejects.toThrow(/malformed/);
    await expect(decodePack(await raw('warden-pack 1\nnot-a-kind/x 1\na'))).rejects.toThrow(/malformed/);
    await expect(decodePack(await raw('warden-pack 1\nsumdb/x/lookup/a@v1 9\nabc'))).rejects.toThrow(
      /past the end/,
    );
    await expect(decodePack(await raw('warden-pack 1\nsumdb/x/a 1\nasumdb/x/a 1\nb'))).rejects.toThrow(
      /twice/,
    );
  });

  it('stops inflating a pack at its cap (a gzip bomb is refused, not held)', async () => {
    const bomb = await promisify(gzip)(Buffer.alloc(MAX_PACK + 1));
    expect(bomb.length).toBeLessThan(1 << 20);
    await expect(decodePack(bomb)).rejects.toThrow(/not a gzip'd pack within/);
  });
});

maybe("a project's pack in the bucket (cache-backend: s3, real MinIO)", () => {
  let minio: MinioServer;
  let log: S3RequestLog;
  let proxy: FixtureProxy;
  let sumdb: TestSumdb;
  let bucket: S3Bucket;
  let project: string;
  const sandboxes: GoSandbox[] = [];
  const saved = { ...process.env };

  beforeAll(async () => {
    minio = await startMinioWithBucket('packs');
    log = await startS3RequestLog(minio.endpoint);
    // The SDK reads its endpoint from the process's environment: every request goes through the log.
    process.env.AWS_ENDPOINT_URL_S3 = log.endpoint;
    proxy = await startFixtureProxy(MODULES);
    sumdb = await startTestSumdb(MODULES.map(entryForModule));
    const tidy = await createGoSandbox();
    sandboxes.push(tidy);
    project = await createFixtureProject(tidy, standardGraph(), proxy.url, 'app');
    bucket = new S3Bucket(parseS3Location('cache-url', URL_, 'true', {}));
  });
  afterAll(async () => {
    process.env = saved;
    bucket?.close();
    await log?.close();
    await proxy?.close();
    await sumdb?.close();
    for (const sandbox of sandboxes) await sandbox.cleanup();
    await minio?.stop();
  });

  /** One run on a fresh runner, its bucket requests through the log; the report and those requests. */
  async function runFresh(name: string) {
    const sandbox = await createGoSandbox();
    sandboxes.push(sandbox);
    const temp = path.join(sandbox.root, `temp-${name}`);
    await fs.mkdir(temp, { recursive: true });
    const before = log.requests.length;
    const aws = { ...minio.awsEnv, AWS_ENDPOINT_URL_S3: log.endpoint };
    const { report } = await runWarden(
      {
        'working-directory': project,
        proxy: proxy.url,
        sumdb: `${sumdb.verifierKey} ${sumdb.url}`,
        'cache-backend': 's3',
        'cache-url': URL_,
        'report-file': path.join(temp, 'report.json'),
      },
      { ...sandbox.env, ...aws, RUNNER_TEMP: temp },
      new MemoryLogger(),
      { cacheBackend: (_kind, dir) => new LocalBackend(dir) },
    );
    // A loaded machine may call the loopback proxy slow: not what these tests look at.
    const findings = report.findings.filter((f) => f.area !== 'proxy');
    return { report: { ...report, findings }, requests: log.requests.slice(before) };
  }

  /** The project's pack: its key and its entries. */
  async function thePack(): Promise<{ key: string; entries: Map<string, Buffer> }> {
    const keys: string[] = [];
    for await (const object of bucket.list(packPrefix(bucket.location))) keys.push(object.key);
    expect(keys).toHaveLength(1);
    return { key: keys[0], entries: await decodePack((await bucket.getBytes(keys[0], 1 << 26)) as Buffer) };
  }

  const verified = (report: Awaited<ReturnType<typeof runFresh>>['report']) =>
    MODULES.map((m) => report.modules.find((r) => r.path === m.path)?.checksum);

  it('reads a warm project with one GET per zip and one for its pack, and does not write the pack again', async () => {
    const cold = await runFresh('cold');
    expect(cold.report.findings).toEqual([]);
    const { key, entries } = await thePack();
    expect([...entries.keys()].filter((name) => name.startsWith('mod/'))).toHaveLength(MODULES.length);
    expect([...entries.keys()].filter((name) => name.includes('/lookup/'))).toHaveLength(MODULES.length);
    // Tiles are shared by the fleet: the pack names them (an empty entry) and holds no tile bytes.
    const tiles = [...entries].filter(([name]) => name.includes('/tile/8/'));
    expect(tiles.some(([name]) => name.includes('/tile/8/0/'))).toBe(true);
    expect(tiles.map(([, data]) => data.length)).toEqual(tiles.map(() => 0));
    const tileObjects = tiles.map(([name]) => `/packs/go/modules/${name}`);
    for (const object of tileObjects)
      expect(await bucket.getBytes(object.slice('/packs/'.length), 1 << 16)).toBeDefined();

    const warm = await runFresh('warm');
    expect(warm.report.findings).toEqual([]);
    expect(warm.report.cache?.hit).toBe('exact');
    expect(verified(warm.report)).toEqual(MODULES.map(() => 'verified'));
    const gets = warm.requests.filter((r) => r.method === 'GET').map((r) => r.path);
    // Each version's zip (its .info rides along as metadata), the pack, and the shared tiles it
    // names: no .mod or lookup object.
    expect(gets.filter((p) => p.endsWith('.zip'))).toHaveLength(MODULES.length);
    const manifest = gets.filter((p) => p.includes('/manifests/'));
    expect(gets.filter((p) => !p.endsWith('.zip')).sort()).toEqual(
      [`/packs/${key}`, ...manifest, ...tileObjects].sort(),
    );
    // The first GET through the SDK's stack; it shows the way, and the others go plain (s3-light-get.ts).
    expect(warm.requests.filter((r) => r.method === 'GET' && r.sdk)).toHaveLength(1);
    // Nothing is sent: the manifest, written a moment ago and naming the same keys, is read, not
    // dated again; the pack is unchanged.
    expect(warm.requests.filter((r) => r.method === 'PUT').map((r) => r.path)).toEqual([]);
    expect(gets.filter((p) => /\/manifests\/[0-9a-f]{32}\.json\.gz$/.test(p))).toHaveLength(1);
  }, 240_000);

  it("GETs plain once the SDK's first GET showed the way, each signed as the server checks it, whatever the key's characters", async () => {
    const plain = new S3Bucket(bucket.location);
    try {
      const keys = ['go/modules/t/example.test/!upper@v1.2.0+incompatible', "go/modules/t/a b(1)*'~.zip"];
      for (const [i, key] of keys.entries()) await plain.put(key, Buffer.from(`object ${i}`));
      const before = log.requests.length;
      expect(await plain.getBytes(keys[0], 1024)).toEqual(Buffer.from('object 0'));
      for (const [i, key] of keys.entries())
        expect(await plain.getBytes(key, 1024)).toEqual(Buffer.from(`object ${i}`));
      expect(await plain.getBytes('go/modules/t/none', 1024)).toBeUndefined();
      expect(log.requests.slice(before).map((r) => [r.path, r.sdk, r.status])).toEqual([
        [`/packs/${keys[0]}`, true, 200],
        [`/packs/${keys[0]}`, false, 200],
        [`/packs/${keys[1]}`, false, 200],
        ['/packs/go/modules/t/none', false, 404],
      ]);
    } finally {
      plain.close();
    }
  });

  it('sends a plain GET answered otherwise (here 503) again through the SDK, and every GET after it', async () => {
    const plain = new S3Bucket(bucket.location);
    try {
      const keys = ['go/modules/u/0', 'go/modules/u/1', 'go/modules/u/2'];
      for (const [i, key] of keys.entries()) await plain.put(key, Buffer.from(`object ${i}`));
      const before = log.requests.length;
      log.answer = (request) => (!request.sdk && request.path.endsWith('/u/1') ? 503 : undefined);
      for (const [i, key] of keys.entries())
        expect(await plain.getBytes(key, 1024)).toEqual(Buffer.from(`object ${i}`));
      expect(log.requests.slice(before).map((r) => [r.path.slice(-4), r.sdk, r.status])).toEqual([
        ['/u/0', true, 200],
        ['/u/1', false, 503],
        ['/u/1', true, 200],
        ['/u/2', true, 200],
      ]);
    } finally {
      log.answer = undefined;
      plain.close();
    }
  });

  it("refuses a pack's forged .mod by the pack's key, reads that .mod's object, and writes the pack again", async () => {
    const { key, entries } = await thePack();
    const [name, genuine] = [...entries].find(([n]) => n.startsWith('mod/')) as [string, Buffer];
    await bucket.put(
      key,
      await encodePack([...entries].map(([n, d]) => [n, n === name ? Buffer.from(`${d}\n// forged\n`) : d])),
    );

    const run = await runFresh('forged-mod');
    expect(run.report.findings).toEqual([
      expect.objectContaining({
        area: 'cache',
        message: expect.stringMatching(
          new RegExp(`SECURITY: .*'${key}'.*its entry for h1:.*\\(/go.mod\\) hashes to`),
        ),
      }),
    ]);
    expect(verified(run.report)).toEqual(MODULES.map(() => 'verified'));
    expect(run.requests.filter((r) => r.method === 'GET' && r.path.endsWith('.mod'))).toHaveLength(1);
    expect((await thePack()).entries.get(name)).toEqual(genuine);
  }, 240_000);

  it('writes the pack again without a .mod that go.sum no longer names', async () => {
    const { key, entries } = await thePack();
    const stale = `mod/${'B'.repeat(43)}`;
    await bucket.put(key, await encodePack([...entries, [stale, Buffer.from('module example.test/gone\n')]]));
    const run = await runFresh('stale-mod');
    expect(run.report.findings).toEqual([]);
    expect(run.requests.filter((r) => r.method === 'PUT' && r.path === `/packs/${key}`)).toHaveLength(1);
    expect([...(await thePack()).entries.keys()].sort()).toEqual([...entries.keys()].sort());
  }, 240_000);

  it('refuses a pack that is not one by its key, reads every file from its own object, and writes the pack again', async () => {
    const { key, entries } = await thePack();
    await bucket.put(key, Buffer.from('not a pack'));

    const run = await runFresh('garbage');
    expect(run.report.findings).toEqual([
      expect.objectContaining({
        area: 'cache',
        message: expect.stringMatching(new RegExp(`SECURITY: .*'${key}'.*refused: not a gzip'd pack`)),
      }),
    ]);
    expect(run.report.cache?.hit).toBe('exact');
    expect(verified(run.report)).toEqual(MODULES.map(() => 'verified'));
    expect(run.requests.filter((r) => r.method === 'GET' && r.path.endsWith('.mod'))).toHaveLength(
      MODULES.length,
    );
    expect([...(await thePack()).entries.keys()].sort()).toEqual([...entries.keys()].sort());
  }, 240_000);
});
