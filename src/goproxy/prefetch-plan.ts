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
 * every `/go.mod` line, then the `.info` and `.zip` of every zip line, in the order of go's phases
 * (modload reads the whole graph before modcmd downloads). Lines go could not fetch either (an
 * invalid path or version) are left to `go` and its own message.
 */
export function planPrefetch(input: PrefetchPlanInput): ModuleFileRequest[] {
  const mods: ModuleFileRequest[] = [];
  const zips: ModuleFileRequest[] = [];
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
      add(zips, { kind: 'info', module: line.path, version });
      add(zips, { kind: 'zip', module: line.path, version });
    }
  }
  return [...mods, ...zips];
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
