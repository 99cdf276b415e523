import {
  HASH_SIZE,
  nodeHash,
  shl,
  shr,
  splitStoredHashIndex,
  storedHashIndex,
  subTreeIndex,
  type Hash,
  type HashReader,
  type Tree,
} from './tlog.js';

/**
 * Tiles: the stored hashes served in fixed-size chunks. Mirrors golang.org/x/mod/sumdb/tlog/tile.go.
 * A tile of height h at level l holds 2^h hashes of tree level l*h; `w` < 2^h marks a partial tile.
 */
export interface Tile {
  readonly h: number;
  /** -1 for a data tile (the records themselves). */
  readonly l: number;
  readonly n: number;
  readonly w: number;
}

/** The height `go` and sum.golang.org use. */
export const TILE_HEIGHT = 8;

/** Thrown when served tiles do not hash to the signed tree: the server (or cache) is lying. */
export class InconsistentTileError extends Error {}

/** Thrown when a tile has the wrong size (truncated or padded). */
export class TileSizeError extends Error {}

/** Mirrors tlog tileForIndex: the smallest tile holding stored hash `index`, and its byte range. */
export function tileForIndex(h: number, index: number): { tile: Tile; start: number; end: number } {
  const split = splitStoredHashIndex(index);
  let level = split.level;
  let n = split.n;
  const l = Math.floor(level / h);
  level -= l * h; // level within the tile
  const tn = shr(shl(n, level), h);
  n -= shr(shl(tn, h), level); // n within the tile at `level`
  const w = shl(n + 1, level);
  return {
    tile: { h, l, n: tn, w },
    start: shl(n, level) * HASH_SIZE,
    end: shl(n + 1, level) * HASH_SIZE,
  };
}

/** Mirrors tlog.HashFromTile: the stored hash `index`, computed from the tile's data. */
export function hashFromTile(t: Tile, data: Buffer, index: number): Hash {
  if (t.h < 1 || t.h > 30 || t.l < 0 || t.l >= 64 || t.w < 1 || t.w > 2 ** t.h)
    throw new Error(`invalid tile ${tilePath(t)}`);
  if (data.length < t.w * HASH_SIZE)
    throw new TileSizeError(`data len ${data.length} too short for tile ${tilePath(t)}`);
  const { tile: t1, start, end } = tileForIndex(t.h, index);
  if (t.l !== t1.l || t.n !== t1.n || t.w < t1.w)
    throw new Error(`index ${index} is in ${tilePath(t1)} not ${tilePath(t)}`);
  return tileRangeHash(data, start, end);
}

// Tiles are hashed again on every read: keep each tile buffer's (never mutated) Merkle levels,
// so any aligned range of it is hashed once, and at most w-1 node hashes per tile in all.
const tileLevels = new WeakMap<Buffer, Buffer[]>();

function tileRangeHash(data: Buffer, start: number, end: number): Hash {
  const count = (end - start) / HASH_SIZE;
  const k = Math.log2(count);
  if (!Number.isInteger(k) || (start / HASH_SIZE) % count !== 0 || end > data.length)
    return tileHash(data.subarray(start, end));
  let levels = tileLevels.get(data);
  if (!levels) {
    levels = [data];
    tileLevels.set(data, levels);
  }
  // Level j holds the roots of the tile's aligned runs of 2^j hashes.
  for (let j = levels.length; j <= k; j++) {
    const below = levels[j - 1];
    const pairs = Math.floor(below.length / (2 * HASH_SIZE));
    const level = Buffer.alloc(pairs * HASH_SIZE);
    for (let i = 0; i < pairs; i++) {
      const at = 2 * i * HASH_SIZE;
      nodeHash(below.subarray(at, at + HASH_SIZE), below.subarray(at + HASH_SIZE, at + 2 * HASH_SIZE)).copy(
        level,
        i * HASH_SIZE,
      );
    }
    levels.push(level);
  }
  const i = start / HASH_SIZE / count;
  return Buffer.from(levels[k].subarray(i * HASH_SIZE, (i + 1) * HASH_SIZE));
}

