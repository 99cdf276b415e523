import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { archiveFiles } from '../../src/cache/archive-files.js';
import { LocalBackend } from '../../src/cache/local-backend.js';
import { verifyModuleCache } from '../../src/cache/verify-on-disk.js';
import { hashGoMod } from '../../src/go/dirhash.js';
import { digestZipEntriesAsync } from '../../src/go/zip-reader.js';
import { MemoryLogger } from '../../src/logger.js';
import { createZip } from '../../test-support/zip-writer.js';

// A crafted zip in a restored cache: what its headers declare never sets the memory used. Go's
// limits (500 MiB uncompressed in all, go.mod 16 MiB) are checked before anything is inflated.
const MIB = 1 << 20;

/** A real zip whose directory (and local header) then declare `declared` bytes for the entry `name`. */
function declaring(entries: { name: string; data: Buffer }[], name: string, declared: number): Buffer {
  const zip = createZip(entries);
  for (let p = 0; p + 46 <= zip.length; p++) {
    const central = zip.readUInt32LE(p) === 0x02014b50;
    const local = zip.readUInt32LE(p) === 0x04034b50;
    if (!central && !local) continue;
    const nameAt = central ? p + 46 : p + 30;
    const nameLength = zip.readUInt16LE(p + (central ? 28 : 26));
    if (zip.toString('utf8', nameAt, nameAt + nameLength) === name)
      zip.writeUInt32LE(declared, p + (central ? 24 : 22));
  }
  return zip;
}

describe('a crafted zip', () => {
  const prefix = 'example.test/bomb@v1.0.0/';
  const goMod = Buffer.from('module example.test/bomb\n');

  it.each([
    [
      'a file declaring 2000 MiB',
      `${prefix}big.txt`,
      2000 * MIB,
      /declare more than Go's 500 MiB uncompressed in all/,
    ],
    ['a go.mod declaring 17 MiB', `${prefix}go.mod`, 17 * MIB, /past Go's 16 MiB for go.mod/],
  ])('%s is refused before anything is inflated', async (_name, entry, declared, why) => {
    const zip = declaring(
      [
        { name: `${prefix}go.mod`, data: goMod },
        { name: `${prefix}big.txt`, data: Buffer.alloc(4096) },
      ],
      entry,
      declared,
    );
    await expect(digestZipEntriesAsync(zip)).rejects.toThrow(why);
  });

  describe('restored into the module cache', () => {
    let gomodcache: string;
    beforeAll(async () => {
      gomodcache = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-crafted-'));
      const v = path.join(gomodcache, 'cache', 'download', 'example.test', 'bomb', '@v');
      await fs.mkdir(v, { recursive: true });
      const zip = declaring(
        [
          { name: `${prefix}go.mod`, data: goMod },
          { name: `${prefix}big.txt`, data: Buffer.alloc(4096) },
        ],
        `${prefix}big.txt`,
        2000 * MIB,
      );
      await fs.writeFile(path.join(v, 'v1.0.0.zip'), zip);
      await fs.writeFile(path.join(v, 'v1.0.0.ziphash'), 'h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n');
      await fs.writeFile(path.join(v, 'v1.0.0.mod'), goMod);
    });
    afterAll(async () => {
      await fs.rm(gomodcache, { recursive: true, force: true });
    });

    it('is polluted: purged, with Go’s limit as the reason', async () => {
      const line = { path: 'example.test/bomb', line: 1, file: 'go.sum' };
      const logger = new MemoryLogger();
      const verified = await verifyModuleCache({
        gomodcache,
        goSum: [
          { ...line, version: 'v1.0.0', hash: 'h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' },
          { ...line, version: 'v1.0.0/go.mod', hash: hashGoMod(goMod), line: 2 },
        ],
        logger,
      });
      expect(verified.purged.map((p) => `${p.path}@${p.version}`)).toEqual(['example.test/bomb@v1.0.0']);
      expect(JSON.stringify(verified.purged)).toMatch(/500 MiB uncompressed in all/);
      await expect(
        fs.stat(path.join(gomodcache, 'cache', 'download', 'example.test', 'bomb', '@v', 'v1.0.0.zip')),
      ).rejects.toThrow();
    });
  });
});

describe('an entry with files planted under cache/download/sumdb', () => {
  let root: string;
  beforeAll(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-planted-'));
  });
  afterAll(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  it('restores only tiles, lookups and tree notes of the right shape and size, and names the rest', async () => {
    const source = path.join(root, 'source');
    const sumdb = 'cache/download/sumdb/sum.example.test';
    const files: Record<string, Buffer> = {
      [`${sumdb}/latest`]: Buffer.from('go.sum database tree\n3\nAAAA\n'),
      [`${sumdb}/lookup/example.test/a@v1.0.0`]: Buffer.from('1\nexample.test/a v1.0.0 h1:x\n'),
      [`${sumdb}/tile/8/0/000.p/3`]: Buffer.alloc(96),
      [`${sumdb}/tile/8/data/x001/234.p/2`]: Buffer.from('records'),
      // Planted: a big file in a tile's place, a hash tile too big for its width, a stray file.
      [`${sumdb}/tile/8/0/001`]: Buffer.alloc(2 << 20),
      [`${sumdb}/tile/8/1/000.p/1`]: Buffer.alloc(64),
      [`${sumdb}/payload.bin`]: Buffer.from('anything'),
    };
    for (const [name, data] of Object.entries(files)) {
      await fs.mkdir(path.dirname(path.join(source, name)), { recursive: true });
      await fs.writeFile(path.join(source, name), data);
    }
    const backend = new LocalBackend(path.join(root, 'cache'));
    await backend.save(source, Object.keys(files), 'gmw-planted-key');
    const target = path.join(root, 'target');
    const restored = await backend.restore(target, 'gmw-planted-key', []);
    expect(restored?.files).toEqual(Object.keys(files).slice(0, 4).sort());
    expect(restored?.dropped?.map((d) => d.split(' ')[0]).sort()).toEqual(Object.keys(files).slice(4).sort());
    await expect(fs.stat(path.join(target, `${sumdb}/tile/8/0/001`))).rejects.toThrow();
    // Nor listed for a later entry when found in a module cache.
    expect(await archiveFiles(source, [], [])).toEqual(Object.keys(files).slice(0, 4).sort());
  });
});
