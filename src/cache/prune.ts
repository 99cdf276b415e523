import fs from 'node:fs/promises';
import path from 'node:path';
import { type BuildListModule, effectiveModule } from '../go/build-list.js';
import type { GoSumLine } from '../go/go-sum.js';
import { moduleId, type ModuleVersion } from './module-path.js';
import { purgeModuleVersion, removePath } from './purge.js';
import { scanDownloadCache, scanExtractedTrees } from './scan.js';

/**
 * What to keep: the build list in full, and the versions go.sum names only by their `/go.mod`
 * line (the module graph `go` loads without downloading their zips).
 */
export function keepSets(
  buildList: readonly BuildListModule[],
  goSum: readonly GoSumLine[],
): { keep: ModuleVersion[]; keepGoModOnly: ModuleVersion[] } {
  // A module replaced by another module lives in the cache under the replacement's path@version.
  const keep = buildList.map(effectiveModule).filter((m): m is ModuleVersion => m !== undefined);
  const keepGoModOnly = goSum
    .filter((line) => line.version.endsWith('/go.mod'))
    .map((line) => ({ path: line.path, version: line.version.slice(0, -'/go.mod'.length) }));
  return { keep, keepGoModOnly };
}

export interface PruneResult {
  /** Module versions removed (files in cache/download and/or an extracted tree). */
  readonly removed: readonly ModuleVersion[];
  /** Module versions kept. */
  readonly kept: number;
}

async function removeEmptyDirs(dir: string, stopAt: string): Promise<void> {
  let current = dir;
  while (current.startsWith(stopAt + path.sep) && current !== stopAt) {
    try {
      if ((await fs.readdir(current)).length > 0) return;
      await removePath(current);
    } catch {
      return;
    }
    current = path.dirname(current);
  }
}

/**
 * Removes every module version that is not in `keep` from `cache/download` and the extracted
 * trees, so that a saved cache holds exactly the build list and never grows without bound.
 * Kept: `cache/download/sumdb/` (the checksum DB's tiles and last verified tree), `cache/vcs`,
 * and the `list` files of modules that keep at least one version. A module path left with no
 * version loses its whole `@v` directory.
 *
 * `keep` should hold every module version `go` needs offline: the build list (`go list -m all`)
 * and the go.mod-only versions of the module graph (go.sum's `/go.mod` lines); a version whose
 * `.mod` alone is kept costs a few hundred bytes and saves a proxy round trip per version.
 */
export async function pruneModuleCache(
  gomodcache: string,
  keep: readonly ModuleVersion[],
  keepGoModOnly: readonly ModuleVersion[] = [],
): Promise<PruneResult> {
  const wanted = new Set(keep.map(moduleId));
  const goModOnly = new Set(keepGoModOnly.map(moduleId).filter((id) => !wanted.has(id)));
  const removed = new Map<string, ModuleVersion>();
  let kept = 0;
  const downloadRoot = path.join(gomodcache, 'cache', 'download');
  for (const module of await scanDownloadCache(gomodcache)) {
    const remaining = module.versions.filter((v) => wanted.has(moduleId(v)) || goModOnly.has(moduleId(v)));
    kept += remaining.length;
    for (const v of module.versions) {
      if (wanted.has(moduleId(v))) continue;
      if (goModOnly.has(moduleId(v))) {
        // The graph needs this version's go.mod, not its source.
        for (const name of v.files)
          if (!/\.(mod|info|lock)$/.test(name)) await removePath(path.join(v.vDir, name));
        continue;
      }
      await purgeModuleVersion(gomodcache, v);
      removed.set(moduleId(v), { path: v.path, version: v.version });
    }
    if (remaining.length === 0) {
      for (const name of module.other) await removePath(path.join(module.vDir, name));
      await removeEmptyDirs(module.vDir, downloadRoot);
    }
  }
  for (const tree of await scanExtractedTrees(gomodcache)) {
    if (wanted.has(moduleId(tree))) continue;
    if (goModOnly.has(moduleId(tree))) {
      await removePath(tree.dir);
      await removePath(`${tree.dir}.partial`);
      continue;
    }
    await purgeModuleVersion(gomodcache, tree);
    removed.set(moduleId(tree), { path: tree.path, version: tree.version });
    await removeEmptyDirs(path.dirname(tree.dir), gomodcache);
  }
  return { removed: [...removed.values()], kept };
}
