import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ActionsBackend } from '../../src/cache/actions-backend.js';
import { cacheVersion } from '../../src/cache/actions-restore.js';
import { layoutVersion, LocalBackend } from '../../src/cache/local-backend.js';
import { RejectedEntryError } from '../../src/cache/safe-restore.js';
import { verifyModuleCache } from '../../src/cache/verify-on-disk.js';
import { parseGoSum } from '../../src/go/go-sum.js';
import { hashZip } from '../../src/go/zip-reader.js';
import { MemoryLogger } from '../../src/logger.js';
import { createZip } from '../../test-support/zip-writer.js';
import { type CacheService, cacheServiceEnv, startCacheService } from '../../test-support/cache-service.js';
import { compress, craftTar, type CraftedMember } from '../../test-support/tar-writer.js';

const hasZstd = spawnSync('zstd', ['--version']).status === 0;
const GOOD: CraftedMember = {
  name: 'cache/download/example.test/a/@v/v1.0.0.mod',
  data: 'module example.test/a\n',
};

/** Every file under `root` (lstat: symlinks are listed, never followed). */
async function listAll(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      out.push(path.relative(root, full));
      if (e.isDirectory()) await walk(full);
    }
  };
  await walk(root);
  return out.sort();
}

// Crafted members, each relative to the entry's expected layout; `outside` is where an escape would land.
const CASES: { name: string; member: (outside: string) => CraftedMember; problem: RegExp }[] = [
  {
    name: 'a path outside cache/download',
    member: () => ({ name: 'bin/evil', data: 'x' }),
    problem: /outside/,
  },
  {
    name: 'a `..` path element',
    member: () => ({ name: 'cache/download/../../../outside/evil', data: 'x' }),
    problem: /`\.\.`/,
  },
  {
    name: 'an absolute path',
    member: (outside) => ({ name: path.join(outside, 'evil'), data: 'x' }),
    problem: /absolute|outside/,
  },
  {
    name: 'a symlink',
    member: (outside) => ({ name: 'cache/download/example.test/b/@v', type: '2', linkName: outside }),
    problem: /is a symlink/,
  },
  {
    name: 'a hard link',
    member: () => ({
      name: 'cache/download/example.test/c/@v/v1.0.0.zip',
      type: '1',
      linkName: '/etc/passwd',
    }),
    problem: /is a hardlink/,
  },
  {
    name: 'a fifo',
    member: () => ({ name: 'cache/download/example.test/d/@v/list', type: '6' }),
    problem: /is a fifo/,
  },
  {
    name: 'a device',
    member: () => ({ name: 'cache/download/example.test/e/@v/list', type: '3' }),
    problem: /is a character-device/,
  },
];

