import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { InfrastructureError } from '../errors.js';

/**
 * The lookup and download halves of @actions/cache's restoreCacheV2 (cache.ts), done here so that
 * the library's `tar -x -P` never runs on an entry: it would write wherever member names point.
 * The twirp call `GetCacheEntryDownloadURL` (results/api/v1/cache.proto, JSON), then a `GET` of
 * the signed blob URL. Only the v2 service (github.com, *.ghe.com) is spoken.
 */
const SERVICE = 'twirp/github.actions.results.api.v1.CacheService/';

/** @actions/cache isGhes + getCacheServiceVersion: whether the v2 service is in use. */
export function usesServiceV2(env: NodeJS.ProcessEnv): boolean {
  const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.trimEnd().toUpperCase();
  const ghes = host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
  return !ghes && Boolean(env.ACTIONS_CACHE_SERVICE_V2);
}

/** @actions/cache cacheUtils.getCacheVersion (Linux/macOS; versionSalt '1.0'). */
export function cacheVersion(paths: readonly string[], compression: string): string {
  return createHash('sha256')
    .update([...paths, compression, '1.0'].join('|'))
    .digest('hex');
}

export interface EntryLocation {
  readonly matchedKey: string;
  readonly url: string;
}

export async function lookUpEntry(
  env: NodeJS.ProcessEnv,
  request: { key: string; restoreKeys: readonly string[]; version: string },
  signal?: AbortSignal,
  fetchImpl: typeof fetch = globalThis.fetch,
): Promise<EntryLocation | undefined> {
  const base = env.ACTIONS_RESULTS_URL ?? '';
  const response = await fetchImpl(new URL(`${SERVICE}GetCacheEntryDownloadURL`, base), {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${env.ACTIONS_RUNTIME_TOKEN ?? ''}`,
      'Content-Type': 'application/json',
      Accept: 'application/json',
    },
    body: JSON.stringify({ key: request.key, restore_keys: request.restoreKeys, version: request.version }),
    signal,
  });
  const text = await response.text();
  if (!response.ok)
    throw new InfrastructureError(
      `the cache service answered ${response.status} to GetCacheEntryDownloadURL: ${text.slice(0, 200)}`,
    );
  const body = JSON.parse(text) as Record<string, unknown>;
  if (!body.ok) return undefined;
  const url = (body.signed_download_url ?? body.signedDownloadUrl) as string | undefined;
  const matchedKey = (body.matched_key ?? body.matchedKey) as string | undefined;
  if (!url || !matchedKey)
    throw new InfrastructureError('the cache service gave no download URL for its match');
  return { matchedKey, url };
}

/** Downloads the blob to `file` (streamed; never held in memory). */
export async function downloadEntry(
  url: string,
  file: string,
  signal?: AbortSignal,
  fetchImpl: typeof fetch = globalThis.fetch,
): Promise<void> {
  const response = await fetchImpl(url, { signal });
  if (!response.ok || !response.body)
    throw new InfrastructureError(`downloading the cache entry failed: HTTP ${response.status}`);
  await pipeline(
    Readable.fromWeb(response.body as import('node:stream/web').ReadableStream),
    createWriteStream(file),
    { signal },
  );
}
