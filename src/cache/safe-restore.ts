import { randomBytes } from 'node:crypto';
import fsSync from 'node:fs';
import path from 'node:path';
import { InfrastructureError } from '../errors.js';
import type { FileDigest } from '../go/dirhash.js';
import { digestZipEntriesAsync } from '../go/zip-reader.js';
import { decompressed, type ArchiveCompression } from './decompress.js';
import { sumdbFileProblem } from './sumdb-files.js';
import { readTar, type TarMember } from './tar-reader.js';

export type { ArchiveCompression } from './decompress.js';

/**
 * An entry holds a member that could write outside `<GOMODCACHE>/cache/download` or something
 * other than a regular file or directory: the whole entry is refused and nothing of it is written.
 */
export class RejectedEntryError extends InfrastructureError {
  constructor(
    readonly entry: string,
    readonly member: string,
    readonly why: string,
  ) {
    super(
      `SECURITY: the cache entry '${entry}' was rejected, nothing was restored from it: member '${member}' ${why}`,
    );
  }
}

/** An entry that was found but could not be used (rejected, truncated, corrupt): a save should replace it. */
export function unusableEntryOf(error: unknown): string | undefined {
  if (error instanceof RejectedEntryError) return error.entry;
  if (error instanceof UnreadableEntryError) return error.entry;
  return undefined;
}

/** The entry's archive cannot be read (truncated, corrupt compression, bad tar headers). */
export class UnreadableEntryError extends InfrastructureError {
  constructor(
    readonly entry: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`the cache entry '${entry}' is unreadable (truncated or corrupt): ${detail}`, options);
  }
}

/** What a restore put into the module cache (names relative to GOMODCACHE, `/`-separated). */
export interface RestoredFiles {
  /**
   * The entry's files now in the module cache: those written, and those found there already as
   * regular files (kept and verified like the rest), so a warm hit on a filled cache is whole.
   */
  readonly files: readonly string[];
  readonly bytes: number;
  /**
   * The entry digests of the zips it wrote (those up to SMALL, hashed from the very bytes written
   * while the rest of the archive is read), by name: the integrity check need not read them back.
   */
  readonly zipDigests?: ReadonlyMap<string, Promise<FileDigest[] | Error>>;
  /** Files under `cache/download/sumdb/` not restored (sumdb-files.ts), each with why. */
  readonly dropped?: readonly string[];
}

const DOWNLOAD = 'cache/download';
/** Files up to this size are written in one call. */
const SMALL = 4 << 20;
/** Zip bytes restored but not yet hashed, at most (each held twice: here and in a worker). */
const HASHING_BYTES = 8 << 20;

/**
 * Why a member may not be restored, or undefined when it may: a regular file or directory whose
 * name (after `prefix`) is a clean relative path under `cache/download`.
 */
export function memberProblem(member: TarMember, prefix: string): string | undefined {
  if (member.type !== 'file' && member.type !== 'directory') return `is a ${member.type}`;
  if (member.name.startsWith('/')) return 'has an absolute path';
  if (!member.name.startsWith(prefix)) return `lies outside ${prefix || './'}${DOWNLOAD}`;
  const rel = member.name.slice(prefix.length).replace(/\/$/, '');
  const parts = rel.split('/');
  if (parts.some((p) => p === '..')) return 'has a `..` path element';
  if (rel.includes('\\') || parts.some((p) => p === '' || p === '.'))
    return 'has an unclean path (empty, `.` or `\\` elements)';
  if (rel === 'cache' || rel === DOWNLOAD)
    return member.type === 'directory' ? undefined : 'is not a directory';
  if (!rel.startsWith(`${DOWNLOAD}/`)) return `lies outside ${DOWNLOAD}`;
  return undefined;
}

/** Reads the whole archive, calling `onMember` for each; typed errors for a bad entry. */
async function readEntry(
  options: { archive: string; compression: ArchiveCompression; entry: string },
  onMember: (member: TarMember, body: AsyncIterable<Buffer>) => Promise<void>,
): Promise<void> {
  const source = decompressed(options.archive, options.compression);
  try {
    await readTar(source.stream, onMember);
  } catch (error) {
    await source.done(true).catch(() => undefined);
    if (error instanceof RejectedEntryError) throw error;
    throw new UnreadableEntryError(options.entry, (error as Error).message, { cause: error });
  }
  await source.done().catch((error: unknown) => {
    throw new UnreadableEntryError(options.entry, (error as Error).message, { cause: error });
  });
}

