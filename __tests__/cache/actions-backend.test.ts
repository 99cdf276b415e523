import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ActionsBackend } from '../../src/cache/actions-backend.js';
import { stampFiles } from '../../src/cache/archive-files.js';
import { cacheKeys, readSumFiles } from '../../src/cache/keys.js';
import { restoreVerifiedCache } from '../../src/cache/restore.js';
import { saveVerifiedCache, writeArchiveList } from '../../src/cache/save.js';
import type { CacheState } from '../../src/cache/state.js';
import { parseGoSum } from '../../src/go/go-sum.js';
import { InfrastructureError } from '../../src/errors.js';
import { MemoryLogger } from '../../src/logger.js';
import { type CacheService, cacheServiceEnv, startCacheService } from '../../test-support/cache-service.js';
import { standardGraph } from '../../test-support/fixture-modules.js';
import { type FixtureProxy, startFixtureProxy } from '../../test-support/fixture-proxy.js';
import {
  createFixtureProject,
  createGoSandbox,
  type GoSandbox,
  removeTree,
} from '../../test-support/go-sandbox.js';
import { quietActionsCommands } from '../../test-support/quiet-actions-commands.js';

async function digestTree(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (dir: string): Promise<void> => {
    for (const e of await fs.readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else
        out[path.relative(root, full)] = createHash('sha256')
          .update(await fs.readFile(full))
          .digest('hex');
    }
  };
  await walk(root);
  return out;
}

