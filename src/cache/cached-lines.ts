import fs from 'node:fs/promises';
import { moduleCachePaths } from './module-path.js';
import { mapLimit } from '../concurrency.js';
import { effectiveModule, type BuildListModule } from '../go/build-list.js';
import { hashGoMod } from '../go/dirhash.js';
import type { GoSumLine } from '../go/go-sum.js';
import { hashZipFile } from '../go/zip-file-digest.js';
import { readIfExists } from '../files.js';

/**
 * The go.sum lines `go mod download` would compute for the build list's module versions that
 * go.sum does not name (graph-only modules: a tidy go.sum leaves their lines out), hashed from
 * the files in the module cache. A warm run that skipped priming has no download to take them
 * from, yet those files came from a restored cache: the checksum step verifies these lines
 * against the database as it does a cold run's downloaded lines, so a file altered in the cache
 * is a mismatch and an unaltered one is proven (and kept in the next cache entry).
 * Mirrors what cmd/go/internal/modfetch checkMod and checkGoMod hash: the zip's h1, the go.mod's.
 */
export async function linesFromCache(
  gomodcache: string,
  modules: readonly BuildListModule[],
  goSum: readonly GoSumLine[],
): Promise<GoSumLine[]> {
  const named = new Set(goSum.filter((l) => l.hash.startsWith('h1:')).map((l) => `${l.path} ${l.version}`));
  const targets = modules.flatMap((m) => {
    const target = m.main ? undefined : effectiveModule(m);
    return target ? [target] : [];
  });
  const lines = await mapLimit(targets, 2, async ({ path, version }) => {
    let base: string;
    try {
      base = moduleCachePaths(gomodcache, { path, version }).base;
    } catch {
      // A path or version the cache cannot hold has no files there: no line, so never proven.
      return [];
    }
    const file = `${base.slice(gomodcache.length + 1)} (module cache, not in go.sum)`;
    const found: GoSumLine[] = [];
    if (!named.has(`${path} ${version}/go.mod`)) {
      const mod = await readIfExists(`${base}.mod`).catch(() => undefined);
      if (mod) found.push({ path, version: `${version}/go.mod`, hash: hashGoMod(mod), file, line: 0 });
    }
    if (!named.has(`${path} ${version}`) && (await exists(`${base}.zip`))) {
      // An unreadable zip gets no line: the module stays unproven (and out of the next entry).
      const hash = await hashZipFile(`${base}.zip`).catch(() => undefined);
      if (hash) found.push({ path, version, hash, file, line: 0 });
    }
    return found;
  });
  return lines.flat();
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}
