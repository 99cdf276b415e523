import { describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { checkCacheIntegrity } from '../../src/cache/integrity.js';
import { moduleCachePaths } from '../../src/cache/module-path.js';
import { digestTree } from '../../src/cache/tree-digest.js';
import { hash1, hash1OfDigests } from '../../src/go/dirhash.js';
import { DigestWorkerError, digestOnWorkers, terminateDigestWorkers } from '../../src/go/zip-digest-pool.js';
import { parseGoSum } from '../../src/go/go-sum.js';
import {
  WINDOWS_IN_FLIGHT_BYTES,
  digestZipFile,
  hashZipFile,
  takePeakWindowBytes,
} from '../../src/go/zip-file-digest.js';
import {
  digestZipEntriesAsync,
  entryJob,
  hashZip,
  MAX_ZIP,
  readZipDirectory,
  readZipEntry,
  ZipFormatError,
} from '../../src/go/zip-reader.js';
import { createZip } from '../../test-support/zip-writer.js';

// Hex text of random bytes: deflates to about half (~256 KiB compressed, ~512 KiB of content).
const bigText = Buffer.from(randomBytes(768 << 10).toString('hex')); // 1.5 MiB: over the workers' streaming size
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

// The same zip read whole (on the digest workers) and in place from a file (the integrity check's
// big zips, the relay's spooled bodies): the same digests, and the same refusals.
async function digestInPlace(zip: Buffer) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-zip-in-place-'));
  try {
    await fs.writeFile(path.join(dir, 'm.zip'), zip);
    return await digestZipFile(path.join(dir, 'm.zip'));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

describe.each([
  [
    'digestZipEntriesAsync (read whole, hashed on the zip-digest worker threads)',
    (zip: Buffer) => digestZipEntriesAsync(zip),
  ],
  ['digestZipFile (read in place from the file, a chunk at a time)', digestInPlace],
])('%s', (_, digestZipEntriesAsync) => {
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

  it('hashes a zip bigger than the in-place reading window: entries across windows, one bigger than a window', async () => {
    const many = [
      ...[1, 2, 3].map((i) => ({
        name: `example.test/m@v1.0.0/part${i}.bin`,
        data: randomBytes(3 << 20),
        method: 'store' as const,
      })),
      { name: 'example.test/m@v1.0.0/huge.bin', data: randomBytes(9 << 20), method: 'store' as const },
      entries[1],
    ];
    const digests = await digestZipEntriesAsync(createZip(many));
    expect(hash1OfDigests(digests)).toBe(hash1(many));
  });

  it('hashes the last of two entries with the same name, as HashZip opens files by name', async () => {
    const twice = [entries[0], { name: entries[0].name, data: Buffer.from('module example.test/other\n') }];
    const digests = await digestZipEntriesAsync(createZip(twice));
    const last = createHash('sha256').update(twice[1].data).digest('hex');
    expect(digests).toEqual([
      { name: twice[0].name, sha256: last },
      { name: twice[0].name, sha256: last },
    ]);
    expect(hash1OfDigests(digests)).toBe(hashZip(createZip(twice)));
  });
});

describe('the zip-digest workers and this thread', () => {
  const zips = Array.from({ length: 12 }, (_, i) =>
    createZip([
      { name: `example.test/m${i}@v1.0.0/go.mod`, data: Buffer.from(`module example.test/m${i}\n`) },
      { name: `example.test/m${i}@v1.0.0/a.go`, data: Buffer.from(`package m\n// ${'x'.repeat(i * 999)}\n`) },
      { name: `example.test/m${i}@v1.0.0/big.txt`, data: bigText },
    ]),
  );
  const jobsOf = (zip: Buffer) => readZipDirectory(zip).map((entry) => entryJob(zip, entry));

  it('give the same digests, many zips at once, and leave the caller its buffer', async () => {
    const onWorkers = await Promise.all(zips.map((zip) => digestOnWorkers(zip, jobsOf(zip), 2)));
    zips.forEach((zip, i) => {
      expect(onWorkers[i]).toEqual(
        readZipDirectory(zip).map((entry) => ({
          sha256: createHash('sha256').update(readZipEntry(zip, entry)).digest('hex'),
        })),
      );
      expect(zip.length).toBeGreaterThan(0); // not detached by the transfer
    });
  });

  it("report an altered entry of one zip as that entry's error, and the other zips verify", async () => {
    const altered = Buffer.from(zips[3]);
    const big = readZipDirectory(altered).find((e) => e.name.endsWith('big.txt'))!;
    altered[entryJob(altered, big).start + 100] ^= 0x01;
    const [bad, good] = await Promise.all([
      digestOnWorkers(altered, jobsOf(altered), 2),
      digestOnWorkers(zips[4], jobsOf(zips[4]), 2),
    ]);
    expect(bad[2]).toEqual({
      error: expect.stringMatching(/big\.txt: (cannot inflate|size|CRC-32 mismatch)/),
    });
    expect(bad.slice(0, 2).every((d) => 'sha256' in d)).toBe(true);
    expect(good.every((d) => 'sha256' in d)).toBe(true);
    await expect(digestZipEntriesAsync(altered)).rejects.toThrow(/big\.txt/);
  });
});

describe('zip memory: handed over, not copied; a huge zip refused unread', () => {
  it('moves an owned buffer to the worker when handed over, and copies a slice of a shared one', async () => {
    const zip = createZip(entries);
    const owned = Buffer.from(new Uint8Array(zip)); // its own ArrayBuffer
    const digests = await digestZipEntriesAsync(owned, { handOver: true });
    expect(hash1OfDigests(digests)).toBe(hashZip(zip));
    expect(owned.length).toBe(0); // detached: the worker took the memory, no copy was made
    const shared = Buffer.concat([Buffer.alloc(8), zip]).subarray(8); // a view into a bigger buffer
    await digestZipEntriesAsync(shared, { handOver: true });
    expect(shared.length).toBe(zip.length); // not owned: copied, left usable
    const kept = Buffer.from(new Uint8Array(zip));
    await digestZipEntriesAsync(kept);
    expect(kept.length).toBe(zip.length); // not handed over: copied
  });

  it('calls a cached zip over 500 MiB unreadable without reading it', async () => {
    const gomodcache = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-huge-zip-'));
    try {
      const base = moduleCachePaths(gomodcache, { path: 'example.test/huge', version: 'v1.0.0' }).base;
      await fs.mkdir(path.dirname(base), { recursive: true });
      const handle = await fs.open(`${base}.zip`, 'w');
      await handle.truncate(MAX_ZIP + 1); // sparse: no disk used, and reading it would take 500 MiB
      await handle.close();
      await fs.writeFile(`${base}.ziphash`, 'h1:x\n');
      const result = await checkCacheIntegrity({
        gomodcache,
        goSum: [],
        modules: [{ path: 'example.test/huge', version: 'v1.0.0' }],
      });
      expect(result.polluted[0]?.problems).toEqual([
        expect.objectContaining({
          kind: 'zip-unreadable',
          detail: expect.stringMatching(/larger than 500 MiB/),
        }),
      ]);
    } finally {
      await fs.rm(gomodcache, { recursive: true, force: true });
    }
  });
});

describe('zips hashed in place, many at once (the relay hashes its prefetch width together)', () => {
  it('hold at most WINDOWS_IN_FLIGHT_BYTES of windows in memory, and each gets its own h1', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-zip-budget-'));
    try {
      // 12 zips of 4 MiB each (one window, or one entry bigger than a window, each): 48 MiB in all, over the budget.
      const zips = Array.from({ length: 12 }, (_, i) => [
        { name: `example.test/m${i}@v1.0.0/go.mod`, data: Buffer.from(`module example.test/m${i}\n`) },
        { name: `example.test/m${i}@v1.0.0/blob.bin`, data: randomBytes(4 << 20), method: 'store' as const },
      ]);
      const files = await Promise.all(
        zips.map(async (zip, i) => {
          const file = path.join(dir, `${i}.zip`);
          await fs.writeFile(file, createZip(zip));
          return file;
        }),
      );
      takePeakWindowBytes();
      const hashes = await Promise.all(files.map((file) => hashZipFile(file)));
      const peak = takePeakWindowBytes();
      expect(hashes).toEqual(zips.map((zip) => hash1(zip)));
      expect(peak).toBeGreaterThanOrEqual(4 << 20);
      expect(peak).toBeLessThanOrEqual(WINDOWS_IN_FLIGHT_BYTES);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a digest worker that dies', () => {
  it('fails the digest as a worker failure, not as an unreadable zip', async () => {
    const zip = createZip(entries);
    // No idle worker left by the tests before: this digest goes to a worker started for it.
    await terminateDigestWorkers();
    const digest = digestOnWorkers(
      zip,
      readZipDirectory(zip).map((e) => entryJob(zip, e)),
      2,
    );
    await terminateDigestWorkers(); // before it could answer: the worker has just been started
    await expect(digest).rejects.toThrow(DigestWorkerError);
    // The pool starts new workers afterwards.
    expect(hash1OfDigests(await digestZipEntriesAsync(zip))).toBe(hashZip(zip));
  });

  it('makes the integrity check hash the restored zip again here, and it verifies (nothing purged)', async () => {
    const gomodcache = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-worker-died-'));
    try {
      const zip = createZip(entries);
      const module = { path: 'example.test/m', version: 'v1.0.0' };
      const base = moduleCachePaths(gomodcache, module).base;
      await fs.mkdir(path.dirname(base), { recursive: true });
      await fs.writeFile(`${base}.zip`, zip);
      await fs.writeFile(`${base}.ziphash`, `${hashZip(zip)}\n`);
      const rel = path.relative(gomodcache, `${base}.zip`).split(path.sep).join('/');
      const result = await checkCacheIntegrity({
        gomodcache,
        goSum: parseGoSum(`example.test/m v1.0.0 ${hashZip(zip)}\n`, 'go.sum'),
        modules: [module],
        zipDigests: new Map([[rel, Promise.resolve(new DigestWorkerError('zip digest worker: exited'))]]),
      });
      expect(result.polluted).toEqual([]);
      expect(result.verified).toBe(1);
    } finally {
      await fs.rm(gomodcache, { recursive: true, force: true });
    }
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
