import type { BuildListModule } from '../src/go/build-list.js';

/** A build-list module for unit tests: a plain dependency unless `extra` says otherwise. */
export function buildListModule<T extends BuildListModule = BuildListModule>(
  path: string,
  version: string,
  extra: Partial<T> = {},
): T {
  return {
    path,
    version,
    main: false,
    indirect: false,
    dir: undefined,
    goMod: undefined,
    replace: undefined,
    error: undefined,
    ...extra,
  } as T;
}
