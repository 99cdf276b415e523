import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import zlib from 'node:zlib';
import { readEntryJob } from '../go/zip-entry-job.js';
import {
  CENTRAL_SIGNATURE,
  declaredSizeProblem,
  endRecordAt,
  EOCD_SIGNATURE,
  LOCAL_SIGNATURE,
  MAX_GO_MOD,
  MAX_LICENSE,
  MAX_ZIP,
  need,
  ZipFormatError,
  type ZipDirectoryEntry,
} from '../go/zip-reader.js';
import type { PathIndex } from './license-file-names.js';

/**
 * A module zip's license files, read in place: its end record and central directory, then only
 * the entries license selection asks for. The directory is scanned as bytes: a name becomes a
 * string only when it may name a license file, a nested go.mod or a README (mayBeNamed), and a
 * .go file adds its directory once. Each check is readZipFileDirectory's, with its messages.
 * The reads are synchronous: a few kilobytes of a file that `go` has just written or verified,
 * where a promise per read cost more than the read.
 */
export interface ZipLicenseIndex {
  readonly index: PathIndex;
  /** The size the directory declares for a named path (one of index.named), and its content. */
  size(rel: string): number;
  read(rel: string): Buffer;
  close(): void;
}

/** How much of a zip's end is read first: its end record, and for most modules the directory too. */
const TAIL = 16 << 10;

