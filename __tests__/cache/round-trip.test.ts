import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseJsonObjects } from '../../src/go/json-stream.js';
import { planNextEntry, saveCacheEntry, type RestoredEntry } from '../../src/cache/entry.js';
import { cacheKeys, readSumFiles } from '../../src/cache/keys.js';
import { restoreVerifiedCache } from '../../src/cache/restore.js';
import { readRunnerFacts } from '../../src/config/runner-facts.js';
import { LocalBackend } from '../../src/cache/local-backend.js';
import { moduleFilesInCache, zipsAmong } from '../../src/steps/arrival.js';
import { moduleCachePaths } from '../../src/cache/module-path.js';
import type { ModuleIntegrity } from '../../src/cache/integrity.js';
import { toBuildListModule, type GoModule } from '../../src/go/build-list.js';
import { parseGoSum } from '../../src/go/go-sum.js';
import { MemoryLogger } from '../../src/logger.js';
import { fixtureModule, standardGraph } from '../../test-support/fixture-modules.js';
import type { FixtureProxy } from '../../test-support/fixture-proxy.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import { type GoSandbox, removeTree } from '../../test-support/go-sandbox.js';

/** How many zips are under `<gomodcache>/cache/download` now (a hook is synchronous). */
function zipsOnDisk(gomodcache: string): number {
  const names = readdirSync(path.join(gomodcache, 'cache', 'download'), { recursive: true });
  return names.filter((name) => String(name).endsWith('.zip')).length;
}

/**
 * One run as main + post would do it with the local backend: keys from go.sum, restore + verify +
 * purge, `go mod download all` through the fixture proxy, build list, keep list, state handed over
 * as strings, then prune + save.
 */
