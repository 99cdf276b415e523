import { escapeModulePath, escapeVersion } from '../module/module-escape.js';
import type { ModuleVersion } from '../module/module-path.js';

/** An upstream proxy as the SBOM may name it: its base URL with no userinfo. */
interface PublicUpstream {
  readonly base: string;
  /** The URL as given carried userinfo: fetching from it takes credentials. */
  readonly credentialed: boolean;
}

/**
 * Where each upstream's module zips are, by the name the relay gives it (host[:port][/path], as in
 * src/goproxy/upstream.ts). Only http(s) URLs without a query; userinfo is dropped, never written.
 */
export function publicUpstreams(urls: readonly string[]): ReadonlyMap<string, PublicUpstream> {
  const byName = new Map<string, PublicUpstream>();
  for (const text of urls) {
    let url: URL;
    try {
      url = new URL(text.trim());
    } catch {
      continue;
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) continue;
    const credentialed = url.username !== '' || url.password !== '';
    url.username = '';
    url.password = '';
    const path = url.pathname.replace(/\/+$/, '');
    const name = `${url.host}${path}`;
    if (!byName.has(name)) byName.set(name, { base: `${url.origin}${path}`, credentialed });
  }
  return byName;
}

/**
 * The SPDX downloadLocation of a module: the zip URL of the proxy whose bytes were verified
 * (`<base>/<escaped path>/@v/<escaped version>.zip`, the GOPROXY protocol). NOASSERTION when the
 * module did not come from a named proxy, or when it is private and the proxy takes credentials:
 * a URL that cannot be fetched without a secret tells the reader nothing it can check.
 */
export function downloadLocation(
  module: ModuleVersion,
  upstream: string | undefined,
  options: { upstreams: ReadonlyMap<string, PublicUpstream>; private: boolean },
): string {
  const found = upstream === undefined ? undefined : options.upstreams.get(upstream);
  if (!found || (options.private && found.credentialed) || module.version === '') return 'NOASSERTION';
  return `${found.base}/${escapeModulePath(module.path)}/@v/${escapeVersion(module.version)}.zip`;
}
