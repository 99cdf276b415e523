import fs from 'node:fs/promises';
import path from 'node:path';
import { describeError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { CacheBackend } from './backend.js';
import type { CacheSaveReport } from './cache-report.js';
import { measurePaths } from './content.js';
import type { ModuleVersion } from './module-path.js';
import { pruneModuleCache } from './prune.js';
import { decideSave } from './save-policy.js';
import { scanDownloadCache } from './scan.js';
import type { CacheState } from './state.js';

/** The module versions the post step keeps when pruning (see keepSets). */
export interface KeepList {
  readonly keep: readonly ModuleVersion[];
  readonly keepGoModOnly: readonly ModuleVersion[];
}

/** Writes the keep list for the post step (main step, e.g. under RUNNER_TEMP). */
export async function writeKeepFile(file: string, keep: KeepList): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, JSON.stringify(keep));
}

async function readKeepFile(file: string): Promise<KeepList> {
  const data = JSON.parse(await fs.readFile(file, 'utf8')) as KeepList;
  if (!Array.isArray(data.keep) || !Array.isArray(data.keepGoModOnly))
    throw new Error(`${file}: not a keep list`);
  return data;
}

export interface SaveCacheOptions {
  readonly backend: CacheBackend;
  readonly state: CacheState;
  /** GITHUB_EVENT_NAME and GITHUB_EVENT_PATH decide whether a pull request may save. */
  readonly env: NodeJS.ProcessEnv;
  readonly logger: Logger;
  readonly now: () => number;
}

async function readEvent(env: NodeJS.ProcessEnv): Promise<unknown> {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    return JSON.parse(await fs.readFile(env.GITHUB_EVENT_PATH, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The post step: prunes the module cache to the keep list and saves it, only when the exact key
 * missed, priming and verification succeeded, the event may write the cache and there is
 * something to save. Never throws: a failed save is a warning and an existing entry is never
 * replaced. Returns what happened for the log and the report.
 */
export async function saveVerifiedCache(options: SaveCacheOptions): Promise<CacheSaveReport> {
  const { backend, state, logger } = options;
  const skip = (reason: string): CacheSaveReport => {
    logger.info(`Cache not saved: ${reason}.`);
    return { saved: false, reason, key: state.primaryKey };
  };
  if (state.matchedKey === state.primaryKey)
    return skip(`exact hit on ${state.primaryKey}, the entry is already there`);
  if (!state.primed) return skip('priming did not finish for every module');
  if (!state.verified) return skip('verification did not pass; an unverified cache is never saved');
  const decision = decideSave(state.cacheSave, options.env.GITHUB_EVENT_NAME, await readEvent(options.env));
  if (!decision.save) return skip(decision.reason);

  const started = options.now();
  try {
    let pruned: number | undefined;
    if (state.keepFile) {
      const keep = await readKeepFile(state.keepFile);
      const result = await pruneModuleCache(state.gomodcache, keep.keep, keep.keepGoModOnly);
      pruned = result.removed.length;
      if (pruned > 0)
        logger.info(`Cache: pruned ${pruned} module versions not in the build list before saving`);
    } else logger.warn('Cache: no keep list from the main step, saving without pruning');

    const versions = (await scanDownloadCache(state.gomodcache)).reduce((n, m) => n + m.versions.length, 0);
    if (versions === 0) return { ...skip('the module cache is empty'), pruned };
    const { bytes } = await measurePaths(state.paths);
    const { archiveBytes } = await backend.save(state.paths, state.primaryKey);
    const durationMs = Math.max(0, options.now() - started);
    logger.info(
      `Cache saved (${backend.name}): ${state.primaryKey}, ${bytes} bytes${archiveBytes === undefined ? '' : `, archive ${archiveBytes} bytes`}`,
    );
    return { saved: true, key: state.primaryKey, bytes, archiveBytes, durationMs, pruned };
  } catch (error) {
    const reason = `save failed: ${describeError(error)}`;
    logger.warn(`Cache not saved: ${reason}`);
    return { saved: false, reason, key: state.primaryKey, durationMs: Math.max(0, options.now() - started) };
  }
}
