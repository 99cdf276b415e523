import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { InfrastructureError } from '../errors.js';
import type { CacheBackend, RestoredEntry } from './backend.js';
import { restoreArchiveSafely } from './safe-restore.js';

type Compression = 'zstd' | 'gzip';

/** One entry as written in its `meta.json`. */
interface EntryMeta {
  readonly key: string;
  /** The layout and compression (layoutVersion): entries of another layout are never restored. */
  readonly version: string;
  /** Strictly increasing per directory: the newest entry wins a restore-key match. */
  readonly created: number;
  readonly compression: Compression;
}

interface Entry extends EntryMeta {
  readonly dir: string;
}

const ARCHIVE = 'archive.tar';
const TEMP_PREFIX = '.tmp-';

function run(command: string, args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const err: Buffer[] = [];
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stderr: Buffer.concat(err).toString('utf8') }));
  });
}

let zstdAvailable: Promise<boolean> | undefined;
function hasZstd(): Promise<boolean> {
  zstdAvailable ??= run('zstd', ['--version']).then(
    (r) => r.code === 0,
    () => false,
  );
  return zstdAvailable;
}

/**
 * The layout version: entries hold `cache/download/…` names relative to GOMODCACHE, so they
 * restore into whatever GOMODCACHE the run has (no absolute path in it, unlike @actions/cache's).
 */
export function layoutVersion(compression: Compression): string {
  return createHash('sha256').update(['cache/download', 'files-v2', compression].join('|')).digest('hex');
}

async function isAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A killed process whose parent died first can linger as a zombie where PID 1 does not reap.
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  return !stat || !/\) Z /.test(stat);
}

/**
 * A cache in a local directory (the CLI's default, and anywhere outside GitHub): one directory
 * per entry under `<dir>/entries/`, holding a tar (zstd, else gzip) made by the system `tar` from
 * an explicit file list (names relative to GOMODCACHE) and a `meta.json`. A restore reads the tar
 * in-process (restoreArchiveSafely): nothing but regular files under `cache/download` is written. A save writes a new entry into `<dir>/.tmp-<pid>-<random>/` and renames it into
 * place, so a save that crashes or fails part-way leaves every existing entry intact and no
 * half-written entry visible; temp directories of dead processes are removed by the next save.
 */
export class LocalBackend implements CacheBackend {
  readonly name = 'local' as const;

  constructor(
    readonly dir: string,
    private readonly options: {
      compression?: Compression;
      /** Entries kept per key family (key up to its last `-`, same paths); older ones are removed after a save. Default 3. */
      keepPerFamily?: number;
    } = {},
  ) {}

  private async compression(): Promise<Compression> {
    return this.options.compression ?? ((await hasZstd()) ? 'zstd' : 'gzip');
  }

