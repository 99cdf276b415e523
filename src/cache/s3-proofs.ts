import fs from 'node:fs/promises';
import path from 'node:path';
import { describeError } from '../errors.js';
import type { GoSumLine } from '../go/go-sum.js';
import { escapeModulePath, escapeVersion } from '../module/module-escape.js';
import { Limiter } from '../concurrency.js';
import type { Logger } from '../logger.js';
import { ObjectTooLargeError, type S3Bucket } from './s3-bucket.js';
import { describeS3Location, type S3Location } from './s3-location.js';
import { proofKey } from './s3-keys.js';
import type { ProofPack } from './s3-pack-session.js';
import { proofEntryName } from './s3-pack.js';

/**
 * Caps on proof objects: a hash tile of height 8 is at most 2^8 hashes of 32 bytes (tlog's
 * tiles); a lookup is a record of two go.sum lines and a signed note of a few lines.
 */
export const PROOF_CAPS = { tile: 256 * 32, lookup: 64 << 10 } as const;

function capOf(file: string): number {
  return file.startsWith('tile/') ? PROOF_CAPS.tile : PROOF_CAPS.lookup;
}

/** The files a client stores: `lookup/<path>@<version>` and hash tiles `tile/8/<L>/<N>[.p/<W>]`. */
const PROOF_FILE = /^(?:lookup\/[!-~]+@[!-~]+|tile\/8\/[0-9]\/(?:x\d{3}\/)*\d{3}(?:\.p\/\d{1,3})?)$/;

/** A proof object that did not prove: never used. */
export interface RefusedProof {
  readonly key: string;
  readonly reason: string;
  /** Deleted from the bucket (`cache-heal: true`). */
  readonly deleted?: boolean;
}

/**
 * The checksum database's proofs in the fleet's bucket, under `<prefix>/sumdb/<name>/`: read when
 * a runner's state directory lacks them (a fleet proves its go.sum lines offline while the
 * database is down, and fetches each tile once), written (put if absent) only with what this
 * run's checksum client proved. Structurally the checksum client's SharedProofStore. A bucket
 * that fails once is not asked again this run (one warning).
 */
export class S3ProofStore {
  private readonly pending = new Map<string, Buffer>();
  private readonly prefetched = new Map<string, Promise<Buffer | undefined>>();
  private readonly refusedProofs: RefusedProof[] = [];
  private readonly refusedFiles = new Set<string>();
  /** Files the project's pack served (a refusal names the pack's key). */
  private readonly fromPack = new Set<string>();
  private broken: string | undefined;
  private uploading: Promise<{ created: number; existed: number }> | undefined;
  /** Objects read from the bucket. */
  objectsRead = 0;
  /** Settles once the reads prefetch() started are over (never rejects). */
  prefetching: Promise<void> = Promise.resolve();

  constructor(
    private readonly bucket: S3Bucket,
    private readonly database: string,
    private readonly options: {
      readonly logger?: Logger;
      readonly heal?: boolean;
      readonly concurrency?: number;
      /** The project's pack: its proofs are read from it before their own objects. */
      readonly pack?: ProofPack;
    } = {},
  ) {}

  /** The object key of a state file, or undefined for a name that is not one a client stores. */
  keyOf(file: string): string | undefined {
    if (!PROOF_FILE.test(file) || file.split('/').includes('..')) return undefined;
    return proofKey(this.bucket.location, `${this.database}/${file}`);
  }

  get location(): S3Location {
    return this.bucket.location;
  }

  get refused(): readonly RefusedProof[] {
    return this.refusedProofs;
  }

  /** Why the bucket stopped being asked (its first error), if it did. */
  get unusable(): string | undefined {
    return this.broken;
  }

  /**
   * Starts reading `files` now, `concurrency` at a time (default 16), for the client to find in
   * memory: a warm runner's lookups then cost one round of parallel GETs, not one GET each as the
   * client reaches it. Nothing is trusted for it: read() hands the bytes to the client, which
   * proves them as it proves any stored file.
   */
  prefetch(files: readonly string[], concurrency = 16): Promise<void> {
    const limiter = new Limiter(concurrency);
    const reads: Promise<unknown>[] = [];
    for (const file of files)
      if (!this.prefetched.has(file)) {
        const read = limiter.run(() => this.readNow(file));
        this.prefetched.set(file, read);
        reads.push(read);
      }
    this.prefetching = Promise.all(reads).then(() => undefined);
    return this.prefetching;
  }

  async read(file: string): Promise<Buffer | undefined> {
    const { pack } = this.options;
    // A pack's entry once refused is not served again (the client asks the database then).
    const fromPack = pack && this.keyOf(file) && !this.broken && !this.refusedFiles.has(file);
    let packed = fromPack ? (await pack.files()).get(file) : undefined;
    if (packed && packed.length > capOf(file)) {
      this.fromPack.add(file);
      this.refuse(file, `larger than ${capOf(file)} bytes`);
      packed = undefined;
    }
    if (packed && packed.length > 0) {
      this.fromPack.add(file);
      pack?.read(file, true);
      return packed;
    }
    const prefetched = this.prefetched.get(file);
    if (prefetched) this.prefetched.delete(file);
    const data = await (prefetched ?? this.readNow(file));
    if (data) pack?.read(file, false);
    return data;
  }

