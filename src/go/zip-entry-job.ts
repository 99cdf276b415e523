import type * as Zlib from 'node:zlib';

/** One stored entry of a zip, located: what reading it needs, with no zip parsing left to do. */
export interface EntryJob {
  readonly name: string;
  /** 0 = stored, 8 = deflate. */
  readonly method: number;
  /** Where its stored bytes start in the zip (after the local header). */
  readonly start: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly crc32: number;
}

/**
 * The entry's content, inflated when deflated, with its size and CRC-32 checked (archive/zip's
 * checksumReader checks both), or why it cannot be read. Self-contained on purpose: the
 * zip-digest worker threads (zip-digest-pool.ts) run it from its own source text, so it may use
 * nothing but its parameters.
 */
export function readEntryJob(
  zlib: Pick<typeof Zlib, 'inflateRawSync' | 'crc32'>,
  zip: Uint8Array,
  job: EntryJob,
): Uint8Array | string {
  const raw = zip.subarray(job.start, job.start + job.compressedSize);
  let data = raw;
  if (job.method !== 0) {
    try {
      // One output chunk of the stated size: no chunk list to concatenate (x/mod caps files at 500 MiB).
      data = zlib.inflateRawSync(raw, {
        maxOutputLength: Math.max(job.size, 1),
        chunkSize: Math.min(Math.max(job.size + 1, 64), 16 << 20),
      });
    } catch (error) {
      return `${job.name}: cannot inflate (${(error as Error).message})`;
    }
  }
  if (data.length !== job.size) return `${job.name}: size ${data.length}, directory says ${job.size}`;
  if (zlib.crc32(data) >>> 0 !== job.crc32) return `${job.name}: CRC-32 mismatch`;
  return data;
}
