import type { FileHandle } from 'node:fs/promises';
import zlib from 'node:zlib';
import { hash1, type FileDigest, type HashedFile } from './dirhash.js';
import { digestEntryJobs } from './zip-digest-pool.js';
import { readEntryJob, type EntryJob } from './zip-entry-job.js';

/** One entry of a zip's central directory. */
export interface ZipDirectoryEntry {
  /** The name as stored (UTF-8 for Go module zips), e.g. `example.com/m@v1.0.0/go.mod`. */
  readonly name: string;
  /** 0 = stored, 8 = deflate; Go module zips use nothing else. */
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

/** A zip that cannot be read: truncated, altered, or using features Go module zips never use. */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

export const EOCD_SIGNATURE = 0x06054b50;
export const CENTRAL_SIGNATURE = 0x02014b50;
export const LOCAL_SIGNATURE = 0x04034b50;
// Go's module zips are capped at 500 MiB (modzip.MaxZipFile); ZIP64 is never needed for them.
export const MAX_ZIP = 500 << 20;

export function need(cond: boolean, problem: string): asserts cond {
  if (!cond) throw new ZipFormatError(problem);
}

/**
 * Where the end-of-central-directory record starts: the last 22 bytes plus a comment of up to
 * 65535 bytes, whose length must reach the end exactly (archive/zip readDirectoryEnd).
 */
export function endRecordAt(data: Buffer): number {
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--)
    if (data.readUInt32LE(i) === EOCD_SIGNATURE && i + 22 + data.readUInt16LE(i + 20) === data.length)
      return i;
  throw new ZipFormatError('not a zip file (no end-of-central-directory record)');
}

/** Reads the central directory (archive/zip reader.go readDirectoryEnd + readDirectoryHeader). */
export function readZipDirectory(zip: Buffer): ZipDirectoryEntry[] {
  need(zip.length <= MAX_ZIP, `zip is larger than 500 MiB (${zip.length} bytes)`);
  need(zip.length >= 22, 'not a zip file (shorter than an end-of-central-directory record)');
  const end = endRecordAt(zip);
  const count = zip.readUInt16LE(end + 10);
  const dirSize = zip.readUInt32LE(end + 12);
  const dirOffset = zip.readUInt32LE(end + 16);
  need(
    count !== 0xffff && dirSize !== 0xffffffff && dirOffset !== 0xffffffff,
    'ZIP64 archives are not Go module zips',
  );
  need(dirOffset + dirSize <= end, 'central directory lies outside the file');

  const entries: ZipDirectoryEntry[] = [];
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    need(p + 46 <= end && zip.readUInt32LE(p) === CENTRAL_SIGNATURE, `bad central directory header #${i}`);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    need(p + 46 + nameLength <= end, `central directory header #${i} runs past the directory`);
    entries.push({
      method: zip.readUInt16LE(p + 10),
      crc32: zip.readUInt32LE(p + 16),
      compressedSize: zip.readUInt32LE(p + 20),
      size: zip.readUInt32LE(p + 24),
      localHeaderOffset: zip.readUInt32LE(p + 42),
      name: zip.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  checkDeclaredSizes(entries);
  return entries;
}

/** x/mod's limits on a module's go.mod and LICENSE (modzip.MaxGoMod, MaxLICENSE). */
export const MAX_GO_MOD = 16 << 20;
export const MAX_LICENSE = 16 << 20;

/**
 * Go's own limits on what the directory declares, checked before anything is inflated (x/mod
 * zip.CheckZip: 500 MiB uncompressed in all, go.mod and LICENSE 16 MiB each). Each inflate is then
 * bounded by its entry's declared size (readEntryJob), so memory follows what is real, never what
 * a crafted header claims. A zip past a limit is refused whole, at its first excess.
 */
function checkDeclaredSizes(entries: readonly ZipDirectoryEntry[]): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    const problem = declaredSizeProblem(entry.name, entry.size, total);
    if (problem !== undefined) throw new ZipFormatError(problem);
  }
}

/**
 * checkDeclaredSizes' verdict on one entry, `total` the sizes declared up to it included. Only
 * an entry past 16 MiB or a total past 500 MiB can fail: a caller may skip the others.
 */
export function declaredSizeProblem(name: string, size: number, total: number): string | undefined {
  if (total > MAX_ZIP)
    return `${name}: the files declare more than Go's 500 MiB uncompressed in all; nothing was inflated`;
  if (size <= MAX_GO_MOD && size <= MAX_LICENSE) return undefined;
  const slash = name.indexOf('/', name.indexOf('@'));
  const rel = slash < 0 ? name : name.slice(slash + 1);
  if (rel === 'go.mod' && size > MAX_GO_MOD)
    return `${name}: declares ${size} bytes, past Go's 16 MiB for go.mod`;
  if (rel === 'LICENSE' && size > MAX_LICENSE)
    return `${name}: declares ${size} bytes, past Go's 16 MiB for LICENSE`;
  return undefined;
}

/** Locates the entry's stored bytes (after its local header), checking what it can. */
export function entryJob(zip: Buffer, entry: ZipDirectoryEntry): EntryJob {
  const at = entry.localHeaderOffset;
  need(at + 30 <= zip.length && zip.readUInt32LE(at) === LOCAL_SIGNATURE, `${entry.name}: bad local header`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  need(start + entry.compressedSize <= zip.length, `${entry.name}: data runs past the end of the file`);
  need(
    entry.method === 0 || entry.method === 8,
    `${entry.name}: unsupported compression method ${entry.method}`,
  );
  const { name, method, compressedSize, size, crc32 } = entry;
  return { name, method, start, compressedSize, size, crc32 };
}

/** An entry's content, inflated when deflated, with its size and CRC-32 checked. */
export function readZipEntry(zip: Buffer, entry: ZipDirectoryEntry): Buffer {
  const data = readEntryJob(zlib, zip, entryJob(zip, entry));
  if (typeof data === 'string') throw new ZipFormatError(data);
  return Buffer.from(data.buffer, data.byteOffset, data.length);
}

/** `length` bytes of a zip file from `position`; fewer is a ZipFormatError (the file ended early). */
export async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  need(bytesRead === length, 'zip file ended early');
  return buffer;
}

