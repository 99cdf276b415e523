/** One module of `go list -m -json all` (cmd/go/internal/modinfo ModulePublic). */
export interface GoModule {
  readonly Path: string;
  readonly Version?: string;
  readonly Replace?: GoModule;
  readonly Time?: string;
  readonly Main?: boolean;
  readonly Indirect?: boolean;
  readonly Dir?: string;
  readonly GoMod?: string;
  readonly GoVersion?: string;
  readonly Retracted?: string[];
  readonly Deprecated?: string;
  readonly Sum?: string;
  readonly GoModSum?: string;
  readonly Error?: { readonly Err: string };
}

/** A module of the build list as the rest of the pipeline sees it. */
export interface BuildListModule {
  readonly path: string;
  /** Empty for main modules. */
  readonly version: string;
  readonly main: boolean;
  readonly indirect: boolean;
  /** Where its files are on disk (the replacement's for a replaced module); undefined if not downloaded. */
  readonly dir: string | undefined;
  readonly goMod: string | undefined;
  /** A module replacement (`=> other v1.2.3`) or a local-path replacement (`=> ../dir`). */
  readonly replace:
    | { readonly kind: 'module'; readonly path: string; readonly version: string }
    | {
        readonly kind: 'local';
        /** As written in go.mod (`./local`); the absolute path is `dir`. */ readonly dir: string;
      }
    | undefined;
  readonly error: string | undefined;
}

/** The module whose content is fetched and checked: the replacement for a module replace, else itself. */
export function effectiveModule(module: BuildListModule): { path: string; version: string } | undefined {
  if (module.main || module.replace?.kind === 'local') return undefined;
  if (module.replace?.kind === 'module')
    return { path: module.replace.path, version: module.replace.version };
  return { path: module.path, version: module.version };
}

export function toBuildListModule(raw: GoModule): BuildListModule {
  const replace: BuildListModule['replace'] =
    raw.Replace === undefined
      ? undefined
      : raw.Replace.Version
        ? { kind: 'module', path: raw.Replace.Path, version: raw.Replace.Version }
        : { kind: 'local', dir: raw.Replace.Path };
  return {
    path: raw.Path,
    version: raw.Version ?? '',
    main: raw.Main === true,
    indirect: raw.Indirect === true,
    dir: raw.Replace?.Dir ?? raw.Dir,
    goMod: raw.Replace?.GoMod ?? raw.GoMod,
    replace,
    error: raw.Error?.Err,
  };
}
