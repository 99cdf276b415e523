import type { Logger } from '../logger.js';
import { SecurityError } from '../errors.js';
import type { SumdbClientOps } from './client-ops.js';
import { SumdbUnavailableError } from './sumdb-http.js';
import {
  InconsistentTileError,
  TILE_HEIGHT,
  tileHashReader,
  tilePath,
  TileSizeError,
  type Tile,
  type TileReader,
} from './tile.js';
import type { Hash, Tree } from './tlog.js';

/**
 * The client's tiles: each read once per run (disk first, then the database), authenticated
 * against a signed tree before use, and stored once authenticated. Mirrors the tile half of
 * golang.org/x/mod/sumdb/client.go (readTile, the tileReader given to tlog.TileHashReader).
 */
export class TileCache {
  private readonly tiles = new Map<string, Promise<{ data: Buffer; fromDisk: boolean }>>();
  private readonly savedTiles = new Set<string>();

  constructor(
    private readonly options: {
      readonly name: string;
      readonly ops: Pick<
        SumdbClientOps,
        'readRemote' | 'readCache' | 'writeCache' | 'removeCache' | 'shareProven'
      >;
      readonly counts: { tiles: number; tilesFromDisk: number };
      readonly logger?: Logger;
    },
  ) {}

  /**
   * Runs `use` with hashes read from tiles authenticated against `tree`. A cached tile that fails
   * authentication is dropped and fetched again once; a served tile that fails is tampering.
   */
  async readAuthenticated<T>(
    tree: Tree,
    use: (read: (indexes: readonly number[]) => Promise<Hash[]>) => Promise<T>,
  ): Promise<T> {
    const fromDisk = new Set<string>();
    try {
      return await use(tileHashReader(tree, this.tileReader(true, fromDisk)));
    } catch (error) {
      if (!(error instanceof InconsistentTileError || error instanceof TileSizeError)) throw error;
      if (fromDisk.size > 0) {
        this.options.logger?.warn(
          `${this.options.name}: cached tiles do not match the signed tree (${error.message}); fetching them again`,
        );
        for (const file of fromDisk) {
          this.tiles.delete(file);
          this.savedTiles.delete(file);
          await this.options.ops.removeCache(file, error.message);
        }
        try {
          return await use(tileHashReader(tree, this.tileReader(false, new Set())));
        } catch (retryError) {
          throw this.tileFailure(retryError, tree);
        }
      }
      throw this.tileFailure(error, tree);
    }
  }

  private tileFailure(error: unknown, tree: Tree): unknown {
    if (error instanceof InconsistentTileError)
      return new SecurityError(
        `checksum database ${this.options.name} served tiles that do not match its signed tree of size ${tree.n}: ${error.message}`,
        { cause: error },
      );
    if (error instanceof TileSizeError)
      return new SumdbUnavailableError(
        `checksum database ${this.options.name} served a bad tile: ${error.message}`,
        {
          cause: error,
        },
      );
    return error;
  }

  private tileReader(useDisk: boolean, fromDisk: Set<string>): TileReader {
    return {
      height: TILE_HEIGHT,
      readTiles: (tiles) =>
        Promise.all(
          tiles.map(async (tile) => {
            const result = await this.readTile(tile, useDisk);
            if (result.fromDisk) fromDisk.add(tilePath(tile));
            return result.data;
          }),
        ),
      saveTiles: async (tiles, data) => {
        for (const [i, tile] of tiles.entries()) {
          const file = tilePath(tile);
          // Every tile authenticated here, stored or not, is offered to the fleet's shared proofs.
          this.options.ops.shareProven(file, data[i]);
          if (this.savedTiles.has(file)) continue;
          this.savedTiles.add(file);
          await this.options.ops.writeCache(file, data[i]);
        }
      },
    };
  }

  /** Mirrors client.go readTile: disk (exact, then full truncated), then remote (exact, then full truncated). */
  private readTile(tile: Tile, useDisk: boolean): Promise<{ data: Buffer; fromDisk: boolean }> {
    const file = tilePath(tile);
    let pending = useDisk ? this.tiles.get(file) : undefined;
    if (!pending) {
      pending = this.fetchTile(tile, useDisk);
      this.tiles.set(file, pending);
      pending.catch(() => this.tiles.delete(file));
    }
    return pending;
  }

  private async fetchTile(tile: Tile, useDisk: boolean): Promise<{ data: Buffer; fromDisk: boolean }> {
    const file = tilePath(tile);
    const full: Tile = { ...tile, w: 2 ** tile.h };
    const truncate = (data: Buffer): Buffer => data.subarray(0, (data.length / full.w) * tile.w);
    if (useDisk) {
      const cached = await this.options.ops.readCache(file);
      if (cached) {
        this.options.counts.tilesFromDisk++;
        this.savedTiles.add(file);
        return { data: cached, fromDisk: true };
      }
      if (tile.w !== full.w) {
        const cachedFull = await this.options.ops.readCache(tilePath(full));
        if (cachedFull) {
          this.options.counts.tilesFromDisk++;
          this.savedTiles.add(file);
          return { data: truncate(cachedFull), fromDisk: true };
        }
      }
    }
    try {
      this.options.counts.tiles++;
      return { data: await this.options.ops.readRemote(`/${file}`, 'tile'), fromDisk: false };
    } catch (error) {
      if (tile.w === full.w) throw error;
      // Partial tiles may be gone once the tile is complete: read the full one and truncate.
      try {
        this.options.counts.tiles++;
        return {
          data: truncate(await this.options.ops.readRemote(`/${tilePath(full)}`, 'tile')),
          fromDisk: false,
        };
      } catch {
        throw error;
      }
    }
  }
}
