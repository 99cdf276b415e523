/**
 * What the main step hands the post step through GITHUB_STATE (core.saveState / core.getState, or
 * `STATE_<name>` in the post step's environment). Plain strings only; the edges do the IO.
 */
export interface CacheState {
  readonly backend: 'actions' | 'local';
  /** The local backend's directory. */
  readonly localDir?: string;
  readonly gomodcache: string;
  /** What is saved (absolute, `!` for exclusions), as restored. */
  readonly paths: readonly string[];
  readonly primaryKey: string;
  /** The key restored; empty on a miss. Equal to primaryKey on an exact hit: nothing to save. */
  readonly matchedKey?: string;
  /** A JSON file (writeKeepFile) naming the module versions to keep when pruning. */
  readonly keepFile?: string;
  /** `go mod download` finished for every module of the build list. */
  readonly primed: boolean;
  /** Checksums (go.sum vs the DB) and cache integrity passed: nothing unverified would be saved. */
  readonly verified: boolean;
  readonly cacheSave: 'auto' | 'true' | 'false';
}

const PREFIX = 'cache-';
const FIELDS = [
  'backend',
  'localDir',
  'gomodcache',
  'paths',
  'primaryKey',
  'matchedKey',
  'keepFile',
  'primed',
  'verified',
  'cacheSave',
] as const;

function stateName(field: (typeof FIELDS)[number]): string {
  return PREFIX + field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The state entries to save (name → value) for `core.saveState(name, value)`. */
export function saveStateForPost(state: CacheState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of FIELDS) {
    const value = state[field];
    if (value === undefined) continue;
    out[stateName(field)] =
      field === 'paths'
        ? JSON.stringify(value)
        : typeof value === 'boolean'
          ? String(value)
          : (value as string);
  }
  return out;
}

/**
 * The cache state in the post step, from `get(name)` (core.getState); undefined when the main
 * step left none (cache disabled, or it failed before the cache was set up).
 */
export function readStateInPost(get: (name: string) => string | undefined): CacheState | undefined {
  const read = (field: (typeof FIELDS)[number]): string | undefined => {
    const value = get(stateName(field));
    return value === undefined || value === '' ? undefined : value;
  };
  const backend = read('backend');
  const gomodcache = read('gomodcache');
  const primaryKey = read('primaryKey');
  if ((backend !== 'actions' && backend !== 'local') || !gomodcache || !primaryKey) return undefined;
  let paths: string[];
  try {
    paths = JSON.parse(read('paths') ?? '[]') as string[];
  } catch {
    return undefined;
  }
  const cacheSave = read('cacheSave');
  return {
    backend,
    localDir: read('localDir'),
    gomodcache,
    paths,
    primaryKey,
    matchedKey: read('matchedKey'),
    keepFile: read('keepFile'),
    primed: read('primed') === 'true',
    verified: read('verified') === 'true',
    cacheSave: cacheSave === 'true' || cacheSave === 'false' ? cacheSave : 'auto',
  };
}
