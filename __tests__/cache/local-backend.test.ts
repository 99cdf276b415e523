import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalBackend } from '../../src/cache/local-backend.js';
import { InfrastructureError } from '../../src/errors.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');

async function writeTree(root: string, files: Record<string, string | Buffer>): Promise<void> {
  await fs.rm(root, { recursive: true, force: true });
  for (const [name, data] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await fs.writeFile(path.join(root, name), data);
  }
}

async function readTree(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (dir: string): Promise<void> => {
    for (const e of await fs.readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else out[path.relative(root, full)] = (await fs.readFile(full)).toString('base64');
    }
  };
  await walk(root);
  return out;
}

/** Every file under `root`, relative, as GOMODCACHE-relative names for a save. */
async function filesOf(root: string): Promise<string[]> {
  return Object.keys(await readTree(root)).sort();
}

describe('LocalBackend', () => {
  let tmp: string;
  let cacheDir: string;
  let gomodcache: string;
  let source: string;
  beforeAll(async () => {
    tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-local-backend-')));
    cacheDir = path.join(tmp, 'cache');
    gomodcache = path.join(tmp, 'gomodcache');
    source = path.join(gomodcache, 'cache', 'download');
  });
  afterAll(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  const save = async (backend: LocalBackend, key: string, options?: { replace?: boolean }) =>
    backend.save(gomodcache, await filesOf(gomodcache), key, options);

  it('saves the listed files and restores them byte for byte on the exact key', async () => {
    const backend = new LocalBackend(cacheDir);
    await writeTree(source, {
      'a/@v/v1.0.0.zip': randomBytes(5000),
      'a/@v/list': 'v1.0.0\n',
      'sumdb/x/latest': 'tree',
    });
    const before = await readTree(source);
    const { archiveBytes } = await save(backend, 'gmw-linux-amd64-aaa');
    expect(archiveBytes).toBeGreaterThan(0);
    await fs.rm(source, { recursive: true });
    const restored = await backend.restore(gomodcache, 'gmw-linux-amd64-aaa', ['gmw-linux-amd64-']);
    expect(restored).toEqual(expect.objectContaining({ key: 'gmw-linux-amd64-aaa', exact: true }));
    expect(await readTree(source)).toEqual(before);
  });

  it('saves only the listed files, never the rest of the module cache', async () => {
    const backend = new LocalBackend(path.join(tmp, 'listed'));
    await writeTree(source, { 'a/@v/v1.0.0.mod': 'module a\n', 'unrelated/@v/v9.0.0.zip': 'other project' });
    await backend.save(gomodcache, ['cache/download/a/@v/v1.0.0.mod'], 'k');
    const elsewhere = path.join(tmp, 'elsewhere-listed');
    await backend.restore(elsewhere, 'k', []);
    expect(await filesOf(elsewhere)).toEqual(['cache/download/a/@v/v1.0.0.mod']);
  });

  it('restores long member names (GNU long-name records) byte for byte', async () => {
    const backend = new LocalBackend(path.join(tmp, 'long'));
    const long = `${'github.com/some-organisation/'.repeat(4)}a-rather-long-repository-name/v2/@v/v2.3.4-0.20230101123456-abcdef123456.ziphash`;
    await writeTree(source, { [long]: 'h1:abc\n', 'short/@v/list': 'v1\n' });
    await save(backend, 'long');
    const elsewhere = path.join(tmp, 'elsewhere-long');
    const restored = await backend.restore(elsewhere, 'long', []);
    expect(restored?.files).toContain(`cache/download/${long}`);
    expect(await fs.readFile(path.join(elsewhere, 'cache', 'download', long), 'utf8')).toBe('h1:abc\n');
  });

  it('restores an entry into another GOMODCACHE path (entries are relocatable)', async () => {
    const backend = new LocalBackend(cacheDir);
    const moved = path.join(tmp, 'moved', 'go', 'pkg', 'mod');
    const restored = await backend.restore(moved, 'gmw-linux-amd64-aaa', []);
    expect(restored?.key).toBe('gmw-linux-amd64-aaa');
    expect(Object.keys(await readTree(path.join(moved, 'cache', 'download'))).sort()).toEqual([
      'a/@v/list',
      'a/@v/v1.0.0.zip',
      'sumdb/x/latest',
    ]);
  });

  it('restores the newest entry whose key starts with a restore key when the primary key misses', async () => {
    const backend = new LocalBackend(cacheDir);
    await writeTree(source, { 'b/@v/v2.0.0.mod': 'module b\n' });
    await save(backend, 'gmw-linux-amd64-bbb');
    await fs.rm(source, { recursive: true });
    const restored = await backend.restore(gomodcache, 'gmw-linux-amd64-zzz', ['gmw-linux-amd64-']);
    expect(restored).toEqual(expect.objectContaining({ key: 'gmw-linux-amd64-bbb', exact: false }));
    expect(Object.keys(await readTree(source))).toEqual(['b/@v/v2.0.0.mod']);
    expect(await backend.restore(gomodcache, 'gmw-linux-amd64-zzz', ['gmw-darwin-'])).toBeUndefined();
  });

  it('does not restore an entry of another layout or compression', async () => {
    const backend = new LocalBackend(cacheDir, { compression: 'gzip' });
    expect(await backend.restore(path.join(tmp, 'elsewhere'), 'gmw-linux-amd64-aaa', [])).toBeUndefined();
  });

  it('does not replace an existing entry unless asked, and then replaces it atomically', async () => {
    const backend = new LocalBackend(cacheDir);
    await writeTree(source, { 'c/@v/v1.0.0.mod': 'module c\n' });
    // A twin (saved meanwhile by a run that missed too) is kept as it is, not rewritten.
    const before = await backend.entries();
    await expect(save(backend, 'gmw-linux-amd64-aaa')).resolves.toEqual({ key: 'gmw-linux-amd64-aaa' });
    expect(await backend.entries()).toEqual(before);
    await save(backend, 'gmw-linux-amd64-aaa', { replace: true });
    expect((await backend.entries()).filter((e) => e.key === 'gmw-linux-amd64-aaa')).toHaveLength(1);
    await fs.rm(source, { recursive: true });
    await backend.restore(gomodcache, 'gmw-linux-amd64-aaa', []);
    expect(Object.keys(await readTree(source))).toEqual(['c/@v/v1.0.0.mod']);
  });

  it('leaves a key another live run is saving to that run, and takes over a dead run’s lock', async () => {
    const backend = new LocalBackend(cacheDir);
    const key = 'gmw-linux-amd64-locked';
    const lock = path.join(
      cacheDir,
      'locks',
      `${createHash('sha256').update(key).digest('hex').slice(0, 40)}.lock`,
    );
    await fs.mkdir(path.dirname(lock), { recursive: true });
    await writeTree(source, { 'l/@v/v1.0.0.mod': 'module l\n' });
    await fs.writeFile(lock, `${process.ppid}\n`);
    await save(backend, key);
    expect((await backend.entries()).filter((e) => e.key === key)).toEqual([]);
    // A pid that cannot be alive: the lock is stale.
    await fs.writeFile(lock, '2147483646\n');
    await save(backend, key);
    expect((await backend.entries()).filter((e) => e.key === key)).toHaveLength(1);
    await expect(fs.stat(lock)).rejects.toThrow();
  });

  it('keeps the old entries when tar fails part-way, and leaves no half-written entry', async () => {
    const backend = new LocalBackend(cacheDir);
    const keysBefore = (await backend.entries()).map((e) => e.key);
    await writeTree(source, { 'd/@v/v1.0.0.mod': 'module d\n' });
    const error = await backend
      .save(
        gomodcache,
        ['cache/download/d/@v/v1.0.0.mod', 'cache/download/missing/@v/v1.0.0.zip'],
        'gmw-linux-amd64-ddd',
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InfrastructureError);
    expect((await backend.entries()).map((e) => e.key)).toEqual(keysBefore);
    expect((await fs.readdir(cacheDir)).filter((n) => n.startsWith('.tmp-'))).toEqual([]);
  });

  it('keeps the old entry when the saving process is killed mid-write', async () => {
    const backend = new LocalBackend(cacheDir);
    const oldKey = (await backend.entries())[0].key;
    // Enough incompressible data that tar + zstd are still writing when the kill lands.
    const big: Record<string, Buffer> = {};
    for (let i = 0; i < 16; i++) big[`big/@v/v1.0.${i}.zip`] = randomBytes(4 << 20);
    await writeTree(source, big);

    const child = spawn(
      path.join(repoRoot, 'node_modules', '.bin', 'tsx'),
      [path.join(here, 'fixtures', 'save-child.ts'), cacheDir, gomodcache, 'gmw-linux-amd64-killed'],
      { cwd: repoRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
    // Kill the whole process group (node, tar, zstd) as soon as the archive has bytes in it.
    let killedMidWrite = false;
    for (let i = 0; i < 30_000 && !killedMidWrite; i++) {
      const temps = (await fs.readdir(cacheDir)).filter((n) => n.startsWith('.tmp-'));
      for (const t of temps) {
        const size = await fs.stat(path.join(cacheDir, t, 'archive.tar')).then(
          (s) => s.size,
          () => 0,
        );
        if (size > 0) {
          process.kill(-(child.pid as number), 'SIGKILL');
          killedMidWrite = true;
        }
      }
      if (out.includes('saved')) break;
      await new Promise((r) => setTimeout(r, 2));
    }
    await exited;
    expect(out).not.toContain('saved');
    expect(killedMidWrite).toBe(true);

    // The killed save left only its temp directory; no entry for its key, the old one intact.
    expect((await fs.readdir(cacheDir)).some((n) => n.startsWith('.tmp-'))).toBe(true);
    expect((await backend.entries()).map((e) => e.key)).not.toContain('gmw-linux-amd64-killed');
    await fs.rm(source, { recursive: true });
    expect((await backend.restore(gomodcache, 'gmw-linux-amd64-killed', ['gmw-linux-amd64-']))?.key).toBe(
      oldKey,
    );

    // The next save clears the dead process's temp directory.
    await fs.rm(gomodcache, { recursive: true });
    await writeTree(source, { 'e/@v/v1.0.0.mod': 'module e\n' });
    await save(backend, 'gmw-linux-amd64-eee');
    expect((await fs.readdir(cacheDir)).filter((n) => n.startsWith('.tmp-'))).toEqual([]);
  });

  it('keeps only the newest entries of a key family, and leaves other families alone', async () => {
    const backend = new LocalBackend(path.join(tmp, 'evict'), { keepPerFamily: 2 });
    await fs.rm(gomodcache, { recursive: true, force: true });
    await writeTree(source, { 'f/@v/v1.0.0.mod': 'module f\n' });
    for (const key of ['app-linux-amd64-1', 'lib-linux-amd64-1', 'app-linux-amd64-2', 'app-linux-amd64-3'])
      await save(backend, key);
    expect((await backend.entries()).map((e) => e.key)).toEqual([
      'app-linux-amd64-3',
      'app-linux-amd64-2',
      'lib-linux-amd64-1',
    ]);
  });
});
