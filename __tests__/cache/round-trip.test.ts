import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { finishCacheStep, restoreCacheStep, saveCacheStep } from '../../src/cache/cache-steps.js';
import { cachePaths } from '../../src/cache/content.js';
import { LocalBackend } from '../../src/cache/local-backend.js';
import { moduleFilesInCache, zipsAmong } from '../../src/steps/routes.js';
import { moduleCachePaths } from '../../src/cache/module-path.js';
import { toBuildListModule, type GoModule } from '../../src/go/build-list.js';
import { parseGoSum } from '../../src/go/go-sum.js';
import { MemoryLogger } from '../../src/logger.js';
import { fixtureModule, standardGraph } from '../../test-support/fixture-modules.js';
import { type FixtureProxy, startFixtureProxy } from '../../test-support/fixture-proxy.js';
import {
  createFixtureProject,
  createGoSandbox,
  type GoSandbox,
  removeTree,
} from '../../test-support/go-sandbox.js';

function parseStream<T>(stdout: string): T[] {
  return stdout
    .split(/\n(?=\{)/)
    .filter((s) => s.trim())
    .map((s) => JSON.parse(s) as T);
}

/**
 * One run as main + post would do it with the local backend: keys from go.sum, restore + verify +
 * purge, `go mod download all` through the fixture proxy, build list, keep list, state handed over
 * as strings, then prune + save.
 */
describe('the verified cache round trip with the local backend and the real go', () => {
  const graph = standardGraph();
  let proxy: FixtureProxy;
  let sandbox: GoSandbox;
  let project: string;
  let gomodcache: string;
  let cacheDir: string;

  const go = (args: string[]) =>
    sandbox.go(args, { cwd: project, env: { GOPROXY: proxy.url, GOSUMDB: 'off' } });

  async function runOnce(env: NodeJS.ProcessEnv = {}) {
    const logger = new MemoryLogger();
    const goSumFile = path.join(project, 'go.sum');
    const goSum = parseGoSum(await fs.readFile(goSumFile, 'utf8'), 'go.sum');
    // Main step: restore + verify, prime, build list, state for the post step.
    const restored = await restoreCacheStep({
      backend: new LocalBackend(cacheDir),
      localDir: cacheDir,
      gomodcache,
      goos: 'linux',
      goarch: 'amd64',
      keyPrefix: 'gmw',
      projectDir: project,
      sumFiles: [goSumFile, path.join(project, 'go.work.sum')],
      goSum,
      cacheSave: 'auto',
      logger,
      now: Date.now,
    });
    // What the pipeline reports as route=cache: the zips in the cache once restore and purge are done.
    const servedByCache = zipsAmong(await moduleFilesInCache(gomodcache));
    proxy.requests.length = 0;
    const download = await go(['mod', 'download', 'all']);
    const moduleRequests = proxy.requests.filter((r) => r.kind !== 'sumdb').length;
    const listed = await go(['list', '-m', '-json', 'all']);
    const buildList = parseStream<GoModule>(listed.stdout).map(toBuildListModule);
    const state = await finishCacheStep(restored.pending, {
      buildList,
      goSum,
      primed: download.code === 0,
      // go checked every zip it fetched against go.sum; the restored ones were checked above.
      verified: download.code === 0,
      keepFile: path.join(sandbox.root, 'runner-temp', 'keep.json'),
    });
    // Post step: only the state strings cross over, as through GITHUB_STATE.
    const save = await saveCacheStep({
      getState: (name) => state[name],
      backendFor: (s) => new LocalBackend(s.localDir as string),
      env,
      logger,
      now: Date.now,
    });
    if (!save) throw new Error('the post step found no cache state');
    const keys = { primary: restored.pending.primaryKey };
    return {
      restored: {
        report: restored.report,
        matchedKey: restored.pending.matchedKey,
        integrity: restored.integrity,
        servedByCache,
      },
      download,
      moduleRequests,
      save,
      logger,
      keys,
    };
  }

  beforeAll(async () => {
    proxy = await startFixtureProxy([
      ...graph.modules,
      fixtureModule({ path: 'example.test/extra', version: 'v1.0.0' }),
    ]);
    sandbox = await createGoSandbox();
    project = await createFixtureProject(sandbox, graph, proxy.url);
    gomodcache = sandbox.env.GOMODCACHE as string;
    cacheDir = path.join(sandbox.root, 'warden-cache');
    await removeTree(gomodcache);
  });

  afterAll(async () => {
    await proxy?.close();
    await sandbox?.cleanup();
  });

  it('misses, primes through the proxy and saves on the first run', async () => {
    const run = await runOnce();
    expect(run.restored.report.hit).toBe('miss');
    expect(run.download.code).toBe(0);
    expect(run.moduleRequests).toBeGreaterThan(0);
    expect(run.save).toEqual(expect.objectContaining({ saved: true, key: run.keys.primary }));
    expect(run.save.bytes).toBeGreaterThan(0);
  });

  it('hits exactly on a fresh machine, makes no module request, verifies everything and does not save again', async () => {
    await removeTree(gomodcache);
    const run = await runOnce();
    expect(run.restored.report).toEqual(
      expect.objectContaining({
        hit: 'exact',
        matchedKey: run.keys.primary,
        verified: graph.modules.length,
        purged: [],
      }),
    );
    expect(run.restored.report.restoredBytes).toBeGreaterThan(0);
    expect(run.download.code).toBe(0);
    expect(run.moduleRequests).toBe(0);
    expect(run.save).toEqual(expect.objectContaining({ saved: false }));
    expect(run.save.reason).toMatch(/exact hit/);
  });

  it('purges a restored module whose zip was altered, fetches only it again, and says so', async () => {
    // Poison the saved entry: restore it, alter one zip, save it under the key again as a new entry.
    await removeTree(gomodcache);
    const backend = new LocalBackend(cacheDir);
    const [entry] = await backend.entries();
    await backend.restore(cachePaths(gomodcache), entry.key, []);
    const beta = moduleCachePaths(gomodcache, { path: 'example.test/beta', version: 'v1.1.0' });
    const zip = Buffer.from(await fs.readFile(`${beta.base}.zip`));
    zip[zip.length - 30] ^= 0x01;
    await fs.writeFile(`${beta.base}.zip`, zip);
    await fs.rm(entry.dir, { recursive: true });
    await backend.save(cachePaths(gomodcache), entry.key);
    await removeTree(gomodcache);

    const run = await runOnce();
    expect(run.restored.report.hit).toBe('exact');
    expect(run.restored.report.purged.map((p) => `${p.path}@${p.version}`)).toEqual([
      'example.test/beta@v1.1.0',
    ]);
    expect(run.logger.lines.join('\n')).toContain('purged example.test/beta@v1.1.0');
    expect(run.download.code).toBe(0);
    const fetched = new Set(proxy.requests.filter((r) => r.kind === 'zip').map((r) => r.module));
    expect([...fetched]).toEqual(['example.test/beta']);
  });

  it('restores the older entry as a partial hit when go.sum changed, and fetches only the new module', async () => {
    const goMod = path.join(project, 'go.mod');
    await fs.appendFile(goMod, '\nrequire example.test/extra v1.0.0\n');
    const main = path.join(project, 'main.go');
    await fs.writeFile(
      main,
      (await fs.readFile(main, 'utf8')).replace('import (', 'import (\n\t_ "example.test/extra"'),
    );
    const tidy = await sandbox.go(['mod', 'tidy'], {
      cwd: project,
      env: { GOPROXY: proxy.url, GOSUMDB: 'off', GOFLAGS: '-modcacherw -mod=mod' },
    });
    expect(tidy.code).toBe(0);
    await removeTree(gomodcache);

    const run = await runOnce();
    expect(run.restored.report.hit).toBe('partial');
    expect(run.restored.matchedKey).not.toBe(run.keys.primary);
    // The newest entry is the poisoned one of the test before: its bad module is purged again.
    const purged = run.restored.report.purged.map((p) => p.path);
    expect(purged).toEqual(['example.test/beta']);
    const fetched = new Set(proxy.requests.filter((r) => r.kind === 'zip').map((r) => r.module));
    expect([...fetched].sort()).toEqual(['example.test/beta', 'example.test/extra']);
    // What the pipeline reports as route=cache: restored zips that passed, not the purged or new ones.
    const served = run.restored.servedByCache;
    expect(served.has('example.test/alpha@v1.0.0')).toBe(true);
    expect(served.has('example.test/beta@v1.1.0')).toBe(false);
    expect(served.has('example.test/extra@v1.0.0')).toBe(false);
    expect(run.save.saved).toBe(true);
  });

  it('does not save from a pull request of a fork', async () => {
    const event = path.join(sandbox.root, 'event.json');
    await fs.writeFile(
      event,
      JSON.stringify({
        pull_request: {
          head: { repo: { full_name: 'someone/fork', fork: true } },
          base: { repo: { full_name: 'org/app' } },
        },
      }),
    );
    // A new key: the go.sum of another branch.
    const sum = path.join(project, 'go.sum');
    await fs.writeFile(sum, (await fs.readFile(sum, 'utf8')) + '\n');
    await removeTree(gomodcache);
    const before = (await new LocalBackend(cacheDir).entries()).length;
    const run = await runOnce({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event });
    expect(run.restored.report.hit).toBe('partial');
    expect(run.save).toEqual(
      expect.objectContaining({ saved: false, reason: expect.stringMatching(/fork/) }),
    );
    expect((await new LocalBackend(cacheDir).entries()).length).toBe(before);
  });
});
