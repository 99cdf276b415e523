import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { LocalBackend } from '../../src/cache/local-backend.js';
import { S3Bucket } from '../../src/cache/s3-bucket.js';
import { packPrefix, proofKey } from '../../src/cache/s3-keys.js';
import { decodePack, encodePack } from '../../src/cache/s3-pack.js';
import { parseS3Location } from '../../src/cache/s3-location.js';
import { MemoryLogger } from '../../src/logger.js';
import { runWarden } from '../../src/run.js';
import {
  fixtureModule,
  goModFile,
  mainSource,
  standardGraph,
  type FixtureGraph,
} from '../../test-support/fixture-modules.js';
import { startFixtureProxy, type FixtureProxy } from '../../test-support/fixture-proxy.js';
import { createFixtureProject, createGoSandbox, type GoSandbox } from '../../test-support/go-sandbox.js';
import { s3TestsWanted, startMinioWithBucket, type MinioServer } from '../../test-support/minio-server.js';
import { entryForModule, startTestSumdb, type TestSumdb } from '../../test-support/sumdb-server.js';

/**
 * The checksum database's proofs shared through the fleet's bucket (cache-backend: s3, a real
 * MinIO): whole runs (runWarden, the real go, the fixture proxy and database on loopback), each
 * on a fresh runner (an empty module cache and checksum state), so only the bucket carries proofs.
 */
const maybe = s3TestsWanted() ? describe : describe.skip;

const URL_ = 's3://proofs/go/modules';
const MODULES = standardGraph().modules;
const extra = fixtureModule({ path: 'example.test/extra', version: 'v1.0.0', license: 'MIT' });

/** A second project: alpha (and so beta) shared with the standard one, plus its own module. */
function projectB(): FixtureGraph {
  const direct = { 'example.test/alpha': 'v1.0.0', 'example.test/extra': 'v1.0.0' };
  return {
    modules: [],
    main: {
      path: 'example.test/b',
      goMod: goModFile('example.test/b', direct),
      files: { 'main.go': mainSource(Object.keys(direct)) },
    },
  };
}