export function openZipLicenseIndex(file: string, prefix: string): ZipLicenseIndex {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const dir = readDirectory(fd, size);
    const scanned = scanDirectory(dir, Buffer.from(prefix, 'utf8'));
    let all: Set<string> | undefined;
    const index: PathIndex = {
      named: [...scanned.named.keys()],
      goDirs: scanned.goDirs,
      has: (p) => (all ??= allNames(dir, prefix)).has(p),
    };
    return {
      index,
      size: (rel) => scanned.named.get(rel)!.size,
      read: (rel) => readEntry(fd, size, scanned.named.get(rel)!),
      close: () => closeSync(fd),
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  need(done === length, 'zip file ended early');
  return buffer;
}

/**
 * The central directory's bytes (readZipFileDirectory's checks). A zip without a comment (every
 * module zip) ends with its end record, which the first read then holds, with the directory
 * when it is small; otherwise the last 64 KiB are searched as before.
 */
function readDirectory(fd: number, size: number): { bytes: Buffer; count: number } {
  need(size <= MAX_ZIP, `zip is larger than 500 MiB (${size} bytes)`);
  need(size >= 22, 'not a zip file (shorter than an end-of-central-directory record)');
  let tailStart = Math.max(0, size - TAIL);
  let tail = readAt(fd, tailStart, size - tailStart);
  let end = tail.length - 22;
  if (tail.readUInt32LE(end) !== EOCD_SIGNATURE || tail.readUInt16LE(end + 20) !== 0) {
    tailStart = Math.max(0, size - 22 - 0xffff);
    tail = readAt(fd, tailStart, size - tailStart);
    end = endRecordAt(tail);
  }
  const count = tail.readUInt16LE(end + 10);
  const dirSize = tail.readUInt32LE(end + 12);
  const dirOffset = tail.readUInt32LE(end + 16);
  need(dirOffset + dirSize <= tailStart + end, 'central directory lies outside the file');
  need(count !== 0xffff && dirSize !== 0xffffffff, 'ZIP64 archives are not Go module zips');
  const bytes =
    dirOffset >= tailStart
      ? tail.subarray(dirOffset - tailStart, dirOffset - tailStart + dirSize)
      : readAt(fd, dirOffset, dirSize);
  return { bytes, count };
}

interface Scanned {
  readonly named: Map<string, ZipDirectoryEntry>;
  readonly goDirs: Set<string>;
}

const SLASH = 0x2f;

/** One pass over the directory: readZipDirectory's checks, and the index of the prefix's files. */
function scanDirectory({ bytes, count }: { bytes: Buffer; count: number }, prefix: Buffer): Scanned {
  const end = bytes.length;
  const named = new Map<string, ZipDirectoryEntry>();
  const goDirs = new Set<string>();
  let lastGoDir = -1;
  let lastGoDirEnd = -1;
  let total = 0;
  let sizeProblem: string | undefined;
  let p = 0;
  for (let i = 0; i < count; i++) {
    need(p + 46 <= end && bytes.readUInt32LE(p) === CENTRAL_SIGNATURE, `bad central directory header #${i}`);
    const nameLength = bytes.readUInt16LE(p + 28);
    const nameStart = p + 46;
    const nameEnd = nameStart + nameLength;
    need(nameEnd <= end, `central directory header #${i} runs past the directory`);
    const size = bytes.readUInt32LE(p + 24);
    total += size;
    // checkDeclaredSizes runs after the whole directory is read: its first excess is thrown then.
    if (sizeProblem === undefined && (total > MAX_ZIP || size > MAX_GO_MOD || size > MAX_LICENSE))
      sizeProblem = declaredSizeProblem(bytes.toString('utf8', nameStart, nameEnd), size, total);
    const relStart = nameStart + prefix.length;
    if (
      relStart < nameEnd &&
      bytes[nameEnd - 1] !== SLASH &&
      same(bytes, nameStart, prefix, 0, prefix.length)
    ) {
      let slash = nameEnd - 1;
      while (slash >= relStart && bytes[slash] !== SLASH) slash--;
      if (isGoSource(bytes, relStart, nameEnd)) {
        const dirEnd = slash < relStart ? relStart : slash;
        if (
          lastGoDir < 0 ||
          lastGoDirEnd - lastGoDir !== dirEnd - relStart ||
          !same(bytes, relStart, bytes, lastGoDir, dirEnd - relStart)
        ) {
          goDirs.add(bytes.toString('utf8', relStart, dirEnd));
          lastGoDir = relStart;
          lastGoDirEnd = dirEnd;
        }
      } else if (mayBeNamedBytes(bytes, slash + 1, nameEnd)) {
        named.set(bytes.toString('utf8', relStart, nameEnd), entryAt(bytes, p, nameStart, nameEnd));
      }
    }
    p = nameEnd + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  if (sizeProblem !== undefined) throw new ZipFormatError(sizeProblem);
  return { named, goDirs };
}

/** `length` bytes of `a` from `at` equal those of `b` from `bAt` (a loop: no call per name). */
function same(a: Buffer, at: number, b: Buffer, bAt: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (a[at + k] !== b[bAt + k]) return false;
  return true;
}

// Lower-case ASCII bytes of the words mayBeNamed looks for.
const LICEN = Buffer.from('licen');
const COPY = Buffer.from('copy');
const README = Buffer.from('readme');
const GO_MOD = Buffer.from('go.mod');

/**
 * mayBeNamed on a base name's bytes, or more: it contains "licen" or "copy", starts with "readme"
 * (ASCII, any case) or is "go.mod". Its words are ASCII, and no byte of a UTF-8 sequence is one.
 */
export function mayBeNamedBytes(bytes: Buffer, start: number, end: number): boolean {
  if (end - start === GO_MOD.length && same(bytes, start, GO_MOD, 0, GO_MOD.length)) return true;
  if (end - start >= README.length && sameFolded(bytes, start, README)) return true;
  for (let i = start; i + 4 <= end; i++) {
    const c = bytes[i] | 0x20;
    if (c === 0x6c && i + 5 <= end && sameFolded(bytes, i, LICEN)) return true;
    if (c === 0x63 && sameFolded(bytes, i, COPY)) return true;
  }
  return false;
}

/** `word` (lower-case letters) at `at`, in any case. */
function sameFolded(bytes: Buffer, at: number, word: Buffer): boolean {
  for (let k = 0; k < word.length; k++) {
    const b = bytes[at + k];
    if ((b >= 0x41 && b <= 0x5a ? b | 0x20 : b) !== word[k]) return false;
  }
  return true;
}

/** A non-test .go file: `[relStart, nameEnd)` ends in .go and not in _test.go. */
function isGoSource(bytes: Buffer, relStart: number, nameEnd: number): boolean {
  const n = nameEnd - relStart;
  if (n < 3 || bytes[nameEnd - 3] !== 0x2e || bytes[nameEnd - 2] !== 0x67 || bytes[nameEnd - 1] !== 0x6f)
    return false;
  return n < 8 || !same(bytes, nameEnd - 8, TEST_SUFFIX, 0, 5);
}

const TEST_SUFFIX = Buffer.from('_test');

function entryAt(bytes: Buffer, p: number, nameStart: number, nameEnd: number): ZipDirectoryEntry {
  return {
    method: bytes.readUInt16LE(p + 10),
    crc32: bytes.readUInt32LE(p + 16),
    compressedSize: bytes.readUInt32LE(p + 20),
    size: bytes.readUInt32LE(p + 24),
    localHeaderOffset: bytes.readUInt32LE(p + 42),
    name: bytes.toString('utf8', nameStart, nameEnd),
  };
}

/** Every path under the prefix, for the rare question about a file no index keeps (a sidecar's subject). */
function allNames({ bytes, count }: { bytes: Buffer; count: number }, prefix: string): Set<string> {
  const names = new Set<string>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    const nameEnd = p + 46 + bytes.readUInt16LE(p + 28);
    const name = bytes.toString('utf8', p + 46, nameEnd);
    if (name.startsWith(prefix) && !name.endsWith('/')) names.add(name.slice(prefix.length));
    p = nameEnd + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  return names;
}

/** Room read past a local header for its name and extra field, so that one read takes the data too. */
const HEADER_SLACK = 256;

/** An entry's content (openZipFile's read: the local header's checks, inflate, size and CRC-32). */
function readEntry(fd: number, size: number, entry: ZipDirectoryEntry): Buffer {
  const at = entry.localHeaderOffset;
  need(at + 30 <= size, 'zip file ended early');
  const chunk = readAt(fd, at, Math.min(size - at, 30 + HEADER_SLACK + entry.compressedSize));
  need(chunk.readUInt32LE(0) === LOCAL_SIGNATURE, `${entry.name}: bad local header`);
  const skip = 30 + chunk.readUInt16LE(26) + chunk.readUInt16LE(28);
  need(at + skip + entry.compressedSize <= size, `${entry.name}: data runs past the end of the file`);
  need(
    entry.method === 0 || entry.method === 8,
    `${entry.name}: unsupported compression method ${entry.method}`,
  );
  const raw =
    skip + entry.compressedSize <= chunk.length
      ? chunk.subarray(skip, skip + entry.compressedSize)
      : readAt(fd, at + skip, entry.compressedSize);
  const { name, method, compressedSize, crc32 } = entry;
  const data = readEntryJob(zlib, raw, { name, method, start: 0, compressedSize, size: entry.size, crc32 });
  if (typeof data === 'string') throw new ZipFormatError(data);
  return Buffer.from(data.buffer, data.byteOffset, data.length);
}
