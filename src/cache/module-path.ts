import path from 'node:path';

/** A module version as the cache stores it. */
export interface ModuleVersion {
  readonly path: string;
  readonly version: string;
}

/** Case encoding of module paths and versions in the cache: 'A' → '!a'. Mirrors x/mod module.EscapePath. */
export function escapeCasePath(text: string): string {
  return text.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}

/**
 * The inverse of escapeCasePath; undefined when the text is not a valid encoding (an upper-case
 * letter, or '!' not followed by a-z). Mirrors x/mod module.unescapeString.
 */
export function unescapeCasePath(text: string): string | undefined {
  if (/[A-Z]/.test(text) || /![^a-z]|!$/.test(text)) return undefined;
  return text.replace(/!([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** Files of one module version under `<GOMODCACHE>/cache/download/<esc>/@v/`, and its extracted tree. */
export interface ModuleCachePaths {
  /** `<GOMODCACHE>/cache/download/<esc>/@v` */
  readonly vDir: string;
  /** `<vDir>/<escaped version>` (append `.zip`, `.ziphash`, `.mod`, `.info`, `.lock`). */
  readonly base: string;
  /** `<GOMODCACHE>/<esc>@<escaped version>` (modfetch.DownloadDir). */
  readonly extracted: string;
}

/** Where `go` keeps a module version (cmd/go/internal/modfetch/cache.go CachePath, DownloadDir). */
export function moduleCachePaths(gomodcache: string, module: ModuleVersion): ModuleCachePaths {
  const escPath = escapeCasePath(module.path);
  const escVersion = escapeCasePath(module.version);
  const vDir = path.join(gomodcache, 'cache', 'download', ...escPath.split('/'), '@v');
  return {
    vDir,
    base: path.join(vDir, escVersion),
    extracted: path.join(gomodcache, ...`${escPath}@${escVersion}`.split('/')),
  };
}

/** `path@version`, for messages and keys. */
export function moduleId(module: ModuleVersion): string {
  return `${module.path}@${module.version}`;
}
