import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * What a cache entry holds. `download` (the default): `<GOMODCACHE>/cache/download` only —
 * zips, .mod, .info, .ziphash, `list` files and the checksum DB's `sumdb/` tiles and last verified
 * tree. `go` re-extracts trees from the zips without any network request, and the restored bytes
 * are about half (see bench/cache.bench.ts). `download+extracted`: the whole module cache except
 * `cache/vcs` (git clones from direct fetches), as setup-go caches it.
 */
export type CacheContent = 'download' | 'download+extracted';

/** The paths to save and restore for a content choice (absolute; `!` marks an exclusion). */
export function cachePaths(gomodcache: string, content: CacheContent = 'download'): string[] {
  const root = path.resolve(gomodcache);
  return content === 'download'
    ? [path.join(root, 'cache', 'download')]
    : [root, `!${path.join(root, 'cache', 'vcs')}`];
}

/** Bytes and files under the paths (exclusions honoured); missing paths count as empty. */
export async function measurePaths(paths: readonly string[]): Promise<{ bytes: number; files: number }> {
  const excluded = new Set(paths.filter((p) => p.startsWith('!')).map((p) => path.resolve(p.slice(1))));
  let bytes = 0;
  let files = 0;
  const walk = async (p: string): Promise<void> => {
    if (excluded.has(p)) return;
    let st;
    try {
      st = await fs.lstat(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const name of await fs.readdir(p)) await walk(path.join(p, name));
    } else {
      bytes += st.size;
      files++;
    }
  };
  for (const p of paths) if (!p.startsWith('!')) await walk(path.resolve(p));
  return { bytes, files };
}
