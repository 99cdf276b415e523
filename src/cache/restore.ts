import { describeError } from '../errors.js';
import type { Finding } from '../findings.js';
import type { GoSumLine } from '../go/go-sum.js';
import type { Logger } from '../logger.js';
import { unescapeModulePath, unescapeVersion } from '../module/module-escape.js';
import type { CacheBackend, RestoredEntry } from './backend.js';
import type { CacheReport } from './cache-report.js';
import type { IntegrityOptions, IntegrityResult } from './integrity.js';
import type { CacheKeys } from './keys.js';
import type { ModuleVersion } from './module-path.js';
import { RejectedEntryError, unusableEntryOf } from './safe-restore.js';
import { verifyModuleCache } from './verify-on-disk.js';

export interface RestoreCacheOptions {
  readonly backend: CacheBackend;
  readonly gomodcache: string;
  readonly keys: CacheKeys;
  /** go.sum and go.work.sum lines as committed. */
  readonly goSum: readonly GoSumLine[];
  readonly logger: Logger;
  readonly now: () => number;
  readonly hooks?: RestoreHooks;
}

/** What the rest of the run may begin before the restore's check is done. */
export interface RestoreHooks {
  /** An entry's files are written, before they are checked (not called on a miss). */
  readonly onRestored?: () => void;
  /** Told of each module version as soon as it is checked (IntegrityOptions.onChecked). */
  readonly onChecked?: IntegrityOptions['onChecked'];
}

export interface RestoreResult {
  readonly report: CacheReport;
  /** The key restored, undefined on a miss (hand it to the post step's state). */
  readonly matchedKey: string | undefined;
  readonly exact: boolean;
  /** The primary key's entry was found bad: the save must replace it. */
  readonly replace: boolean;
  readonly integrity: IntegrityResult;
  /** `path@version` of the module versions the entry brought (for telling an incomplete entry). */
  readonly restoredModules: readonly string[];
  /** Warnings: a failed restore, a rejected entry, purged module versions. */
  readonly findings: readonly Finding[];
}

/** `cache/download/<esc path>/@v/<esc version>.<ext>` → the module version, for the restored files. */
export function versionsOfFiles(files: readonly string[]): ModuleVersion[] {
  const found = new Map<string, ModuleVersion>();
  for (const file of files) {
    const match = /^cache\/download\/(.+)\/@v\/(.+)\.(info|mod|zip|ziphash)$/.exec(file);
    if (!match || match[1].startsWith('sumdb/')) continue;
    const path = unescapeModulePath(match[1]);
    const version = unescapeVersion(match[2]);
    if (path && version) found.set(`${path}@${version}`, { path, version });
  }
  return [...found.values()];
}

/**
 * Restores the nearest cache entry (only regular files under `cache/download`: the backends read
 * the archive themselves) and trusts none of it unchecked: the restored module versions and the
 * ones go.sum names are checked by verifyModuleCache, and each polluted one is purged alone. A
 * failed restore or a rejected entry is a warning and the run goes on as a miss; when that entry
 * was the primary key's, or it held polluted modules, the save replaces it (`replace`).
 */
export async function restoreVerifiedCache(options: RestoreCacheOptions): Promise<RestoreResult> {
  const { backend, gomodcache, keys, logger } = options;
  const started = options.now();
  let restored: RestoredEntry | undefined;
  let restoreError: string | undefined;
  let replace = false;
  const findings: Finding[] = [];
  try {
    restored = await backend.restore(gomodcache, keys.primary, keys.restoreKeys, { goSum: options.goSum });
    for (const warning of restored?.warnings ?? []) {
      logger.warn(warning);
      findings.push({ kind: 'infrastructure', severity: 'warning', area: 'cache', message: warning });
    }
  } catch (error) {
    restoreError = describeError(error);
    const bad = unusableEntryOf(error);
    replace = bad !== undefined && backend.exactKey(bad, keys.primary);
    if (error instanceof RejectedEntryError) logger.warn(restoreError);
    else logger.warn(`Cache restore failed, going on without a cache: ${restoreError}`);
    findings.push({
      kind: 'infrastructure',
      severity: 'warning',
      area: 'cache',
      message:
        error instanceof RejectedEntryError
          ? restoreError
          : `cache restore failed, the run went on without a cache: ${restoreError}`,
    });
  }
  const matchedKey = restored?.key;
  const exact = restored?.exact ?? false;
  const hit = restored === undefined ? 'miss' : exact ? 'exact' : 'partial';
  if (hit === 'exact') logger.info(`Cache hit (${backend.name}): ${matchedKey}`);
  else if (hit === 'partial')
    logger.info(
      `Cache hit on a restore key (${backend.name}): ${matchedKey}; missing modules will be fetched`,
    );
  else if (!restoreError) logger.info(`Cache miss (${backend.name}) for ${keys.primary}`);

  if (restored?.dropped?.length) {
    const message = `the cache entry '${restored.key}' held ${restored.dropped.length} file(s) under cache/download/sumdb that no checksum client writes; they were not restored: ${restored.dropped.slice(0, 3).join('; ')}${restored.dropped.length > 3 ? '; …' : ''}`;
    logger.warn(message);
    findings.push({ kind: 'infrastructure', severity: 'warning', area: 'cache', message });
  }
  const restoredModules = versionsOfFiles(restored?.files ?? []);
  if (restored) options.hooks?.onRestored?.();
  const verified = await verifyModuleCache({
    gomodcache,
    goSum: options.goSum,
    also: restoredModules,
    zipDigests: restored?.zipDigests,
    onChecked: options.hooks?.onChecked,
    logger,
  });
  findings.push(...verified.findings);
  if (exact && verified.purged.length > 0) replace = true;
  // Every zip go.sum names is on disk and matches it: `go mod download` would fetch nothing.
  const onDisk = new Set(
    verified.integrity.modules
      .filter((m) => m.status === 'verified' && m.zip)
      .map((m) => `${m.path}@${m.version}`),
  );
  const complete =
    exact &&
    verified.purged.length === 0 &&
    options.goSum.every((l) => l.version.endsWith('/go.mod') || onDisk.has(`${l.path}@${l.version}`));
  return {
    matchedKey,
    exact,
    replace,
    integrity: verified.integrity,
    restoredModules: restoredModules.map((m) => `${m.path}@${m.version}`),
    findings,
    report: {
      hit,
      backend: backend.name,
      key: keys.primary,
      matchedKey,
      restoredBytes: restored?.bytes,
      restoreMs: Math.max(0, options.now() - started),
      verified: verified.integrity.verified,
      unlisted: verified.integrity.unlisted,
      purged: verified.purged,
      restoreError,
      complete,
    },
  };
}