/** What pass 2 has done so far: undone whole if the restore fails. */
interface Restoring {
  readonly root: string;
  /** Directories known to be real (true) or not (false: a symlink or file, its members skipped). */
  readonly dirs: Map<string, boolean>;
  readonly written: string[];
  readonly kept: string[];
  readonly dropped: string[];
  readonly zipDigests: Map<string, Promise<FileDigest[] | Error>>;
  /** Zips handed to the digest workers and not yet hashed, oldest first. */
  readonly hashing: { digest: Promise<unknown>; bytes: number }[];
  hashingBytes: number;
  /** The temporary file being written, removed if the restore fails. */
  writing: string | undefined;
  bytes: number;
}

/** Refuses a member that may not be restored, or that appears twice; else its name after `prefix`. */
function checkMember(entry: string, prefix: string, seen: Set<string>, member: TarMember): string {
  const problem = memberProblem(member, prefix);
  if (problem) throw new RejectedEntryError(entry, member.name, problem);
  const rel = member.name.slice(prefix.length).replace(/\/$/, '');
  if (seen.has(rel)) throw new RejectedEntryError(entry, member.name, 'appears twice');
  seen.add(rel);
  return rel;
}

/** Whether `dir` is a real directory under GOMODCACHE (made when missing), never through a symlink. */
function ensureDir(state: Restoring, dir: string): boolean {
  const known = state.dirs.get(dir);
  if (known !== undefined) return known;
  let ok = dir === state.root || ensureDir(state, path.dirname(dir));
  if (ok && dir !== state.root) {
    const st = fsSync.lstatSync(dir, { throwIfNoEntry: false });
    if (!st) ok = mkdirOrTwin(dir);
    else ok = st.isDirectory();
  }
  state.dirs.set(dir, ok);
  return ok;
}

/**
 * Writes a member whole under a temporary name, then links it into place (renameio.WriteFile's
 * pattern, with link for rename so a file already there is never replaced): a crash leaves a
 * `*.tmp` file, never a half-written .info, list or zip under its real name. Returns whether it
 * was linked, and the bytes when the member was small enough to be written in one call.
 */
async function writeMemberFile(
  state: Restoring,
  target: string,
  size: number,
  body: AsyncIterable<Buffer>,
): Promise<{ linked: boolean; data?: Buffer }> {
  const temp = `${target}${randomBytes(6).toString('hex')}.tmp`;
  let data: Buffer | undefined;
  const fd = fsSync.openSync(temp, 'wx', 0o644);
  state.writing = temp;
  try {
    // Small files (all but large zips) in one synchronous write: per-file async hops cost more than the bytes.
    if (size <= SMALL) {
      const chunks: Buffer[] = [];
      for await (const chunk of body) chunks.push(chunk);
      data = Buffer.concat(chunks);
      writeAllSync(fd, [data]);
    } else {
      for await (const chunk of body) writeAllSync(fd, [chunk]);
    }
  } finally {
    fsSync.closeSync(fd);
  }
  const linked = linkNoClobber(temp, target);
  unlinkMade(temp);
  state.writing = undefined;
  return { linked, data };
}

/**
 * Hands a zip just written to the digest workers (hashed from the very bytes written, while the
 * main thread reads on; settled, never rejected). Bounded memory: reading waits while too many zip
 * bytes wait to be hashed.
 */
async function hashWrittenZip(state: Restoring, rel: string, data: Buffer): Promise<void> {
  const digest = digestZipEntriesAsync(data, { handOver: true }).catch((error: unknown) =>
    error instanceof Error ? error : new Error(String(error)),
  );
  state.zipDigests.set(rel, digest);
  state.hashing.push({ digest, bytes: data.length });
  state.hashingBytes += data.length;
  while (state.hashingBytes > HASHING_BYTES) {
    const oldest = state.hashing.shift() as { digest: Promise<unknown>; bytes: number };
    await oldest.digest;
    state.hashingBytes -= oldest.bytes;
  }
}

