import path from 'node:path';
import { InfrastructureError } from '../errors.js';
import { decompressed, type ArchiveCompression } from './decompress.js';
import { sumdbFileProblem } from './sumdb-files.js';
import { RestoreWriter } from './restore-writer.js';
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
   * The h1 of each zip it wrote, by name, taken while the rest of the archive is read (from the
   * very bytes written, or read back in place for a zip over 4 MiB): the integrity check need not
   * read them again. Only the h1: every file's name and SHA-256 held until the check, for all of
   * prometheus's 418 zips, were 25 MiB of the warm run's heap (the check reads a zip's files
   * again only to name what differs in a modified tree).
   */
  readonly zipDigests?: ReadonlyMap<string, Promise<string | Error>>;
  /** Files under `cache/download/sumdb/` not restored (sumdb-files.ts), each with why. */
  readonly dropped?: readonly string[];
}

const DOWNLOAD = 'cache/download';

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

/** Refuses a member that may not be restored, or that appears twice; else its name after `prefix`. */
function checkMember(entry: string, prefix: string, seen: Set<string>, member: TarMember): string {
  const problem = memberProblem(member, prefix);
  if (problem) throw new RejectedEntryError(entry, member.name, problem);
  const rel = member.name.slice(prefix.length).replace(/\/$/, '');
  if (seen.has(rel)) throw new RejectedEntryError(entry, member.name, 'appears twice');
  seen.add(rel);
  return rel;
}

/** One checked member: a directory made, a sumdb file dropped, a file kept or written. */
async function restoreMember(
  writer: RestoreWriter,
  dropped: string[],
  rel: string,
  member: TarMember,
  body: AsyncIterable<Buffer>,
): Promise<void> {
  const target = path.join(writer.root, ...rel.split('/'));
  if (member.type === 'directory') {
    writer.directory(target);
    return;
  }
  const sumdbProblem = sumdbFileProblem(rel, member.size);
  if (sumdbProblem) {
    dropped.push(`${rel} ${sumdbProblem}`);
    return;
  }
  return writer.file(rel, target, member.size, body);
}

/**
 * Restores an entry into `<GOMODCACHE>/cache/download`, reading the archive in-process (never
 * `tar -x`) once. Each member is checked before anything of it is written, and the whole entry is
 * refused (RejectedEntryError, naming the member) for anything but clean regular files and
 * directories under `cache/download`: what the restore wrote before that member (files, then the
 * directories it made) is removed, as after a truncated or corrupt archive, so a refused entry
 * leaves nothing behind. Parents are checked with lstat (a symlink or file where a directory
 * should be: the member is skipped, never followed); each file is written whole under a temporary
 * name and hard-linked into place, so a file already there is kept (and checked against go.sum
 * like everything else) and a crash never leaves a half-written file under its real name.
 * `prefix` is what every name starts with (`''` for the local backend; the staging path relative
 * to the workspace for @actions/cache). The archive used to be read twice, headers first: on
 * syncthing's 145 MB entry that first read cost 0.5 s of a warm run.
 */
export async function restoreArchiveSafely(options: {
  readonly archive: string;
  readonly compression: ArchiveCompression;
  readonly gomodcache: string;
  readonly entry: string;
  readonly prefix?: string;
}): Promise<RestoredFiles> {
  const prefix = options.prefix ?? '';
  const seen = new Set<string>();
  const writer = new RestoreWriter(path.resolve(options.gomodcache));
  const dropped: string[] = [];
  try {
    // async: a refused member rejects the callback's promise (readTar passes that on unchanged).
    await readEntry(options, async (member, body) =>
      restoreMember(writer, dropped, checkMember(options.entry, prefix, seen, member), member, body),
    );
  } catch (error) {
    writer.undo();
    throw error;
  }
  const { written, kept, bytes, zipDigests } = writer;
  return { files: [...written, ...kept].sort(), bytes, zipDigests, dropped };
}
