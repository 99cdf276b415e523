import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { moduleCachePaths } from '../../src/cache/module-path.js';
import { restoreVerifiedCache } from '../../src/cache/restore.js';
import { MemoryLogger } from '../../src/logger.js';
import { S3Backend } from '../../src/cache/s3-backend.js';
import { S3Bucket } from '../../src/cache/s3-bucket.js';
import { fetchFromBucket } from '../../src/cache/s3-fetch.js';
import { infoMetadata } from '../../src/cache/s3-info.js';
import { collectGarbage } from '../../src/cache/s3-gc.js';
import { manifestKey, manifestPrefix, moduleObjectKey, packKey, proofKey } from '../../src/cache/s3-keys.js';
import { parseS3Location, type S3Location } from '../../src/cache/s3-location.js';
import {
  keysOfGoSum,
  MAX_MANIFEST,
  parseManifest,
  projectManifestId,
  recordManifest,
} from '../../src/cache/s3-manifest.js';
import { uploadProven } from '../../src/cache/s3-upload.js';
import { hash1, hashGoMod } from '../../src/go/dirhash.js';
import type { GoSumLine } from '../../src/go/go-sum.js';
import {
  fixtureModule,
  moduleGoMod,
  moduleInfo,
  moduleZip,
  moduleZipEntries,
  type FixtureModule,
} from '../../test-support/fixture-modules.js';
import { s3TestsWanted, startMinio, type MinioServer } from '../../test-support/minio-server.js';
import { until } from '../../test-support/until.js';

/**
 * The bucket side of the s3 backend, against a real MinIO server on loopback: conditional puts,
 * verified fetches into a module cache, the hostile objects, four writers at once, gc.
 */
const maybe = s3TestsWanted() ? describe : describe.skip;

function goSumOf(m: FixtureModule): GoSumLine[] {
  const zipHash = hash1(moduleZipEntries(m).map((e) => ({ name: e.name, data: Buffer.from(e.data) })));
  return [
    { path: m.path, version: m.version, hash: zipHash, line: 1, file: 'go.sum' },
    {
      path: m.path,
      version: `${m.version}/go.mod`,
      hash: hashGoMod(Buffer.from(moduleGoMod(m))),
      line: 2,
      file: 'go.sum',
    },
  ];
}

