import path from 'node:path';
import { Limiter } from '../concurrency.js';
import { hashGoMod } from '../go/dirhash.js';
import type { GoSumLine } from '../go/go-sum.js';
import { readIfExists } from '../files.js';
import { moduleCachePaths } from './module-path.js';
import type { S3Bucket } from './s3-bucket.js';
import { OBJECT_CAPS, type PackMods } from './s3-fetch.js';
import { proofKey } from './s3-keys.js';
import {
  encodePack,
  MAX_PACK,
  modEntryName,
  proofEntryName,
  readPack,
  type PackEntries,
  type PackRead,
} from './s3-pack.js';

/**
 * Tiles a run may read past its pack (from their objects or the database) before the pack is
 * written again: a database whose tree grew since needs a few tiles at its right edge every run.
 */
const TILE_SLACK = 16;

/** What the fleet's proof store asks of a project's pack (one checksum database's part of it). */
export interface ProofPack {
  readonly key: string;
  /**
   * The pack's proof files of this database, by state file name (`lookup/…`, `tile/…`); a tile
   * the pack only names (an empty entry) is read from its shared object.
   */
  files(): Promise<ReadonlyMap<string, Buffer>>;
  /** The checksum client read `file` from the bucket: from the pack, or from its own object. */
  read(file: string, fromPack: boolean): void;
  /** A file the pack served did not prove. */
  refused(file: string): void;
  /** Once the run's proofs are settled: writes the pack again when this run's differ from it. */
  settle(offered: ReadonlyMap<string, Buffer>): Promise<'written' | 'kept'>;
}

/**
 * One run's view of its project's pack (s3-pack.ts): read once at the restore, its `.mod` files
 * handed to the fetch (PackMods: each verified there against go.sum) and its proofs to the proof
 * store (ProofPack: each proven by the checksum client), what missed it counted; written again
 * once the checksum step settled, only when it missed (a new module, a refused entry, a tree grown
 * far), from what this run verified: `.mod` files whose hash is go.sum's, and the proofs the
 * client proved this run (offered to the bucket, or read from it and written by the client into
 * its state directory, which it does only once a file proved).
 */
export class ProjectPack implements PackMods {
  private readonly reading: Promise<PackRead>;
  private misses = { mods: 0, lookups: 0, tiles: 0, refused: 0 };
  private readonly touched = new Set<string>();
  /** Proof files this run read from their own objects (the bucket holds them). */
  private readonly fromObjects = new Set<string>();
  /** The entries read, once read (a file they name is not a miss, even when read from its object). */
  private named: PackEntries = new Map();

  constructor(
    private readonly bucket: S3Bucket,
    readonly key: string,
    private readonly project: { readonly goSum: readonly GoSumLine[]; readonly gomodcache: string },
  ) {
    // A bucket that fails here fails the fetch too (reported there): the pack is then absent.
    this.reading = readPack(bucket, key)
      .catch((): PackRead => ({ kind: 'absent' }))
      .then((read) => {
        if (read.kind === 'read') this.named = read.entries;
        return read;
      });
  }

  /** Why the pack object was refused whole, if it was. */
  async refusal(): Promise<string | undefined> {
    const read = await this.reading;
    return read.kind === 'refused' ? read.reason : undefined;
  }

  private async entries(): Promise<PackEntries> {
    const read = await this.reading;
    return read.kind === 'read' ? read.entries : new Map();
  }

  async mod(hash: string): Promise<Buffer | undefined> {
    const name = modEntryName(hash);
    const data = name === undefined ? undefined : (await this.entries()).get(name);
    if (!data) this.misses.mods++;
    return data;
  }

  refuseMod(): void {
    this.misses.refused++;
  }

  /** The part of the pack for `database`'s proofs, whose client keeps its state in `stateDir`. */
  proofs(database: string, stateDir: string): ProofPack {
    const prefix = proofEntryName(database, '');
    let files: Promise<ReadonlyMap<string, Buffer>> | undefined;
    const proofFiles = async () => {
      const found = new Map<string, Buffer>();
      for (const [name, data] of await this.entries())
        if (name.startsWith(prefix)) found.set(name.slice(prefix.length), data);
      return found;
    };
    return {
      key: this.key,
      // Built once: the proof store asks for every file the client reads.
      files: () => (files ??= proofFiles()),
      read: (file, fromPack) => {
        this.touched.add(file);
        if (fromPack) return;
        this.fromObjects.add(file);
        // A tile the pack names is read from its shared object: not a miss.
        if (!this.named.has(prefix + file)) this.misses[file.startsWith('tile/') ? 'tiles' : 'lookups']++;
      },
      refused: () => this.misses.refused++,
      settle: (offered) => this.settle(database, stateDir, offered),
    };
  }

