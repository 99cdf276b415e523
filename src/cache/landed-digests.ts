import fs from 'node:fs/promises';
import path from 'node:path';
import { Limiter } from '../concurrency.js';
import { hash1OfDigests } from '../go/dirhash.js';
import { sha256OfFile } from '../go/off-thread-digest.js';
import { digestZipFile } from '../go/zip-file-digest.js';
import type { ProvenZip } from '../go/zip-proof.js';
import type { FileStamp } from './archive-files.js';

/** Zips read at once while go primes. */
const AT_ONCE = 2;

/** A zip read as it landed: its stamp when read, and its `h1:` (or why not). */
type Landed = { readonly stamp: FileStamp; readonly h1: string } | Error;

/** The relay's proof of a module version's zip, if it proved one (Relay.provenZip). */
export type ProvenZipOf = (modulePath: string, version: string) => ProvenZip | undefined;

/**
 * The `h1:` of each zip `go` placed in the module cache while priming, read from the file on disk
 * as it lands (while the network is the wait), so that the save's proof (checkCacheIntegrity)
 * need not read them all again at the end of the run. A file whose bytes have the SHA-256 of the
 * body the relay proved against go.sum takes the relay's h1 (one plain hash, no inflating);
 * any other is hashed as go does (dirhash.HashZip). A hash is handed to the proof only for a file
 * still as it was when read (size, mtime, inode: the stamps the post step checks too); a zip
 * changed since is read again by the proof, and proves or not.
 */
export class LandedZipDigests {
  private readonly landed = new Map<string, { file: string; read: Promise<Landed> }>();
  private readonly limiter = new Limiter(AT_ONCE);
  /** Zips proven by the relay's hash of the same bytes, and zips hashed here in full. */
  readonly counts = { sameBytes: 0, hashed: 0 };

  constructor(
    private readonly gomodcache: string,
    private readonly provenByRelay: ProvenZipOf = () => undefined,
  ) {}

  /** Starts reading a zip that just landed (absolute path); a zip taken before is left alone. */
  take(file: string, module: { readonly path: string; readonly version: string }): void {
    const name = path.relative(this.gomodcache, file).split(path.sep).join('/');
    if (this.landed.has(name) || name.startsWith('..')) return;
    const read = this.limiter
      .run(async () => {
        const stamp = await stampOf(file);
        const h1 = await this.hashOf(file, module);
        // Changed while it was read: the hash may mix two versions of the file.
        if (!sameStamp(stamp, await stampOf(file))) throw new Error(`${name} changed while it was hashed`);
        return { stamp, h1 };
      })
      .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    this.landed.set(name, { file, read });
  }

  private async hashOf(file: string, module: { path: string; version: string }): Promise<string> {
    const relay = this.provenByRelay(module.path, module.version);
    if (relay && (await sha256OfFile(file)) === relay.sha256) {
      this.counts.sameBytes++;
      return relay.h1;
    }
    this.counts.hashed++;
    return hash1OfDigests(await digestZipFile(file));
  }

  /**
   * The `h1:` of the zips still as they were when read, by name relative to GOMODCACHE (the form
   * checkCacheIntegrity's zipHashes takes), and how many are not handed on: their reading
   * failed, or the file changed or went since, so the proof reads that file itself.
   */
  async unchanged(): Promise<{ hashes: Map<string, string>; readAgain: number }> {
    const hashes = new Map<string, string>();
    let readAgain = 0;
    for (const [name, { file, read }] of this.landed) {
      const landed = await read;
      const now = await stampOf(file).catch(() => undefined);
      if (landed instanceof Error || !now || !sameStamp(landed.stamp, now)) readAgain++;
      else hashes.set(name, landed.h1);
    }
    return { hashes, readAgain };
  }
}

async function stampOf(file: string): Promise<FileStamp> {
  const st = await fs.lstat(file);
  if (!st.isFile()) throw new Error(`${file} is not a regular file`);
  return { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}
