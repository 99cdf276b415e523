import * as cache from '@actions/cache';
import { describeError, InfrastructureError } from '../errors.js';
import type { CacheBackend } from './backend.js';

const UNAVAILABLE =
  'the GitHub Actions cache service is not available to this step (ACTIONS_RESULTS_URL is not set, or ACTIONS_CACHE_URL on GHES); ' +
  'on a self-hosted or non-GitHub runner use `cache-backend: local`, or `cache: false`';

/**
 * GitHub's cache service through @actions/cache 6 (the v2 protocol on github.com: twirp API,
 * blob upload/download, tar + zstd). The library already turns most service failures into log
 * warnings and a miss (restore) or -1 (save); this class turns them into one typed error so that
 * the cache steps decide how loud to be, in one place.
 */
export class ActionsBackend implements CacheBackend {
  readonly name = 'actions' as const;

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  private ensureAvailable(write: boolean): void {
    if (!cache.isFeatureAvailable()) throw new InfrastructureError(`Cache: ${UNAVAILABLE}`);
    // ACTIONS_CACHE_MODE (@actions/cache 6.3): the runner may allow reads only, or nothing.
    const mode = (this.env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
    const allowed = write ? ['write', 'write-only'] : ['read', 'write'];
    if (['none', 'read', 'write', 'write-only'].includes(mode) && !allowed.includes(mode))
      throw new InfrastructureError(
        `Cache: the runner's cache mode '${mode}' does not permit ${write ? 'saving' : 'restoring'} the cache`,
      );
  }

  async restore(
    paths: readonly string[],
    primaryKey: string,
    restoreKeys: readonly string[],
  ): Promise<string | undefined> {
    this.ensureAvailable(false);
    try {
      return await cache.restoreCache([...paths], primaryKey, [...restoreKeys]);
    } catch (error) {
      throw new InfrastructureError(
        `Cache restore from the GitHub cache service failed: ${describeError(error)}`,
        {
          cause: error,
        },
      );
    }
  }

  async save(paths: readonly string[], key: string): Promise<{ archiveBytes?: number }> {
    this.ensureAvailable(true);
    let id: number;
    try {
      id = await cache.saveCache([...paths], key);
    } catch (error) {
      throw new InfrastructureError(
        `Cache save to the GitHub cache service failed: ${describeError(error)}`,
        {
          cause: error,
        },
      );
    }
    if (id === -1)
      throw new InfrastructureError(
        `the GitHub cache service did not store '${key}' (an entry with this key may exist already, or the token may be read-only; see the log above)`,
      );
    return {};
  }
}