describe('a restore writes only regular files under $GOMODCACHE/cache/download, whatever the entry holds', () => {
  let tmp: string;
  let gomodcache: string;
  let outside: string;
  let service: CacheService;
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-restore-safety-')));
    service = await startCacheService();
    Object.assign(process.env, cacheServiceEnv(service.url), {
      RUNNER_TEMP: path.join(tmp, 'runner-temp'),
      GITHUB_WORKSPACE: path.join(tmp, 'workspace'),
    });
    await fs.mkdir(path.join(tmp, 'runner-temp'), { recursive: true });
  });
  afterAll(async () => {
    for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
    Object.assign(process.env, savedEnv);
    await service?.close();
    await fs.rm(tmp, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await fs.rm(path.join(tmp, 'gomodcache'), { recursive: true, force: true });
    await fs.rm(path.join(tmp, 'outside'), { recursive: true, force: true });
    gomodcache = path.join(tmp, 'gomodcache');
    outside = path.join(tmp, 'outside');
    await fs.mkdir(outside, { recursive: true });
  });

  async function localEntry(
    dir: string,
    key: string,
    members: readonly CraftedMember[],
  ): Promise<LocalBackend> {
    const entry = path.join(dir, 'entries', key);
    await fs.mkdir(entry, { recursive: true });
    await fs.writeFile(path.join(entry, 'archive.tar'), compress(craftTar(members), 'gzip'));
    const meta = { key, version: layoutVersion('gzip'), created: Date.now(), compression: 'gzip' };
    await fs.writeFile(path.join(entry, 'meta.json'), JSON.stringify(meta));
    return new LocalBackend(dir, { compression: 'gzip' });
  }

  /** An entry in the cache service, laid out as @actions/cache writes ours: names relative to the workspace. */
  function actionsEntry(key: string, members: readonly CraftedMember[], prefixed = true): ActionsBackend {
    const stage = path.join(gomodcache, 'cache', 'gmw-stage');
    const prefix = path.relative(process.env.GITHUB_WORKSPACE as string, stage);
    const compression = hasZstd ? 'zstd-without-long' : 'gzip';
    const named = members.map((m) =>
      prefixed && !m.name.startsWith('/') ? { ...m, name: `${prefix}/${m.name}` } : m,
    );
    service.entries.push({
      id: 1000 + service.entries.length,
      key,
      version: cacheVersion([path.join(stage, 'cache', 'download')], compression),
      created: Date.now() + service.entries.length,
      data: compress(craftTar(named), hasZstd ? 'zstd' : 'gzip'),
      finalized: true,
    });
    return new ActionsBackend(process.env, Date.now, undefined, process.env.GITHUB_WORKSPACE);
  }

  it.each(CASES)(
    'local backend: refuses an entry with $name, names entry and member, writes nothing',
    async (c) => {
      const key = `crafted-${CASES.indexOf(c)}`;
      const backend = await localEntry(path.join(tmp, `local-${key}`), key, [GOOD, c.member(outside)]);
      const error = await backend.restore(gomodcache, key, []).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RejectedEntryError);
      expect((error as Error).message).toMatch(new RegExp(`SECURITY: the cache entry '${key}' was rejected`));
      expect((error as RejectedEntryError).member).toBe(c.member(outside).name);
      expect((error as RejectedEntryError).why).toMatch(c.problem);
      expect((await listAll(gomodcache)).filter((f) => f !== 'cache')).toEqual([]); // nothing restored, no temp left
      expect(await listAll(outside)).toEqual([]);
    },
  );

  it.each(CASES)(
    'actions backend: refuses an entry with $name, names entry and member, writes nothing',
    async (c) => {
      const key = `crafted-actions-${CASES.indexOf(c)}`;
      const backend = actionsEntry(key, [GOOD, c.member(outside)]);
      const error = await backend.restore(gomodcache, key, []).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RejectedEntryError);
      expect((error as Error).message).toContain(`'${key}' was rejected`);
      expect((error as RejectedEntryError).why).toMatch(c.problem);
      expect((await listAll(gomodcache)).filter((f) => f !== 'cache')).toEqual([]);
      expect(await listAll(outside)).toEqual([]);
      expect(await listAll(path.join(tmp, 'workspace'))).toEqual([]);
    },
  );

  it('actions backend: refuses members that are not under the staging layout (what @actions/cache would write anywhere)', async () => {
    const backend = actionsEntry(
      'crafted-actions-unprefixed',
      [{ name: `../outside/evil`, data: 'x' }],
      false,
    );
    await expect(backend.restore(gomodcache, 'crafted-actions-unprefixed', [])).rejects.toThrow(
      RejectedEntryError,
    );
    expect(await listAll(outside)).toEqual([]);
  });

  it('restores a clean entry of either backend into cache/download only, as regular files', async () => {
    const local = await localEntry(path.join(tmp, 'local-clean'), 'clean', [
      { name: 'cache/download/example.test/a/@v/', type: '5' },
      GOOD,
    ]);
    const restored = await local.restore(gomodcache, 'clean', []);
    expect(restored).toEqual(expect.objectContaining({ key: 'clean', exact: true, files: [GOOD.name] }));
    expect(await fs.readFile(path.join(gomodcache, GOOD.name), 'utf8')).toBe(GOOD.data);

    await fs.rm(gomodcache, { recursive: true });
    const actions = actionsEntry('clean-actions', [GOOD]);
    expect((await actions.restore(gomodcache, 'clean-actions', []))?.files).toEqual([GOOD.name]);
    expect((await fs.lstat(path.join(gomodcache, GOOD.name))).isFile()).toBe(true);
  });

  it('never follows a symlink already in the module cache: the members below it are skipped', async () => {
    const local = await localEntry(path.join(tmp, 'local-symlinked'), 'symlinked', [GOOD]);
    await fs.mkdir(path.join(gomodcache, 'cache', 'download'), { recursive: true });
    await fs.symlink(outside, path.join(gomodcache, 'cache', 'download', 'example.test'));
    const restored = await local.restore(gomodcache, 'symlinked', []);
    expect(restored?.files).toEqual([]);
    expect(await listAll(outside)).toEqual([]);
  });

  it('calls a truncated entry unreadable (not a security problem) and writes nothing', async () => {
    const dir = path.join(tmp, 'local-truncated');
    await localEntry(dir, 'truncated', [
      GOOD,
      { name: 'cache/download/x/@v/v1.0.0.zip', data: 'z'.repeat(5000) },
    ]);
    const archive = path.join(dir, 'entries', 'truncated', 'archive.tar');
    const bytes = await fs.readFile(archive);
    await fs.writeFile(archive, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const error = await new LocalBackend(dir, { compression: 'gzip' })
      .restore(gomodcache, 'truncated', [])
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/'truncated' is unreadable/);
    expect(error).not.toBeInstanceOf(RejectedEntryError);
    expect((await listAll(gomodcache)).filter((f) => f !== 'cache')).toEqual([]);
  });
  it('hashes each restored zip from the bytes it wrote; a garbage zip is unreadable and purged, the good one verified', async () => {
    const good = createZip([
      { name: 'example.test/z@v1.0.0/go.mod', data: Buffer.from('module example.test/z\n') },
    ]);
    const goodHash = hashZip(good);
    const dir = path.join(tmp, 'local-digests');
    const local = await localEntry(dir, 'digests', [
      { name: 'cache/download/example.test/z/@v/v1.0.0.zip', data: good },
      { name: 'cache/download/example.test/z/@v/v1.0.0.ziphash', data: `${goodHash}\n` },
      { name: 'cache/download/example.test/y/@v/v1.0.0.zip', data: 'not a zip at all' },
      { name: 'cache/download/example.test/y/@v/v1.0.0.ziphash', data: `${goodHash}\n` },
    ]);
    const restored = await local.restore(gomodcache, 'digests', []);
    expect([...(restored?.zipDigests?.keys() ?? [])].sort()).toEqual([
      'cache/download/example.test/y/@v/v1.0.0.zip',
      'cache/download/example.test/z/@v/v1.0.0.zip',
    ]);
    const goSum = parseGoSum(
      `example.test/z v1.0.0 ${goodHash}\nexample.test/y v1.0.0 ${goodHash}\n`,
      'go.sum',
    );
    const verified = await verifyModuleCache({
      gomodcache,
      goSum,
      zipDigests: restored?.zipDigests,
      logger: new MemoryLogger(),
    });
    expect(verified.integrity.verified).toBe(1);
    expect(verified.purged.map((p) => [p.path, p.problems.map((q) => q.kind)])).toEqual([
      ['example.test/y', ['zip-unreadable']],
    ]);
    await expect(
      fs.stat(path.join(gomodcache, 'cache/download/example.test/y/@v/v1.0.0.zip')),
    ).rejects.toThrow();
  });
});
