import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

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

/** A license file of a module: its text, or why it was not read. */
export interface FoundLicenseFile {
  /** Slash-separated path from the module root, e.g. `LICENSE` or `third_party/x/LICENSE`. */
  readonly path: string;
  /** The directory it applies to (and every package below it); '' for the module root. */
  readonly dir: string;
  /**
   * A Go package is in `dir` or below it, so the file governs code a build compiles (always
   * true at the root). A license in `assets/` or `docs/` covers those files, not the module's code.
   */
  readonly appliesToCode: boolean;
  readonly text: string | undefined;
  readonly problem: string | undefined;
}

/**
 * Finds the license files of a module tree. Root files decide the module; files in
 * subdirectories apply to the packages below them (pkg.go.dev's internal/licenses
 * Detector.PackageInfo: a package's licenses are those of its directory and its parents). Skipped: vendor/ (other modules' code),
 * testdata/ and dot-directories (no packages), nested modules (their own go.mod; not in the
 * module's zip), symlinks (not in a module zip either). `rootOnly` reads the root alone (the main
 * module: not gated, and its tree may hold anything, node_modules included).
 */
export async function findLicenseFiles(
  root: string,
  options: { readonly rootOnly?: boolean } = {},
): Promise<FoundLicenseFile[]> {
  const found: FoundLicenseFile[] = [];
  await walk(root, '', found, options.rootOnly === true);
  return found.sort(
    (a, b) => depth(a.path) - depth(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}

/** Walks one directory; returns whether Go code (a non-test .go file) is in it or below. */
async function walk(
  root: string,
  rel: string,
  found: FoundLicenseFile[],
  rootOnly: boolean,
): Promise<boolean> {
  const dir = rel === '' ? root : path.join(root, ...rel.split('/'));
  const entries = await readdir(dir, { withFileTypes: true });
  if (rel !== '' && entries.some((entry) => entry.isFile() && entry.name === 'go.mod')) return false;
  const licenses: string[] = [];
  let hasCode = false;
  for (const entry of entries) {
    const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDirectory()) {
      if (rootOnly) continue;
      if (entry.name === 'vendor' || entry.name === 'testdata' || entry.name.startsWith('.')) continue;
      if (await walk(root, child, found, rootOnly)) hasCode = true;
    } else if (entry.isFile() && isLicenseFileName(entry.name)) {
      licenses.push(entry.name);
    } else if (entry.isFile() && entry.name.endsWith('.go') && !entry.name.endsWith('_test.go')) {
      hasCode = true;
    }
  }
  for (const name of licenses) {
    const child = rel === '' ? name : `${rel}/${name}`;
    found.push(await readLicenseFile(path.join(dir, name), child, rel, rel === '' || hasCode));
  }
  return hasCode;
}

async function readLicenseFile(
  file: string,
  rel: string,
  dir: string,
  appliesToCode: boolean,
): Promise<FoundLicenseFile> {
  const { size } = await lstat(file);
  if (size > MAX_LICENSE_FILE_BYTES) {
    return {
      path: rel,
      dir,
      appliesToCode,
      text: undefined,
      problem: `larger than 16 MiB (${size} bytes), not read`,
    };
  }
  return { path: rel, dir, appliesToCode, text: await readFile(file, 'utf8'), problem: undefined };
}

function depth(rel: string): number {
  return rel.split('/').length;
}
