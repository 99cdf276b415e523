/**
 * Module paths and versions as Go checks and case-encodes them in GOPROXY URLs and module cache
 * paths (golang.org/x/mod/module), and the parser of the request paths `go` sends to a proxy.
 */

/** The kind of a GOPROXY request. */
export type RequestKind = 'list' | 'info' | 'mod' | 'zip' | 'latest' | 'sumdb';

/** A parsed GOPROXY request path. `module` and `version` are case-decoded. */
export type ProxyRequest =
  | { readonly kind: 'list' | 'latest'; readonly module: string }
  | { readonly kind: 'info' | 'mod' | 'zip'; readonly module: string; readonly version: string }
  | { readonly kind: 'sumdb'; readonly db: string; readonly rest: string };

// x/mod module.firstPathOK: the first element is an LDH domain name, all lower case.
const FIRST_PATH_OK = /^[-.0-9a-z]$/;
// x/mod module.pathOK: ASCII letters, digits and + - . _ ~.
const PATH_OK = /^[-+._~0-9A-Za-z]$/;
// x/mod module.fileNameOK: pathOK plus !#$%&()+,-.=@[]^_{}~ and space, and any Unicode letter.
const FILE_NAME_OK = /^(?:[-0-9A-Za-z!#$%&()+,.=@[\]^_{}~ ]|\p{L})$/u;
// x/mod module.badWindowsNames, compared case-insensitively with the element up to its first dot.
const BAD_WINDOWS_NAMES = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/** x/mod module.checkElem: why one path element (or, with fileName, a file name) is invalid. */
function checkElem(elem: string, fileName: boolean): string | undefined {
  if (elem === '') return 'empty path element';
  if (/^\.+$/.test(elem)) return `invalid path element "${elem}"`;
  if (elem.startsWith('.') && !fileName) return 'leading dot in path element';
  if (elem.endsWith('.')) return 'trailing dot in path element';
  const charOK = fileName ? FILE_NAME_OK : PATH_OK;
  for (const r of elem) if (!charOK.test(r)) return `invalid char ${JSON.stringify(r)}`;
  const short = elem.split('.')[0];
  if (BAD_WINDOWS_NAMES.test(short)) return `"${short}" disallowed as path element component on Windows`;
  return undefined;
}

// A JS string is UTF-16: what Go calls invalid UTF-8 arrives here as a lone surrogate.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** x/mod module.checkPath: the rules module, import and file paths share. */
function checkPath(path: string, fileName: boolean): string | undefined {
  if (LONE_SURROGATE.test(path)) return 'invalid UTF-8';
  if (path === '') return 'empty string';
  if (path.startsWith('-')) return 'leading dash';
  if (path.includes('//')) return 'double slash';
  if (path.endsWith('/')) return 'trailing slash';
  for (const elem of path.split('/')) {
    const problem = checkElem(elem, fileName);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * The prefix and the major version suffix (`/v2`, or `.v3` for gopkg.in) of a module path, or
 * undefined when the suffix is malformed (`/v1`, `/v0`, `/v2.0`). Mirrors x/mod module.SplitPathVersion.
 */
export function splitPathVersion(path: string): { prefix: string; pathMajor: string } | undefined {
  if (path.startsWith('gopkg.in/')) return splitGopkgIn(path);
  let i = path.length;
  let dot = false;
  while (i > 0 && /[0-9.]/.test(path[i - 1])) {
    if (path[i - 1] === '.') dot = true;
    i--;
  }
  if (i <= 1 || i === path.length || path[i - 1] !== 'v' || path[i - 2] !== '/')
    return { prefix: path, pathMajor: '' };
  const prefix = path.slice(0, i - 2);
  const pathMajor = path.slice(i - 2);
  if (dot || pathMajor.length <= 2 || pathMajor[2] === '0' || pathMajor === '/v1') return undefined;
  return { prefix, pathMajor };
}

// x/mod module.splitGopkgIn: every gopkg.in path ends in .vN (optionally -unstable).
function splitGopkgIn(path: string): { prefix: string; pathMajor: string } | undefined {
  let i = path.length;
  if (path.endsWith('-unstable')) i -= '-unstable'.length;
  while (i > 0 && /[0-9]/.test(path[i - 1])) i--;
  if (i <= 1 || path[i - 1] !== 'v' || path[i - 2] !== '.') return undefined;
  const prefix = path.slice(0, i - 2);
  const pathMajor = path.slice(i - 2);
  if (pathMajor.length <= 2 || (pathMajor[2] === '0' && pathMajor !== '.v0')) return undefined;
  return { prefix, pathMajor };
}

/** Why `path` is not a valid module path, or undefined when it is (x/mod module.CheckPath). */
export function modulePathProblem(path: string): string | undefined {
  const problem = checkPath(path, false);
  if (problem) return problem;
  const first = path.split('/')[0];
  if (first === '') return 'leading slash';
  if (!first.includes('.')) return 'missing dot in first path element';
  if (path.startsWith('-')) return 'leading dash in first path element';
  for (const r of first)
    if (!FIRST_PATH_OK.test(r)) return `invalid char ${JSON.stringify(r)} in first path element`;
  if (!splitPathVersion(path)) return 'invalid version';
  return undefined;
}

/** Why `path` is not a valid import path (x/mod module.CheckImportPath). */
export function importPathProblem(path: string): string | undefined {
  return checkPath(path, false);
}

/** Why `path` is not a valid file path inside a module (x/mod module.CheckFilePath). */
export function filePathProblem(path: string): string | undefined {
  return checkPath(path, true);
}

/** Why `version` cannot be a version in a URL or a file name (x/mod EscapeVersion's checks). */
export function versionProblem(version: string): string | undefined {
  const problem = checkElem(version, true);
  if (problem) return problem;
  return version.includes('!') ? 'contains "!"' : undefined;
}

// x/mod module.escapeString: 'A' → '!a'; '!' and non-ASCII cannot be escaped.
function escapeString(s: string): string | undefined {
  if (/[!\u0080-\uffff]/.test(s)) return undefined;
  return s.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}

// x/mod module.unescapeString: '!' must precede a-z; upper-case and non-ASCII are invalid.
function unescapeString(escaped: string): string | undefined {
  if (/[A-Z\u0080-\uffff]/.test(escaped) || /![^a-z]|!$/.test(escaped)) return undefined;
  return escaped.replace(/!([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** The case-encoded form of a module path (x/mod module.EscapePath). Throws on an invalid path. */
export function escapeModulePath(path: string): string {
  const problem = modulePathProblem(path);
  const escaped = problem ? undefined : escapeString(path);
  if (escaped === undefined)
    throw new Error(`malformed module path ${JSON.stringify(path)}: ${problem ?? 'invalid char'}`);
  return escaped;
}

/** The module path of a case-encoded one (x/mod module.UnescapePath); undefined when invalid. */
export function unescapeModulePath(escaped: string): string | undefined {
  const path = unescapeString(escaped);
  return path !== undefined && modulePathProblem(path) === undefined ? path : undefined;
}

/**
 * The case-encoded form of a version (x/mod module.EscapeVersion: any valid file name without
 * `!`, so `+incompatible`, `+meta`, `~` and `_` pass). Throws on an invalid version.
 */
export function escapeVersion(version: string): string {
  const problem = versionProblem(version);
  const escaped = problem ? undefined : escapeString(version);
  if (escaped === undefined) throw new Error(`disallowed version string ${JSON.stringify(version)}`);
  return escaped;
}

/** The version of a case-encoded one (x/mod module.UnescapeVersion); undefined when invalid. */
export function unescapeVersion(escaped: string): string | undefined {
  const version = unescapeString(escaped);
  return version !== undefined && checkElem(version, true) === undefined ? version : undefined;
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

/**
 * The request path for a module request: case-encoded, and percent-encoded only where a URL path
 * needs it (a version may hold `#`, `%`, `[`, space…: valid file names, not valid in a URL).
 */
export function proxyRequestPath(request: ProxyRequest): string {
  return encodeURI(plainRequestPath(request)).replace(/[#?]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
}

function plainRequestPath(request: ProxyRequest): string {
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
