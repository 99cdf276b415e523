import { randomBytes } from 'node:crypto';
import fsSync from 'node:fs';
import path from 'node:path';
import { hash1OfDigests } from '../go/dirhash.js';
import { digestZipFile } from '../go/zip-file-digest.js';
import { digestZipEntriesAsync, MAX_ZIP, ZipFormatError } from '../go/zip-reader.js';

/** Files up to this size are held whole and written in one call; bigger ones are streamed. */
const SMALL = 4 << 20;
/** Zip bytes restored but not yet hashed, at most (each held twice: here and in a worker). */
const HASHING_BYTES = 8 << 20;

/**
 * Writes a restore's checked members into the module cache: directories made through real
 * directories only (lstat, never following a symlink), each file written whole under a temporary
 * name and hard-linked into place (renameio.WriteFile's pattern, with link for rename so a file
 * already there is never replaced; a crash leaves a `*.tmp` file, never a half-written .info,
 * list or zip under its real name), each zip hashed while the archive is read on. `undo` removes
 * what it wrote. The calls are synchronous on purpose: per-file async hops cost more CPU than the
 * bytes, and a warm restore is CPU-bound on a 2-core runner.
 */
export class RestoreWriter {
  /** Directories known to be real (true) or not (false: a symlink or file, its members skipped). */
  private readonly dirs = new Map<string, boolean>();
  /** Directories this restore made, parents first: removed (when empty) by undo. */
  private readonly madeDirs: string[] = [];
  /** The temporary file being written, removed by undo. */
  private writing: string | undefined;
  /** Zips handed to the digest workers and not yet hashed, oldest first. */
  private readonly hashing: { digest: Promise<unknown>; bytes: number }[] = [];
  private hashingBytes = 0;
  readonly written: string[] = [];
  readonly kept: string[] = [];
  /** Each zip's h1 as hashed while the archive is read on (only the h1: see RestoredFiles). */
  readonly zipDigests = new Map<string, Promise<string | Error>>();
  bytes = 0;

  constructor(readonly root: string) {
    if (!fsSync.existsSync(root)) {
      fsSync.mkdirSync(path.dirname(root), { recursive: true });
      this.mkdirOrTwin(root);
    }
  }

  /** A directory member. */
  directory(target: string): void {
    this.ensureDir(target);
  }

  /** A file member, written whole (then linked into place) unless its name is taken or unsafe. */
  async file(rel: string, target: string, size: number, body: AsyncIterable<Buffer>): Promise<void> {
    if (!this.ensureDir(path.dirname(target))) return;
    const present = fsSync.lstatSync(target, { throwIfNoEntry: false });
    if (present) {
      // Kept (the body is skipped) and counted: it is the entry's file, checked like the rest.
      if (present.isFile()) this.kept.push(rel);
      return;
    }
    const temp = `${target}${randomBytes(6).toString('hex')}.tmp`;
    let data: Buffer | undefined;
    const fd = fsSync.openSync(temp, 'wx', 0o644);
    this.writing = temp;
    try {
      if (size <= SMALL) {
        const chunks: Buffer[] = [];
        for await (const chunk of body) chunks.push(chunk);
        data = Buffer.concat(chunks);
        writeAllSync(fd, data);
      } else {
        for await (const chunk of body) writeAllSync(fd, chunk);
      }
    } finally {
      fsSync.closeSync(fd);
    }
    const linked = linkNoClobber(temp, target);
    unlinkMade(temp);
    this.writing = undefined;
    if (!linked) {
      this.kept.push(rel); // another process wrote it meanwhile: kept, and checked like the rest
      return;
    }
    this.written.push(rel);
    this.bytes += size;
    if (!rel.endsWith('.zip')) return;
    if (data) await this.hashWrittenZip(rel, data);
    else this.hashLinkedZip(rel, target, size);
  }

  /** Removes what a failed restore wrote: its files, then the directories it made if empty. */
  undo(): void {
    if (this.writing) fsSync.rmSync(this.writing, { force: true });
    for (const rel of this.written) fsSync.rmSync(path.join(this.root, ...rel.split('/')), { force: true });
    for (const dir of [...this.madeDirs].reverse()) {
      try {
        fsSync.rmdirSync(dir);
      } catch {
        // Not empty (another process wrote there meanwhile) or gone: left as it is.
      }
    }
  }

  /** Whether `dir` is a real directory under the root (made when missing), never through a symlink. */
  private ensureDir(dir: string): boolean {
    const known = this.dirs.get(dir);
    if (known !== undefined) return known;
    let ok = dir === this.root || this.ensureDir(path.dirname(dir));
    if (ok && dir !== this.root) {
      const st = fsSync.lstatSync(dir, { throwIfNoEntry: false });
      ok = st ? st.isDirectory() : this.mkdirOrTwin(dir);
    }
    this.dirs.set(dir, ok);
    return ok;
  }

  /** mkdir(2) that tolerates a twin: another run made the directory first (mkdir -p semantics). */
  private mkdirOrTwin(dir: string): boolean {
    try {
      fsSync.mkdirSync(dir, { mode: 0o755 });
      this.madeDirs.push(dir);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return fsSync.lstatSync(dir).isDirectory();
    }
  }

  /**
   * Hands a zip just written to the digest workers (hashed from the very bytes written, while the
   * archive is read on; settled, never rejected). Bounded memory: reading waits while too many
   * zip bytes wait to be hashed.
   */
  private async hashWrittenZip(rel: string, data: Buffer): Promise<void> {
    const digest = digestZipEntriesAsync(data, { handOver: true })
      .then(hash1OfDigests)
      .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    this.zipDigests.set(rel, digest);
    this.hashing.push({ digest, bytes: data.length });
    this.hashingBytes += data.length;
    while (this.hashingBytes > HASHING_BYTES) {
      const oldest = this.hashing.shift() as { digest: Promise<unknown>; bytes: number };
      await oldest.digest;
      this.hashingBytes -= oldest.bytes;
    }
  }

  /**
   * Starts hashing a big zip just linked into place, read back in windows (digestZipFile, under
   * its own in-flight budget), while the archive is read on: on syncthing's entry the five zips
   * over SMALL are 123 of its 145 MB, and were hashed only after the restore. Settled, never
   * rejected; a zip over MAX_ZIP is refused unread, as the integrity check would.
   */
  private hashLinkedZip(rel: string, target: string, size: number): void {
    const digest =
      size > MAX_ZIP
        ? Promise.resolve(new ZipFormatError(`zip is larger than 500 MiB (${size} bytes)`))
        : digestZipFile(target)
            .then(hash1OfDigests)
            .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    this.zipDigests.set(rel, digest);
  }
}

/** link(2) `from` to `to`; false when `to` exists already (it is never replaced). */
function linkNoClobber(from: string, to: string): boolean {
  try {
    fsSync.linkSync(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** unlink(2) of a file this restore made (rmSync would lstat it first: one more call per file). */
function unlinkMade(file: string): void {
  try {
    fsSync.unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function writeAllSync(fd: number, chunk: Buffer): void {
  let offset = 0;
  while (offset < chunk.length) offset += fsSync.writeSync(fd, chunk, offset, chunk.length - offset);
}
