import { describeError, SecurityError } from '../errors.js';

export { SumdbNotFoundError, SumdbUnavailableError } from './sumdb-http.js';
import type { Logger } from '../logger.js';
import { Serializer } from '../concurrency.js';
import { ForkError, isGarbled, openSignedTree } from './signed-tree.js';
import { lookupUnderNote } from './shared-proofs.js';
import { lookupFile, refusable, wrap } from './lookup-file.js';
import { sumdbOps, type SumdbClientOps, type SumdbOpsOptions } from './client-ops.js';
import { TileCache } from './tile-cache.js';
import { SumdbNotFoundError, SumdbUnavailableError } from './sumdb-http.js';
import type { VerifierKey } from '../module/sumdb-setting.js';
import { HASH_SIZE, recordHash, storedHashIndex, treeHash, type Tree } from './tlog.js';
import { MalformedError, parseRecord } from './tree-note.js';
import { moduleId } from '../module/module-path.js';

export interface SumdbClientOptions {
  readonly key: VerifierKey;
  /** What the client reads and writes (x/mod's ClientOps), built once by the caller: see sumdbOps. */
  readonly ops: SumdbClientOps;
  readonly logger?: Logger;
}

/** What the client asked the network and the disk for. */
export interface SumdbRequestCounts {
  lookups: number;
  tiles: number;
  /** Tiles read from the on-disk cache instead of the network. */
  tilesFromDisk: number;
  /** Lookups answered by a stored lookup (proven again, offline). */
  lookupsFromDisk: number;
  /** HTTP requests sent, on every route, retries and `/supported` included. */
  sent: number;
  failedRequests: number;
}

/** One verified lookup: the record's id and its lines (`<path> <ver>[/go.mod] h1:…`). */
export interface SumdbRecord {
  readonly id: number;
  readonly lines: readonly string[];
  /** Proven from a stored lookup, not fetched this run. */
  readonly fromDisk: boolean;
}

/**
 * A checksum-database client. Mirrors golang.org/x/mod/sumdb/client.go: every lookup's signed
 * tree note is verified and merged with the latest known tree (a consistency proof, so a fork is
 * a SecurityError), and the record is proven to be in that tree through authenticated tiles.
 */
export class SumdbClient {
  private readonly local = { lookups: 0, tiles: 0, tilesFromDisk: 0, lookupsFromDisk: 0 };
  private readonly ops: SumdbClientOps;
  private readonly tileCache: TileCache;
  private readonly merge = new Serializer();
  private readonly records = new Map<string, Promise<SumdbRecord>>();
  private initialized: Promise<void> | undefined;
  private latestTree: Tree = { n: 0, hash: Buffer.alloc(HASH_SIZE) };
  private latestNote: Buffer = Buffer.alloc(0);
  /** Records proven, with the tree size they were proven in (see proveAgainstLatest). */
  private readonly proven = new Map<string, { id: number; text: Buffer; n: number }>();
  private fresh = false;
  private refreshing: Promise<Tree> | undefined;

  constructor(private readonly options: SumdbClientOptions) {
    this.ops = options.ops;
    this.tileCache = new TileCache({
      name: options.key.name,
      ops: options.ops,
      counts: this.local,
      logger: options.logger,
    });
  }

  /** What the client asked the network and the disk for, so far. */
  get counts(): SumdbRequestCounts {
    return { ...this.local, ...this.ops.requests };
  }

  /** True once the database itself served a signed tree this run (so the latest tree is fresh). */
  get refreshed(): boolean {
    return this.fresh;
  }

  get name(): string {
    return this.options.key.name;
  }

  /** The latest verified tree (size 0 before any lookup when nothing was remembered). */
  get latest(): Tree {
    return this.latestTree;
  }

  /** The base URL requests go to, without credentials (undefined until it is resolved). */
  get redactedBase(): string | undefined {
    return this.ops.remoteShown;
  }

  /**
   * Mirrors sumdb.Client.Lookup: the database's lines for `path` `version` (`v1.2.3` or
   * `v1.2.3/go.mod`), after verifying the note, the tree's consistency and the record's inclusion.
   */
  async lookup(path: string, version: string): Promise<string[]> {
    const record = await this.lookupRecord(path, version.replace(/\/go\.mod$/, ''));
    const prefix = `${path} ${version} `;
    return record.lines.filter((line) => line.startsWith(prefix));
  }

  /** GETs `/latest` and folds it into the latest tree (proving consistency with the remembered one). */
  async fetchLatest(): Promise<Tree> {
    await this.init();
    const note = await this.ops.readRemote('/latest', 'latest');
    await this.mergeLatest(note, 'latest tree note');
    this.fresh = true;
    // Rewritten even when unchanged: its time says when the tree was last confirmed.
    if (note.equals(this.latestNote)) await this.ops.writeLatest(note);
    return this.latestTree;
  }

