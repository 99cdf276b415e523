import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { StateStore } from '../../src/sumdb/state-store.js';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const d = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-state-store-'));
  dirs.push(d);
  return d;
}
afterAll(async () => {
  for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
});

describe('the checksum database state store', () => {
  it('reads the files a warm cache holds', async () => {
    const dir = await tempDir();
    await fs.mkdir(path.join(dir, 'lookup', 'example.test'), { recursive: true });
    await fs.writeFile(path.join(dir, 'lookup', 'example.test', 'a@v1.0.0'), 'record');
    const store = new StateStore(dir);
    expect((await store.read('lookup/example.test/a@v1.0.0'))?.toString()).toBe('record');
    expect(await store.read('lookup/example.test/b@v1.0.0')).toBeUndefined();
  });

  it('under a directory missing at its first read, reads only what it wrote since', async () => {
    const dir = await tempDir();
    const store = new StateStore(dir);
    expect(await store.read('tile/8/0/000')).toBeUndefined();
    // Another process adds a tile meanwhile: this run fetches it again rather than open every file.
    await fs.mkdir(path.join(dir, 'tile', '8', '0'), { recursive: true });
    await fs.writeFile(path.join(dir, 'tile', '8', '0', '001'), 'theirs');
    expect(await store.read('tile/8/0/001')).toBeUndefined();
    await store.write('tile/8/0/000', 'ours');
    expect((await store.read('tile/8/0/000'))?.toString()).toBe('ours');
    await store.remove('tile/8/0/000');
    expect(await store.read('tile/8/0/000')).toBeUndefined();
    // Top-level files (the remembered tree) are always read.
    await fs.writeFile(path.join(dir, 'latest'), 'note');
    expect((await store.read('latest'))?.toString()).toBe('note');
    // A new store (the next run) sees everything on disk.
    expect((await new StateStore(dir).read('tile/8/0/001'))?.toString()).toBe('theirs');
  });

  it('holds lookups and tiles in memory until flush, reading them back meanwhile', async () => {
    const dir = await tempDir();
    const store = new StateStore(dir);
    store.holdWrites();
    await store.write('lookup/example.test/a@v1.0.0', 'record a');
    await store.write('latest', 'tree note');
    expect((await store.read('lookup/example.test/a@v1.0.0'))?.toString()).toBe('record a');
    await expect(fs.access(path.join(dir, 'lookup'))).rejects.toThrow('ENOENT');
    // The remembered tree is never held: it is what a fork is detected against.
    expect(await fs.readFile(path.join(dir, 'latest'), 'utf8')).toBe('tree note');
    await expect(store.write('lookup/../../escape', 'x')).rejects.toThrow('escapes');

    const flushed = store.flush();
    await store.write('tile/8/0/000', 'after flush began');
    await flushed;
    expect(await fs.readFile(path.join(dir, 'lookup', 'example.test', 'a@v1.0.0'), 'utf8')).toBe('record a');
    expect(await fs.readFile(path.join(dir, 'tile', '8', '0', '000'), 'utf8')).toBe('after flush began');
    expect((await fs.readdir(path.join(dir, 'lookup', 'example.test'))).sort()).toEqual(['a@v1.0.0']);
    // Held no more: written at once.
    await store.write('lookup/example.test/b@v1.0.0', 'record b');
    expect(await fs.readFile(path.join(dir, 'lookup', 'example.test', 'b@v1.0.0'), 'utf8')).toBe('record b');
  });

  it('leaves no temporary file behind when a write fails, held or not', async () => {
    const dir = await tempDir();
    // Something else stands where the files go: the rename fails.
    await fs.mkdir(path.join(dir, 'lookup', 'example.test', 'a@v1.0.0'), { recursive: true });
    await fs.mkdir(path.join(dir, 'tile', '8', '0', '000'), { recursive: true });
    const store = new StateStore(dir);
    await expect(store.write('tile/8/0/000', 'tile')).rejects.toThrow();
    store.holdWrites();
    await store.write('lookup/example.test/a@v1.0.0', 'record a');
    await expect(store.flush()).rejects.toThrow();
    expect(await fs.readdir(path.join(dir, 'lookup', 'example.test'))).toEqual(['a@v1.0.0']);
    expect(await fs.readdir(path.join(dir, 'tile', '8', '0'))).toEqual(['000']);
  });
});
