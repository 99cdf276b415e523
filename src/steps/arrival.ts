import { scanDownloadCache } from '../cache/scan.js';
import { effectiveModule, type BuildListModule } from '../go/build-list.js';
import { fileKey } from '../goproxy/prefetch.js';
import type { Arrival } from '../report/model.js';

/** The `.info`, `.mod` and `.zip` files in the module cache now (fileKey: `path@version.kind`). */
export async function moduleFilesInCache(gomodcache: string): Promise<Set<string>> {
  const present = new Set<string>();
  for (const module of await scanDownloadCache(gomodcache)) {
    for (const version of module.versions) {
      for (const kind of ['info', 'mod', 'zip'] as const) {
        if (version.files.includes(`${version.version}.${kind}`))
          present.add(fileKey({ kind, module: module.path, version: version.version }));
      }
    }
  }
  return present;
}

/** The module versions (`path@version`) whose zip is among the files: those `go` will not fetch. */
export function zipsAmong(files: ReadonlySet<string>): Set<string> {
  return new Set([...files].filter((key) => key.endsWith('.zip')).map((key) => key.slice(0, -'.zip'.length)));
}

/**
 * How a module's files arrived: the cache it was already in, the upstream the relay used, a
 * local directory, or direct (a VCS fetch by `go`: GONOPROXY, or the `|direct` fallback).
 */
export function arrivalOf(
  module: BuildListModule,
  inCacheBefore: ReadonlySet<string>,
  /** The upstream the relay's route served the module from (Relay.routeOf). */
  relayUpstream: (path: string, version: string) => string | undefined,
): Arrival | undefined {
  if (module.main) return undefined;
  if (module.replace?.kind === 'local') return { kind: 'local' };
  const fetched = effectiveModule(module);
  if (!fetched) return undefined;
  // Its zip was there before the run (an exact hit extracts no tree, so Dir may be empty).
  if (inCacheBefore.has(`${fetched.path}@${fetched.version}`)) return { kind: 'cache' };
  if (module.dir === undefined) return undefined;
  const upstream = relayUpstream(fetched.path, fetched.version);
  // 'direct' is the relay's own origin fetch (a child go), a direct route like go's own.
  return upstream && upstream !== 'direct' ? { kind: 'proxy', host: upstream } : { kind: 'direct' };
}