describe('ActionsBackend: the real @actions/cache against a loopback cache service v2', () => {
  quietActionsCommands();
  const graph = standardGraph();
  const savedEnv = { ...process.env };
  let service: CacheService;
  let proxy: FixtureProxy;
  let sandbox: GoSandbox;
  let project: string;
  let gomodcache: string;

  beforeAll(async () => {
    service = await startCacheService();
    proxy = await startFixtureProxy(graph.modules);
    sandbox = await createGoSandbox();
    project = await createFixtureProject(sandbox, graph, proxy.url);
    gomodcache = sandbox.env.GOMODCACHE as string;
    await removeTree(gomodcache);
    const runnerTemp = path.join(sandbox.root, 'runner-temp');
    await fs.mkdir(runnerTemp, { recursive: true });
    Object.assign(process.env, cacheServiceEnv(service.url), {
      RUNNER_TEMP: runnerTemp,
      GITHUB_WORKSPACE: project,
    });
    delete process.env.ACTIONS_CACHE_MODE;
    delete process.env.ACTIONS_CACHE_URL;
  });

  afterAll(async () => {
    for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
    Object.assign(process.env, savedEnv);
    await service?.close();
    await proxy?.close();
    await sandbox?.cleanup();
  });

  /** The backend as the edges build it in this job: @actions/cache names paths relative to the workspace. */
  const actionsBackend = (now: () => number = Date.now) =>
    new ActionsBackend(process.env, now, undefined, process.env.GITHUB_WORKSPACE);

  const go = (args: string[]) =>
    sandbox.go(args, { cwd: project, env: { GOPROXY: proxy.url, GOSUMDB: 'off' } });

  /** Every file under cache/download, relative to GOMODCACHE, as the main step would list them. */
  async function downloadFiles(): Promise<string[]> {
    return Object.keys(await digestTree(path.join(gomodcache, 'cache', 'download')))
      .map((f) => `cache/download/${f}`)
      .sort();
  }

  it('saves the listed files (tar + zstd, uploaded as a block blob) from a staging copy and restores them byte for byte', async () => {
    expect((await go(['mod', 'download', 'all'])).code).toBe(0);
    const download = path.join(gomodcache, 'cache', 'download');
    const before = await digestTree(download);
    const backend = actionsBackend();
    expect(await backend.save(gomodcache, await downloadFiles(), 'gmw-linux-x64-one')).toEqual({
      key: 'gmw-linux-x64-one',
    });
    // The staging directory is gone and the module cache is as it was.
    expect(await fs.readdir(path.join(gomodcache, 'cache'))).toEqual(['download']);
    expect(await digestTree(download)).toEqual(before);

    const calls = service.requests.map((r) => `${r.call} ${r.status}`);
    expect(calls).toEqual(expect.arrayContaining(['CreateCacheEntry 200', 'FinalizeCacheEntryUpload 200']));
    expect(service.requests.some((r) => r.call === 'blob' && r.method === 'PUT' && r.status === 201)).toBe(
      true,
    );
    const [entry] = service.entries;
    expect(entry).toEqual(expect.objectContaining({ key: 'gmw-linux-x64-one', finalized: true }));
    expect(entry.data?.subarray(0, 4).toString('hex')).toBe('28b52ffd'); // the zstd frame magic
    expect(entry.sizeBytes).toBe(entry.data?.length);

    await removeTree(gomodcache);
    const restored = await backend.restore(gomodcache, 'gmw-linux-x64-one', ['gmw-linux-x64-']);
    expect(restored).toEqual(expect.objectContaining({ key: 'gmw-linux-x64-one', exact: true }));
    expect(service.requests.some((r) => r.call === 'blob' && r.method === 'GET' && r.status === 200)).toBe(
      true,
    );
    expect(await digestTree(download)).toEqual(before);
  });

  it('restores long member names written by @actions/cache (pax headers) byte for byte', async () => {
    const backend = actionsBackend();
    const long = `cache/download/${'github.com/some-organisation/'.repeat(5)}repo/@v/v2.3.4-0.20230101123456-abcdef123456.mod`;
    await fs.mkdir(path.dirname(path.join(gomodcache, long)), { recursive: true });
    await fs.writeFile(path.join(gomodcache, long), 'module x\n');
    await backend.save(gomodcache, [long], 'gmw-long-names');
    await fs.rm(path.join(gomodcache, long));
    const restored = await backend.restore(gomodcache, 'gmw-long-names', []);
    expect(restored?.files).toEqual([long]);
    expect(await fs.readFile(path.join(gomodcache, long), 'utf8')).toBe('module x\n');
  });

  it('restores the newest entry on a restore-key prefix, and misses on another prefix', async () => {
    const backend = actionsBackend();
    expect(await backend.restore(gomodcache, 'gmw-linux-x64-two', ['gmw-linux-x64-'])).toEqual(
      expect.objectContaining({ key: 'gmw-linux-x64-one', exact: false }),
    );
    expect(await backend.restore(gomodcache, 'gmw-linux-x64-two', ['gmw-darwin-'])).toBeUndefined();
  });

  it('supersedes a bad entry under a fresh heal key that later restores prefer (keys are immutable)', async () => {
    let clock = 1_700_000_000_000;
    const backend = actionsBackend(() => clock++);
    const files = await downloadFiles();
    const healed = await backend.save(gomodcache, files, 'gmw-linux-x64-one', { replace: true });
    expect(healed.key).toBe('gmw-linux-x64-one-heal-1700000000000');
    const newer = await backend.save(gomodcache, files.slice(0, 3), 'gmw-linux-x64-one', { replace: true });
    await removeTree(gomodcache);
    const restored = await backend.restore(gomodcache, 'gmw-linux-x64-one', ['gmw-linux-x64-']);
    expect(restored).toEqual(expect.objectContaining({ key: newer.key, exact: true }));
    expect(restored?.files).toHaveLength(3);
  });

  it('reports a save the service refused as an error and keeps the existing entry', async () => {
    const backend = actionsBackend();
    await removeTree(gomodcache);
    expect((await go(['mod', 'download', 'all'])).code).toBe(0);
    const files = await downloadFiles();
    await expect(backend.save(gomodcache, files, 'gmw-linux-x64-one')).rejects.toThrow(InfrastructureError);
    service.refuseWrites = 'cache write denied: read-only token';
    try {
      await expect(backend.save(gomodcache, files, 'gmw-linux-x64-new')).rejects.toThrow(
        /did not store 'gmw-linux-x64-new'/,
      );
    } finally {
      service.refuseWrites = undefined;
    }
    expect(service.entries.filter((e) => e.finalized).map((e) => e.key)).not.toContain('gmw-linux-x64-new');
  });

  it('says clearly that the service is unavailable when the runner gives no cache URL', async () => {
    const url = process.env.ACTIONS_RESULTS_URL;
    delete process.env.ACTIONS_RESULTS_URL;
    try {
      await expect(actionsBackend().restore(gomodcache, 'k', [])).rejects.toThrow(
        /cache service is not available to this step.*cache-backend: local/,
      );
    } finally {
      process.env.ACTIONS_RESULTS_URL = url;
    }
  });

  it('refuses to save when the runner’s cache mode is read-only', async () => {
    const backend = new ActionsBackend({ ACTIONS_CACHE_MODE: 'read' }, Date.now, undefined, project);
    await expect(backend.save(gomodcache, [], 'gmw-linux-x64-ro')).rejects.toThrow(/cache mode 'read'/);
  });

  it('runs the verified restore and save through the service: miss and save, then an exact hit with no module request', async () => {
    const backend = actionsBackend();
    const logger = new MemoryLogger();
    const goSum = parseGoSum(await fs.readFile(path.join(project, 'go.sum'), 'utf8'), 'go.sum');
    const keys = cacheKeys(
      'gmw-e2e',
      'linux',
      'amd64',
      await readSumFiles(project, [path.join(project, 'go.sum')]),
    );

    await removeTree(gomodcache);
    const first = await restoreVerifiedCache({ backend, gomodcache, keys, goSum, logger, now: Date.now });
    expect(first.report.hit).toBe('miss');
    expect((await go(['mod', 'download', 'all'])).code).toBe(0);
    const listFile = path.join(sandbox.root, 'runner-temp', 'list.json');
    await writeArchiveList(listFile, {
      files: await stampFiles(gomodcache, await downloadFiles()),
      leftOut: [],
    });
    const state: CacheState = {
      backend: 'actions',
      gomodcache,
      primaryKey: keys.primary,
      exact: false,
      replace: false,
      listFile,
      cacheSave: 'auto',
    };
    const saved = await saveVerifiedCache({
      backend,
      state,
      event: { name: 'push', payload: undefined },
      logger,
      now: Date.now,
    });
    expect(saved.saved).toBe(true);
    await expect(fs.stat(listFile)).rejects.toThrow();

    await removeTree(gomodcache);
    const second = await restoreVerifiedCache({ backend, gomodcache, keys, goSum, logger, now: Date.now });
    expect(second.report).toEqual(
      expect.objectContaining({ hit: 'exact', verified: graph.modules.length, purged: [] }),
    );
    proxy.requests.length = 0;
    expect((await go(['mod', 'download', 'all'])).code).toBe(0);
    expect(proxy.requests).toEqual([]);
  });
});