/**
 * The central directory of a zip file, read in place (its end record and directory only), with
 * readZipDirectory's checks; `size` is the file's.
 */
export async function readZipFileDirectory(
  handle: FileHandle,
): Promise<{ size: number; entries: ZipDirectoryEntry[] }> {
  const size = (await handle.stat()).size;
  need(size <= MAX_ZIP, `zip is larger than 500 MiB (${size} bytes)`);
  need(size >= 22, 'not a zip file (shorter than an end-of-central-directory record)');
  const tailStart = Math.max(0, size - 22 - 0xffff);
  const tail = await readAt(handle, tailStart, size - tailStart);
  const end = endRecordAt(tail);
  const dirSize = tail.readUInt32LE(end + 12);
  const dirOffset = tail.readUInt32LE(end + 16);
  need(dirOffset + dirSize <= tailStart + end, 'central directory lies outside the file');
  // The directory and an end record that says it starts at 0: readZipDirectory parses it, and the
  // local header offsets in it still point into the file.
  const record = Buffer.from(tail.subarray(end, end + 22));
  record.writeUInt32LE(0, 16);
  record.writeUInt16LE(0, 20);
  return {
    size,
    entries: readZipDirectory(Buffer.concat([await readAt(handle, dirOffset, dirSize), record])),
  };
}

/** Where an entry's stored bytes start in the file, after its local header (entryJob's checks). */
async function zipFileEntryStart(
  handle: FileHandle,
  entry: ZipDirectoryEntry,
  size: number,
): Promise<number> {
  const header = await readAt(handle, entry.localHeaderOffset, 30);
  need(header.readUInt32LE(0) === LOCAL_SIGNATURE, `${entry.name}: bad local header`);
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  need(start + entry.compressedSize <= size, `${entry.name}: data runs past the end of the file`);
  need(
    entry.method === 0 || entry.method === 8,
    `${entry.name}: unsupported compression method ${entry.method}`,
  );
  return start;
}

/**
 * A zip file read in place: its central directory, then single entries by positional reads, so
 * reading a license file out of a 50 MB module zip costs kilobytes, not the whole zip.
 */
export async function openZipFile(handle: FileHandle): Promise<{
  entries: ZipDirectoryEntry[];
  read(entry: ZipDirectoryEntry): Promise<Buffer>;
}> {
  const { size, entries } = await readZipFileDirectory(handle);
  const read = async (entry: ZipDirectoryEntry): Promise<Buffer> => {
    const start = await zipFileEntryStart(handle, entry, size);
    const raw = await readAt(handle, start, entry.compressedSize);
    const { name, method, compressedSize, crc32 } = entry;
    const data = readEntryJob(zlib, raw, { name, method, start: 0, compressedSize, size: entry.size, crc32 });
    if (typeof data === 'string') throw new ZipFormatError(data);
    return Buffer.from(data.buffer, data.byteOffset, data.length);
  };
  return { entries, read };
}

/** Every entry of the zip, names as stored, content read. */
export function readZipFiles(zip: Buffer): HashedFile[] {
  const entries = readZipDirectory(zip);
  // dirhash.HashZip opens files by name through a map: with duplicate names, the last one wins.
  const last = new Map(entries.map((entry) => [entry.name, entry]));
  const content = new Map<string, Buffer>();
  for (const [name, entry] of last) content.set(name, readZipEntry(zip, entry));
  return entries.map((entry) => ({ name: entry.name, data: content.get(entry.name) as Buffer }));
}

/**
 * Every entry of the zip with the SHA-256 of its content, each entry inflated, checked (size,
 * CRC-32) and hashed on the zip-digest worker threads (one entry's content in memory at a time),
 * so the zips of a module cache hash on every core. Same names and duplicate rule as
 * readZipFiles, so hash1OfDigests of it is HashZip's h1.
 */
export async function digestZipEntriesAsync(
  zip: Buffer,
  /**
   * handOver: the caller no longer reads `zip`, so its memory may move to a worker uncopied;
   * thisThread: not on a worker. A worker's own failure is a DigestWorkerError.
   */
  options: { readonly handOver?: boolean; readonly thisThread?: boolean } = {},
): Promise<FileDigest[]> {
  const entries = readZipDirectory(zip);
  // dirhash.HashZip opens files by name through a map: with duplicate names, the last one wins.
  const unique = [...new Map(entries.map((entry) => [entry.name, entry])).values()];
  const digests = await digestEntryJobs(
    zip,
    unique.map((entry) => entryJob(zip, entry)),
    options,
  );
  const byName = new Map<string, string>();
  digests.forEach((digest, i) => {
    if ('error' in digest) throw new ZipFormatError(digest.error);
    byName.set(unique[i].name, digest.sha256);
  });
  return entries.map((entry) => ({ name: entry.name, sha256: byName.get(entry.name) as string }));
}

/** The `h1:` hash of a module zip. Mirrors x/mod/sumdb/dirhash HashZip with Hash1. */
export function hashZip(zip: Buffer): string {
  return hash1(readZipFiles(zip));
}