maybe('the checksum database proofs in the bucket (cache-backend: s3, real MinIO)', () => {
  let minio: MinioServer;
  let proxy: FixtureProxy;
  let sumdb: TestSumdb;
  let bucket: S3Bucket;
  let project: string;
  let second: string;
  const sandboxes: GoSandbox[] = [];
  const saved = { ...process.env };

  beforeAll(async () => {
    minio = await startMinioWithBucket('proofs');
    proxy = await startFixtureProxy([...MODULES, extra]);
    sumdb = await startTestSumdb(MODULES.map(entryForModule));
    const tidy = await createGoSandbox();
    sandboxes.push(tidy);
    project = await createFixtureProject(tidy, standardGraph(), proxy.url, 'app');
    second = await createFixtureProject(tidy, projectB(), proxy.url, 'b');
    bucket = new S3Bucket(parseS3Location('cache-url', URL_, 'true', {}));
  });
  afterEach(() => {
    sumdb.tamper.status = undefined;
  });
  afterAll(async () => {
    process.env = saved;
    bucket?.close();
    await proxy?.close();
    await sumdb?.close();
    for (const sandbox of sandboxes) await sandbox.cleanup();
    await minio?.stop();
  });

  /** One run on a fresh runner; returns the report and the database requests it made. */
  async function runFresh(name: string, dir = project) {
    const sandbox = await createGoSandbox();
    sandboxes.push(sandbox);
    const temp = path.join(sandbox.root, `temp-${name}`);
    await fs.mkdir(temp, { recursive: true });
    const before = sumdb.requests.length;
    const { report } = await runWarden(
      {
        'working-directory': dir,
        proxy: proxy.url,
        sumdb: `${sumdb.verifierKey} ${sumdb.url}`,
        'cache-backend': 's3',
        'cache-url': URL_,
        'report-file': path.join(temp, 'report.json'),
      },
      { ...sandbox.env, ...minio.awsEnv, RUNNER_TEMP: temp },
      new MemoryLogger(),
      { cacheBackend: (_kind, dir) => new LocalBackend(dir) },
    );
    // A loaded machine may call the loopback proxy slow: not what these tests look at.
    const findings = report.findings.filter((f) => f.area !== 'proxy');
    return { report: { ...report, findings }, requests: sumdb.requests.slice(before), sandbox };
  }

  const proofObjects = async (): Promise<string[]> => {
    const keys: string[] = [];
    for await (const object of bucket.list(proofKey(bucket.location, `${sumdb.name}/`)))
      keys.push(object.key);
    return keys.sort();
  };
  /** The project's packs, each with its entries. */
  const packs = async (): Promise<{ key: string; entries: Map<string, Buffer> }[]> => {
    const found: { key: string; entries: Map<string, Buffer> }[] = [];
    for await (const object of bucket.list(packPrefix(bucket.location)))
      found.push({
        key: object.key,
        entries: await decodePack((await bucket.getBytes(object.key, 1 << 26)) as Buffer),
      });
    return found;
  };
  /** The runs that follow read the proof objects: no project has a pack to read them from. */
  const dropPacks = async (): Promise<void> => {
    for (const { key } of await packs()) await bucket.delete(key);
  };
  const statusOf = (report: Awaited<ReturnType<typeof runFresh>>['report'], module: string) =>
    report.modules.find((m) => m.path === module)?.checksum;

  it('stores what a run proved, and a runner proves go.sum offline from it while the database is down', async () => {
    const writer = await runFresh('writer');
    expect(writer.report.findings).toEqual([]);
    const stored = await proofObjects();
    const lookups = stored.filter((k) => k.includes('/lookup/'));
    expect(lookups).toHaveLength(MODULES.length);
    expect(lookups).toContain(proofKey(bucket.location, `${sumdb.name}/lookup/example.test/!upper@v1.2.0`));
    expect(stored.filter((k) => k.includes('/tile/8/0/')).length).toBeGreaterThan(0);

    sumdb.tamper.status = 503;
    const offline = await runFresh('offline');
    expect(offline.report.status).not.toBe('failed');
    for (const m of MODULES) expect(statusOf(offline.report, m.path)).toBe('verified-offline');
    expect(offline.report.findings).toEqual([
      expect.objectContaining({
        area: 'checksum',
        severity: 'warning',
        message: expect.stringMatching(/verified offline/),
      }),
    ]);
    expect(offline.requests.filter((r) => r.kind === 'lookup' && r.status === 200)).toEqual([]);
    // What came from the bucket and proved is kept on the runner, written before the run returned.
    const state = path.join(offline.sandbox.env.GOMODCACHE as string, 'cache/download/sumdb', sumdb.name);
    for (const m of MODULES)
      await expect(
        fs.stat(path.join(state, 'lookup', m.path.replace('Upper', '!upper') + `@${m.version}`)),
      ).resolves.toBeTruthy();

    // The database up again: nothing is looked up or fetched a second time for the fleet.
    sumdb.tamper.status = undefined;
    const warm = await runFresh('warm');
    expect(warm.report.findings).toEqual([]);
    expect(warm.requests.filter((r) => r.kind === 'lookup' || r.kind === 'tile')).toEqual([]);
  }, 240_000);

  it('refuses a forged tile by its key, and proves through the database instead', async () => {
    const [tileKey] = (await proofObjects()).filter((k) => k.includes('/tile/8/0/'));
    const genuine = (await bucket.getBytes(tileKey, 1 << 20)) as Buffer;
    const forged = Buffer.from(genuine);
    forged[0] ^= 0xff;
    await bucket.delete(tileKey);
    await bucket.putIfAbsent(tileKey, forged);
    await dropPacks();
    try {
      const run = await runFresh('forged-tile');
      expect(run.report.status).not.toBe('failed');
      expect(run.report.findings).toContainEqual(
        expect.objectContaining({ area: 'cache', message: expect.stringContaining(tileKey) }),
      );
      for (const m of MODULES) expect(statusOf(run.report, m.path)).toBe('verified');
      expect(run.requests.filter((r) => r.kind === 'tile').length).toBeGreaterThan(0);
      // Kept as it is (no cache-heal): only reported.
      expect(await bucket.getBytes(tileKey, 1 << 20)).toEqual(forged);
    } finally {
      await bucket.delete(tileKey);
      await bucket.putIfAbsent(tileKey, genuine);
    }
  }, 240_000);

  it('refuses a lookup whose note is not signed by the key: not used, even with the database down', async () => {
    const key = proofKey(bucket.location, `${sumdb.name}/lookup/example.test/alpha@v1.0.0`);
    const genuine = (await bucket.getBytes(key, 1 << 20)) as Buffer;
    // One character of the signature changed (the note's last line is `— <name> <base64>`).
    const text = genuine.toString('utf8');
    const at = text.lastIndexOf(' ') + 8;
    const forged = Buffer.from(text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1));
    await bucket.delete(key);
    await bucket.putIfAbsent(key, forged);
    await dropPacks();
    try {
      sumdb.tamper.status = 503;
      const run = await runFresh('forged-note');
      expect(run.report.findings).toContainEqual(
        expect.objectContaining({ area: 'cache', message: expect.stringContaining(key) }),
      );
      expect(statusOf(run.report, 'example.test/alpha')).toBe('unchecked');
      for (const m of MODULES.filter((m) => m.path !== 'example.test/alpha'))
        expect(statusOf(run.report, m.path)).toBe('verified-offline');
    } finally {
      await bucket.delete(key);
      await bucket.putIfAbsent(key, genuine);
    }
  }, 240_000);

  it("refuses a genuine lookup of another module stored under this one's key", async () => {
    const key = proofKey(bucket.location, `${sumdb.name}/lookup/example.test/alpha@v1.0.0`);
    const other = proofKey(bucket.location, `${sumdb.name}/lookup/example.test/beta@v1.1.0`);
    const genuine = (await bucket.getBytes(key, 1 << 20)) as Buffer;
    await bucket.delete(key);
    await bucket.putIfAbsent(key, (await bucket.getBytes(other, 1 << 20)) as Buffer);
    await dropPacks();
    try {
      sumdb.tamper.status = 503;
      const run = await runFresh('replayed-lookup');
      expect(run.report.findings).toContainEqual(
        expect.objectContaining({
          area: 'cache',
          message: expect.stringMatching(new RegExp(`'${key}'.*not the one for example.test/alpha@v1.0.0`)),
        }),
      );
      expect(statusOf(run.report, 'example.test/alpha')).toBe('unchecked');
      expect(statusOf(run.report, 'example.test/beta')).toBe('verified-offline');
    } finally {
      await bucket.delete(key);
      await bucket.putIfAbsent(key, genuine);
    }
  }, 240_000);

  it("proves go.sum offline from the project's pack and the shared tiles it names: the database down and no lookup object left", async () => {
    await runFresh('pack-writer');
    const [pack] = await packs();
    expect([...pack.entries.keys()].filter((name) => name.includes('/lookup/'))).toHaveLength(MODULES.length);
    const tiles = [...pack.entries].filter(([name]) => name.includes('/tile/'));
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.every(([, data]) => data.length === 0)).toBe(true);
    const lookups = (await proofObjects()).filter((key) => key.includes('/lookup/'));
    const objects = await Promise.all(
      lookups.map(async (key) => ({
        key,
        data: (await bucket.getBytes(key, 1 << 20)) as Buffer,
      })),
    );
    for (const { key } of objects) await bucket.delete(key);
    try {
      sumdb.tamper.status = 503;
      const offline = await runFresh('pack-offline');
      for (const m of MODULES) expect(statusOf(offline.report, m.path)).toBe('verified-offline');
      expect(offline.report.findings).toEqual([
        expect.objectContaining({ area: 'checksum', severity: 'warning' }),
      ]);
    } finally {
      for (const { key, data } of objects) await bucket.putIfAbsent(key, data);
    }
  }, 240_000);

  /** The pack as earlier versions wrote it: each tile's bytes in it (`forge` changes one). */
  const withTileBytes = async (entries: Map<string, Buffer>, forge?: string) =>
    encodePack(
      await Promise.all(
        [...entries].map(async ([n, d]): Promise<[string, Buffer]> => {
          if (!n.includes('/tile/')) return [n, d];
          const tile = Buffer.from((await bucket.getBytes(`go/modules/${n}`, 1 << 16)) as Buffer);
          if (n === forge) tile[0] ^= 0xff;
          return [n, tile];
        }),
      ),
    );

  it("reads the tiles an earlier pack holds from it, and writes it again naming them (they are the fleet's)", async () => {
    const [{ key, entries }] = await packs();
    await bucket.put(key, await withTileBytes(entries));
    const run = await runFresh('old-pack');
    expect(run.report.findings).toEqual([]);
    for (const m of MODULES) expect(statusOf(run.report, m.path)).toBe('verified');
    expect(run.requests.filter((r) => r.kind === 'tile')).toEqual([]);
    const [again] = await packs();
    expect([...again.entries].sort()).toEqual([...entries].sort());
  }, 240_000);

  it("refuses a forged tile in the pack by the pack's key, proves through the database, and writes the pack again", async () => {
    const [{ key, entries }] = await packs();
    const name = [...entries.keys()].find((n) => n.includes('/tile/8/0/')) as string;
    await bucket.put(key, await withTileBytes(entries, name));
    const run = await runFresh('forged-pack-tile');
    expect(run.report.status).not.toBe('failed');
    expect(run.report.findings).toEqual([
      expect.objectContaining({ area: 'cache', message: expect.stringContaining(`'${key}'`) }),
    ]);
    expect(run.report.findings[0].message).toContain(`its entry ${name}`);
    for (const m of MODULES) expect(statusOf(run.report, m.path)).toBe('verified');
    expect(run.requests.filter((r) => r.kind === 'tile').length).toBeGreaterThan(0);
    // Written again naming the tile, whose shared object is the genuine one.
    expect((await packs())[0].entries.get(name)).toEqual(Buffer.alloc(0));
  }, 240_000);

  it("refuses a forged shared tile the pack names by the tile's own key, and proves through the database", async () => {
    const [{ key, entries }] = await packs();
    const name = [...entries.keys()].find((n) => n.includes('/tile/8/0/')) as string;
    expect(entries.get(name)).toEqual(Buffer.alloc(0));
    const tileKey = `go/modules/${name}`;
    const genuine = (await bucket.getBytes(tileKey, 1 << 20)) as Buffer;
    const forged = Buffer.from(genuine);
    forged[0] ^= 0xff;
    await bucket.delete(tileKey);
    await bucket.putIfAbsent(tileKey, forged);
    try {
      const run = await runFresh('forged-named-tile');
      expect(run.report.status).not.toBe('failed');
      expect(run.report.findings).toEqual([
        expect.objectContaining({ area: 'cache', message: expect.stringContaining(`'${tileKey}'`) }),
      ]);
      expect(run.report.findings[0].message).not.toContain(key);
      for (const m of MODULES) expect(statusOf(run.report, m.path)).toBe('verified');
      expect(run.requests.filter((r) => r.kind === 'tile').length).toBeGreaterThan(0);
      // Kept as it is (no cache-heal), and the pack still names it.
      expect(await bucket.getBytes(tileKey, 1 << 20)).toEqual(forged);
      expect((await packs())[0].entries.get(name)).toEqual(Buffer.alloc(0));
    } finally {
      await bucket.delete(tileKey);
      await bucket.putIfAbsent(tileKey, genuine);
    }
  }, 240_000);

  it("refuses a pack's lookup of another module under this one's name: that module unchecked with the database down", async () => {
    const [{ key, entries }] = await packs();
    const prefix = `sumdb/${sumdb.name}/lookup/`;
    const other = entries.get(`${prefix}example.test/beta@v1.1.0`) as Buffer;
    await bucket.put(
      key,
      await encodePack(
        [...entries].map(([n, d]) => [n, n === `${prefix}example.test/alpha@v1.0.0` ? other : d]),
      ),
    );
    sumdb.tamper.status = 503;
    const run = await runFresh('pack-replayed-lookup');
    expect(run.report.findings).toContainEqual(
      expect.objectContaining({
        area: 'cache',
        message: expect.stringMatching(
          new RegExp(`'${key}'.*its entry ${prefix}example.test/alpha@v1.0.0: .*not the one for`),
        ),
      }),
    );
    expect(statusOf(run.report, 'example.test/alpha')).toBe('unchecked');
    expect(statusOf(run.report, 'example.test/beta')).toBe('verified-offline');
  }, 240_000);

  it('proves offline the records of two trees, once a run proved the trees consistent', async () => {
    // The database grows (extra is recorded after the first run's tree was signed).
    await sumdb.add([entryForModule(extra)]);
    const writer = await runFresh('b-writer', second);
    expect(writer.report.findings).toEqual([]);
    expect(await proofObjects()).toContain(
      proofKey(bucket.location, `${sumdb.name}/lookup/example.test/extra@v1.0.0`),
    );

    sumdb.tamper.status = 503;
    const offline = await runFresh('b-offline', second);
    expect(offline.report.status).not.toBe('failed');
    for (const module of ['example.test/alpha', 'example.test/beta', 'example.test/extra'])
      expect(statusOf(offline.report, module)).toBe('verified-offline');
  }, 240_000);
});
