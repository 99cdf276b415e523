import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { InfrastructureError } from '../errors.js';
import { readTar, TarFormatError, type TarMember } from './tar-reader.js';

/** How an archive is compressed (the names @actions/cache uses, plus `none`). */
export type ArchiveCompression = 'zstd' | 'zstd-without-long' | 'gzip' | 'none';

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

/** What a restore wrote into the module cache (names relative to GOMODCACHE, `/`-separated). */
export interface RestoredFiles {
  readonly files: readonly string[];
  readonly bytes: number;
}

const DOWNLOAD = 'cache/download';
/** Files up to this size are written in one call. */
const SMALL = 4 << 20;

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

function decompressed(
  file: string,
  compression: ArchiveCompression,
): {
  stream: AsyncIterable<Buffer>;
  done: (failed?: boolean) => Promise<void>;
} {
  if (compression === 'none') return { stream: createReadStream(file), done: async () => undefined };
  if (compression === 'gzip')
    return { stream: createReadStream(file).pipe(createGunzip()), done: async () => undefined };
  const args = ['-d', '-c', '-q', ...(compression === 'zstd' ? ['--long=30'] : []), file];
  const child = spawn('zstd', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const err: Buffer[] = [];
  child.stderr.on('data', (d: Buffer) => err.push(d));
  const exited = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new TarFormatError(`zstd exited ${code}: ${Buffer.concat(err).toString('utf8').trim()}`)),
    );
  });
  exited.catch(() => undefined);
  return {
    stream: child.stdout,
    // After a complete read, zstd's own verdict counts (a truncated frame exits non-zero); after a
    // failure, the child is stopped.
    done: async (failed = false) => {
      if (failed) {
        child.stdout.destroy();
        if (child.exitCode === null) child.kill();
        await exited.catch(() => undefined);
        return;
      }
      await exited;
    },
  };
}

/**
 * Reads the archive in-process into a fresh staging directory beside `cache/download` (the same
 * file system, so files move by rename), checking every member first; on any refused member the
 * staging directory is removed and RejectedEntryError names it. Then moves the staged regular
 * files into `<GOMODCACHE>/cache/download`, never over a file already there (what is on disk is
 * checked against go.sum like everything else). `prefix` is what every name starts with
 * (`''` for the local backend; the staging path relative to the workspace for @actions/cache).
 */
