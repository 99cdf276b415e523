import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { hash1OfDigests } from '../go/dirhash.js';
import {
  readZipFileDirectory,
  zipFileEntryStart,
  ZipFormatError,
  type ZipDirectoryEntry,
} from '../go/zip-reader.js';

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
    const { size, entries } = await readZipFileDirectory(handle);
    const digests = new Map<string, string>();
    const names: string[] = [];
    for (const entry of entries) {
      names.push(entry.name);
      digests.set(entry.name, await entryDigest(handle, entry, size));
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
  entry: ZipDirectoryEntry,
  fileSize: number,
): Promise<string> {
  const start = await zipFileEntryStart(handle, entry, fileSize);
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