/** Mirrors tlog tileHash: the Merkle root over a run of 2^k level hashes. */
export function tileHash(data: Buffer): Hash {
  if (data.length === 0) throw new Error('bad math in tileHash');
  if (data.length === HASH_SIZE) return Buffer.from(data);
  const half = data.length / 2;
  return nodeHash(tileHash(data.subarray(0, half)), tileHash(data.subarray(half)));
}

/** Mirrors tlog.NewTiles: the tiles that change when the tree grows from oldSize to newSize. */
export function newTiles(h: number, oldSize: number, newSize: number): Tile[] {
  const tiles: Tile[] = [];
  for (let level = 0; shr(newSize, h * level) > 0; level++) {
    const oldN = shr(oldSize, h * level);
    const newN = shr(newSize, h * level);
    if (oldN === newN) continue;
    for (let n = shr(oldN, h); n < shr(newN, h); n++) tiles.push({ h, l: level, n, w: 2 ** h });
    const n = shr(newN, h);
    const w = newN - shl(n, h);
    if (w > 0) tiles.push({ h, l: level, n, w });
  }
  return tiles;
}

/** Mirrors tlog.ReadTileData: a tile's bytes from stored hashes (the server side). */
export async function readTileData(t: Tile, read: HashReader): Promise<Buffer> {
  const start = shl(t.n, t.h);
  const indexes: number[] = [];
  for (let i = 0; i < t.w; i++) indexes.push(storedHashIndex(t.h * t.l, start + i));
  return Buffer.concat(await read(indexes));
}

/** Mirrors Tile.Path: `tile/8/0/x001/x234/067.p/5`, `tile/8/data/000`. */
export function tilePath(t: Tile): string {
  let n = t.n;
  let text = String(n % 1000).padStart(3, '0');
  while (n >= 1000) {
    n = Math.floor(n / 1000);
    text = `x${String(n % 1000).padStart(3, '0')}/${text}`;
  }
  const partial = t.w !== 2 ** t.h ? `.p/${t.w}` : '';
  return `tile/${t.h}/${t.l === -1 ? 'data' : t.l}/${text}${partial}`;
}

/** Mirrors tlog.ParseTilePath; throws on anything tilePath would not produce. */
export function parseTilePath(path: string): Tile {
  const bad = (): Error => new Error(`malformed tile path ${JSON.stringify(path)}`);
  let f = path.split('/');
  if (f.length < 4 || f[0] !== 'tile') throw bad();
  const h = /^\d+$/.test(f[1]) ? Number(f[1]) : NaN;
  const isData = f[2] === 'data';
  const l = isData ? 0 : /^\d+$/.test(f[2]) ? Number(f[2]) : NaN;
  if (!Number.isInteger(h) || !Number.isInteger(l) || h < 1 || h > 30) throw bad();
  let w = 2 ** h;
  const dotP = f[f.length - 2];
  if (dotP.endsWith('.p')) {
    const ww = /^\d+$/.test(f[f.length - 1]) ? Number(f[f.length - 1]) : NaN;
    if (!Number.isInteger(ww) || ww <= 0 || ww >= w) throw bad();
    w = ww;
    f = [...f.slice(0, -2), dotP.slice(0, -2)];
  }
  let n = 0;
  for (const s of f.slice(3)) {
    const digits = s.replace(/^x/, '');
    if (!/^\d{1,3}$/.test(digits)) throw bad();
    n = n * 1000 + Number(digits);
  }
  const t: Tile = { h, l: isData ? -1 : l, n, w };
  if (tilePath(t) !== path) throw bad();
  return t;
}

/** Where tiles come from (remote + disk cache in the client; a store in the test server). */
export interface TileReader {
  readonly height: number;
  /** Returns each tile's data; it is authenticated against the tree before use. */
  readTiles(tiles: readonly Tile[]): Promise<Buffer[]>;
  /** Called with tiles that were authenticated, so they can be cached. */
  saveTiles(tiles: readonly Tile[], data: readonly Buffer[]): Promise<void>;
}

