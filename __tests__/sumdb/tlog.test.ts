import { describe, expect, it } from '@jest/globals';
import {
  newTiles,
  parseTilePath,
  readTileData,
  tileForIndex,
  tileHashReader,
  tilePath,
  type Tile,
} from '../../src/sumdb/tile.js';
import {
  checkRecord,
  checkTree,
  nodeHash,
  proveRecord,
  proveTree,
  recordHash,
  splitStoredHashIndex,
  storedHashCount,
  storedHashIndex,
  storedHashesForRecordHash,
  treeHash,
  type Hash,
  type HashReader,
} from '../../src/sumdb/tlog.js';
import { formatRecord, formatTree, parseRecord, parseTree } from '../../src/sumdb/tree-note.js';

/** An in-memory log built with storedHashesForRecordHash, as a server builds it. */
async function buildLog(n: number): Promise<{ hashes: Hash[]; read: HashReader; records: string[] }> {
  const hashes: Hash[] = [];
  const read: HashReader = async (indexes) => indexes.map((i) => hashes[i]);
  const records: string[] = [];
  for (let i = 0; i < n; i++) {
    records.push(`record ${i}\n`);
    hashes.push(...(await storedHashesForRecordHash(i, recordHash(records[i]), read)));
  }
  return { hashes, read, records };
}

/** RFC 6962 MTH computed directly from the records, as the independent oracle. */
function mth(records: string[]): Hash {
  if (records.length === 1) return recordHash(records[0]);
  let k = 1;
  while (k * 2 < records.length) k *= 2;
  return nodeHash(mth(records.slice(0, k)), mth(records.slice(k)));
}

describe('stored hash index', () => {
  it('maps (level, n) to the dense order of Crosby and Wallach and back', () => {
    expect([0, 1, 2, 3, 4].map((n) => storedHashIndex(0, n))).toEqual([0, 1, 3, 4, 7]);
    expect(storedHashIndex(1, 0)).toBe(2);
    expect(storedHashIndex(2, 0)).toBe(6);
    for (let index = 0; index < 5000; index++) {
      const { level, n } = splitStoredHashIndex(index);
      expect(storedHashIndex(level, n)).toBe(index);
    }
  });

  it('stays exact beyond 32 bits, where JavaScript shifts would wrap', () => {
    const n = 2 ** 33 + 12345;
    const index = storedHashIndex(3, n);
    expect(index).toBeGreaterThan(2 ** 35);
    expect(splitStoredHashIndex(index)).toEqual({ level: 3, n });
  });

  it('counts the hashes a tree of n records stores', async () => {
    for (const n of [0, 1, 2, 3, 7, 8, 100])
      expect(storedHashCount(n)).toBe((await buildLog(n)).hashes.length);
  });
});

describe('tree hash and proofs', () => {
  it('computes the RFC 6962 root for every size up to 70', async () => {
    const log = await buildLog(70);
    expect((await treeHash(0, log.read)).equals(Buffer.alloc(32))).toBe(true);
    for (let n = 1; n <= 70; n++)
      expect((await treeHash(n, log.read)).equals(mth(log.records.slice(0, n)))).toBe(true);
  });

  it('proves and checks every record of trees up to 33 records, and rejects a wrong leaf or proof', async () => {
    const log = await buildLog(33);
    for (let t = 1; t <= 33; t++) {
      const th = await treeHash(t, log.read);
      for (let n = 0; n < t; n++) {
        const proof = await proveRecord(t, n, log.read);
        expect(() => checkRecord(proof, t, th, n, recordHash(log.records[n]))).not.toThrow();
        expect(() => checkRecord(proof, t, th, n, recordHash('forged\n'))).toThrow(
          'invalid transparency proof',
        );
        if (proof.length > 0) {
          const bad = [...proof];
          bad[0] = recordHash('x');
          expect(() => checkRecord(bad, t, th, n, recordHash(log.records[n]))).toThrow();
        }
      }
    }
  });

  it('proves that each tree extends every smaller one, and rejects a forked older tree', async () => {
    const log = await buildLog(33);
    for (let t = 1; t <= 33; t++) {
      const th = await treeHash(t, log.read);
      for (let n = 1; n <= t; n++) {
        const h = await treeHash(n, log.read);
        const proof = await proveTree(t, n, log.read);
        expect(() => checkTree(proof, t, th, n, h)).not.toThrow();
        expect(() => checkTree(proof, t, th, n, recordHash('fork'))).toThrow('invalid transparency proof');
      }
    }
  });
});

