/**
 * Where cache entries live. Entries are immutable: saving an existing key never replaces it.
 * Paths are absolute; an entry restores to the same paths it was saved from.
 */
export interface CacheBackend {
  readonly name: 'actions' | 'local';
  /**
   * Restores the entry whose key is `primaryKey`, else the newest entry whose key starts with one
   * of `restoreKeys` (tried in order). Returns the key restored, or undefined on a miss.
   * Throws InfrastructureError when the backend cannot be used at all.
   */
  restore(
    paths: readonly string[],
    primaryKey: string,
    restoreKeys: readonly string[],
  ): Promise<string | undefined>;
  /**
   * Saves the paths under `key`. Returns the archive's size in bytes when the backend knows it.
   * Throws InfrastructureError when the entry was not saved; an existing good entry is never
   * replaced or damaged by a failed save.
   */
  save(paths: readonly string[], key: string): Promise<{ archiveBytes?: number }>;
}
