import * as cache from '@actions/cache';
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describeError, InfrastructureError } from '../errors.js';
import { stageFiles } from './archive-files.js';
import { cacheVersion, downloadEntry, lookUpEntry, usesServiceV2 } from './actions-restore.js';
import type { CacheBackend, RestoredEntry } from './backend.js';
import { restoreArchiveSafely, type ArchiveCompression } from './safe-restore.js';
import { boundedServiceCall, remainingOf } from './service-deadline.js';

const UNAVAILABLE =
  'the GitHub Actions cache service is not available to this step (ACTIONS_RESULTS_URL is not set, or ACTIONS_CACHE_URL on GHES); ' +
  'on a self-hosted or non-GitHub runner use `cache-backend: local`, or `cache: false`';

/** Keys are immutable in the service: a bad entry of key K is superseded by `K-heal-<time>`. */
const HEAL = '-heal-';

let compressionOnce: Promise<ArchiveCompression> | undefined;
/** @actions/cache getCompressionMethod: zstd (without --long) when `zstd` runs, else gzip. */
function compressionMethod(): Promise<ArchiveCompression> {
  compressionOnce ??= new Promise((resolve) => {
    const child = spawn('zstd', ['--quiet', '--version'], { stdio: 'ignore' });
    child.on('error', () => resolve('gzip'));
    child.on('close', (code) => resolve(code === 0 ? 'zstd-without-long' : 'gzip'));
  });
  return compressionOnce;
}

