/** What the cache steps did. Filled in by the cache (issue #6). */
export interface CacheReport {
  readonly hit: 'exact' | 'partial' | 'miss' | 'disabled';
}
