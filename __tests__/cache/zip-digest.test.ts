import { describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { digestTree } from '../../src/cache/tree-digest.js';
import { hash1, hash1OfDigests } from '../../src/go/dirhash.js';
import { digestZipEntriesAsync, hashZip, readZipDirectory, ZipFormatError } from '../../src/go/zip-reader.js';
import { createZip } from '../../test-support/zip-writer.js';

// Hex text of random bytes: deflates to about half, so its compressed size (~256 KiB) takes the
// thread-pool inflate path, and its content (~512 KiB) the thread-pool hash path.
const bigText = Buffer.from(randomBytes(256 << 10).toString('hex'));
const entries = [
  { name: 'example.test/m@v1.0.0/go.mod', data: Buffer.from('module example.test/m\n') },
  { name: 'example.test/m@v1.0.0/big.txt', data: bigText },
  { name: 'example.test/m@v1.0.0/blob.bin', data: randomBytes(100 << 10), method: 'store' as const },
  { name: 'example.test/m@v1.0.0/empty.txt', data: Buffer.alloc(0) },
];

function bigEntry(zip: Buffer) {
  const big = readZipDirectory(zip).find((e) => e.name.endsWith('big.txt'));
  if (!big || big.method !== 8 || big.compressedSize < 16 << 10)
    throw new Error('fixture: big.txt should deflate to ≥ 16 KiB');
  return big;
}

describe('digestZipEntriesAsync (big entries inflated and hashed off the main thread)', () => {
  it('gives the h1 that hashZip and hash1 give, small and big, stored and deflated entries alike', async () => {
    const zip = createZip(entries);
    bigEntry(zip);
    const digests = await digestZipEntriesAsync(zip);
    expect(digests.map((d) => d.name)).toEqual(entries.map((e) => e.name));
    digests.forEach((d, i) =>
      expect(d.sha256).toBe(createHash('sha256').update(entries[i].data).digest('hex')),
    );
    expect(hash1OfDigests(digests)).toBe(hashZip(zip));
    expect(hash1OfDigests(digests)).toBe(hash1(entries));
  });

  it('rejects a big deflated entry altered by one byte', async () => {
    const zip = createZip(entries);
    const big = bigEntry(zip);
    const altered = Buffer.from(zip);
    altered[big.localHeaderOffset + 30 + Buffer.byteLength(big.name) + Math.floor(big.compressedSize / 2)] ^=
      0x01;
    await expect(digestZipEntriesAsync(altered)).rejects.toThrow(ZipFormatError);
  });

  it('rejects a big deflated entry that inflates to more than its declared size', async () => {
    const zip = createZip([entries[1]]);
    bigEntry(zip);
    const lying = Buffer.from(zip);
    const central = lying.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    lying.writeUInt32LE(bigText.length - 1, central + 24);
    await expect(digestZipEntriesAsync(lying)).rejects.toThrow(ZipFormatError);
  });

  it('rejects a stored big entry whose CRC-32 does not match', async () => {
    const zip = createZip(entries);
    const blob = readZipDirectory(zip).find((e) => e.name.endsWith('blob.bin'));
    if (!blob) throw new Error('fixture has no blob.bin');
    const altered = Buffer.from(zip);
    altered[blob.localHeaderOffset + 30 + Buffer.byteLength(blob.name) + 5000] ^= 0x80;
    await expect(digestZipEntriesAsync(altered)).rejects.toThrow(/CRC-32 mismatch/);
  });
});

describe('digestTree (files read through one reused buffer per reader)', () => {
  it('hashes empty, small, buffer-sized and multi-buffer files as their whole contents', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-tree-digest-'));
    try {
      const files: Record<string, Buffer> = {
        'empty.txt': Buffer.alloc(0),
        'small.go': Buffer.from('package m\n'),
        'mid.bin': randomBytes(40 << 10),
        'exact.bin': randomBytes(1 << 20),
        'sub/dir/multi.bin': randomBytes((3 << 20) + 17),
      };
      for (const [name, data] of Object.entries(files)) {
        await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
        await fs.writeFile(path.join(dir, name), data);
      }
      const digests = await digestTree(dir, 'example.test/m@v1.0.0');
      const expected = Object.entries(files).map(([name, data]) => ({
        name: `example.test/m@v1.0.0/${name}`,
        data,
      }));
      expect(hash1OfDigests(digests)).toBe(hash1(expected));
      expect(digests).toHaveLength(5);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
