import { scanDownloadCache } from '../cache/scan.js';
import { effectiveModule, type BuildListModule } from '../go/build-list.js';
import type { Route } from '../report/model.js';

/** The module versions whose zip is in the module cache now: those `go` will not fetch. */
export async function zipsInCache(gomodcache: string): Promise<Set<string>> {
  const present = new Set<string>();
  for (const module of await scanDownloadCache(gomodcache)) {
    for (const version of module.versions) {
      if (version.files.includes(`${version.version}.zip`)) present.add(`${module.path}@${version.version}`);
    }
  }
  return present;
}

/**
 * How a module's files arrived: the cache it was already in, the upstream the relay used, a
 * local directory, or direct (a VCS fetch by `go`: GONOPROXY, or the `|direct` fallback).
 */
export function routeFor(
  module: BuildListModule,
  inCacheBefore: ReadonlySet<string>,
  relayRoute: (path: string, version: string) => string | undefined,
): Route | undefined {
  if (module.main) return undefined;
  if (module.replace?.kind === 'local') return { kind: 'local' };
  const fetched = effectiveModule(module);
  if (!fetched || module.dir === undefined) return undefined;
  if (inCacheBefore.has(`${fetched.path}@${fetched.version}`)) return { kind: 'cache' };
  const upstream = relayRoute(fetched.path, fetched.version);
  return upstream ? { kind: 'proxy', host: upstream } : { kind: 'direct' };
}
