import fs from 'node:fs/promises';
import path from 'node:path';
import { unescapeModulePath, unescapeVersion } from '../module/module-escape.js';
import type { ModuleVersion } from './module-path.js';

/** One module version found under `cache/download/<esc>/@v/`. */
export interface DownloadedVersion extends ModuleVersion {
  /** `<GOMODCACHE>/cache/download/<esc>/@v` */
  readonly vDir: string;
  /** Names in vDir that belong to this version (`v1.0.0.zip`, `v1.0.0.mod`, temp files …). */
  readonly files: readonly string[];
}

/** One `@v` directory: a module path and what it holds. */
export interface DownloadedModule {
  readonly path: string;
  readonly vDir: string;
  readonly versions: readonly DownloadedVersion[];
  /** Names in vDir that belong to no version (`list`, `list.lock`). */
  readonly other: readonly string[];
}

/** An extracted module tree `<GOMODCACHE>/<esc>@<v>` (or its `.partial` marker file). */
export interface ExtractedTree extends ModuleVersion {
  readonly dir: string;
  /** `<dir>.partial` exists: `go` was interrupted while extracting. */
  readonly partial: boolean;
}

async function readDir(dir: string): Promise<import('node:fs').Dirent[]> {
  try {
    return await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

const VERSION_FILE = /^(.+)\.(info|mod|zip|ziphash|lock|partial)$/;
// Temp files from modfetch's writeDiskCache / downloadZip: os.CreateTemp(dir, base+"*.tmp").
const TEMP_FILE = /^(.+)\.(info|mod|zip|ziphash)\d*\.tmp$/;

/** Splits a `@v` directory's names by version (cmd/go/internal/modfetch/cache.go layout). */
function groupVersionFiles(names: string[]): { byVersion: Map<string, string[]>; other: string[] } {
  const byVersion = new Map<string, string[]>();
  const other: string[] = [];
  for (const name of names) {
    const match = TEMP_FILE.exec(name) ?? VERSION_FILE.exec(name);
    const version = match ? unescapeVersion(match[1]) : undefined;
    if (version === undefined || !version.startsWith('v')) {
      other.push(name);
      continue;
    }
    byVersion.set(version, [...(byVersion.get(version) ?? []), name]);
  }
  return { byVersion, other };
}

/**
 * Every module path with a `@v` directory under `<GOMODCACHE>/cache/download`, except the
 * checksum database's `sumdb/` tree. Paths that are not valid case encodings are skipped.
 */
export async function scanDownloadCache(gomodcache: string): Promise<DownloadedModule[]> {
  const root = path.join(gomodcache, 'cache', 'download');
  const found: DownloadedModule[] = [];
  const walk = async (dir: string, rel: string[]): Promise<void> => {
    for (const entry of await readDir(dir)) {
      if (!entry.isDirectory()) continue;
      const child = path.join(dir, entry.name);
      if (entry.name === '@v') {
        const modulePath = unescapeModulePath(rel.join('/'));
        if (modulePath === undefined || rel.length === 0) continue;
        const names = (await readDir(child)).filter((e) => e.isFile()).map((e) => e.name);
        const { byVersion, other } = groupVersionFiles(names);
        found.push({
          path: modulePath,
          vDir: child,
          other,
          versions: [...byVersion].map(([version, files]) => ({
            path: modulePath,
            version,
            vDir: child,
            files,
          })),
        });
      } else if (!(rel.length === 0 && entry.name === 'sumdb')) {
        await walk(child, [...rel, entry.name]);
      }
    }
  };
  await walk(root, []);
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Every extracted module tree under GOMODCACHE (everything but `cache/`). */
export async function scanExtractedTrees(gomodcache: string): Promise<ExtractedTree[]> {
  const found = new Map<string, ExtractedTree>();
  const walk = async (dir: string, rel: string[]): Promise<void> => {
    for (const entry of await readDir(dir)) {
      if (rel.length === 0 && entry.name === 'cache') continue;
      const at = entry.name.lastIndexOf('@');
      if (at < 0) {
        if (entry.isDirectory()) await walk(path.join(dir, entry.name), [...rel, entry.name]);
        continue;
      }
      const partial = entry.isFile() && entry.name.endsWith('.partial');
      if (!entry.isDirectory() && !partial) continue;
      const escVersion = entry.name.slice(at + 1, partial ? -'.partial'.length : undefined);
      const modulePath = unescapeModulePath([...rel, entry.name.slice(0, at)].join('/'));
      const version = unescapeVersion(escVersion);
      if (modulePath === undefined || version === undefined) continue;
      const treeDir = path.join(dir, entry.name.slice(0, partial ? -'.partial'.length : undefined));
      const key = `${modulePath}@${version}`;
      const before = found.get(key);
      found.set(key, {
        path: modulePath,
        version,
        dir: treeDir,
        partial: partial || (before?.partial ?? false),
      });
    }
  };
  await walk(gomodcache, []);
  return [...found.values()];
}
