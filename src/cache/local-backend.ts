import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { InfrastructureError } from '../errors.js';
import type { CacheBackend } from './backend.js';

type Compression = 'zstd' | 'gzip';

/** One entry as written in its `meta.json`. */
interface EntryMeta {
  readonly key: string;
  /** Hash of the paths and compression, as @actions/cache's version: entries restore where they were saved. */
  readonly version: string;
  /** Strictly increasing per directory: the newest entry wins a restore-key match. */
  readonly created: number;
  readonly compression: Compression;
  readonly paths: readonly string[];
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

/** `!`-prefixed paths are exclusions, as in @actions/cache. */
function splitPaths(paths: readonly string[]): { include: string[]; exclude: string[] } {
  const rel = (p: string): string => path.resolve(p).slice(1);
  return {
    include: paths.filter((p) => !p.startsWith('!')).map(rel),
    exclude: paths.filter((p) => p.startsWith('!')).map((p) => rel(p.slice(1))),
  };
}

function pathsVersion(paths: readonly string[], compression: Compression): string {
  return createHash('sha256')
    .update([...paths.map((p) => (p.startsWith('!') ? p : path.resolve(p))), compression].join('|'))
    .digest('hex');
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
 * per entry under `<dir>/entries/`, holding a tar (zstd, else gzip) made by the system `tar` and
 * a `meta.json`. A save writes a new entry into `<dir>/.tmp-<pid>-<random>/` and renames it into
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

  async restore(
    paths: readonly string[],
    primaryKey: string,
    restoreKeys: readonly string[],
  ): Promise<string | undefined> {
    const version = pathsVersion(paths, await this.compression());
    const usable = (await this.entries()).filter((e) => e.version === version);
    let match = usable.find((e) => e.key === primaryKey);
    for (const prefix of restoreKeys) {
      if (match) break;
      match = usable.find((e) => e.key.startsWith(prefix));
    }
    if (!match) return undefined;
    const args = ['-x', '-f', path.join(match.dir, ARCHIVE), '-C', '/'];
    args.push(...(match.compression === 'zstd' ? ['--use-compress-program', 'zstd'] : ['-z']));
    const result = await run('tar', args);
    if (result.code !== 0)
      throw new InfrastructureError(
        `local cache: cannot extract the entry '${match.key}': ${result.stderr.trim()}`,
      );
    return match.key;
  }

  async save(paths: readonly string[], key: string): Promise<{ archiveBytes?: number }> {
    const entriesDir = path.join(this.dir, 'entries');
    const target = path.join(entriesDir, createHash('sha256').update(key).digest('hex').slice(0, 40));
    if ((await this.entries()).some((e) => e.key === key))
      throw new InfrastructureError(
        `local cache: an entry '${key}' exists already; entries are never replaced`,
      );
    await fs.mkdir(entriesDir, { recursive: true });
    await this.removeStaleTemps();

    const compression = await this.compression();
    const temp = path.join(this.dir, `${TEMP_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}`);
    await fs.mkdir(temp);
    try {
      const { include, exclude } = splitPaths(paths);
      const args = ['-c', '-f', path.join(temp, ARCHIVE), '-C', '/'];
      args.push(...(compression === 'zstd' ? ['--use-compress-program', 'zstd -T0 -3'] : ['-z']));
      args.push(...exclude.map((p) => `--exclude=${p}`), '--', ...include);
      const result = await run('tar', args);
      if (result.code !== 0) throw new Error(`tar exited ${result.code}: ${result.stderr.trim()}`);
      const newest = (await this.entries())[0]?.created ?? 0;
      const meta: EntryMeta = {
        key,
        version: pathsVersion(paths, compression),
        created: Math.max(Date.now(), newest + 1),
        compression,
        paths: [...paths],
      };
      await fs.writeFile(path.join(temp, 'meta.json'), JSON.stringify(meta, null, 2));
      const archiveBytes = (await fs.stat(path.join(temp, ARCHIVE))).size;
      await fs.rename(temp, target);
      await this.evict(meta).catch(() => undefined);
      return { archiveBytes };
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

  private async removeStaleTemps(): Promise<void> {
    for (const name of await fs.readdir(this.dir)) {
      const pid = Number(/^\.tmp-(\d+)-/.exec(name)?.[1]);
      if (pid && !(await isAlive(pid)))
        await fs.rm(path.join(this.dir, name), { recursive: true, force: true });
    }
  }
}