describe('tiles', () => {
  it.each([
    [{ h: 8, l: 0, n: 0, w: 256 }, 'tile/8/0/000'],
    [{ h: 8, l: 0, n: 1234067, w: 5 }, 'tile/8/0/x001/x234/067.p/5'],
    [{ h: 8, l: 2, n: 3, w: 245 }, 'tile/8/2/003.p/245'],
    [{ h: 8, l: -1, n: 1000, w: 256 }, 'tile/8/data/x001/000'],
  ] as [Tile, string][])('names %o as %s and parses it back', (tile, path) => {
    expect(tilePath(tile)).toBe(path);
    expect(parseTilePath(path)).toEqual(tile);
  });

  it.each([
    'tile/8/0/1',
    'tile/8/0/x001',
    'tile/8/0/001.p/256',
    'tile/8/0/001.p/0',
    'tiles/8/0/000',
    'tile/31/0/000',
    'tile/8/0/1000',
  ])('refuses the malformed tile path %s', (path) => {
    expect(() => parseTilePath(path)).toThrow('malformed tile path');
  });

  it('finds the tile of a stored hash and lists the tiles a growing tree adds', () => {
    expect(tileForIndex(8, storedHashIndex(0, 300)).tile).toEqual({ h: 8, l: 0, n: 1, w: 45 });
    expect(tileForIndex(8, storedHashIndex(8, 0)).tile).toEqual({ h: 8, l: 1, n: 0, w: 1 });
    expect(newTiles(8, 0, 300).map(tilePath)).toEqual([
      'tile/8/0/000',
      'tile/8/0/001.p/44',
      'tile/8/1/000.p/1',
    ]);
    expect(newTiles(8, 256, 257).map(tilePath)).toEqual(['tile/8/0/001.p/1']);
  });

  it('reads hashes through tiles only after authenticating them against the tree, and rejects an altered tile', async () => {
    const log = await buildLog(600);
    const tree = { n: 600, hash: await treeHash(600, log.read) };
    const saved: string[] = [];
    let alter: string | undefined;
    const reader = {
      height: 8,
      readTiles: async (tiles: readonly Tile[]) =>
        Promise.all(
          tiles.map(async (t) => {
            const data = await readTileData(t, log.read);
            if (tilePath(t) === alter) data[5] ^= 1;
            return data;
          }),
        ),
      saveTiles: async (tiles: readonly Tile[]) => void saved.push(...tiles.map(tilePath)),
    };
    const read = tileHashReader(tree, reader);
    const [h] = await read([storedHashIndex(0, 42)]);
    expect(h.equals(recordHash(log.records[42]))).toBe(true);
    expect(saved).toContain('tile/8/0/000');
    expect((await treeHash(300, read)).equals(await treeHash(300, log.read))).toBe(true);

    alter = 'tile/8/0/000';
    await expect(read([storedHashIndex(0, 42)])).rejects.toThrow('does not match the signed tree');
    alter = 'tile/8/1/000.p/2';
    await expect(read([storedHashIndex(0, 42)])).rejects.toThrow('do not match the signed tree of size 600');
  });

  it('reads every stored hash, at every level, from tile buffers shared across reads and tree sizes', async () => {
    const log = await buildLog(600);
    // One buffer per tile for the whole test, as the client keeps them: each is hashed once.
    const buffers = new Map<string, Buffer>();
    const reader = {
      height: 8,
      readTiles: async (tiles: readonly Tile[]) =>
        Promise.all(
          tiles.map(async (t) => {
            const file = tilePath(t);
            if (!buffers.has(file)) buffers.set(file, await readTileData(t, log.read));
            return buffers.get(file) as Buffer;
          }),
        ),
      saveTiles: async () => undefined,
    };
    for (const n of [1, 2, 3, 255, 256, 257, 300, 511, 512, 513, 600]) {
      const read = tileHashReader({ n, hash: await treeHash(n, log.read) }, reader);
      const indexes = Array.from({ length: storedHashIndex(0, n) }, (_, i) => i);
      const got = await read(indexes);
      expect(got.every((h, i) => h.equals(log.hashes[i]))).toBe(true);
      for (const m of [1, 7, n - 1, n].filter((x) => x >= 1 && x <= n))
        expect((await treeHash(m, read)).equals(mth(log.records.slice(0, m)))).toBe(true);
    }
  });
});

describe('tree notes and records', () => {
  it('formats and parses a tree note text', () => {
    const tree = { n: 12, hash: recordHash('x') };
    expect(formatTree(tree)).toBe(`go.sum database tree\n12\n${tree.hash.toString('base64')}\n`);
    expect(parseTree(formatTree(tree))).toEqual(tree);
  });

  it.each([
    'go.sum database tree\n12\n',
    'go.sum database tree\n012\nAAAA\n',
    'other tree\n1\nAAAA\n',
    `go.sum database tree\n-1\n${Buffer.alloc(32).toString('base64')}\n`,
  ])('refuses the malformed tree note %j', (text) => {
    expect(() => parseTree(text)).toThrow('malformed tree note');
  });

  it('splits a lookup answer into record id, text and note, and refuses a malformed one', () => {
    const msg = Buffer.from(formatRecord(7, 'a v1 h1:x\na v1/go.mod h1:y\n') + 'NOTE\n');
    const { id, text, rest } = parseRecord(msg);
    expect([id, text.toString(), rest.toString()]).toEqual([7, 'a v1 h1:x\na v1/go.mod h1:y\n', 'NOTE\n']);
    expect(() => parseRecord(Buffer.from('x\na\n\n'))).toThrow('malformed record data');
    expect(() => parseRecord(Buffer.from('1\na\tb\n\n'))).toThrow('malformed record data');
    expect(() => parseRecord(Buffer.from('1\nno blank line\n'))).toThrow('malformed record data');
  });
});