export async function restoreArchiveSafely(options: {
  readonly archive: string;
  readonly compression: ArchiveCompression;
  readonly gomodcache: string;
  readonly entry: string;
  readonly prefix?: string;
}): Promise<RestoredFiles> {
  const prefix = options.prefix ?? '';
  const cacheDir = path.join(options.gomodcache, 'cache');
  await fs.mkdir(cacheDir, { recursive: true });
  const staging = path.join(cacheDir, `.gmw-restore-${process.pid}-${randomBytes(4).toString('hex')}`);
  await fs.mkdir(staging);
  try {
    const seen = new Set<string>();
    const files: string[] = [];
    const sizes = new Map<string, number>();
    const made = new Map<string, Promise<unknown>>();
    const makeDir = (dir: string): Promise<unknown> => {
      let done = made.get(dir);
      if (!done) made.set(dir, (done = fs.mkdir(dir, { recursive: true, mode: 0o755 })));
      return done;
    };
    const writes = new WritePool(16);
    const source = decompressed(options.archive, options.compression);
    try {
      await readTar(source.stream, async (member, body) => {
        const problem = memberProblem(member, prefix);
        if (problem) throw new RejectedEntryError(options.entry, member.name, problem);
        const rel = member.name.slice(prefix.length).replace(/\/$/, '');
        if (seen.has(rel)) throw new RejectedEntryError(options.entry, member.name, 'appears twice');
        seen.add(rel);
        const target = path.join(staging, ...rel.split('/'));
        if (member.type === 'directory') {
          await makeDir(target);
          return;
        }
        await makeDir(path.dirname(target));
        // 'wx': never through something already there (staging holds only what we made). Small
        // files (all but zips, and most zips) in one write: a stream per file costs more than the bytes.
        if (member.size <= SMALL) {
          const chunks: Buffer[] = [];
          for await (const chunk of body) chunks.push(chunk);
          await writes.add(async () => {
            const file = await fs.open(target, 'wx', 0o644);
            try {
              await file.writev(chunks);
            } finally {
              await file.close();
            }
          });
        } else await pipeline(body, createWriteStream(target, { flags: 'wx', mode: 0o644 }));
        files.push(rel);
        sizes.set(rel, member.size);
      });
    } catch (error) {
      await source.done(true).catch(() => undefined);
      await writes.drain().catch(() => undefined);
      if (error instanceof RejectedEntryError) throw error;
      throw new UnreadableEntryError(options.entry, (error as Error).message, { cause: error });
    }
    try {
      await writes.drain();
    } catch (error) {
      throw new UnreadableEntryError(options.entry, (error as Error).message, { cause: error });
    }
    await source.done().catch((error: unknown) => {
      throw new UnreadableEntryError(options.entry, (error as Error).message, { cause: error });
    });
    return await moveIntoModuleCache(staging, options.gomodcache, files, sizes);
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}

/** Moves staged files under `<GOMODCACHE>/`, checking each target's parents with lstat (no symlink is followed). */
async function moveIntoModuleCache(
  staging: string,
  gomodcache: string,
  files: readonly string[],
  sizes: ReadonlyMap<string, number>,
): Promise<RestoredFiles> {
  const moved: string[] = [];
  let bytes = 0;
  const checkedDirs = new Map<string, Promise<boolean>>();
  const ensureDir = (dir: string): Promise<boolean> => {
    let ok = checkedDirs.get(dir);
    if (!ok) {
      ok = (async () => {
        const parent = path.dirname(dir);
        if (parent !== dir && dir !== gomodcache && !(await ensureDir(parent))) return false;
        const st = await fs.lstat(dir).catch(() => undefined);
        if (!st)
          await fs.mkdir(dir, { mode: 0o755 }).catch((e: NodeJS.ErrnoException) => {
            if (e.code !== 'EEXIST') throw e;
          });
        // A symlink or file where a directory should be: its files are skipped, never followed.
        return !st || st.isDirectory();
      })();
      checkedDirs.set(dir, ok);
    }
    return ok;
  };
  const links = new WritePool(16);
  for (const rel of files) {
    const from = path.join(staging, ...rel.split('/'));
    const to = path.join(gomodcache, ...rel.split('/'));
    await links.add(async () => {
      if (!(await ensureDir(path.dirname(to)))) return;
      // link(2) never replaces what is there (EEXIST) and never follows a symlink at `to`.
      try {
        await fs.link(from, to);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return;
        await fs.copyFile(from, to, fs.constants.COPYFILE_EXCL);
      }
      moved.push(rel);
      bytes += sizes.get(rel) ?? 0;
    });
  }
  await links.drain();
  moved.sort();
  return { files: moved, bytes };
}

/** At most `limit` file operations in flight; the first failure is thrown by add or drain. */
class WritePool {
  private readonly running = new Set<Promise<void>>();
  private failure: unknown;
  constructor(private readonly limit: number) {}

  async add(op: () => Promise<unknown>): Promise<void> {
    if (this.failure) throw this.failure;
    const task: Promise<void> = op().then(
      () => undefined,
      (error: unknown) => {
        this.failure ??= error;
      },
    );
    const tracked = task.finally(() => this.running.delete(tracked));
    this.running.add(tracked);
    if (this.running.size >= this.limit) await Promise.race(this.running);
  }

  async drain(): Promise<void> {
    await Promise.all(this.running);
    if (this.failure) throw this.failure;
  }
}