/** Mirrors tlog tileParent: the tile k levels up that covers `t`, clipped to a tree of size n. */
function tileParent(t: Tile, k: number, n: number): Tile | undefined {
  const l = t.l + k;
  const tn = shr(t.n, k * t.h);
  let w = 2 ** t.h;
  const max = shr(n, l * t.h);
  if (shl(tn, t.h) + w >= max) {
    if (shl(tn, t.h) >= max) return undefined;
    w = max - shl(tn, t.h);
  }
  return { h: t.h, l, n: tn, w };
}

function tileKey(t: Tile | undefined): string {
  return t ? `${t.h}/${t.l}/${t.n}/${t.w}` : '-';
}

/**
 * Mirrors tlog.TileHashReader: a HashReader that reads hashes of `tree` from tiles, and first
 * authenticates every tile it uses against the tree's signed root hash.
 */
export function tileHashReader(tree: Tree, reader: TileReader): HashReader {
  return async (indexes) => {
    const h = reader.height;
    const tileOrder = new Map<string, number>();
    const tiles: Tile[] = [];
    // The tiles holding the tree's own root hashes (its complete subtrees) come first.
    const stx = subTreeIndex(0, tree.n, []);
    const stxTileOrder: number[] = [];
    for (const x of stx) {
      const tile = tileParent(tileForIndex(h, x).tile, 0, tree.n) as Tile;
      const key = tileKey(tile);
      const j = tileOrder.get(key);
      if (j !== undefined) {
        stxTileOrder.push(j);
        continue;
      }
      stxTileOrder.push(tiles.length);
      tileOrder.set(key, tiles.length);
      tiles.push(tile);
    }
    // Then the tiles holding the requested hashes, with every parent up to an authenticated one.
    const indexTileOrder: number[] = [];
    for (const [i, x] of indexes.entries()) {
      if (x >= storedHashIndex(0, tree.n)) throw new Error('indexes not in tree');
      const tile = tileForIndex(h, x).tile;
      let k = 0;
      for (; ; k++) {
        const j = tileOrder.get(tileKey(tileParent(tile, k, tree.n)));
        if (j !== undefined) {
          if (k === 0) indexTileOrder[i] = j;
          break;
        }
      }
      for (k--; k >= 0; k--) {
        const p = tileParent(tile, k, tree.n) as Tile;
        if (p.w !== 2 ** p.h) throw new Error(`bad math in tileHashReader: ${tree.n} ${x} ${tilePath(p)}`);
        tileOrder.set(tileKey(p), tiles.length);
        if (k === 0) indexTileOrder[i] = tiles.length;
        tiles.push(p);
      }
    }

    const data = await reader.readTiles(tiles);
    for (const [i, tile] of tiles.entries()) {
      if (data[i].length !== tile.w * HASH_SIZE)
        throw new TileSizeError(`${tilePath(tile)} has ${data[i].length} bytes, want ${tile.w * HASH_SIZE}`);
    }

    // The root tiles must hash to the signed tree.
    let th: Hash | undefined;
    for (let i = stx.length - 1; i >= 0; i--) {
      const hash = hashFromTile(tiles[stxTileOrder[i]], data[stxTileOrder[i]], stx[i]);
      th = th === undefined ? hash : nodeHash(hash, th);
    }
    if (!th || !th.equals(tree.hash))
      throw new InconsistentTileError(`downloaded tiles do not match the signed tree of size ${tree.n}`);
    // Every other tile must hash to the entry for it in its (already authenticated) parent.
    for (let i = stxTileOrder[stx.length - 1] + 1; i < tiles.length; i++) {
      const tile = tiles[i];
      const p = tileParent(tile, 1, tree.n) as Tile;
      const j = tileOrder.get(tileKey(p));
      if (j === undefined) throw new Error(`bad math in tileHashReader: lost parent of ${tilePath(tile)}`);
      const hash = hashFromTile(p, data[j], storedHashIndex(p.l * p.h, tile.n));
      if (!hash.equals(tileRangeHash(data[i], 0, data[i].length)))
        throw new InconsistentTileError(`downloaded tile ${tilePath(tile)} does not match the signed tree`);
    }

    await reader.saveTiles(tiles, data);
    return indexes.map((x, i) => hashFromTile(tiles[indexTileOrder[i]], data[indexTileOrder[i]], x));
  };
}
