import fs from 'node:fs/promises';
import path from 'node:path';
import { Limiter } from '../concurrency.js';
import type { FileDigest } from '../go/dirhash.js';
import { digestZipFile } from '../go/zip-file-digest.js';
import type { FileStamp } from './archive-files.js';

/** Zips hashed at once while go primes (their windows share the digest workers' budget). */
const AT_ONCE = 2;

/** A zip hashed as it landed: its stamp when read, and its entry digests (or why not). */
type Landed = { readonly stamp: FileStamp; readonly digests: FileDigest[] } | Error;

/**
 * The entry digests of each zip `go` placed in the module cache while priming, hashed from the
 * file on disk as it lands (on the digest workers, while the network is the wait), so that the
 * save's proof (checkCacheIntegrity) need not read them all again at the end of the run. A digest
 * is handed to the proof only for a file still as it was when hashed (size, mtime, inode: the
 * stamps the post step checks too); a zip changed since is read again, and proves or not.
 */
export class LandedZipDigests {
  private readonly landed = new Map<string, { file: string; read: Promise<Landed> }>();
  private readonly limiter = new Limiter(AT_ONCE);

  constructor(private readonly gomodcache: string) {}

  /** Starts hashing a zip that just landed (absolute path); a zip taken before is left alone. */
  take(file: string): void {
    const name = path.relative(this.gomodcache, file).split(path.sep).join('/');
    if (this.landed.has(name) || name.startsWith('..')) return;
    const read = this.limiter
      .run(async () => {
        const stamp = await stampOf(file);
        const digests = await digestZipFile(file);
        // Changed while it was read: the digests may mix two versions of the file.
        if (!sameStamp(stamp, await stampOf(file))) throw new Error(`${name} changed while it was hashed`);
        return { stamp, digests };
      })
      .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    this.landed.set(name, { file, read });
  }

  /**
   * The digests of the zips still as they were when hashed, by name relative to GOMODCACHE (the
   * form checkCacheIntegrity's zipDigests takes), and how many are not handed on: their hashing
   * failed, or the file changed or went since, so the proof reads that file itself.
   */
  async unchanged(): Promise<{ digests: Map<string, Promise<FileDigest[]>>; readAgain: number }> {
    const digests = new Map<string, Promise<FileDigest[]>>();
    let readAgain = 0;
    for (const [name, { file, read }] of this.landed) {
      const landed = await read;
      const now = await stampOf(file).catch(() => undefined);
      if (landed instanceof Error || !now || !sameStamp(landed.stamp, now)) readAgain++;
      else digests.set(name, Promise.resolve(landed.digests));
    }
    return { digests, readAgain };
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
