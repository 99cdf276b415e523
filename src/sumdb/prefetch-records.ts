import semver from 'semver';
import type { GoSumLine } from '../go/go-sum.js';
import { matchPrefixPatterns } from '../module/prefix-patterns.js';
import type { SumdbClient } from './client.js';
import { Limiter } from '../concurrency.js';
import { moduleId } from '../module/module-path.js';

/**
 * Lookups in flight ahead of need: few, so their verification (hashing, in this process) never
 * starves the relay that `go` is priming through at the same time.
 */
const PREFETCH_CONCURRENCY = 4;

/**
 * The module versions of go.sum most likely in the build list, before `go list` says: every
 * version with a zip line (what a build needs), and for each other path its highest version (the
 * one minimal version selection keeps). GONOSUMDB paths are left out: they are never looked up.
 */
export function likelyBuildListVersions(
  goSum: readonly GoSumLine[],
  noSumDb: readonly string[],
): { path: string; version: string }[] {
  const picked = new Map<string, { path: string; version: string }>();
  const highest = new Map<string, string>();
  for (const line of goSum) {
    if (!line.hash.startsWith('h1:') || matchPrefixPatterns(noSumDb, line.path)) continue;
    const version = line.version.replace(/\/go\.mod$/, '');
    if (version === line.version)
      picked.set(moduleId({ path: line.path, version }), { path: line.path, version });
    const best = highest.get(line.path);
    if (best === undefined || compareGoVersions(version, best) > 0) highest.set(line.path, version);
  }
  for (const [path, version] of highest) picked.set(moduleId({ path, version }), { path, version });
  return [...picked.values()];
}

function compareGoVersions(a: string, b: string): number {
  const bare = (v: string): string | null => semver.valid(v.replace(/^v/, '').replace(/\+incompatible$/, ''));
  const [x, y] = [bare(a), bare(b)];
  if (x === null || y === null) return a < b ? -1 : a > b ? 1 : 0;
  return semver.compare(x, y);
}

/**
 * Starts the lookups (and the tiles they need) of go.sum's likely build list now, while `go`
 * primes the cache, and on a warm run the refresh of the stored tree: verifyChecksums later finds
 * them done in the client. Never throws: a failure here is met again (and reported) by the
 * verification itself.
 */
export function prefetchRecords(
  client: SumdbClient,
  goSum: readonly GoSumLine[],
  noSumDb: readonly string[],
): Promise<void> {
  const versions = likelyBuildListVersions(goSum, noSumDb);
  return (async () => {
    if (versions.length === 0) return;
    try {
      await client.init();
    } catch {
      return;
    }
    // A run that remembers a tree (a warm cache) refreshes it with one `/latest` (and the tiles
    // of its consistency proof) while its stored records are proven from disk, not after: the
    // checksum step later waits on that same request (refreshLatest).
    if (client.latest.n > 0 && !client.refreshed) void client.refreshLatest();
    const limiter = new Limiter(PREFETCH_CONCURRENCY);
    await Promise.all(versions.map((v) => limiter.run(() => client.prefetchRecord(v.path, v.version))));
    // Records proven from stored lookups of a tree the run did not remember: refresh it too.
    if (client.counts.lookupsFromDisk > 0 && !client.refreshed) void client.refreshLatest();
  })();
}