  /** Every complete entry, newest first. */
  async entries(): Promise<Entry[]> {
    const root = path.join(this.dir, 'entries');
    let names: string[];
    try {
      names = await fs.readdir(root);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const entries: Entry[] = [];
    for (const name of names) {
      try {
        const meta = JSON.parse(await fs.readFile(path.join(root, name, 'meta.json'), 'utf8')) as EntryMeta;
        entries.push({ ...meta, dir: path.join(root, name) });
      } catch {
        // not an entry (or damaged by hand): never restored
      }
    }
    return entries.sort((a, b) => b.created - a.created);
  }

  exactKey(matched: string, primary: string): boolean {
    return matched === primary;
  }

  async restore(
    gomodcache: string,
    primaryKey: string,
    restoreKeys: readonly string[],
  ): Promise<RestoredEntry | undefined> {
    const version = layoutVersion(await this.compression());
    const usable = (await this.entries()).filter((e) => e.version === version);
    let match = usable.find((e) => e.key === primaryKey);
    for (const prefix of restoreKeys) {
      if (match) break;
      match = usable.find((e) => e.key.startsWith(prefix));
    }
    if (!match) return undefined;
    const restored = await restoreArchiveSafely({
      archive: path.join(match.dir, ARCHIVE),
      compression: match.compression,
      gomodcache,
      entry: match.key,
    });
    return { key: match.key, exact: match.key === primaryKey, ...restored };
  }

  /**
   * Writes the entry in a temp directory, then renames it into place under a fresh name; with
   * `replace`, the older entries of the same key are removed only after that, so a restore sees
   * either the old entry or the new one, never none or half of one.
   */
  async save(
    gomodcache: string,
    files: readonly string[],
    key: string,
    options: { replace?: boolean } = {},
  ): Promise<{ key: string; archiveBytes?: number }> {
    const entriesDir = path.join(this.dir, 'entries');
    await fs.mkdir(entriesDir, { recursive: true });
    // One saver per key at a time (runs sharing this directory): the other run's entry is a twin.
    const release = await this.lockKey(key);
    if (!release) return { key };
    try {
      return await this.saveLocked(gomodcache, files, key, options);
    } finally {
      await release();
    }
  }

  private async saveLocked(
    gomodcache: string,
    files: readonly string[],
    key: string,
    options: { replace?: boolean },
  ): Promise<{ key: string; archiveBytes?: number }> {
    const entriesDir = path.join(this.dir, 'entries');
    const existing = (await this.entries()).filter((e) => e.key === key);
    // Saved meanwhile by a run that missed as this one did: that entry is as good as ours.
    if (existing.length > 0 && !options.replace) return { key };
    await this.removeStaleTemps();

    const compression = await this.compression();
    const temp = path.join(this.dir, `${TEMP_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}`);
    await fs.mkdir(temp);
    try {
      const list = path.join(temp, 'files.list');
      await fs.writeFile(list, files.map((f) => `${f}\0`).join(''));
      const args = ['-c', '-f', path.join(temp, ARCHIVE), '-C', gomodcache];
      args.push(...(compression === 'zstd' ? ['--use-compress-program', 'zstd -T0 -3'] : ['-z']));
      // Regular files only, each by its own name: no recursion, no hard-link members.
      args.push('--no-recursion', '--hard-dereference', '--null', '-T', list);
      const result = await run('tar', args);
      if (result.code !== 0) throw new Error(`tar exited ${result.code}: ${result.stderr.trim()}`);
      await fs.rm(list);
      const newest = (await this.entries())[0]?.created ?? 0;
      const meta: EntryMeta = {
        key,
        version: layoutVersion(compression),
        created: Math.max(Date.now(), newest + 1),
        compression,
      };
      await fs.writeFile(path.join(temp, 'meta.json'), JSON.stringify(meta, null, 2));
      const archiveBytes = (await fs.stat(path.join(temp, ARCHIVE))).size;
      const target = path.join(
        entriesDir,
        `${createHash('sha256').update(key).digest('hex').slice(0, 40)}-${meta.created}`,
      );
      if (!(await renameNoClobber(temp, target))) {
        // A twin took the name (same key, same millisecond): keep it, drop ours.
        await fs.rm(temp, { recursive: true, force: true });
        return { key };
      }
      for (const old of existing) await fs.rm(old.dir, { recursive: true, force: true });
      await this.evict(meta).catch(() => undefined);
      return { key, archiveBytes };
    } catch (error) {
      await fs.rm(temp, { recursive: true, force: true });
      throw new InfrastructureError(`local cache: saving '${key}' failed; existing entries are untouched`, {
        cause: error,
      });
    }
  }

  /** Keeps the newest entries of the saved key's family, so the directory does not grow without bound. */
  private async evict(saved: EntryMeta): Promise<void> {
    const family = (key: string): string => key.slice(0, key.lastIndexOf('-') + 1);
    const same = (await this.entries()).filter(
      (e) => e.version === saved.version && family(e.key) === family(saved.key),
    );
    for (const old of same.slice(Math.max(1, this.options.keepPerFamily ?? 3)))
      await fs.rm(old.dir, { recursive: true, force: true });
  }

  /**
   * Takes `<dir>/locks/<key hash>.lock` (O_EXCL, holding our pid); a lock left by a dead process
   * is taken over. Returns its release, or undefined when a live process holds it: that run is
   * saving the same key now.
   */
  private async lockKey(key: string): Promise<(() => Promise<void>) | undefined> {
    const locks = path.join(this.dir, 'locks');
    await fs.mkdir(locks, { recursive: true });
    const file = path.join(locks, `${createHash('sha256').update(key).digest('hex').slice(0, 40)}.lock`);
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await fs.writeFile(file, `${process.pid}\n`, { flag: 'wx' });
        return () => fs.rm(file, { force: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = Number((await fs.readFile(file, 'utf8').catch(() => '')).trim());
      if (holder && holder !== process.pid && (await isAlive(holder))) return undefined;
      // Dead or unreadable (written this instant): take it over by renaming a fresh one onto it.
      if (holder) {
        const mine = `${file}.${process.pid}-${randomBytes(4).toString('hex')}`;
        await fs.writeFile(mine, `${process.pid}\n`);
        await fs.rename(mine, file);
        if ((await fs.readFile(file, 'utf8').catch(() => '')).trim() === String(process.pid))
          return () => fs.rm(file, { force: true });
      }
    }
    return undefined;
  }

  private async removeStaleTemps(): Promise<void> {
    for (const name of await fs.readdir(this.dir)) {
      const pid = Number(/^\.tmp-(\d+)-/.exec(name)?.[1]);
      if (pid && !(await isAlive(pid)))
        await fs.rm(path.join(this.dir, name), { recursive: true, force: true });
    }
  }
}

/** rename(2) a directory into place; false when the name is taken (a twin's non-empty directory). */
async function renameNoClobber(from: string, to: string): Promise<boolean> {
  try {
    await fs.rename(from, to);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST') return false;
    throw error;
  }
}
