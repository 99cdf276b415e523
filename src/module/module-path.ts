import path from 'node:path';
import { escapeModulePath, escapeVersion } from './module-escape.js';

/** A module version as the cache stores it. */
export interface ModuleVersion {
  readonly path: string;
  readonly version: string;
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
  const escPath = escapeModulePath(module.path);
  const escVersion = escapeVersion(module.version);
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