/** One save stages at a time per module cache (runners sharing a GOMODCACHE); a dead holder's stage is taken over. */
async function lockStage(stage: string): Promise<void> {
  await fs.mkdir(path.dirname(stage), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(`${stage}.pid`, String(process.pid), { flag: 'wx' });
      await fs.rm(stage, { recursive: true, force: true });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(await fs.readFile(`${stage}.pid`, 'utf8').catch(() => ''));
      if (holder && holder !== process.pid && isAlive(holder))
        throw new InfrastructureError(`Cache: another save (pid ${holder}) is staging files in ${stage}`);
      await fs.rm(`${stage}.pid`, { force: true });
    }
  }
  throw new InfrastructureError(`Cache: cannot lock ${stage}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * GitHub's cache service through @actions/cache 6 (the v2 protocol on github.com). The library
 * saves paths, not file lists, and restores with `tar -x -P` wherever member names point; so:
 * - save: the entry's files are staged (hard links) under `$GOMODCACHE/cache/gmw-stage/` with
 *   their GOMODCACHE-relative layout, and that directory's `cache/download` is saved;
 * - restore: the entry is looked up and downloaded here (actions-restore.ts) and read in-process
 *   by restoreArchiveSafely, whose members must all lie under that staging path's
 *   `cache/download`; only regular files then move into `$GOMODCACHE/cache/download`.
 * Heal scheme: the first good entry is saved as K; an entry found bad is superseded by
 * `K-heal-<ms>`, and restores ask for the newest `K-heal-` first, then K, then the restore keys.
 */
export class ActionsBackend implements CacheBackend {
  readonly name = 'actions' as const;

  constructor(
    /** The job's environment: the cache service's URLs, token and mode (ACTIONS_*), as @actions/cache reads them. */
    private readonly env: NodeJS.ProcessEnv,
    private readonly now: () => number = Date.now,
    /**
     * The run's one deadline. A restore may use half of what is left when it starts (a service
     * that never answers must leave the checks their time; the run goes on as a miss); a save
     * what is left. Without one (tests, a library user), calls are not bounded here.
     */
    private readonly deadline?: { remainingMs(): number },
    /**
     * GITHUB_WORKSPACE (the runner's facts), which @actions/cache names saved paths relative to;
     * outside a job, the working directory, as @actions/cache falls back to.
     */
    private readonly workspace: string = process.cwd(),
  ) {}

  /**
   * Beside `cache/download` in the module cache: the same file system (hard links always work),
   * and as stable across runs as GOMODCACHE is, which the service's version hash (from the saved
   * path) needs.
   */
  private stageRoot(gomodcache: string): string {
    return path.join(gomodcache, 'cache', 'gmw-stage');
  }

  private savedPaths(gomodcache: string): string[] {
    return [path.join(this.stageRoot(gomodcache), 'cache', 'download')];
  }

  private ensureAvailable(write: boolean): void {
    if (!cache.isFeatureAvailable()) throw new InfrastructureError(`Cache: ${UNAVAILABLE}`);
    // ACTIONS_CACHE_MODE (@actions/cache 6.3): the runner may allow reads only, or nothing.
    const mode = (this.env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
    const allowed = write ? ['write', 'write-only'] : ['read', 'write'];
    if (['none', 'read', 'write', 'write-only'].includes(mode) && !allowed.includes(mode))
      throw new InfrastructureError(
        `Cache: the runner's cache mode '${mode}' does not permit ${write ? 'saving' : 'restoring'} the cache`,
      );
  }

  exactKey(matched: string, primary: string): boolean {
    return matched === primary || matched.startsWith(primary + HEAL);
  }

  async restore(
    gomodcache: string,
    primaryKey: string,
    restoreKeys: readonly string[],
  ): Promise<RestoredEntry | undefined> {
    this.ensureAvailable(false);
    if (!usesServiceV2(this.env))
      throw new InfrastructureError(
        'Cache: restoring from the GHES cache service (v1) is not supported, because @actions/cache would extract the entry unchecked; use `cache-backend: local` on GHES',
      );
    const compression = await compressionMethod();
    const restoreBy = this.now() + remainingOf(this.deadline) / 2;
    const left = (): number => Math.max(0, restoreBy - this.now());
    let location;
    try {
      location = await boundedServiceCall('the lookup (GetCacheEntryDownloadURL)', left(), (signal) =>
        lookUpEntry(
          this.env,
          {
            key: primaryKey + HEAL,
            restoreKeys: [primaryKey + HEAL, primaryKey, ...restoreKeys],
            version: cacheVersion(this.savedPaths(gomodcache), compression),
          },
          signal,
        ),
      );
    } catch (error) {
      throw new InfrastructureError(
        `Cache restore from the GitHub cache service failed: ${describeError(error)}`,
        {
          cause: error,
        },
      );
    }
    if (!location) return undefined;
    await fs.mkdir(path.join(gomodcache, 'cache'), { recursive: true });
    const temp = await fs.mkdtemp(path.join(gomodcache, 'cache', '.gmw-download-'));
    try {
      const archive = path.join(temp, compression === 'gzip' ? 'cache.tgz' : 'cache.tzst');
      const url = location.url;
      try {
        await boundedServiceCall('the download of the entry', left(), (signal) =>
          downloadEntry(url, archive, signal),
        );
      } catch (error) {
        throw new InfrastructureError(
          `Cache restore of '${location.matchedKey}' failed: ${describeError(error)}`,
          {
            cause: error,
          },
        );
      }
      const prefix = `${path.relative(this.workspace, this.stageRoot(gomodcache)).split(path.sep).join('/')}/`;
      const restored = await restoreArchiveSafely({
        archive,
        compression,
        gomodcache,
        entry: location.matchedKey,
        prefix,
      });
      return { key: location.matchedKey, exact: this.exactKey(location.matchedKey, primaryKey), ...restored };
    } finally {
      await fs.rm(temp, { recursive: true, force: true });
    }
  }

  async save(
    gomodcache: string,
    files: readonly string[],
    key: string,
    options: { replace?: boolean } = {},
  ): Promise<{ key: string; archiveBytes?: number }> {
    this.ensureAvailable(true);
    const saveKey = options.replace ? `${key}${HEAL}${this.now()}` : key;
    const stage = this.stageRoot(gomodcache);
    await lockStage(stage);
    let id: number;
    try {
      await stageFiles(gomodcache, files, stage);
      id = await boundedServiceCall(
        'the save (CreateCacheEntry, upload, FinalizeCacheEntryUpload)',
        remainingOf(this.deadline),
        () => cache.saveCache(this.savedPaths(gomodcache), saveKey),
      );
    } catch (error) {
      throw new InfrastructureError(
        `Cache save to the GitHub cache service failed: ${describeError(error)}`,
        {
          cause: error,
        },
      );
    } finally {
      await fs.rm(stage, { recursive: true, force: true });
      await fs.rm(`${stage}.pid`, { force: true });
    }
    if (id === -1)
      throw new InfrastructureError(
        `the GitHub cache service did not store '${saveKey}' (an entry with this key may exist already, or the token may be read-only; see the log above)`,
      );
    return { key: saveKey };
  }
}