  /**
   * fetchLatest once per client: a warm run starts it while `go` primes the cache (see
   * prefetchRecords), and the checksum step then waits on that same request, so a database that
   * hangs costs its budget in parallel with priming rather than after it. Never rejects unheard.
   */
  refreshLatest(): Promise<Tree> {
    if (!this.refreshing) {
      this.refreshing = this.fetchLatest();
      this.refreshing.catch(() => undefined);
    }
    return this.refreshing;
  }

  /** Keeps the lookups and tiles stored from now on in memory, until flushWrites (see StateStore.holdWrites). */
  holdWrites(): void {
    this.ops.holdWrites();
  }

  /** Writes the lookups and tiles held since holdWrites, and stores the next ones at once. */
  flushWrites(): Promise<void> {
    return this.ops.flushWrites();
  }

  /** When the remembered tree was last confirmed by the database (the `latest` file's time). */
  async latestConfirmedAt(): Promise<Date | undefined> {
    return this.ops.latestWrittenAt();
  }

  /** Whether a lookup of path@version is stored (go's `lookup/` cache, or ours: the same files). */
  async hasStoredRecord(path: string, version: string): Promise<boolean> {
    const file = lookupFile(path, version);
    return file !== undefined && (await this.ops.readCache(file)) !== undefined;
  }

  /**
   * Reads the remembered tree note. Mirrors client.go initWork: a note that does not open (bad or
   * unknown signature, garbled) is an error, as cmd/go's "reading tree note", never replaced.
   */
  init(): Promise<void> {
    this.initialized ??= (async () => {
      const file = `${this.ops.cacheDir}/latest`;
      const remembered = await this.ops.readLatest();
      if (!remembered) return;
      try {
        await this.mergeLatest(remembered, `remembered tree note ${file}`);
      } catch (error) {
        throw new SecurityError(
          `checksum database ${this.name}: reading tree note ${file}: ${describeError(error)}; the last verified tree this project remembers was altered. ` +
            'Restore it from a trusted cache, or delete the file (and the cache entry it came from) once you know why it changed',
          { cause: error },
        );
      }
    })();
    return this.initialized;
  }

  /**
   * After every lookup: proves each record again in the final latest tree, so the tiles a later
   * run needs to prove them offline (against this tree) are stored. Read from disk when present.
   */
  async proveAgainstLatest(): Promise<void> {
    for (const [key, record] of this.proven) {
      if (record.n === this.latestTree.n) continue;
      try {
        this.proven.set(key, { ...record, n: await this.checkRecord(record.id, record.text) });
      } catch (error) {
        this.options.logger?.warn(`${this.name}: ${key}: could not store its proof: ${describeError(error)}`);
      }
    }
  }

  /**
   * Offers the fleet's shared store every record proven in the latest tree, each under that
   * tree's signed note (so one note and its tiles prove them all offline); the tiles were offered
   * as they were authenticated.
   */
  shareProofs(): void {
    for (const [file, record] of this.proven)
      if (record.n === this.latestTree.n && this.latestNote.length > 0)
        this.ops.shareProven(file, lookupUnderNote(record.id, record.text, this.latestNote));
  }

  /** The whole verified record for path@version (both its lines), fetched once per client. */
  lookupRecord(path: string, version: string): Promise<SumdbRecord> {
    const key = moduleId({ path, version });
    let pending = this.records.get(key);
    if (!pending) {
      pending = this.fetchRecord(path, version).catch((error: unknown) => {
        throw wrap(error, key);
      });
      this.records.set(key, pending);
    }
    return pending;
  }

  /** Mirrors client.go Lookup: the on-disk cache first (proven again), then the remote server. */
  /**
   * Looks path@version up ahead of need; an unavailable database is forgotten (so the real lookup
   * tries again), a verdict (no record, tampering) is kept. Never rejects.
   */
  async prefetchRecord(path: string, version: string): Promise<void> {
    const key = moduleId({ path, version });
    const pending = this.lookupRecord(path, version);
    try {
      await pending;
    } catch (error) {
      const verdict = error instanceof SecurityError || error instanceof SumdbNotFoundError;
      if (!verdict && this.records.get(key) === pending) this.records.delete(key);
    }
  }

