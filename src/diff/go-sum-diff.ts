import semver from 'semver';
import { parseGoSum } from '../go/go-sum.js';

/** Module path → the version whose zip line go.sum holds (the highest, as MVS would select). */
export function zipVersions(texts: readonly { text: string; file: string }[]): Map<string, string> {
  const versions = new Map<string, string>();
  for (const { text, file } of texts) {
    for (const line of parseGoSum(text, file)) {
      if (line.version.endsWith('/go.mod')) continue;
      const seen = versions.get(line.path);
      if (seen === undefined || compareGoVersions(line.version, seen) > 0)
        versions.set(line.path, line.version);
    }
  }
  return versions;
}

/** Orders Go versions as x/mod semver.Compare does for valid ones (build metadata ignored). */
export function compareGoVersions(a: string, b: string): number {
  const va = semver.valid(a.replace(/\+incompatible$/, ''));
  const vb = semver.valid(b.replace(/\+incompatible$/, ''));
  if (va && vb) return semver.compare(va, vb);
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface VersionDiff {
  readonly added: { path: string; version: string }[];
  readonly updated: { path: string; from: string; to: string }[];
  readonly removed: { path: string; version: string }[];
}

/** Added, updated (old → new) and removed modules between two go.sum snapshots, sorted by path. */
export function diffVersions(
  base: ReadonlyMap<string, string>,
  head: ReadonlyMap<string, string>,
): VersionDiff {
  const diff: VersionDiff = { added: [], updated: [], removed: [] };
  for (const [p, version] of head) {
    const before = base.get(p);
    if (before === undefined) diff.added.push({ path: p, version });
    else if (before !== version) diff.updated.push({ path: p, from: before, to: version });
  }
  for (const [p, version] of base) if (!head.has(p)) diff.removed.push({ path: p, version });
  const byPath = (x: { path: string }, y: { path: string }) =>
    x.path < y.path ? -1 : x.path > y.path ? 1 : 0;
  diff.added.sort(byPath);
  diff.updated.sort(byPath);
  diff.removed.sort(byPath);
  return diff;
}