/** Pass 2 for one checked member: a directory made, a sumdb file dropped, a file kept or written. */
async function restoreMember(
  state: Restoring,
  rel: string,
  member: TarMember,
  body: AsyncIterable<Buffer>,
): Promise<void> {
  const target = path.join(state.root, ...rel.split('/'));
  if (member.type === 'directory') {
    ensureDir(state, target);
    return;
  }
  const sumdbProblem = sumdbFileProblem(rel, member.size);
  if (sumdbProblem) {
    state.dropped.push(`${rel} ${sumdbProblem}`);
    return;
  }
  if (!ensureDir(state, path.dirname(target))) return;
  const present = fsSync.lstatSync(target, { throwIfNoEntry: false });
  if (present) {
    // Kept (the body is skipped) and counted: it is the entry's file, checked like the rest.
    if (present.isFile()) state.kept.push(rel);
    return;
  }
  const { linked, data } = await writeMemberFile(state, target, member.size, body);
  if (!linked) {
    state.kept.push(rel); // another process wrote it meanwhile: kept, and checked like the rest
    return;
  }
  state.written.push(rel);
  if (data && rel.endsWith('.zip')) await hashWrittenZip(state, rel, data);
  state.bytes += member.size;
}

/**
 * Restores an entry into `<GOMODCACHE>/cache/download`, reading the archive in-process (never
 * `tar -x`). Pass 1 reads every member header and refuses the whole entry (RejectedEntryError,
 * naming the member) for anything but clean regular files and directories under
 * `cache/download`; nothing is written. Pass 2 reads it again and writes each member (checked
 * again, in case the archive changed in between): parents are checked with lstat (a symlink or
 * file where a directory should be: the member is skipped, never followed); each file is written
 * whole under a temporary name and hard-linked into place, so a file already there is kept (and
 * checked against go.sum like everything else) and a crash never leaves a half-written file under
 * its real name. If pass 2 fails, what it wrote is removed. `prefix` is what
 * every name starts with (`''` for the local backend; the staging path relative to the workspace
 * for @actions/cache).
 */
export async function restoreArchiveSafely(options: {
  readonly archive: string;
  readonly compression: ArchiveCompression;
  readonly gomodcache: string;
  readonly entry: string;
  readonly prefix?: string;
}): Promise<RestoredFiles> {
  const prefix = options.prefix ?? '';
  const listed = new Set<string>();
  await readEntry(options, async (member) => void checkMember(options.entry, prefix, listed, member));

  const seen = new Set<string>();
  const root = path.resolve(options.gomodcache);
  fsSync.mkdirSync(root, { recursive: true });
  const state: Restoring = {
    root,
    dirs: new Map(),
    written: [],
    kept: [],
    dropped: [],
    zipDigests: new Map(),
    hashing: [],
    hashingBytes: 0,
    writing: undefined,
    bytes: 0,
  };
  try {
    await readEntry(options, (member, body) =>
      restoreMember(state, checkMember(options.entry, prefix, seen, member), member, body),
    );
  } catch (error) {
    if (state.writing) fsSync.rmSync(state.writing, { force: true });
    for (const rel of state.written) fsSync.rmSync(path.join(root, ...rel.split('/')), { force: true });
    throw error;
  }
  const { written, kept, bytes, zipDigests, dropped } = state;
  return { files: [...written, ...kept].sort(), bytes, zipDigests, dropped };
}

/** mkdir(2) that tolerates a twin: another run made the directory first (mkdir -p semantics). */
function mkdirOrTwin(dir: string): boolean {
  try {
    fsSync.mkdirSync(dir, { mode: 0o755 });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return fsSync.lstatSync(dir).isDirectory();
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

function writeAllSync(fd: number, chunks: readonly Buffer[]): void {
  for (const chunk of chunks) {
    let offset = 0;
    while (offset < chunk.length) offset += fsSync.writeSync(fd, chunk, offset, chunk.length - offset);
  }
}