  private async readNow(file: string): Promise<Buffer | undefined> {
    const key = this.keyOf(file);
    if (!key || this.broken) return undefined;
    const cap = capOf(file);
    try {
      const data = await this.bucket.getBytes(key, cap);
      if (data) this.objectsRead++;
      return data && data.length > 0 ? data : undefined;
    } catch (error) {
      if (error instanceof ObjectTooLargeError) {
        this.refuse(file, `larger than ${cap} bytes`);
        return undefined;
      }
      this.stop(error);
      return undefined;
    }
  }

  offer(file: string, data: Buffer): void {
    if (this.keyOf(file)) this.pending.set(file, data);
  }

  refuse(file: string, reason: string): void {
    if (this.refusedFiles.has(file)) return;
    this.refusedFiles.add(file);
    const { pack } = this.options;
    const packed = pack !== undefined && this.fromPack.has(file);
    if (packed) pack.refused(file);
    // A pack's entry is named by the pack's key and the entry.
    const key = packed ? pack.key : (this.keyOf(file) ?? file);
    const refused: { key: string; reason: string; deleted?: boolean } = {
      key,
      reason: packed ? `its entry ${proofEntryName(this.database, file)}: ${reason}` : reason,
    };
    this.refusedProofs.push(refused);
    this.options.logger?.warn(refusedProofWarning(this.location, refused));
    // A refused pack entry is not deleted: this run writes the pack again without it.
    if (this.options.heal && !packed)
      void this.bucket.delete(key).then(
        () => (refused.deleted = true),
        () => (refused.deleted = false),
      );
  }

  /**
   * Uploads what was offered, each with `If-None-Match: *` (an object already there, or a
   * concurrent runner's, is never overwritten). Once per run; a bucket error stops it with one
   * warning (the proofs are then fetched again by the next run).
   */
  upload(): Promise<{ created: number; existed: number }> {
    this.uploading ??= this.uploadNow();
    return this.uploading;
  }

  private async uploadNow(): Promise<{ created: number; existed: number }> {
    const counts = { created: 0, existed: 0 };
    const offered = new Map(this.pending);
    const limiter = new Limiter(this.options.concurrency ?? 8);
    await Promise.all(
      [...this.pending].map(([file, data]) =>
        limiter.run(async () => {
          const key = this.keyOf(file) as string;
          if (this.broken) return;
          try {
            // A proof is a few KiB at most: one conditional put, without asking first.
            if ((await this.bucket.putIfAbsent(key, data)) === 'exists') counts.existed++;
            else counts.created++;
          } catch (error) {
            this.stop(error);
          }
        }),
      ),
    );
    this.pending.clear();
    if (this.options.pack && !this.broken)
      await this.options.pack
        .settle(offered)
        .catch((error: unknown) =>
          this.options.logger?.warn(
            `cache (s3): the project's pack '${this.options.pack?.key}' was not written: ${describeError(error)}`,
          ),
        );
    return counts;
  }

  private stop(error: unknown): void {
    if (this.broken) return;
    this.broken = describeError(error);
    this.options.logger?.warn(
      `cache (s3): the checksum database's proofs in ${describeS3Location(this.bucket.location)} are not used this run: ${this.broken}`,
    );
  }
}

/** The warning for a proof object that did not prove (named by its key). */
export function refusedProofWarning(location: S3Location, refused: RefusedProof): string {
  return `SECURITY: cache (s3) object '${refused.key}' in ${describeS3Location(location)} refused: ${refused.reason}; not used${refused.deleted ? '; deleted (cache-heal)' : ''}`;
}

/**
 * The lookups a warm runner will ask the fleet's store for: `lookup/<path>@<version>` (escaped,
 * as client.go Lookup names them) of every version go.sum has a zip line for, less those the
 * runner's state directory (`stateDir`) holds already.
 */
export async function lookupsToPrefetch(goSum: readonly GoSumLine[], stateDir: string): Promise<string[]> {
  const files = new Set<string>();
  for (const line of goSum) {
    if (line.version.endsWith('/go.mod') || !line.hash.startsWith('h1:')) continue;
    try {
      files.add(`lookup/${escapeModulePath(line.path)}@${escapeVersion(line.version)}`);
    } catch {
      // not a path the database has a record for
    }
  }
  return notStored([...files], stateDir);
}

/** The state files among `files` that the runner's state directory (`stateDir`) lacks. */
export async function notStored(files: readonly string[], stateDir: string): Promise<string[]> {
  const stored = await Promise.all(
    files.map((file) =>
      fs.stat(path.join(stateDir, ...file.split('/'))).then(
        () => true,
        () => false,
      ),
    ),
  );
  return files.filter((_, i) => !stored[i]);
}
