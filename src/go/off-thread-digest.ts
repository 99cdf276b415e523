import { createHash, webcrypto } from 'node:crypto';

/**
 * Below this, hashing on the main thread is cheaper than a hop to the thread pool; above it,
 * WebCrypto's digest runs on libuv's pool, so big files hash on another core while the main
 * thread inflates and reads.
 */
const OFF_THREAD = 32 << 10;

/**
 * The hex SHA-256 of `data`. WebCrypto copies its input when called, so the caller may reuse
 * `data`'s memory as soon as this returns its promise.
 */
export async function sha256Hex(data: Uint8Array): Promise<string> {
  if (data.length < OFF_THREAD) return createHash('sha256').update(data).digest('hex');
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', data)).toString('hex');
}