describe('the verified cache round trip with the local backend and the real go', () => {
  const graph = standardGraph();
  let world: FixtureWorld;
  let proxy: FixtureProxy;
  let sandbox: GoSandbox;
  let project: string;
  let gomodcache: string;
  let cacheDir: string;

  const go = (args: string[]) =>
    sandbox.go(args, { cwd: project, env: { GOPROXY: proxy.url, GOSUMDB: 'off' } });

  async function runOnce(
    env: NodeJS.ProcessEnv = {},
    unproven: readonly string[] = [],
    beforeSave?: () => Promise<void>,
  ) {
    const logger = new MemoryLogger();
    const goSumFile = path.join(project, 'go.sum');
    const goSum = parseGoSum(await fs.readFile(goSumFile, 'utf8'), 'go.sum');
    // Main step: restore + verify, prime, build list, state for the post step.
    // As the cache step does it (src/steps/cache.ts): keys from go.sum, restore, the entry's state.
    const sums = await readSumFiles(project, [goSumFile, path.join(project, 'go.work.sum')]);
    const keys = cacheKeys('gmw', 'linux', 'amd64', sums);
    const backend = new LocalBackend(cacheDir);
    // What the run may begin before the check is done (the pipeline starts the checksum step and
    // reads licenses then): each hook's moment, with the zips on disk when the files were in.
    const hooked: string[] = [];
    const hooks = {
      onRestored: () => hooked.push(`restored, ${zipsOnDisk(gomodcache)} zips on disk`),
      onChecked: (m: ModuleIntegrity) => hooked.push(`checked ${m.path}@${m.version} ${m.status}`),
    };
    const restored = await restoreVerifiedCache({
      backend,
      gomodcache,
      keys,
      goSum,
      logger,
      now: Date.now,
      hooks,
    });
    const pending: RestoredEntry = {
      backend: backend.name,
      localDir: cacheDir,
      gomodcache,
      primaryKey: keys.primary,
      matchedKey: restored.matchedKey,
      exact: restored.exact,
      replace: restored.replace,
      restoredModules: restored.restoredModules,
      cacheSave: 'auto',
    };
    // What the pipeline reports as route=cache: the zips in the cache once restore and purge are done.
    const servedByCache = zipsAmong(await moduleFilesInCache(gomodcache));
    proxy.requests.length = 0;
    const download = await go(['mod', 'download', 'all']);
    const moduleRequests = proxy.requests.filter((r) => r.kind !== 'sumdb').length;
    const listed = await go(['list', '-m', '-json', 'all']);
    const buildList = parseJsonObjects<GoModule>(listed.stdout).map(toBuildListModule);
    const listFile = path.join(sandbox.root, 'runner-temp', 'go-module-warden', 'cache-archive.json');
    const { state } = await planNextEntry(pending, {
      buildList,
      // go.sum is complete here (the fixture project is tidy with go mod download all's lines).
      goSum,
      primed: download.code === 0,
      failure: download.code === 0 ? undefined : 'go mod download failed',
      // The checksum step's verdicts: this test is about the cache, so every module counts as
      // verified except those named in `unproven` (GOSUMDB is off for `go` here).
      checksums: buildList.map((m) => ({
        path: m.path,
        version: m.version,
        status: unproven.includes(m.path) ? 'unchecked' : 'verified',
      })),
      listFile,
    });
    await beforeSave?.();
    // Post step: only the state strings cross over, as through GITHUB_STATE.
    const save = await saveCacheEntry({
      getState: (name) => state[name],
      backendFor: (s) => new LocalBackend(s.localDir as string),
      // The post step's edge reads the event (and its payload) from the job's environment.
      event: (await readRunnerFacts(env)).event,
      logger,
      now: Date.now,
    });
    if (!save) throw new Error('the post step found no cache state');
    return {
      hooked,
      restored: {
        report: restored.report,
        matchedKey: pending.matchedKey,
        integrity: restored.integrity,
        servedByCache,
      },
      download,
      moduleRequests,
      save,
      logger,
      keys: { primary: keys.primary },
    };
  }

  beforeAll(async () => {
    world = await startFixtureWorld(graph);
    ({ proxy, project } = world);
    // A module the project comes to need later (a test adds it to go.mod).
    proxy.addModule(fixtureModule({ path: 'example.test/extra', version: 'v1.0.0' }));
    sandbox = await world.freshSandbox();
    gomodcache = sandbox.env.GOMODCACHE as string;
    cacheDir = path.join(sandbox.root, 'warden-cache');
    await removeTree(gomodcache);
  });

  afterAll(async () => {
    await world?.close();
  });

  /** Files that belong to other projects on the same machine: a run must leave them exactly as they are. */
  const UNRELATED: Record<string, string> = {
    'cache/download/unrelated.test/other/@v/v1.0.0.zip': 'zip of another project',
    'cache/download/unrelated.test/other/@v/v1.0.0.mod': 'module unrelated.test/other\n',
    'cache/download/unrelated.test/other/@v/v1.0.0.info': '{"Version":"v1.0.0"}',
    'cache/download/unrelated.test/other/@v/list': 'v1.0.0\n',
    'cache/download/example.test/alpha/@v/v0.9.0.zip': 'an older alpha another project uses',
    'cache/download/example.test/alpha/@v/v0.9.0.mod': 'module example.test/alpha\n',
    'unrelated.test/other@v1.0.0/other.go': 'package other\n',
    'cache/vcs/0123abcd/HEAD': 'ref: refs/heads/main\n',
  };

  async function readFiles(
    root: string,
    names: readonly string[],
  ): Promise<Record<string, string | undefined>> {
    const out: Record<string, string | undefined> = {};
    for (const name of names)
      out[name] = await fs.readFile(path.join(root, name), 'utf8').catch(() => undefined);
    return out;
  }

  async function entryFiles(key: string): Promise<string[]> {
    const elsewhere = path.join(sandbox.root, `entry-of-${Date.now()}`);
    const restored = await new LocalBackend(cacheDir).restore(elsewhere, key, []);
    await removeTree(elsewhere);
    return [...(restored?.files ?? [])];
  }

  it('misses, primes through the proxy and saves on the first run, leaving every unrelated module as it was', async () => {
    for (const [name, data] of Object.entries(UNRELATED)) {
      await fs.mkdir(path.dirname(path.join(gomodcache, name)), { recursive: true });
      await fs.writeFile(path.join(gomodcache, name), data);
    }
    const run = await runOnce();
    expect(run.restored.report.hit).toBe('miss');
    expect(run.download.code).toBe(0);
    expect(run.moduleRequests).toBeGreaterThan(0);
    expect(run.save).toEqual(expect.objectContaining({ saved: true, key: run.keys.primary }));
    expect(run.save.bytes).toBeGreaterThan(0);
    // Nothing of the user's was deleted or changed, and none of it went into the entry.
    expect(await readFiles(gomodcache, Object.keys(UNRELATED))).toEqual(UNRELATED);
    const saved = await entryFiles(run.keys.primary);
    expect(saved.filter((f) => f.includes('unrelated.test') || f.includes('v0.9.0'))).toEqual([]);
    expect(saved).toContain('cache/download/example.test/alpha/@v/v1.0.0.zip');
    expect(saved).toContain('cache/download/example.test/alpha/@v/v1.0.0.ziphash');
    // The file list handed to the save is gone: nothing is left in the temp dir.
    expect(await fs.readdir(path.join(sandbox.root, 'runner-temp')).catch(() => [])).toEqual([]);
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
        complete: true,
      }),
    );
    expect(run.restored.report.restoredBytes).toBeGreaterThan(0);
    // Every file in before any check, then each module told as it proves.
    expect(run.hooked[0]).toBe(`restored, ${graph.modules.length} zips on disk`);
    expect(run.hooked.slice(1).sort()).toEqual(
      graph.modules.map((m) => `checked ${m.path}@${m.version} verified`).sort(),
    );
    expect(run.download.code).toBe(0);
    expect(run.moduleRequests).toBe(0);
    expect(run.save).toEqual(expect.objectContaining({ saved: false }));
    expect(run.save.reason).toMatch(/exact hit/);
  });

  it('purges a restored module whose zip was altered, fetches only it again, and replaces the entry with a good one', async () => {
    // Poison the saved entry: restore it, alter one zip, save it under the key again in its place.
    await removeTree(gomodcache);
    const backend = new LocalBackend(cacheDir);
    const [entry] = await backend.entries();
    const restoredEntry = await backend.restore(gomodcache, entry.key, []);
    const beta = moduleCachePaths(gomodcache, { path: 'example.test/beta', version: 'v1.1.0' });
    const zip = Buffer.from(await fs.readFile(`${beta.base}.zip`));
    zip[zip.length - 30] ^= 0x01;
    await fs.writeFile(`${beta.base}.zip`, zip);
    await backend.save(gomodcache, restoredEntry?.files ?? [], entry.key, { replace: true });
    await removeTree(gomodcache);

    const run = await runOnce();
    expect(run.restored.report.hit).toBe('exact');
    expect(run.restored.report.complete).toBe(false);
    expect(run.restored.report.purged.map((p) => `${p.path}@${p.version}`)).toEqual([
      'example.test/beta@v1.1.0',
    ]);
    expect(run.logger.lines.join('\n')).toContain('purged example.test/beta@v1.1.0');
    expect(run.download.code).toBe(0);
    const fetched = new Set(proxy.requests.filter((r) => r.kind === 'zip').map((r) => r.module));
    expect([...fetched]).toEqual(['example.test/beta']);
    // The run verified everything: the polluted entry is replaced, in place, under the same key.
    expect(run.save).toEqual(expect.objectContaining({ saved: true, replaced: true, key: entry.key }));
    expect((await backend.entries()).filter((e) => e.key === entry.key)).toHaveLength(1);

    // The next run gets the good entry: no purge, no warning, no module request, nothing saved.
    await removeTree(gomodcache);
    const healed = await runOnce();
    expect(healed.restored.report).toEqual(expect.objectContaining({ hit: 'exact', purged: [] }));
    expect(healed.logger.lines.filter((l) => /warn/i.test(l))).toEqual([]);
    expect(healed.moduleRequests).toBe(0);
    expect(healed.save.saved).toBe(false);
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
    // The newest entry is the healed one of the test before: nothing to purge.
    expect(run.restored.report.purged).toEqual([]);
    const fetched = new Set(proxy.requests.filter((r) => r.kind === 'zip').map((r) => r.module));
    expect([...fetched].sort()).toEqual(['example.test/extra']);
    // What the pipeline reports as route=cache: restored zips that passed, not the purged or new ones.
    const served = run.restored.servedByCache;
    expect(served.has('example.test/alpha@v1.0.0')).toBe(true);
    expect(served.has('example.test/beta@v1.1.0')).toBe(true);
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

  it('keeps a module whose checksum was not proven out of the entry, and says why', async () => {
    // The key of the fork test before, which saved nothing.
    await removeTree(gomodcache);
    const run = await runOnce({ GITHUB_EVENT_NAME: 'push' }, ['example.test/alpha']);
    expect(run.save).toEqual(expect.objectContaining({ saved: true }));
    expect(run.save.leftOut).toEqual([
      { module: 'example.test/alpha@v1.0.0', reason: expect.stringContaining("checksum status 'unchecked'") },
    ]);
    const saved = await entryFiles(run.save.key as string);
    expect(saved.filter((f) => f.includes('example.test/alpha/'))).toEqual([]);
    expect(saved).toContain('cache/download/example.test/beta/@v/v1.1.0.zip');
  });

  it('leaves out a module version whose file changed between the main step and the save', async () => {
    const sum = path.join(project, 'go.sum');
    await fs.writeFile(sum, (await fs.readFile(sum, 'utf8')) + '\n\n');
    await removeTree(gomodcache);
    const gamma = moduleCachePaths(gomodcache, { path: 'example.test/beta', version: 'v1.1.0' });
    const run = await runOnce({}, [], async () => {
      const zip = Buffer.from(await fs.readFile(`${gamma.base}.zip`));
      zip[zip.length - 30] ^= 0x01;
      await fs.writeFile(`${gamma.base}.zip`, zip);
    });
    expect(run.save.saved).toBe(true);
    expect(run.save.leftOut).toEqual([
      expect.objectContaining({ module: 'cache/download/example.test/beta/@v/v1.1.0.zip' }),
    ]);
    const saved = await entryFiles(run.save.key as string);
    expect(saved.filter((f) => f.includes('example.test/beta/@v/v1.1.0'))).toEqual([]);
    expect(saved).toContain('cache/download/example.test/alpha/@v/v1.0.0.zip');

    // The next run hits the incomplete entry exactly, fetches beta, proves it, and completes the entry.
    await removeTree(gomodcache);
    const next = await runOnce();
    expect(next.restored.report.hit).toBe('exact');
    expect(next.restored.report.complete).toBe(false); // beta is not in it: priming fetches it
    expect(next.save).toEqual(expect.objectContaining({ saved: true, replaced: true }));
    expect(await entryFiles(next.save.key as string)).toContain(
      'cache/download/example.test/beta/@v/v1.1.0.zip',
    );
    // And the one after finds it complete: nothing to save.
    await removeTree(gomodcache);
    const complete = await runOnce();
    expect(complete.moduleRequests).toBe(0);
    expect(complete.save).toEqual(
      expect.objectContaining({ saved: false, reason: expect.stringMatching(/exact hit/) }),
    );
  });
});
