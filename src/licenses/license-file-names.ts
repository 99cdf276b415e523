/**
 * Which files of a module are license files, decided on slash-separated paths alone, so that a
 * directory tree and a module zip give the same answer (pkg.go.dev internal/licenses).
 */

/** pkg.go.dev's license file names (internal/licenses), matched case-insensitively. */
export const LICENSE_FILE_NAMES: readonly string[] = [
  'COPYING',
  'COPYING.md',
  'COPYING.markdown',
  'COPYING.txt',
  'LICENCE',
  'LICENCE.md',
  'LICENCE.markdown',
  'LICENCE.txt',
  'LICENSE',
  'LICENSE.md',
  'LICENSE.markdown',
  'LICENSE.txt',
  'LICENSE-2.0.txt',
  'LICENCE-2.0.txt',
  'LICENSE-APACHE',
  'LICENCE-APACHE',
  'LICENSE-APACHE-2.0.txt',
  'LICENCE-APACHE-2.0.txt',
  'LICENSE-MIT',
  'LICENCE-MIT',
  'LICENSE.MIT',
  'LICENCE.MIT',
  'LICENSE.code',
  'LICENCE.code',
  'LICENSE.docs',
  'LICENCE.docs',
  'LICENSE.rst',
  'LICENCE.rst',
  'MIT-LICENSE',
  'MIT-LICENCE',
  'MIT-LICENSE.md',
  'MIT-LICENCE.md',
  'MIT-LICENSE.markdown',
  'MIT-LICENCE.markdown',
  'MIT-LICENSE.txt',
  'MIT-LICENCE.txt',
  'MIT_LICENSE',
  'MIT_LICENCE',
  'UNLICENSE',
  'UNLICENCE',
];

const NAMES = new Set(LICENSE_FILE_NAMES.map((name) => name.toLowerCase()));

/** The module zip limit for a LICENSE file (cmd/go/internal/modfetch, x/mod/zip). */
export const MAX_LICENSE_FILE_BYTES = 16 << 20;

export function isLicenseFileName(name: string): boolean {
  return NAMES.has(name.toLowerCase());
}

// Other names real modules give licenses of code they copied: LICENSE_list, LICENSE.BSD,
// LICENSE-BSD, COPYING.LIB, BSD-LICENSE, LICENSE-THIRD-PARTY.txt. Source and data files are not.
const OTHER_NAME =
  /^(?:(?:un)?licen[cs]e|copying|copyright)(?:[-._][a-z0-9][a-z0-9._-]*)?$|^[a-z0-9][a-z0-9.-]*[-_.](?:licen[cs]e|copying)(?:\.(?:txt|md|markdown|rst))?$/i;
const NOT_TEXT =
  /\.(?:go|s|c|h|mod|sum|json|ya?ml|toml|html?|xml|tmpl|tpl|js|ts|py|sh|png|svg|jpe?g|gif|pdf|proto|bzl|bazel)$/i;

// At the module root, any name that starts like one (LICENSE_BSD-2.txt, Licence2, COPYING3,
// UNLICENSE.txt, license (1).md), in any case with any suffix.
const ROOT_NAME = /^(?:un)?licen[cs]e|^copying/i;

/** A name outside pkg.go.dev's list that still names a license file; it counts if its text is one. */
export function isOtherLicenseFileName(name: string, atRoot = false): boolean {
  return (
    !isLicenseFileName(name) &&
    (OTHER_NAME.test(name) || (atRoot && ROOT_NAME.test(name))) &&
    !NOT_TEXT.test(name)
  );
}

/** A license file chosen from a module's paths. */
export interface LicenseFileCandidate {
  /** Slash-separated path from the module root. */
  readonly path: string;
  /** Its directory, '' for the root. */
  readonly dir: string;
  /** Go code (a non-test .go file) is in `dir` or below it, or it is at the root. */
  readonly appliesToCode: boolean;
  /** One of pkg.go.dev's names; otherwise it counts only when its text is a license. */
  readonly standardName: boolean;
  /**
   * A REUSE sidecar (`gopher.png.license` beside `gopher.png`) licenses that one file only: not
   * counted for the code unless the file is Go code.
   */
  readonly reuseSubject?: string;
}

