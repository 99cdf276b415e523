/**
 * What the main step hands the post step through GITHUB_STATE (core.saveState / core.getState, or
 * `STATE_<name>` in the post step's environment): one small typed record, as one JSON string.
 * The entry's file list is too large for a state value; it lives in `listFile`, which the save
 * removes whatever it decides.
 */
export interface CacheState {
  readonly backend: 'actions' | 'local' | 's3';
  /** The local backend's directory. */
  readonly localDir?: string;
  readonly gomodcache: string;
  readonly primaryKey: string;
  /** The key restored; absent on a miss. */
  readonly matchedKey?: string;
  /** The restored entry is the primary key's: nothing to save unless it must be replaced. */
  readonly exact: boolean;
  /** The primary key's entry was found bad (polluted, truncated, rejected): a good one must replace it. */
  readonly replace: boolean;
  readonly cacheSave: 'auto' | 'true' | 'false';
  /** Why the main step decided that nothing may be saved (priming failed, the run failed …). */
  readonly skip?: string;
  /** JSON file (writeArchiveList) naming the entry's files; written only when a save may happen. */
  readonly listFile?: string;
}

const NAME = 'cache';

/** The state entries to save (name → value) for `core.saveState(name, value)`. */
export function saveStateForPost(state: CacheState): Record<string, string> {
  return { [NAME]: JSON.stringify(state) };
}

/**
 * The cache state in the post step, from `get(name)` (core.getState); undefined when the main
 * step left none (cache disabled, or it failed before the cache was handed over) or it is not ours.
 */
export function readStateInPost(get: (name: string) => string | undefined): CacheState | undefined {
  const raw = get(NAME);
  if (!raw) return undefined;
  let value: Partial<Record<keyof CacheState, unknown>>;
  try {
    value = JSON.parse(raw) as typeof value;
  } catch {
    return undefined;
  }
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
  const backend = value.backend;
  const gomodcache = text(value.gomodcache);
  const primaryKey = text(value.primaryKey);
  if ((backend !== 'actions' && backend !== 'local' && backend !== 's3') || !gomodcache || !primaryKey)
    return undefined;
  const cacheSave = value.cacheSave;
  return {
    backend,
    localDir: text(value.localDir),
    gomodcache,
    primaryKey,
    matchedKey: text(value.matchedKey),
    exact: value.exact === true,
    replace: value.replace === true,
    cacheSave: cacheSave === 'true' || cacheSave === 'false' ? cacheSave : 'auto',
    skip: text(value.skip),
    listFile: text(value.listFile),
  };
}
