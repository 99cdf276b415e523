import { describe, expect, it } from '@jest/globals';
import { deflateRawSync } from 'node:zlib';
import { hash1 } from '../../src/go/dirhash.js';
import { hashZip, readZipDirectory, readZipFiles, ZipFormatError } from '../../src/go/zip-reader.js';
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