/**
 * What license file selection needs of a module's paths: every path that may name a license
 * file, a nested module's go.mod or a README (the rest are source files), the directories that
 * hold a non-test .go file, and whether a path is there (a REUSE sidecar's subject). A module
 * zip's directory gives it without a string for each of its files (zip-license-files.ts, whose
 * mayBeNamedBytes says which names may matter).
 */
export interface PathIndex {
  readonly named: readonly string[];
  readonly goDirs: Iterable<string>;
  has(path: string): boolean;
}

/** The index of a list of paths: every path counts as named. */
export function indexPaths(paths: readonly string[]): PathIndex {
  const goDirs = new Set<string>();
  for (const p of paths) if (p.endsWith('.go') && !p.endsWith('_test.go')) goDirs.add(dirname(p));
  let present: Set<string> | undefined;
  return { named: paths, goDirs, has: (p) => (present ??= new Set(paths)).has(p) };
}

/**
 * Picks the license files among a module's file paths. Skipped: vendor/ (other modules' code),
 * testdata/ and dot-directories (no packages), nested modules (a directory with its own go.mod:
 * not in the module's zip). `rootOnly` keeps root files alone (the main module).
 */
export function selectLicenseFiles(
  paths: readonly string[],
  options: { readonly rootOnly?: boolean } = {},
): LicenseFileCandidate[] {
  return selectIndexed(indexPaths(paths), options);
}

/** selectLicenseFiles on an index of the paths. */
export function selectIndexed(
  index: PathIndex,
  options: { readonly rootOnly?: boolean } = {},
): LicenseFileCandidate[] {
  const keptDirs = new Map<string, boolean>();
  const keptDir = (dir: string): boolean => {
    let kept = keptDirs.get(dir);
    if (kept === undefined) {
      kept =
        dir === '' ||
        !dir.split('/').some((part) => part === 'vendor' || part === 'testdata' || part.startsWith('.'));
      keptDirs.set(dir, kept);
    }
    return kept;
  };
  const kept = index.named.filter((p) => (options.rootOnly ? !p.includes('/') : keptDir(dirname(p))));
  const nested = new Set(
    kept.filter((p) => p.includes('/') && basename(p) === 'go.mod').map((p) => dirname(p)),
  );
  const inNested = (dir: string): boolean => {
    for (let d = dir; d !== ''; d = dirname(d)) if (nested.has(d)) return true;
    return false;
  };
  const codeDirs = new Set<string>();
  for (const goDir of index.goDirs) {
    if (!keptDir(goDir) || inNested(goDir)) continue;
    for (let d = goDir; ; d = dirname(d)) {
      if (codeDirs.has(d)) break;
      codeDirs.add(d);
      if (d === '') break;
    }
  }
  const found: LicenseFileCandidate[] = [];
  for (const p of kept) {
    const dir = dirname(p);
    if (inNested(dir)) continue;
    const name = basename(p);
    const standardName = isLicenseFileName(name);
    if (!standardName && !isOtherLicenseFileName(name, dir === '')) continue;
    const subject = /\.license$/i.test(name) ? p.slice(0, -'.license'.length) : undefined;
    if (subject !== undefined && index.has(subject) && !subject.endsWith('.go')) {
      found.push({ path: p, dir, appliesToCode: false, standardName, reuseSubject: basename(subject) });
      continue;
    }
    found.push({ path: p, dir, appliesToCode: dir === '' || codeDirs.has(dir), standardName });
  }
  return found.sort(
    (a, b) => depth(a.path) - depth(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

function dirname(p: string): string {
  const at = p.lastIndexOf('/');
  return at < 0 ? '' : p.slice(0, at);
}

function depth(p: string): number {
  return p.split('/').length;
}
