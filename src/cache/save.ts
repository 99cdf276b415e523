import fs from 'node:fs/promises';
import path from 'node:path';
import { describeError } from '../errors.js';
import type { Logger } from '../logger.js';
import { type FileStamp, sizeOf, unchangedFiles } from './archive-files.js';
import type { CacheBackend } from './backend.js';
import type { CacheSaveReport } from './cache-report.js';
import type { LeftOut } from './proof.js';
import { decideSave } from './save-policy.js';
import type { CacheState } from './state.js';

/** The entry's files (relative to GOMODCACHE, as they were when proven) and what was left out, from the main step. */
export interface ArchiveList {
  readonly files: Readonly<Record<string, FileStamp>>;
  readonly leftOut: readonly LeftOut[];
}

/** Writes the archive list for the save (main step, e.g. under RUNNER_TEMP). */
export async function writeArchiveList(file: string, list: ArchiveList): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, JSON.stringify(list));
}

/** Removes the list, and its directory when that is left empty. */
export async function removeArchiveList(file: string): Promise<void> {
  await fs.rm(file, { force: true }).catch(() => undefined);
  await fs.rmdir(path.dirname(file)).catch(() => undefined);
}

async function readArchiveList(file: string): Promise<ArchiveList> {
  const data = JSON.parse(await fs.readFile(file, 'utf8')) as ArchiveList;
  if (typeof data.files !== 'object' || data.files === null || !Array.isArray(data.leftOut))
    throw new Error(`${file}: not an archive list`);
  // Names come back from a file another process wrote: only clean names under cache/download.
  for (const name of Object.keys(data.files))
    if (typeof name !== 'string' || !name.startsWith('cache/download/') || name.split('/').includes('..'))
      throw new Error(`${file}: '${String(name)}' is not a module cache file`);
  return data;
}

export interface SaveCacheOptions {
  readonly backend: CacheBackend;
  readonly state: CacheState;
  /** The job's event (its name, its payload parsed once at the edge): whether a pull request may save. */
  readonly event: SaveEvent | undefined;
  readonly logger: Logger;
  readonly now: () => number;
}

/** The event that started the job, as the edge read it (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH's payload). */
export interface SaveEvent {
  readonly name: string;
  readonly payload: unknown;
}

/**
 * The post step: saves the proven files the main step listed, only when the main step allowed it
 * (primed, the run did not fail), the exact key missed or its entry must be replaced, and the
 * event may write the cache; `cache-save: true` overrides only the event rule. Never throws; a
 * failed save is reported (`failed: true`) and never damages an existing entry. The module cache
 * is only read. The list file is removed whatever happens.
 */
export async function saveVerifiedCache(options: SaveCacheOptions): Promise<CacheSaveReport> {
  const { backend, state, logger } = options;
  try {
    return await save(options);
  } finally {
    if (state.listFile) await removeArchiveList(state.listFile);
  }

  async function save({ event, now }: SaveCacheOptions): Promise<CacheSaveReport> {
    const skip = (reason: string, extra: Partial<CacheSaveReport> = {}): CacheSaveReport => {
      logger.info(`Cache not saved: ${reason}.`);
      return { saved: false, reason, key: state.primaryKey, ...extra };
    };
    if (state.skip) return skip(state.skip);
    if (state.exact && !state.replace)
      return skip(`exact hit on ${state.matchedKey ?? state.primaryKey}, the entry is already there`);
    const decision = decideSave(state.cacheSave, event?.name, event?.payload);
    if (!decision.save) return skip(decision.reason);
    if (!state.listFile) return skip('the main step listed no files to save');
    const started = now();
    try {
      const list = await readArchiveList(state.listFile);
      const { files, changed } = await unchangedFiles(state.gomodcache, list.files);
      const all = [
        ...list.leftOut,
        ...changed.map((file) => ({
          module: file,
          reason: 'changed after it was verified (its module version is left out)',
        })),
      ];
      const leftOut = all.length > 0 ? all : undefined;
      for (const item of all) logger.info(`Cache: left out ${item.module}: ${item.reason}`);
      if (!files.some((f) => !f.startsWith('cache/download/sumdb/')))
        return skip('no module version was proven, so there is nothing to save', { leftOut });
      const bytes = await sizeOf(state.gomodcache, files);
      const saved = await backend.save(state.gomodcache, files, state.primaryKey, {
        replace: state.replace,
      });
      const durationMs = Math.max(0, now() - started);
      logger.info(
        `Cache saved (${backend.name}): ${saved.key}${state.replace ? ' (replacing a bad entry)' : ''}, ${files.length} files, ${bytes} bytes${saved.archiveBytes === undefined ? '' : `, archive ${saved.archiveBytes} bytes`}${leftOut ? `; ${leftOut.length} module version(s) left out, unproven` : ''}`,
      );
      return {
        saved: true,
        key: saved.key,
        bytes,
        archiveBytes: saved.archiveBytes,
        durationMs,
        leftOut,
        replaced: state.replace || undefined,
      };
    } catch (error) {
      const reason = `save failed: ${describeError(error)}`;
      logger.warn(`Cache not saved: ${reason}`);
      return {
        saved: false,
        failed: true,
        reason,
        key: state.primaryKey,
        durationMs: Math.max(0, now() - started),
      };
    }
  }
}
