import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { LocalBackend } from '../../src/cache/local-backend.js';
import { S3Bucket } from '../../src/cache/s3-bucket.js';
import { moduleObjectKey } from '../../src/cache/s3-keys.js';
import { parseS3Location } from '../../src/cache/s3-location.js';
import { parseGoSum } from '../../src/go/go-sum.js';
import { MemoryLogger } from '../../src/logger.js';
import { runWarden } from '../../src/run.js';
import {
  fixtureModule,
  goModFile,
  mainSource,
  moduleZip,
  standardGraph,
  type FixtureGraph,
} from '../../test-support/fixture-modules.js';
import { startFixtureProxy, type FixtureProxy } from '../../test-support/fixture-proxy.js';
import { createFixtureProject, createGoSandbox, type GoSandbox } from '../../test-support/go-sandbox.js';
import { s3TestsWanted, startMinioWithBucket, type MinioServer } from '../../test-support/minio-server.js';
import { entryForModule, startTestSumdb, type TestSumdb } from '../../test-support/sumdb-server.js';

/**
 * Whole runs (runWarden as the CLI runs it: restore, prime through the relay, checks, save) with
 * the real go, the fixture proxy and checksum database on loopback, and `cache-backend: s3` on a
 * real MinIO server: what each run fetched from the proxy is read from the proxy's request log.
 */
const maybe = s3TestsWanted() ? describe : describe.skip;

const own = fixtureModule({ path: 'example.test/own', version: 'v1.0.0', license: 'MIT' });
const extra = fixtureModule({ path: 'example.test/extra', version: 'v1.0.0', license: 'MIT' });

/** Project B: alpha (and so beta) shared with the standard project, plus its own module. */
function projectB(): FixtureGraph {
  const direct = { 'example.test/alpha': 'v1.0.0', 'example.test/own': 'v1.0.0' };
  return {
    modules: [],
    main: {
      path: 'example.test/b',
      goMod: goModFile('example.test/b', direct),
      files: { 'main.go': mainSource(Object.keys(direct)) },
    },
  };
}

/** The standard project with one more requirement: its go.sum changes by one module. */
function standardPlusExtra(): FixtureGraph {
  const graph = standardGraph();
  const direct = {
    'example.test/alpha': 'v1.0.0',
    'example.test/Upper': 'v1.2.0',
    'example.test/gamma/v2': 'v2.1.0',
    'example.test/local': 'v0.0.0',
    'example.test/extra': 'v1.0.0',
  };
  return {
    modules: graph.modules,
    main: {
      ...graph.main,
      goMod: goModFile('example.test/app', direct, 'replace example.test/local => ./local\n'),
      files: { ...graph.main.files, 'main.go': mainSource(Object.keys(direct)) },
    },
  };
}

maybe('a fleet sharing one bucket (cache-backend: s3, real MinIO)', () => {
  let minio: MinioServer;
  let proxy: FixtureProxy;
  let sumdb: TestSumdb;
  let tidy: GoSandbox;
  const sandboxes: GoSandbox[] = [];
  const projects: Record<string, string> = {};
  const saved = { ...process.env };

  beforeAll(async () => {
    minio = await startMinioWithBucket('fleet');
    const modules = [...standardGraph().modules, own, extra];
    proxy = await startFixtureProxy(modules);
    sumdb = await startTestSumdb(modules.map(entryForModule));
    tidy = await createGoSandbox();
    projects.a = await createFixtureProject(tidy, standardGraph(), proxy.url, 'a');
    projects.b = await createFixtureProject(tidy, projectB(), proxy.url, 'b');
    projects.a2 = await createFixtureProject(tidy, standardPlusExtra(), proxy.url, 'a2');
  });
  afterAll(async () => {
    process.env = saved;
    await proxy?.close();
    await sumdb?.close();
    for (const sandbox of [tidy, ...sandboxes]) await sandbox?.cleanup();
    await minio?.stop();
  });

  /** One run on a fresh runner (an empty module cache); returns the report and the zips the proxy served. */
  async function runOn(project: string, name: string) {
    const sandbox = await createGoSandbox();
    sandboxes.push(sandbox);
    const temp = path.join(sandbox.root, `temp-${name}`);
    await fs.mkdir(temp, { recursive: true });
    const before = proxy.requests.length;
    const logger = new MemoryLogger();
    const { report } = await runWarden(
      {
        'working-directory': project,
        proxy: proxy.url,
        sumdb: `${sumdb.verifierKey} ${sumdb.url}`,
        'cache-backend': 's3',
        'cache-url': 's3://fleet/go/modules',
        'report-file': path.join(temp, 'report.json'),
      },
      { ...sandbox.env, ...minio.awsEnv, RUNNER_TEMP: temp },
      logger,
      { cacheBackend: (_kind, dir) => new LocalBackend(dir) },
    );
    const zips = proxy.requests
      .slice(before)
      .filter((r) => r.kind === 'zip')
      .map((r) => r.module)
      .sort();
    return { report, zips, logger };
  }

  it('a second project fetches the shared modules from the bucket and only its own from the proxy', async () => {
    const first = await runOn(projects.a, 'a');
    expect(first.report.status).toBe('passed');
    expect(first.report.cache?.save).toEqual(expect.objectContaining({ saved: true }));
    expect(first.zips).toEqual([
      'example.test/Upper',
      'example.test/alpha',
      'example.test/beta',
      'example.test/delta',
      'example.test/gamma/v2',
    ]);

    const second = await runOn(projects.b, 'b');
    expect(second.report.status).toBe('passed');
    expect(second.report.cache?.hit).toBe('partial');
    expect(second.zips).toEqual(['example.test/own']);
  });

  it('after a go.sum change, primes only the changed module through the proxy', async () => {
    const changed = await runOn(projects.a2, 'a2');
    expect(changed.report.status).toBe('passed');
    expect(changed.zips).toEqual(['example.test/extra']);
    // The same project again on another runner: everything comes from the bucket.
    const again = await runOn(projects.a2, 'a2-again');
    expect(again.report.cache?.hit).toBe('exact');
    expect(again.zips).toEqual([]);
  });

  it('refuses a tampered object with its key and goes on through the proxy', async () => {
    const bucket = new S3Bucket(parseS3Location('cache-url', 's3://fleet/go/modules', 'true', {}));
    const goSum = parseGoSum(await fs.readFile(path.join(projects.a, 'go.sum'), 'utf8'), 'go.sum');
    const line = goSum.find((l) => l.path === 'example.test/alpha' && l.version === 'v1.0.0');
    const key = moduleObjectKey(bucket.location, line?.hash ?? '', 'zip') as string;
    const alpha = standardGraph().modules.find((m) => m.path === 'example.test/alpha');
    const genuine = moduleZip(alpha as never);
    // An attacker with write access replaces the object.
    await bucket.delete(key);
    await bucket.putIfAbsent(
      key,
      Buffer.concat([genuine.subarray(0, genuine.length - 20), Buffer.alloc(20, 7)]),
    );
    const run = await runOn(projects.a, 'a-tampered');
    bucket.close();
    expect(run.report.status).toBe('warned');
    expect(run.report.findings).toContainEqual(
      expect.objectContaining({ area: 'cache', message: expect.stringContaining(key) }),
    );
    expect(run.zips).toEqual(['example.test/alpha']);
  });
});
