import { describe, expect, it } from '@jest/globals';
import type { FileHandle } from 'node:fs/promises';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { hash1 } from '../../src/go/dirhash.js';
import {
  hashZip,
  openZipFile,
  readZipDirectory,
  readZipFiles,
  ZipFormatError,
} from '../../src/go/zip-reader.js';
import { hashZipFile } from '../../src/go/zip-file-digest.js';
import { createZip } from '../../test-support/zip-writer.js';

const entries = [
  { name: 'example.test/m@v1.0.0/go.mod', data: Buffer.from('module example.test/m\n\ngo 1.21\n') },
  { name: 'example.test/m@v1.0.0/big.go', data: Buffer.from('package m\n'.repeat(500)) },
  { name: 'example.test/m@v1.0.0/empty.txt', data: Buffer.alloc(0) },
  { name: 'example.test/m@v1.0.0/dir/ünïcode.go', data: Buffer.from('package dir\n') },
];

describe('readZipFiles', () => {
  it('reads stored and deflated entries with their names as stored', () => {
    const zip = createZip(entries);
    const directory = readZipDirectory(zip);
    expect(directory.map((e) => e.method)).toContain(8);
    expect(directory.map((e) => e.method)).toContain(0);
    const files = readZipFiles(zip);
    expect(files.map((f) => f.name)).toEqual(entries.map((e) => e.name));
    files.forEach((f, i) => expect(f.data.equals(entries[i].data)).toBe(true));
  });

  it('hashes a zip to the same h1 as its files hashed directly', () => {
    expect(hashZip(createZip(entries))).toBe(hash1(entries));
  });

  it('rejects a file that is not a zip', () => {
    expect(() => readZipFiles(Buffer.from('not a zip at all, but long enough to look'))).toThrow(
      ZipFormatError,
    );
  });

  it('rejects a zip whose deflated data was altered by one byte', () => {
    const zip = createZip(entries);
    const big = readZipDirectory(zip).find((e) => e.name.endsWith('big.go'));
    if (!big) throw new Error('fixture has no big.go');
    const altered = Buffer.from(zip);
    const at = big.localHeaderOffset + 30 + Buffer.byteLength(big.name) + Math.floor(big.compressedSize / 2);
    altered[at] ^= 0x01;
    expect(() => readZipFiles(altered)).toThrow(ZipFormatError);
  });

  it('detects a changed byte in a stored entry through its CRC-32', () => {
    const zip = createZip(entries);
    const goMod = readZipDirectory(zip).find((e) => e.name.endsWith('go.mod'));
    if (!goMod || goMod.method !== 0) throw new Error('go.mod should be stored');
    const altered = Buffer.from(zip);
    altered[goMod.localHeaderOffset + 30 + Buffer.byteLength(goMod.name) + 3] ^= 0x20;
    expect(() => readZipFiles(altered)).toThrow(/CRC-32 mismatch/);
  });

  it('rejects a truncated zip', () => {
    const zip = createZip(entries);
    expect(() => readZipFiles(zip.subarray(0, zip.length - 10))).toThrow(ZipFormatError);
  });

  it('rejects a deflated entry that inflates to more than its declared size', () => {
    const data = Buffer.alloc(10_000, 0x61);
    const zip = createZip([{ name: 'm@v1.0.0/a.txt', data }]);
    const [entry] = readZipDirectory(zip);
    expect(entry.method).toBe(8);
    expect(deflateRawSync(data).length).toBe(entry.compressedSize);
    const lying = Buffer.from(zip);
    // Shrink the declared size in the central directory (offset 24 of the header).
    const central = lying.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    lying.writeUInt32LE(100, central + 24);
    expect(() => readZipFiles(lying)).toThrow(ZipFormatError);
  });
});

describe('openZipFile (a zip read in place: directory, then single entries)', () => {
  async function withZipFile<T>(bytes: Buffer, use: (handle: FileHandle) => Promise<T>): Promise<T> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-zipfile-'));
    const file = path.join(dir, 'm.zip');
    await fs.writeFile(file, bytes);
    const handle = await fs.open(file, 'r');
    try {
      return await use(handle);
    } finally {
      await handle.close();
      await fs.rm(dir, { recursive: true, force: true });
    }
  }

  it('gives the directory and contents readZipDirectory and readZipFiles give, also after a zip comment', async () => {
    const zip = createZip(entries);
    // An archive comment: the end record is no longer the last 22 bytes.
    const comment = Buffer.from('a comment after the end record');
    const commented = Buffer.concat([zip, comment]);
    commented.writeUInt16LE(comment.length, zip.length - 2);
    for (const bytes of [zip, commented])
      await withZipFile(bytes, async (handle) => {
        const opened = await openZipFile(handle);
        expect(opened.entries).toEqual(readZipDirectory(zip));
        for (const [i, entry] of opened.entries.entries())
          expect((await opened.read(entry)).equals(entries[i].data)).toBe(true);
      });
  });

  it('rejects a truncated zip and an altered entry, as the whole-buffer reader does', async () => {
    const zip = createZip(entries);
    await withZipFile(zip.subarray(0, zip.length - 10), async (handle) => {
      await expect(openZipFile(handle)).rejects.toThrow(ZipFormatError);
    });
    const big = readZipDirectory(zip).find((e) => e.name.endsWith('big.go'))!;
    const altered = Buffer.from(zip);
    altered[big.localHeaderOffset + 30 + Buffer.byteLength(big.name) + 3] ^= 0x01;
    await withZipFile(altered, async (handle) => {
      const opened = await openZipFile(handle);
      await expect(opened.read(opened.entries.find((e) => e.name === big.name)!)).rejects.toThrow(
        ZipFormatError,
      );
    });
  });

  it("gives hashZipFile (the relay's spooled bodies) the same h1 as hashZip, and the same refusals", async () => {
    const zip = createZip(entries);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-zipfile-hash-'));
    try {
      const file = path.join(dir, 'm.zip');
      await fs.writeFile(file, zip);
      expect(await hashZipFile(file)).toBe(hashZip(zip));
      await fs.writeFile(file, zip.subarray(0, zip.length - 10));
      await expect(hashZipFile(file)).rejects.toThrow(ZipFormatError);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