  private async fetchRecord(path: string, version: string): Promise<SumdbRecord> {
    await this.init();
    const file = lookupFile(path, version);
    if (!file) throw new SumdbNotFoundError(`cannot be looked up: invalid module path or version`);
    const stored = await this.ops.readCache(file);
    if (stored) {
      try {
        const record = await this.proveRecord(stored, `stored lookup ${this.ops.cacheDir}/${file}`, file);
        if (this.ops.fromShared(file) && !record.lines.some((l) => l.startsWith(`${path} ${version} `)))
          throw new SecurityError(`the record proven is not the one for ${path}@${version}`);
        this.local.lookupsFromDisk++;
        return record;
      } catch (error) {
        // From the fleet's shared store: refused (named there), and asked of the database instead.
        if (this.ops.fromShared(file) && refusable(error))
          await this.ops.removeCache(file, describeError(error));
        // A signed note that does not verify, or a record not in the tree, is altered local state.
        else if (error instanceof SecurityError) throw error;
        else if (!(error instanceof MalformedError || isGarbled(error))) throw error;
        else {
          this.options.logger?.warn(`${this.name}: ignoring ${file}: ${describeError(error)}`);
          await this.ops.removeCache(file);
        }
      }
    }
    const remote = `/${file}`;
    this.local.lookups++;
    const data = await this.ops.readRemote(remote, 'lookup');
    const record = await this.proveRecord(data, `lookup response from ${this.ops.remoteShown ?? ''}`, file);
    this.fresh = true;
    await this.ops.writeCache(file, data);
    return { ...record, fromDisk: false };
  }

  /** Proves a lookup (stored or served) in the latest tree; `file` names it among the proven. */
  private async proveRecord(data: Buffer, what: string, file: string): Promise<SumdbRecord> {
    let parsed: ReturnType<typeof parseRecord>;
    try {
      parsed = parseRecord(data);
    } catch (error) {
      throw new SumdbUnavailableError(`malformed ${what}`, { cause: error });
    }
    await this.mergeLatest(parsed.rest, what);
    const n = await this.checkRecord(parsed.id, parsed.text);
    this.proven.set(file, { id: parsed.id, text: parsed.text, n });
    const lines = parsed.text
      .toString('utf8')
      .split('\n')
      .filter((l) => l !== '');
    return { id: parsed.id, lines, fromDisk: true };
  }

  /** Mirrors client.go mergeLatest/mergeLatestMem: verify a note and fold it into the latest tree. */
  private mergeLatest(msg: Buffer, what: string): Promise<void> {
    // Most lookups carry the very note already verified and installed: nothing to prove again.
    if (this.latestNote.length > 0 && msg.equals(this.latestNote)) return Promise.resolve();
    const tree = openSignedTree(msg, `checksum database ${this.name}: ${what}`, this.options.key);
    return this.merge.run(async () => {
      const latest = this.latestTree;
      if (tree.n <= latest.n) {
        if (tree.n === latest.n && tree.hash.equals(latest.hash)) return;
        await this.checkTrees(tree, msg, latest, this.latestNote);
        return;
      }
      await this.checkTrees(latest, this.latestNote, tree, msg);
      this.latestTree = tree;
      this.latestNote = msg;
      await this.ops.writeLatest(msg);
      this.options.logger?.debug(`${this.name}: verified tree ${tree.n} ${tree.hash.toString('base64')}`);
    });
  }

  /** Mirrors client.go checkTrees: the newer tree must contain the older one as a prefix. */
  private async checkTrees(older: Tree, olderNote: Buffer, newer: Tree, newerNote: Buffer): Promise<void> {
    const h = await this.tileCache.readAuthenticated(newer, (read) => treeHash(older.n, read));
    if (h.equals(older.hash)) return;
    const indent = (b: Buffer): string => b.toString('utf8').trimEnd().replace(/\n/g, '\n\t');
    const what =
      older.n === newer.n
        ? `two different trees of size ${older.n} are signed`
        : `the tree of size ${newer.n} does not contain the tree of size ${older.n}`;
    throw new ForkError(
      `checksum database ${this.name} forked: ${what} ` +
        `(by the tiles of the larger one, the first ${older.n} records hash to ${h.toString('base64')}, not ${older.hash.toString('base64')})` +
        `\nold database:\n\t${indent(olderNote)}\nnew database:\n\t${indent(newerNote)}`,
    );
  }

  /** Mirrors client.go checkRecord: the record must be in the latest tree (its size is returned). */
  private async checkRecord(id: number, text: Buffer): Promise<number> {
    const latest = this.latestTree;
    if (id < 0 || id >= latest.n)
      throw new SecurityError(
        `checksum database ${this.name}: cannot validate record ${id} in tree of size ${latest.n} (the record is outside the signed tree)`,
      );
    const [h] = await this.tileCache.readAuthenticated(latest, (read) => read([storedHashIndex(0, id)]));
    if (!h.equals(recordHash(text)))
      throw new SecurityError(
        `checksum database ${this.name}: cannot authenticate record data in server response: record ${id} is not the one in the signed tree of size ${latest.n}`,
      );
    return latest.n;
  }
}

/** A client over our state directory and the database's routes: the ops built once, here. */
export function sumdbClientFor(key: VerifierKey, options: SumdbOpsOptions): SumdbClient {
  return new SumdbClient({ key, logger: options.logger, ops: sumdbOps(key.name, options) });
}
