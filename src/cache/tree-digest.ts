import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FileDigest } from '../go/dirhash.js';
import { sha256Hex } from '../go/off-thread-digest.js';

/** Bytes read per call; one buffer per reader, reused for every file it hashes (most fit in one). */
const CHUNK = 1 << 20;

function open(file: string): Promise<number> {
  return new Promise((resolve, reject) =>
    fs.open(file, 'r', (error, fd) => (error ? reject(error) : resolve(fd))),
  );
}

function read(fd: number, buffer: Buffer): Promise<number> {
  return new Promise((resolve, reject) =>
    fs.read(fd, buffer, 0, buffer.length, null, (error, n) => (error ? reject(error) : resolve(n))),
  );
}

function close(fd: number): Promise<void> {
  return new Promise((resolve, reject) => fs.close(fd, (error) => (error ? reject(error) : resolve())));
}

/**
 * The hex SHA-256 of a file, read through `buffer` (no per-file allocation or stream). A short
 * read is the end of a regular file; a full one is followed by another read until one is short.
 */
export async function digestFileInto(file: string, buffer: Buffer): Promise<string> {
  const fd = await open(file);
  try {
    let n = await read(fd, buffer);
    if (n < buffer.length) return await sha256Hex(buffer.subarray(0, n));
    const hash = createHash('sha256');
    while (n > 0) {
      hash.update(buffer.subarray(0, n));
      if (n < buffer.length) break;
      n = await read(fd, buffer);
    }
    return hash.digest('hex');
  } finally {
    await close(fd);
  }
}

/** Every non-directory entry under `dir` (one readdir per directory, with file types), `/`-separated. */
async function listFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (current: string, rel: string): Promise<void> => {
    for (const entry of await fs.promises.readdir(current, { withFileTypes: true })) {
      const name = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path.join(current, entry.name), name);
      else files.push(name);
    }
  };
  await walk(dir, '');
  return files;
}

/** Files of one tree read at once: keeps the thread pool busy on trees of many small files. */
const READERS = 4;

/**
 * The files of an extracted tree, named `<prefix>/<rel>`, hashed as they are read (a tree is
 * never held in memory; at most READERS buffers of CHUNK bytes). Mirrors x/mod/sumdb/dirhash
 * DirFiles: every non-directory entry (symlinks followed when read), `/`-separated names.
 */
export async function digestTree(dir: string, prefix: string): Promise<FileDigest[]> {
  const names = await listFiles(dir);
  const files: FileDigest[] = new Array<FileDigest>(names.length);
  let next = 0;
  const reader = async (): Promise<void> => {
    const buffer = Buffer.allocUnsafe(CHUNK);
    while (next < names.length) {
      const index = next++;
      const name = names[index];
      files[index] = {
        name: `${prefix}/${name}`,
        sha256: await digestFileInto(path.join(dir, ...name.split('/')), buffer),
      };
    }
  };
  await Promise.all(Array.from({ length: Math.min(READERS, names.length) }, reader));
  return files;
}
