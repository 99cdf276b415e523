import { createHash, webcrypto } from 'node:crypto';
import { createReadStream } from 'node:fs';

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

/** The hex SHA-256 of a file's bytes, read in 1 MiB chunks (never whole in memory). */
export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
