import semver from 'semver';
import type { GoSumLine } from '../go/go-sum.js';
import { escapeModulePath, escapeVersion } from '../module/module-escape.js';
import { fileKey, type ModuleFileRequest } from './prefetch.js';
import { matchPrefixPatterns } from '../module/prefix-patterns.js';

export interface PrefetchPlanInput {
  /** The go.sum (and go.work.sum) lines as committed. */
  readonly goSum: readonly GoSumLine[];
  /** GOPRIVATE, GONOPROXY and GONOSUMDB globs: never fetched ahead, whatever `go` does with them. */
  readonly neverProxied: readonly string[];
  /** `fileKey`s of the files already in the module cache (go will not ask for them). */
  readonly inCache: ReadonlySet<string>;
}

/**
 * The files `go mod download all` will ask the relay for, as far as go.sum tells: the `.mod` of
 * every `/go.mod` line (go reads the go.mod of every version in the module graph), then the `.info`
 * and then the `.zip` of one version per module path, in the order of go's phases (modload reads the whole
 * graph before modcmd downloads). The one version is the highest among the path's zip lines: MVS
 * selects the highest version required, and a tidy go.sum keeps zip lines only for selected
 * versions, so older zip lines are stale ones go will not ask for (on a real project they were 72 MB
 * of 300). Lines go could not fetch either (an invalid path or version) are left to `go`.
 */
export function planPrefetch(input: PrefetchPlanInput): ModuleFileRequest[] {
  const mods: ModuleFileRequest[] = [];
  const selected = new Map<string, string>();
  const seen = new Set<string>();
  const add = (list: ModuleFileRequest[], request: ModuleFileRequest): void => {
    const key = fileKey(request);
    if (seen.has(key) || input.inCache.has(key)) return;
    seen.add(key);
    list.push(request);
  };
  for (const line of input.goSum) {
    if (matchPrefixPatterns(input.neverProxied, line.path)) continue;
    const goMod = line.version.endsWith('/go.mod');
    const version = goMod ? line.version.slice(0, -'/go.mod'.length) : line.version;
    if (!fetchable(line.path, version)) continue;
    if (goMod) add(mods, { kind: 'mod', module: line.path, version });
    else {
      const known = selected.get(line.path);
      if (known === undefined || compareVersions(version, known) > 0) selected.set(line.path, version);
    }
  }
  // Every .info before the zips: go asks a module's .info first, and a tiny file queued behind
  // large zips kept it waiting (a median 150 ms per module in the bench's per-file timeline).
  const infos: ModuleFileRequest[] = [];
  const zips: ModuleFileRequest[] = [];
  for (const [module, version] of selected) {
    add(infos, { kind: 'info', module, version });
    add(zips, { kind: 'zip', module, version });
  }
  return [...mods, ...infos, ...zips];
}

/** x/mod semver.Compare for the versions go.sum holds (`v` prefix; build metadata ignored). */
function compareVersions(a: string, b: string): number {
  const pa = semver.parse(a.slice(1));
  const pb = semver.parse(b.slice(1));
  if (!pa || !pb) return 0;
  return semver.compare(pa, pb);
}

function fetchable(path: string, version: string): boolean {
  try {
    escapeModulePath(path);
    escapeVersion(version);
    return true;
  } catch {
    return false;
  }
}