  private async settle(
    database: string,
    stateDir: string,
    offered: ReadonlyMap<string, Buffer>,
  ): Promise<'written' | 'kept'> {
    if (!(await this.changed(offered))) return 'kept';
    const entries = new Map<string, Buffer>();
    await this.addMods(entries);
    // Only proofs the client proved this run: offered, or read from the bucket and then stored by
    // the client (it writes a file from the bucket into its state directory once it proved).
    const limiter = new Limiter(16);
    const files = [...new Set([...this.touched, ...offered.keys()])].sort();
    const proofs = await Promise.all(
      files.map((file) =>
        limiter.run(
          async () => offered.get(file) ?? (await readIfExists(path.join(stateDir, ...file.split('/')))),
        ),
      ),
    );
    for (const [i, file] of files.entries()) {
      const data = proofs[i];
      if (!data || data.length === 0) continue;
      const shared = file.startsWith('tile/') && (await this.sharedTile(database, file, data, offered));
      entries.set(proofEntryName(database, file), shared ? Buffer.alloc(0) : data);
    }
    let size = 0;
    for (const [name, data] of entries) size += name.length + data.length + 12;
    // Never a pack the next run would refuse as too large: its objects serve that project.
    if (size > MAX_PACK) return 'kept';
    await this.bucket.put(this.key, await encodePack(entries));
    return 'written';
  }

  /**
   * Whether a proven tile is in the bucket as its own object, so the pack only names it (tiles are
   * the fleet's, the same for every project: a pack of a large project would hold megabytes of
   * them). Offered this run: the proof store put it before the pack is settled; read from its
   * object: there. Else (read from an earlier pack's bytes) it is put now, if absent, as the
   * proof store puts what the client proved; a bucket that refuses keeps its bytes in the pack.
   */
  private async sharedTile(
    database: string,
    file: string,
    data: Buffer,
    offered: ReadonlyMap<string, Buffer>,
  ): Promise<boolean> {
    if (offered.has(file) || this.fromObjects.has(file)) return true;
    return this.bucket.putIfAbsent(proofKey(this.bucket.location, `${database}/${file}`), data).then(
      () => true,
      () => false,
    );
  }

  /** Whether this run's pack would differ from the one read (or there was none). */
  private async changed(offered: ReadonlyMap<string, Buffer>): Promise<boolean> {
    if ((await this.reading).kind !== 'read') return true;
    const { mods, lookups, tiles, refused } = this.misses;
    let offeredTiles = 0;
    for (const file of offered.keys()) if (file.startsWith('tile/')) offeredTiles++;
    if (mods + lookups + refused > 0 || offered.size > offeredTiles || tiles + offeredTiles > TILE_SLACK)
      return true;
    // A go.sum that dropped a module leaves its .mod in the pack.
    const named = new Set(this.goModLines().map((line) => modEntryName(line.hash)));
    for (const [name, data] of await this.entries()) {
      if (name.startsWith('mod/') && !named.has(name)) return true;
      // An earlier pack held its tiles' bytes: written again, naming them.
      if (name.includes('/tile/') && data.length > 0) return true;
    }
    return false;
  }

  private goModLines(): GoSumLine[] {
    return this.project.goSum.filter((line) => line.version.endsWith('/go.mod') && modEntryName(line.hash));
  }

  /** The `.mod` of each `/go.mod` line go.sum names, from the module cache, whose hash is go.sum's. */
  private async addMods(entries: Map<string, Buffer>): Promise<void> {
    const limiter = new Limiter(16);
    await Promise.all(
      this.goModLines().map((line) =>
        limiter
          .run(async () => {
            const version = line.version.slice(0, -'/go.mod'.length);
            const { base } = moduleCachePaths(this.project.gomodcache, { path: line.path, version });
            const data = await readIfExists(`${base}.mod`);
            if (data && data.length <= OBJECT_CAPS.mod && hashGoMod(data) === line.hash)
              entries.set(modEntryName(line.hash) as string, data);
          })
          // Not in the module cache, or a path that does not escape: not packed.
          .catch(() => undefined),
      ),
    );
  }
}