maybe('the s3 module store on a real MinIO server', () => {
  let minio: MinioServer;
  let root: string;
  let bucketNo = 0;
  const saved = { ...process.env };
  const open: { close(): void }[] = [];
  const track = <T extends { close(): void }>(client: T): T => {
    open.push(client);
    return client;
  };

  beforeAll(async () => {
    minio = await startMinio();
    Object.assign(process.env, minio.awsEnv);
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'warden-s3-'));
  });
  afterAll(async () => {
    process.env = saved;
    for (const client of open) client.close();
    await minio?.stop();
    if (root) await fs.rm(root, { recursive: true, force: true });
  });

  /** A fresh bucket (created through the SDK's own client) and its location. */
  async function freshBucket(): Promise<{ location: S3Location; bucket: S3Bucket }> {
    const name = `fleet-${++bucketNo}`;
    const { S3Client, CreateBucketCommand } = await import('@aws-sdk/client-s3');
    const admin = new S3Client({ forcePathStyle: true });
    await admin.send(new CreateBucketCommand({ Bucket: name }));
    admin.destroy();
    const location = parseS3Location('cache-url', `s3://${name}/go/modules`, 'auto', process.env);
    return { location, bucket: track(new S3Bucket(location)) };
  }

  async function plant(bucket: S3Bucket, m: FixtureModule, zip = moduleZip(m)): Promise<GoSumLine[]> {
    const lines = goSumOf(m);
    await bucket.putIfAbsent(moduleObjectKey(bucket.location, lines[0].hash, 'zip') as string, zip);
    await bucket.putIfAbsent(
      moduleObjectKey(bucket.location, lines[0].hash, 'info') as string,
      Buffer.from(moduleInfo(m)),
    );
    await bucket.putIfAbsent(
      moduleObjectKey(bucket.location, lines[1].hash, 'mod') as string,
      Buffer.from(moduleGoMod(m)),
    );
    return lines;
  }

  const alpha = fixtureModule({ path: 'example.test/alpha', version: 'v1.0.0', license: 'MIT' });
  const beta = fixtureModule({ path: 'example.test/beta', version: 'v1.1.0', license: 'MIT' });

  it('answers a second conditional put on a key with "exists" and keeps the first object', async () => {
    const { bucket } = await freshBucket();
    expect(await bucket.putIfAbsent('k', Buffer.from('first'))).toBe('created');
    expect(await bucket.putIfAbsent('k', Buffer.from('second'))).toBe('exists');
    expect((await bucket.getBytes('k', 100))?.toString()).toBe('first');
  });

  it('writes what go.sum names into the module cache, verified, and reports an exact restore', async () => {
    const { location, bucket } = await freshBucket();
    const goSum = [...(await plant(bucket, alpha)), ...(await plant(bucket, beta))];
    const gomodcache = await fs.mkdtemp(path.join(root, 'gomodcache-'));
    const restored = await track(new S3Backend(location)).restore(gomodcache, 'primary', [], { goSum });
    expect(restored).toEqual(expect.objectContaining({ key: 'primary', exact: true }));
    const base = moduleCachePaths(gomodcache, alpha).base;
    expect(await fs.readFile(`${base}.ziphash`, 'utf8')).toBe(goSum[0].hash);
    expect((await fs.readFile(`${base}.zip`)).equals(moduleZip(alpha))).toBe(true);
    expect(await fs.readFile(`${base}.mod`, 'utf8')).toBe(moduleGoMod(alpha));
    expect((await fs.readdir(path.dirname(base))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps what a runner already holds: a version with its files on disk counts whole without them in the bucket', async () => {
    const { bucket } = await freshBucket();
    const alphaSum = await plant(bucket, alpha);
    // beta's files are on the runner already (a persistent module cache), and not in the bucket.
    const betaSum = goSumOf(beta);
    const gomodcache = await fs.mkdtemp(path.join(root, 'gomodcache-'));
    const betaBase = moduleCachePaths(gomodcache, beta).base;
    await fs.mkdir(path.dirname(betaBase), { recursive: true });
    await fs.writeFile(`${betaBase}.zip`, moduleZip(beta));
    await fs.writeFile(`${betaBase}.ziphash`, betaSum[0].hash);
    await fs.writeFile(`${betaBase}.mod`, moduleGoMod(beta));
    await fs.writeFile(`${betaBase}.info`, moduleInfo(beta));
    // A version directory there already, missing its .info: only that one is read from the bucket.
    const alphaBase = moduleCachePaths(gomodcache, alpha).base;
    await fs.mkdir(path.dirname(alphaBase), { recursive: true });
    await fs.writeFile(`${alphaBase}.zip`, moduleZip(alpha));
    await fs.writeFile(`${alphaBase}.ziphash`, alphaSum[0].hash);
    await fs.writeFile(`${alphaBase}.mod`, moduleGoMod(alpha));
    const fetched = await fetchFromBucket({ bucket, gomodcache, goSum: [...alphaSum, ...betaSum] });
    expect([...fetched.complete].sort()).toEqual(['example.test/alpha@v1.0.0', 'example.test/beta@v1.1.0']);
    expect(fetched.files).toEqual([]);
    expect(fetched.bytes).toBe(Buffer.byteLength(moduleInfo(alpha)));
    expect(await fs.readFile(`${alphaBase}.info`, 'utf8')).toBe(moduleInfo(alpha));
  });

  it('stores the project manifest compressed, and gc reads it beside a plain one an earlier version wrote', async () => {
    const { bucket } = await freshBucket();
    const alphaSum = await plant(bucket, alpha);
    const betaSum = await plant(bucket, beta);
    // A project's go.sum of 60 versions (random h1s, as real ones are), alpha among them.
    const h1 = () => `h1:${randomBytes(32).toString('base64')}`;
    const many: GoSumLine[] = Array.from({ length: 60 }, (_, i) => [
      { path: `example.test/m${i}`, version: 'v1.0.0', hash: h1(), line: 2 * i + 1, file: 'go.sum' },
      { path: `example.test/m${i}`, version: 'v1.0.0/go.mod', hash: h1(), line: 2 * i + 2, file: 'go.sum' },
    ]).flat();
    const now = Date.now();
    await recordManifest(bucket, 'org/app', [...alphaSum, ...many], now);
    const listed: string[] = [];
    for await (const object of bucket.list(manifestPrefix(bucket.location))) listed.push(object.key);
    expect(listed).toEqual([manifestKey(bucket.location, projectManifestId('org/app'))]);
    const stored = (await bucket.getBytes(listed[0], MAX_MANIFEST)) as Buffer;
    const keys = keysOfGoSum(bucket, [...alphaSum, ...many]);
    const json = JSON.stringify({
      format: 1,
      project: 'org/app',
      updated: new Date(now).toISOString(),
      keys,
    });
    expect(stored.length).toBeLessThan(Buffer.byteLength(json) / 2);
    expect(parseManifest(stored)?.keys).toEqual(keys);
    // An earlier runner's manifest, plain JSON under `.json`, names beta: gc keeps beta too.
    const plain = `${bucket.location.prefix}/manifests/${projectManifestId('org/old')}.json`;
    const oldKeys = keysOfGoSum(bucket, betaSum);
    await bucket.put(
      plain,
      Buffer.from(JSON.stringify({ format: 1, project: 'org/old', updated: '', keys: oldKeys })),
    );
    const gc = await collectGarbage({ bucket, olderThanMs: 86_400_000, graceMs: 0, now: now + 1000 });
    expect(gc.liveManifests).toBe(2);
    expect(gc.removed).toEqual([]);
  });

  it('writes a manifest again only when its keys changed, or it is a day old, or dated ahead (a warm run sends no PUT)', async () => {
    const { bucket } = await freshBucket();
    const alphaSum = await plant(bucket, alpha);
    const betaSum = await plant(bucket, beta);
    const key = manifestKey(bucket.location, projectManifestId('org/app'));
    const updated = async () => parseManifest((await bucket.getBytes(key, MAX_MANIFEST)) as Buffer)?.updated;
    const t0 = Date.parse('2026-12-01T00:00:00Z');
    const hour = 3_600_000;
    expect(await recordManifest(bucket, 'org/app', alphaSum, t0)).toBe('written');
    expect(await recordManifest(bucket, 'org/app', alphaSum, t0 + hour)).toBe('kept');
    expect(await updated()).toBe(new Date(t0).toISOString());
    // go.sum changed: its keys are recorded at once.
    expect(await recordManifest(bucket, 'org/app', [...alphaSum, ...betaSum], t0 + 2 * hour)).toBe('written');
    expect(parseManifest((await bucket.getBytes(key, MAX_MANIFEST)) as Buffer)?.keys).toEqual(
      keysOfGoSum(bucket, [...alphaSum, ...betaSum]),
    );
    // A day later the same keys are dated again (gc dates a manifest by its LastModified).
    expect(await recordManifest(bucket, 'org/app', [...alphaSum, ...betaSum], t0 + 26 * hour)).toBe(
      'written',
    );
    // A manifest dated ahead (a forged date) does not keep a project's manifest from being dated.
    await bucket.put(
      key,
      Buffer.from(
        JSON.stringify({
          format: 1,
          project: 'org/app',
          updated: new Date(t0 + 100 * hour).toISOString(),
          keys: keysOfGoSum(bucket, alphaSum),
        }),
      ),
    );
    expect(await recordManifest(bucket, 'org/app', alphaSum, t0 + 27 * hour)).toBe('written');
    // Not a manifest: written.
    await bucket.put(key, Buffer.from('garbage'));
    expect(await recordManifest(bucket, 'org/app', alphaSum, t0 + 28 * hour)).toBe('written');
    expect(await updated()).toBe(new Date(t0 + 28 * hour).toISOString());
  });

  it('hands the restore the digests of the zips it verified, so the integrity check does not read them again', async () => {
    const { location, bucket } = await freshBucket();
    const goSum = [...(await plant(bucket, alpha)), ...(await plant(bucket, beta))];
    const gomodcache = await fs.mkdtemp(path.join(root, 'gomodcache-'));
    const restored = await track(new S3Backend(location)).restore(gomodcache, 'primary', [], { goSum });
    const zip = (m: FixtureModule) =>
      path
        .relative(gomodcache, `${moduleCachePaths(gomodcache, m).base}.zip`)
        .split(path.sep)
        .join('/');
    expect([...(restored?.zipDigests?.keys() ?? [])].sort()).toEqual([zip(alpha), zip(beta)].sort());
    expect(await restored?.zipDigests?.get(zip(alpha))).toBe(goSum[0].hash);
  });

  it("reads a warm runner's lookups from the bucket ahead of the checksum client, but not those it holds", async () => {
    const { location, bucket } = await freshBucket();
    const goSum = [...(await plant(bucket, alpha)), ...(await plant(bucket, beta))];
    const lookup = (m: FixtureModule) => `lookup/${m.path}@${m.version}`;
    for (const m of [alpha, beta])
      await bucket.putIfAbsent(
        proofKey(location, `sum.example/${lookup(m)}`),
        Buffer.from(`record of ${m.path}`),
      );
    const gomodcache = await fs.mkdtemp(path.join(root, 'gomodcache-'));
    const held = path.join(gomodcache, 'cache/download/sumdb/sum.example', lookup(beta));
    await fs.mkdir(path.dirname(held), { recursive: true });
    await fs.writeFile(held, 'record of beta, on the runner');
    const backend = track(new S3Backend(location));
    await backend.restore(gomodcache, 'primary', [], { goSum });
    const store = backend.proofStore('sum.example', new MemoryLogger());
    await store.prefetching;
    expect(store.objectsRead).toBe(1);
    // The client's read finds the prefetched bytes: no second request.
    expect((await store.read(lookup(alpha)))?.toString()).toBe('record of example.test/alpha');
    expect(store.objectsRead).toBe(1);
  });

  it.each([
    ['a tampered zip', (z: Buffer) => Buffer.concat([z.subarray(0, z.length - 30), Buffer.alloc(30, 1)])],
    ['a truncated zip', (z: Buffer) => z.subarray(0, Math.floor(z.length / 2))],
    ['another module version under this h1 key', () => moduleZip(beta)],
  ])('refuses %s, reports its key, writes nothing and keeps the object', async (_name, alter) => {
    const { bucket } = await freshBucket();
    const goSum = await plant(bucket, alpha, alter(moduleZip(alpha)));
    const gomodcache = await fs.mkdtemp(path.join(root, 'gomodcache-'));
    const result = await fetchFromBucket({ bucket, gomodcache, goSum });
    const key = moduleObjectKey(bucket.location, goSum[0].hash, 'zip') as string;
    expect(result.refused).toEqual([expect.objectContaining({ key, module: 'example.test/alpha@v1.0.0' })]);
    const base = moduleCachePaths(gomodcache, alpha).base;
    await expect(fs.stat(`${base}.zip`)).rejects.toThrow();
    await expect(fs.stat(`${base}.ziphash`)).rejects.toThrow();
    expect(result.complete).toEqual([]);
    expect(await bucket.has(key)).toBe(true);
  });

  it.each([
    ['a Time that is not an RFC 3339 time', '{"Version":"v1.0.0","Time":"yesterday"}', /Time "yesterday"/],
    ['a Time on a day that does not exist', '{"Version":"v1.0.0","Time":"2024-02-30T03:04:05Z"}', /Time/],
    ['a Time with a 25th hour', '{"Version":"v1.0.0","Time":"2024-01-02T25:04:05+01:00"}', /Time/],
    ['no Time', '{"Version":"v1.0.0"}', /no Time/],
    ['another version', '{"Version":"v1.0.1","Time":"2024-01-02T03:04:05Z"}', /names version "v1.0.1"/],
  ])('refuses an .info with %s (go.sum cannot prove it) and writes no .info', async (_name, body, reason) => {
    const { bucket } = await freshBucket();
    const goSum = goSumOf(alpha);
    const key = moduleObjectKey(bucket.location, goSum[0].hash, 'info') as string;
    await bucket.putIfAbsent(key, Buffer.from(body));
    await plant(bucket, alpha);
    const gomodcache = await fs.mkdtemp(path.join(root, 'gomodcache-'));
    const result = await fetchFromBucket({ bucket, gomodcache, goSum });
    expect(result.refused).toEqual([
      expect.objectContaining({
        key,
        module: 'example.test/alpha@v1.0.0',
        reason: expect.stringMatching(reason),
      }),
    ]);
    await expect(fs.stat(`${moduleCachePaths(gomodcache, alpha).base}.info`)).rejects.toThrow();
    expect(result.complete).toEqual([]);
  });

  it('takes an .info whose Time is RFC 3339 with a fraction and an offset', async () => {
    const { bucket } = await freshBucket();
    const goSum = goSumOf(alpha);
    const key = moduleObjectKey(bucket.location, goSum[0].hash, 'info') as string;
    await bucket.putIfAbsent(
      key,
      Buffer.from('{"Version":"v1.0.0","Time":"2024-02-29T23:59:59.123456789-07:30"}'),
    );
    await plant(bucket, alpha);
    const gomodcache = await fs.mkdtemp(path.join(root, 'gomodcache-'));
    const result = await fetchFromBucket({ bucket, gomodcache, goSum });
    expect(result.refused).toEqual([]);
    expect(result.complete).toEqual(['example.test/alpha@v1.0.0']);
  });

  it('refuses a planted oversized object without reading past the cap, and deletes it with cache-heal', async () => {
    const { bucket } = await freshBucket();
    const goSum = goSumOf(alpha);
    const key = moduleObjectKey(bucket.location, goSum[1].hash, 'mod') as string;
    await bucket.putIfAbsent(key, Buffer.alloc((16 << 20) + 1, 0x20));
    const gomodcache = await fs.mkdtemp(path.join(root, 'gomodcache-'));
    const result = await fetchFromBucket({ bucket, gomodcache, goSum, heal: true });
    expect(result.refused).toEqual([
      expect.objectContaining({
        key,
        reason: expect.stringMatching(/larger than the mod cap/),
        deleted: true,
      }),
    ]);
    expect(await bucket.has(key)).toBe(false);
  });

  /** alpha and beta fetched (so proven) from a bucket of their own into a fresh module cache, and its files. */
  async function provenSource() {
    const source = await fs.mkdtemp(path.join(root, 'source-'));
    const other = await freshBucket();
    const goSum = [...(await plant(other.bucket, alpha)), ...(await plant(other.bucket, beta))];
    await fetchFromBucket({ bucket: other.bucket, gomodcache: source, goSum });
    const files = (await fs.readdir(source, { recursive: true }))
      .map(String)
      .filter((f) => /\.(zip|ziphash|mod|info)$/.test(f));
    return { source, goSum, files };
  }

  it('uploads proven versions once: four runners saving the same files at once never overwrite each other', async () => {
    const { location, bucket } = await freshBucket();
    const { source, goSum, files } = await provenSource();
    const results = await Promise.all(
      [1, 2, 3, 4].map(() =>
        uploadProven({ bucket: track(new S3Bucket(location)), gomodcache: source, files }),
      ),
    );
    expect(results.reduce((n, r) => n + r.created, 0)).toBe(6);
    expect(results.every((r) => r.created + r.existed === 6)).toBe(true);
    // Every run then restores verified from what the others wrote.
    const restored = await Promise.all(
      [1, 2, 3, 4].map(async () =>
        track(new S3Backend(location)).restore(await fs.mkdtemp(path.join(root, 'run-')), 'p', [], { goSum }),
      ),
    );
    expect(restored.map((r) => r?.exact)).toEqual([true, true, true, true]);
    expect(bucket.location.bucket).toBe(location.bucket);
  });

  it("reads a version in two requests: the zip object a runner uploaded carries its .info, checked as the object's", async () => {
    const { location, bucket } = await freshBucket();
    const { source, goSum, files } = await provenSource();
    await uploadProven({ bucket, gomodcache: source, files });
    // The .info objects gone: a runner reads each version's .info from its zip object.
    for (const line of [goSum[0], goSum[2]])
      await bucket.delete(moduleObjectKey(location, line.hash, 'info') as string);
    const gomodcache = await fs.mkdtemp(path.join(root, 'run-'));
    const restored = await track(new S3Backend(location)).restore(gomodcache, 'p', [], { goSum });
    expect(restored).toEqual(expect.objectContaining({ exact: true }));
    expect(await fs.readFile(`${moduleCachePaths(gomodcache, beta).base}.info`, 'utf8')).toBe(
      moduleInfo(beta),
    );
  });

  it('asks for no .info of a version whose zip the bucket lacks (a cold run: priming fetches it whole)', async () => {
    const { location } = await freshBucket();
    class RecordingBucket extends S3Bucket {
      readonly asked: string[] = [];
      override getBytes(key: string, maxBytes: number): Promise<Buffer | undefined> {
        this.asked.push(key);
        return super.getBytes(key, maxBytes);
      }
    }
    const recording = track(new RecordingBucket(location));
    const gomodcache = await fs.mkdtemp(path.join(root, 'gomodcache-'));
    const fetched = await fetchFromBucket({ bucket: recording, gomodcache, goSum: goSumOf(alpha) });
    expect(fetched.complete).toEqual([]);
    expect(recording.asked.filter((key) => key.endsWith('.info'))).toEqual([]);
    expect(recording.asked.filter((key) => key.endsWith('.mod'))).toHaveLength(1);
  });

  it("refuses a zip object's .info metadata that names another version, by the zip's key, and reads the .info object", async () => {
    const { bucket } = await freshBucket();
    const lines = goSumOf(alpha);
    const zipKey = moduleObjectKey(bucket.location, lines[0].hash, 'zip') as string;
    const forged = Buffer.from(JSON.stringify({ Version: 'v9.9.9', Time: '2024-01-01T00:00:00Z' }));
    await bucket.putIfAbsent(zipKey, moduleZip(alpha), infoMetadata(forged));
    await plant(bucket, alpha);
    const gomodcache = await fs.mkdtemp(path.join(root, 'gomodcache-'));
    const fetched = await fetchFromBucket({ bucket, gomodcache, goSum: lines });
    expect(fetched.refused).toEqual([
      expect.objectContaining({ key: zipKey, reason: expect.stringMatching(/go-info metadata: .*v9\.9\.9/) }),
    ]);
    expect(await fs.readFile(`${moduleCachePaths(gomodcache, alpha).base}.info`, 'utf8')).toBe(
      moduleInfo(alpha),
    );
  });

  it('creates a small object with the conditional put alone (no HEAD first), and counts one already there', async () => {
    const { location, bucket } = await freshBucket();
    const source = await fs.mkdtemp(path.join(root, 'source-'));
    const goSum = [...(await plant(bucket, alpha))];
    await fetchFromBucket({ bucket, gomodcache: source, goSum });
    const files = (await fs.readdir(source, { recursive: true }))
      .map(String)
      .filter((f) => /\.(zip|ziphash|mod|info)$/.test(f));
    class CountingBucket extends S3Bucket {
      asked = 0;
      override has(key: string): Promise<boolean> {
        this.asked++;
        return super.has(key);
      }
    }
    const { location: fresh } = await freshBucket();
    const counting = track(new CountingBucket(fresh));
    expect(await uploadProven({ bucket: counting, gomodcache: source, files })).toEqual(
      expect.objectContaining({ created: 3, existed: 0 }),
    );
    expect(await uploadProven({ bucket: counting, gomodcache: source, files })).toEqual(
      expect.objectContaining({ created: 0, existed: 3 }),
    );
    expect(counting.asked).toBe(0);
    expect(location.bucket).not.toBe(fresh.bucket);
  });

  it('bounds a request to a server that never answers, and fails it at once when the run is cancelled', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const endpoint = `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}`;
      const location = parseS3Location('cache-url', 's3://silent/x', 'true', {});
      const timed = track(
        new S3Bucket(location, { requestTimeoutMs: 300, clientConfig: { endpoint, maxAttempts: 1 } }),
      );
      await expect(timed.getBytes('k', 100)).rejects.toThrow(/failed/);
      const run = new AbortController();
      const cancelled = track(
        new S3Bucket(location, { signal: run.signal, clientConfig: { endpoint, maxAttempts: 1 } }),
      );
      const pending = cancelled.getBytes('k', 100);
      await until(() => sockets.length >= 2, { what: 'the second request reached the server' });
      run.abort(new Error('run cancelled'));
      await expect(pending).rejects.toThrow(/run cancelled|aborted/);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('turns an unreachable endpoint and rejected credentials into an error, never a hang', async () => {
    const location = parseS3Location('cache-url', 's3://nowhere/x', 'true', {});
    const unreachable = track(
      new S3Backend(location, { clientConfig: { endpoint: 'http://127.0.0.1:9', maxAttempts: 1 } }),
    );
    await expect(
      unreachable.restore(await fs.mkdtemp(path.join(root, 'u-')), 'p', [], { goSum: goSumOf(alpha) }),
    ).rejects.toThrow(/the bucket cannot be used/);
    const { location: real } = await freshBucket();
    const expired = track(
      new S3Backend(real, {
        clientConfig: {
          credentials: {
            accessKeyId: minio.accessKey,
            secretAccessKey: 'not-the-secret',
            sessionToken: 'expired',
          },
        },
      }),
    );
    await expect(
      expired.restore(await fs.mkdtemp(path.join(root, 'e-')), 'p', [], { goSum: goSumOf(alpha) }),
    ).rejects.toThrow(/HTTP 403/);
    // The cache step makes either one a warning and a miss, and the run goes on.
    for (const backend of [unreachable, expired]) {
      const logger = new MemoryLogger();
      const result = await restoreVerifiedCache({
        backend,
        gomodcache: await fs.mkdtemp(path.join(root, 'w-')),
        keys: { primary: 'p', restoreKeys: [] },
        goSum: goSumOf(alpha),
        logger,
        now: Date.now,
      });
      expect(result.report.hit).toBe('miss');
      expect(result.findings).toContainEqual(
        expect.objectContaining({
          severity: 'warning',
          area: 'cache',
          message: expect.stringMatching(/cache restore failed/),
        }),
      );
    }
  });

  it('removes with gc only the versions no recent manifest names, and keeps young objects', async () => {
    const { bucket } = await freshBucket();
    const alphaSum = await plant(bucket, alpha);
    await plant(bucket, beta);
    await recordManifest(bucket, 'org/app', alphaSum, Date.now());
    // A pack goes with its project's manifest: kept while it is live, removed once none names its id.
    const livePack = packKey(bucket.location, projectManifestId('org/app'));
    const gonePack = packKey(bucket.location, projectManifestId('org/gone'));
    for (const key of [livePack, gonePack]) await bucket.put(key, Buffer.from('pack'));
    const day = 86_400_000;
    // Young objects stay whatever the manifests say.
    const young = await collectGarbage({ bucket, olderThanMs: day, now: Date.now() });
    expect(young.removed).toEqual([]);
    // Seen from a day later with a window of an hour, the manifest is stale: refused, nothing goes.
    await expect(collectGarbage({ bucket, olderThanMs: 3_600_000, now: Date.now() + day })).rejects.toThrow(
      /no manifest/,
    );
    const later = await collectGarbage({ bucket, olderThanMs: day, graceMs: 0, now: Date.now() + 1000 });
    expect([...later.removed].sort()).toEqual(
      [
        ...goSumOf(beta).flatMap((l, i) =>
          i === 0
            ? [
                moduleObjectKey(bucket.location, l.hash, 'zip'),
                moduleObjectKey(bucket.location, l.hash, 'info'),
              ]
            : [moduleObjectKey(bucket.location, l.hash, 'mod')],
        ),
        gonePack,
      ].sort(),
    );
    expect(await bucket.has(livePack)).toBe(true);
  });
});
