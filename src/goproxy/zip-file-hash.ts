import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { hash1OfDigests } from '../go/dirhash.js';
import { MAX_ZIP, ZipFormatError } from '../go/zip-reader.js';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const CHUNK = 1 << 20;

function need(cond: boolean, problem: string): asserts cond {
  if (!cond) throw new ZipFormatError(problem);
}

/**
 * The `h1:` hash of a module zip kept in a file, read a chunk at a time so that a 500 MiB zip
 * never sits in memory. Same reading as zip-reader.ts (archive/zip's directory end and headers;
 * x/mod/sumdb/dirhash HashZip with Hash1: the last entry of a duplicated name wins).
 */
export async function hashZipFile(file: string): Promise<string> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    need(size <= MAX_ZIP, `zip is larger than 500 MiB (${size} bytes)`);
    need(size >= 22, 'not a zip file (shorter than an end-of-central-directory record)');
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = await read(handle, size - tailLength, tailLength);
    let end = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIGNATURE && i + 22 + tail.readUInt16LE(i + 20) === tail.length) {
        end = i;
        break;
      }
    }
    need(end >= 0, 'not a zip file (no end-of-central-directory record)');
    const count = tail.readUInt16LE(end + 10);
    const dirSize = tail.readUInt32LE(end + 12);
    const dirOffset = tail.readUInt32LE(end + 16);
    const endOffset = size - tailLength + end;
    need(dirOffset + dirSize <= endOffset, 'central directory lies outside the file');
    const dir = await read(handle, dirOffset, dirSize);
    const digests = new Map<string, string>();
    const names: string[] = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
      need(
        p + 46 <= dir.length && dir.readUInt32LE(p) === CENTRAL_SIGNATURE,
        `bad central directory header #${i}`,
      );
      const nameLength = dir.readUInt16LE(p + 28);
      const name = dir.toString('utf8', p + 46, p + 46 + nameLength);
      const entry = {
        name,
        method: dir.readUInt16LE(p + 10),
        compressedSize: dir.readUInt32LE(p + 20),
        size: dir.readUInt32LE(p + 24),
        localHeaderOffset: dir.readUInt32LE(p + 42),
      };
      p += 46 + nameLength + dir.readUInt16LE(p + 30) + dir.readUInt16LE(p + 32);
      names.push(name);
      digests.set(name, await entryDigest(handle, entry, size));
    }
    return hash1OfDigests(names.map((name) => ({ name, sha256: digests.get(name) as string })));
  } finally {
    await handle.close();
  }
}

async function read(handle: fs.FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  need(bytesRead === length, 'zip ends early');
  return buffer;
}

async function entryDigest(
  handle: fs.FileHandle,
  entry: { name: string; method: number; compressedSize: number; size: number; localHeaderOffset: number },
  fileSize: number,
): Promise<string> {
  const local = await read(handle, entry.localHeaderOffset, 30);
  need(local.readUInt32LE(0) === LOCAL_SIGNATURE, `${entry.name}: bad local header`);
  const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  need(start + entry.compressedSize <= fileSize, `${entry.name}: data runs past the end of the file`);
  need(
    entry.method === 0 || entry.method === 8,
    `${entry.name}: unsupported compression method ${entry.method}`,
  );
  const hash = createHash('sha256');
  let produced = 0;
  const inflate = entry.method === 8 ? createInflateRaw() : undefined;
  const done = inflate
    ? new Promise<void>((resolve, reject) => {
        inflate.on('data', (chunk: Buffer) => {
          produced += chunk.length;
          if (produced > entry.size)
            inflate.destroy(new ZipFormatError(`${entry.name}: inflates past its size`));
          else hash.update(chunk);
        });
        inflate.on('end', resolve);
        inflate.on('error', (e) =>
          reject(
            e instanceof ZipFormatError
              ? e
              : new ZipFormatError(`${entry.name}: cannot inflate (${e.message})`),
          ),
        );
      })
    : undefined;
  for (let at = 0; at < entry.compressedSize; at += CHUNK) {
    const chunk = await read(handle, start + at, Math.min(CHUNK, entry.compressedSize - at));
    if (!inflate) {
      produced += chunk.length;
      hash.update(chunk);
    } else if (!inflate.write(chunk))
      await Promise.race([new Promise((resolve) => inflate.once('drain', resolve)), done]);
  }
  if (inflate) {
    inflate.end();
    await done;
  }
  need(produced === entry.size, `${entry.name}: size ${produced}, directory says ${entry.size}`);
  return hash.digest('hex');
}
