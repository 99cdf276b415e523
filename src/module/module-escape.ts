/**
 * Case encoding of module paths and versions in GOPROXY URLs and module cache paths, and the
 * parser of the request paths `go` sends to a proxy.
 */

/** The kind of a GOPROXY request. */
export type RequestKind = 'list' | 'info' | 'mod' | 'zip' | 'latest' | 'sumdb';

/** A parsed GOPROXY request path. `module` and `version` are case-decoded. */
export type ProxyRequest =
  | { readonly kind: 'list' | 'latest'; readonly module: string }
  | { readonly kind: 'info' | 'mod' | 'zip'; readonly module: string; readonly version: string }
  | { readonly kind: 'sumdb'; readonly db: string; readonly rest: string };

// golang.org/x/mod/module escapeString: 'A' → '!a'; '!' and non-ASCII cannot be escaped.
function escapeString(s: string): string | undefined {
  if (/[!\u0080-\uffff]/.test(s)) return undefined;
  return s.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}

// golang.org/x/mod/module unescapeString: '!' must precede a-z; upper-case and non-ASCII are invalid.
function unescapeString(escaped: string): string | undefined {
  if (/[A-Z\u0080-\uffff]/.test(escaped) || /![^a-z]|!$/.test(escaped)) return undefined;
  return escaped.replace(/!([a-z])/g, (_, c: string) => c.toUpperCase());
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

// golang.org/x/mod/module checkElem (modulePath kind).
function elementProblem(elem: string): string | undefined {
  if (elem === '') return 'empty path element';
  if (/^\.+$/.test(elem)) return `invalid path element "${elem}"`;
  if (elem.startsWith('.')) return 'leading dot in path element';
  if (elem.endsWith('.')) return 'trailing dot in path element';
  if (!/^[A-Za-z0-9._~-]+$/.test(elem)) return `invalid char in path element "${elem}"`;
  const short = elem.split('.')[0];
  if (WINDOWS_RESERVED.test(short)) return `"${short}" disallowed as path element component on Windows`;
  return undefined;
}

/**
 * Why `path` is not a valid module path, or undefined when it is.
 * Mirrors golang.org/x/mod/module CheckPath (without the gopkg.in and /vN suffix rules).
 */
export function modulePathProblem(path: string): string | undefined {
  if (path === '') return 'empty string';
  if (path.startsWith('/') || path.endsWith('/')) return 'leading or trailing slash';
  const elems = path.split('/');
  for (const elem of elems) {
    const problem = elementProblem(elem);
    if (problem) return problem;
  }
  const first = elems[0];
  if (!first.includes('.')) return 'missing dot in first path element';
  if (first.startsWith('-')) return 'leading dash in first path element';
  if (!/^[a-z0-9.-]+$/.test(first)) return `invalid char in first path element "${first}"`;
  return undefined;
}

/** The case-encoded form of a module path (x/mod module.EscapePath). Throws on an invalid path. */
export function escapeModulePath(path: string): string {
  const problem = modulePathProblem(path);
  const escaped = problem ? undefined : escapeString(path);
  if (escaped === undefined) throw new Error(`malformed module path "${path}": ${problem ?? 'invalid char'}`);
  return escaped;
}

/** The module path of a case-encoded one (x/mod module.UnescapePath); undefined when invalid. */
export function unescapeModulePath(escaped: string): string | undefined {
  const path = unescapeString(escaped);
  return path !== undefined && modulePathProblem(path) === undefined ? path : undefined;
}

/** The case-encoded form of a version (x/mod module.EscapeVersion). Throws on an invalid version. */
export function escapeVersion(version: string): string {
  const escaped = version.includes('/') || elementProblem(version) ? undefined : escapeString(version);
  if (escaped === undefined) throw new Error(`invalid version "${version}"`);
  return escaped;
}

/** The version of a case-encoded one (x/mod module.UnescapeVersion); undefined when invalid. */
export function unescapeVersion(escaped: string): string | undefined {
  const version = unescapeString(escaped);
  return version !== undefined && !version.includes('/') && elementProblem(version) === undefined
    ? version
    : undefined;
}

/**
 * Parses the path of a GOPROXY request (`/<esc>/@v/list`, `/<esc>/@v/<v>.info|.mod|.zip`,
 * `/<esc>/@latest`, `/sumdb/<name>/…`). The path may still be percent-encoded (`%21`).
 * Returns undefined for anything else.
 */
export function parseProxyRequest(urlPath: string): ProxyRequest | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return undefined;
  }
  if (!path.startsWith('/') || path.includes('\\')) return undefined;
  path = path.slice(1);
  const sumdb = /^sumdb\/([^/]+)\/(.+)$/.exec(path);
  if (sumdb) {
    if (sumdb[2].split('/').some((e) => e === '..' || e === '.' || e === '')) return undefined;
    return { kind: 'sumdb', db: sumdb[1], rest: sumdb[2] };
  }
  if (path.endsWith('/@latest')) {
    const module = unescapeModulePath(path.slice(0, -'/@latest'.length));
    return module === undefined ? undefined : { kind: 'latest', module };
  }
  const at = path.lastIndexOf('/@v/');
  if (at < 0) return undefined;
  const module = unescapeModulePath(path.slice(0, at));
  if (module === undefined) return undefined;
  const file = path.slice(at + '/@v/'.length);
  if (file === 'list') return { kind: 'list', module };
  const m = /^(.+)\.(info|mod|zip)$/.exec(file);
  const version = m ? unescapeVersion(m[1]) : undefined;
  if (!m || version === undefined) return undefined;
  return { kind: m[2] as 'info' | 'mod' | 'zip', module, version };
}

/** The request path (case-encoded, not percent-encoded) for a module request. */
export function proxyRequestPath(request: ProxyRequest): string {
  switch (request.kind) {
    case 'sumdb':
      return `/sumdb/${request.db}/${request.rest}`;
    case 'list':
      return `/${escapeModulePath(request.module)}/@v/list`;
    case 'latest':
      return `/${escapeModulePath(request.module)}/@latest`;
    default:
      return `/${escapeModulePath(request.module)}/@v/${escapeVersion(request.version)}.${request.kind}`;
  }
}
