import fs from 'node:fs/promises';
import { hash1OfDigests, type FileDigest } from './dirhash.js';
import { digestEntryJobs, type EntryDigest } from './zip-digest-pool.js';
import { entryJob, readAt, readZipFileDirectory, ZipFormatError } from './zip-reader.js';

/**
 * How much of a zip file is in memory at once (more only for one entry bigger than this). 2 MiB,
 * not 8: on prometheus's module cache the integrity check peaked 10-20 MiB lower in the same
 * time; most entries of a module zip are far smaller.
 */
const WINDOW = 2 << 20;
/** A local header's most: 30 fixed bytes, then a name and an extra field of up to 64 KiB each. */
const LOCAL_HEADER_MAX = 30 + 0xffff * 2;

/**
 * Window bytes read and not yet hashed, across every zip hashed at once (the relay hashes up to
 * its prefetch width of spooled zips together): past this a window waits for another to be
 * hashed. Four windows keep the digest workers (at most 4) busy; more would only queue in memory.
 */
export const WINDOWS_IN_FLIGHT_BYTES = 4 * WINDOW;
let inFlight = 0;
let peakInFlight = 0;
const waiting: (() => void)[] = [];

/** Takes `bytes` of the budget; one window alone is always let through (it may be bigger). */
async function reserve(bytes: number): Promise<void> {
  while (inFlight > 0 && inFlight + bytes > WINDOWS_IN_FLIGHT_BYTES)
    await new Promise<void>((resolve) => waiting.push(resolve));
  inFlight += bytes;
  peakInFlight = Math.max(peakInFlight, inFlight);
}

function release(bytes: number): void {
  inFlight -= bytes;
  for (const wake of waiting.splice(0)) wake();
}

/** The most window bytes in flight since the last call (a bench and test figure), then reset. */
export function takePeakWindowBytes(): number {
  const peak = peakInFlight;
  peakInFlight = inFlight;
  return peak;
}

function need(cond: boolean, problem: string): asserts cond {
  if (!cond) throw new ZipFormatError(problem);
}

/**
 * Every entry of a module zip kept in a file, with the SHA-256 of its content, read in place a
 * window of entries at a time (about 2 MiB), each window hashed on the digest workers: so a
 * 50 MiB zip never sits in memory whole, and however many zips are hashed at once, at most
 * WINDOWS_IN_FLIGHT_BYTES of windows are. Same reading and checks as zip-reader.ts's
 * digestZipEntriesAsync (archive/zip's directory end, headers, size and CRC-32; dirhash.HashZip
 * opens files by name, so with duplicate names the last one wins), so hash1OfDigests of it is
 * HashZip's h1.
 */
export async function digestZipFile(
  file: string,
  /** thisThread: not on a worker (after a DigestWorkerError). */
  options: { readonly thisThread?: boolean } = {},
): Promise<FileDigest[]> {
  const handle = await fs.open(file, 'r');
  try {
    const { size, entries } = await readZipFileDirectory(handle);
    const unique = [...new Map(entries.map((entry) => [entry.name, entry])).values()];
    for (const entry of unique) need(entry.localHeaderOffset + 30 <= size, `${entry.name}: bad local header`);
    const byOffset = unique.sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
    // The most of the file an entry can span: its local header, at most, and its stored bytes.
    const spanEnd = (i: number): number =>
      Math.min(size, byOffset[i].localHeaderOffset + LOCAL_HEADER_MAX + byOffset[i].compressedSize);
    const digests = new Map<string, string>();
    for (let i = 0; i < byOffset.length;) {
      const from = byOffset[i].localHeaderOffset;
      const group = [byOffset[i]];
      let to = spanEnd(i++);
      for (; i < byOffset.length && spanEnd(i) - from <= WINDOW; i++) {
        group.push(byOffset[i]);
        to = Math.max(to, spanEnd(i));
      }
      await reserve(to - from);
      let results: EntryDigest[];
      try {
        const window = await readAt(handle, from, to - from);
        const jobs = group.map((entry) =>
          entryJob(window, { ...entry, localHeaderOffset: entry.localHeaderOffset - from }),
        );
        results = await digestEntryJobs(window, jobs, { handOver: true, thisThread: options.thisThread });
      } finally {
        release(to - from);
      }
      results.forEach((digest, k) => {
        if ('error' in digest) throw new ZipFormatError(digest.error);
        digests.set(group[k].name, digest.sha256);
      });
    }
    return entries.map((entry) => ({ name: entry.name, sha256: digests.get(entry.name) as string }));
  } finally {
    await handle.close();
  }
}

/** The `h1:` hash of a module zip kept in a file (the relay's spooled bodies), read in place. */
export async function hashZipFile(file: string): Promise<string> {
  return hash1OfDigests(await digestZipFile(file));
}
