import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** The cache keys of one run. */
export interface CacheKeys {
  /** `<prefix>-<os>-<arch>-<sha256 of the checksum files>` */
  readonly primary: string;
  /** Tried in order when the primary key misses; the newest entry matching a prefix wins. */
  readonly restoreKeys: readonly string[];
}

/** One checksum file, named relative to the project directory (so the key does not depend on it). */
export interface SumFile {
  readonly name: string;
  readonly data: Buffer;
}

/**
 * The cache keys. The key holds what decides the cache's content: the checksum files (go.sum of
 * every module of the project, and go.work.sum) and the platform. The Go version is deliberately
 * NOT in the key: `cache/download` (zips, .mod, .info, .ziphash, sumdb tiles) is the same bytes
 * whatever Go version wrote it, `go` shares one GOMODCACHE across versions, and module content is
 * pinned by go.sum; a Go upgrade must not throw away a good cache. os/arch are in the key because
 * extracted trees and file modes travel with tar and the backends do not share caches across
 * platforms (@actions/cache's version hash does not either, without enableCrossOsArchive).
 */
export function cacheKeys(prefix: string, goos: string, goarch: string, sums: readonly SumFile[]): CacheKeys {
  const base = `${prefix}-${goos}-${goarch}-`;
  return { primary: base + hashSumFiles(sums), restoreKeys: [base] };
}

/**
 * One go.sum alone: its SHA-256 (what `hashFiles('**\/go.sum')` users expect). Several files: the
 * SHA-256 of the lines `<sha256 of file>  <name>` sorted by name, so renaming or moving lines
 * between files changes the key. No file at all (a module without dependencies): the hash of "".
 */
export function hashSumFiles(sums: readonly SumFile[]): string {
  const sha = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');
  if (sums.length === 1) return sha(sums[0].data);
  const lines = [...sums]
    .sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)))
    .map((file) => `${sha(file.data)}  ${file.name}\n`);
  return sha(lines.join(''));
}

/** Reads the checksum files that exist (go.sum, go.work.sum, …), named relative to `projectDir`. */
export async function readSumFiles(projectDir: string, files: readonly string[]): Promise<SumFile[]> {
  const found: SumFile[] = [];
  for (const file of files) {
    try {
      const data = await fs.readFile(file);
      found.push({ name: path.relative(projectDir, file).split(path.sep).join('/'), data });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return found;
}
