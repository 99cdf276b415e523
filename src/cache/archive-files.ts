import fs from 'node:fs/promises';
import path from 'node:path';
import { moduleCachePaths, type ModuleVersion } from './module-path.js';
import { sumdbFileProblem } from './sumdb-files.js';

/**
 * The files a cache entry holds, relative to GOMODCACHE (`/`-separated), every one a regular file
 * that exists: for each proven module version its `.info`, `.mod`, `.zip`, `.ziphash` and its
 * module's `list` file; for each go.mod-only version its `.mod` and `.info`; and the whole
 * checksum-database state `cache/download/sumdb/**` (tiles, the last verified tree, proofs).
 * The entry is built from this list alone: nothing in the module cache is ever pruned to make it.
 */
export async function archiveFiles(
  gomodcache: string,
  proven: readonly ModuleVersion[],
  goModOnly: readonly ModuleVersion[],
): Promise<string[]> {
  const out = new Set<string>();
  const rel = (file: string): string => path.relative(gomodcache, file).split(path.sep).join('/');
  const addIfFile = async (file: string): Promise<void> => {
    const st = await fs.lstat(file).catch(() => undefined);
    if (st?.isFile()) out.add(rel(file));
  };
  for (const module of proven) {
    const paths = moduleCachePaths(gomodcache, module);
    for (const ext of ['info', 'mod', 'zip', 'ziphash']) await addIfFile(`${paths.base}.${ext}`);
    await addIfFile(path.join(paths.vDir, 'list'));
  }
  for (const module of goModOnly) {
    const paths = moduleCachePaths(gomodcache, module);
    for (const ext of ['info', 'mod']) await addIfFile(`${paths.base}.${ext}`);
  }
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && !entry.name.endsWith('.lock')) {
        // Only checksum-database files of the right shape and size travel (sumdb-files.ts).
        const size = (await fs.lstat(full).catch(() => undefined))?.size ?? Infinity;
        if (!sumdbFileProblem(rel(full), size)) out.add(rel(full));
      }
    }
  };
  await walk(path.join(gomodcache, 'cache', 'download', 'sumdb'));
  return [...out].sort();
}

/** What a listed file looked like when it was proven: a later change drops its module version. */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
}

export async function stampFiles(
  gomodcache: string,
  files: readonly string[],
): Promise<Record<string, FileStamp>> {
  const stamps: Record<string, FileStamp> = {};
  for (const file of files) {
    const st = await fs.lstat(path.join(gomodcache, ...file.split('/')));
    stamps[file] = { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
  }
  return stamps;
}

/**
 * The listed files still as they were proven (main step) when the save runs (post step, perhaps
 * after other steps of the job): a file changed or replaced since, or no longer a regular file,
 * takes its whole module version out (`cache/download/<esc>/@v/<v>.*`).
 */
export async function unchangedFiles(
  gomodcache: string,
  stamps: Readonly<Record<string, FileStamp>>,
): Promise<{ files: string[]; changed: string[] }> {
  const changed: string[] = [];
  for (const [file, stamp] of Object.entries(stamps)) {
    const st = await fs.lstat(path.join(gomodcache, ...file.split('/'))).catch(() => undefined);
    if (!st?.isFile() || st.size !== stamp.size || st.mtimeMs !== stamp.mtimeMs || st.ino !== stamp.ino)
      changed.push(file);
  }
  const versionOf = (file: string): string => file.replace(/\.(info|mod|zip|ziphash)$/, '');
  const dropped = new Set(changed.map(versionOf));
  const files = Object.keys(stamps).filter((f) => !dropped.has(versionOf(f)));
  return { files: files.sort(), changed };
}

/** Bytes of the listed files. */
export async function sizeOf(gomodcache: string, files: readonly string[]): Promise<number> {
  let bytes = 0;
  for (const file of files) bytes += (await fs.lstat(path.join(gomodcache, ...file.split('/')))).size;
  return bytes;
}

/**
 * A staging copy of the listed files under `root` with the same relative layout, for a backend
 * that archives whole directories (@actions/cache saves paths, not file lists). Hard links where
 * possible (no bytes copied), copies where the file system refuses or the file already has other
 * links (tar would store a second name of one inode as a hard-link member, which restores refuse).
 */
export async function stageFiles(gomodcache: string, files: readonly string[], root: string): Promise<void> {
  await fs.rm(root, { recursive: true, force: true });
  for (const file of files) {
    const from = path.join(gomodcache, ...file.split('/'));
    const to = path.join(root, ...file.split('/'));
    await fs.mkdir(path.dirname(to), { recursive: true });
    const st = await fs.lstat(from);
    if (st.nlink === 1) {
      try {
        await fs.link(from, to);
        continue;
      } catch {
        // another file system, or links not allowed: copy
      }
    }
    await fs.copyFile(from, to);
  }
}
