import { lstat, open, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { openZipFile } from '../go/zip-reader.js';
import {
  MAX_LICENSE_FILE_BYTES,
  selectLicenseFiles,
  type LicenseFileCandidate,
} from './license-file-names.js';

export {
  isLicenseFileName,
  isOtherLicenseFileName,
  LICENSE_FILE_NAMES,
  MAX_LICENSE_FILE_BYTES,
} from './license-file-names.js';

/** A license file of a module: its text, or why it was not read. */
export interface FoundLicenseFile extends LicenseFileCandidate {
  readonly text: string | undefined;
  readonly problem: string | undefined;
}

/** Root README names read for a choice between the root's license files ("at your option"). */
const README = /^readme(?:\.(?:md|markdown|txt|rst))?$/i;

/** A module's license files and its root README (only its text is kept, for choice phrases). */
export interface ModuleLicenseFiles {
  readonly files: FoundLicenseFile[];
  readonly readme: string | undefined;
}

/**
 * Finds the license files of a module tree. Root files decide the module; files in
 * subdirectories apply to the packages below them (pkg.go.dev's internal/licenses
 * Detector.PackageInfo). Symlinks are not followed (not in a module zip either). `rootOnly` reads
 * the root alone (the main module: not gated, and its tree may hold anything, node_modules too).
 */
export async function findLicenseFiles(
  root: string,
  options: { readonly rootOnly?: boolean } = {},
): Promise<FoundLicenseFile[]> {
  return (await readTreeLicenses(root, options)).files;
}

export async function readTreeLicenses(
  root: string,
  options: { readonly rootOnly?: boolean } = {},
): Promise<ModuleLicenseFiles> {
  const paths: string[] = [];
  await listTree(root, '', paths, options.rootOnly === true);
  const read = async (rel: string): Promise<{ text?: string; problem?: string }> => {
    const file = path.join(root, ...rel.split('/'));
    const { size } = await lstat(file);
    if (size > MAX_LICENSE_FILE_BYTES) return { problem: tooLarge(size) };
    return { text: await readFile(file, 'utf8') };
  };
  return collect(paths, options, read);
}

/**
 * The same from a module zip ($GOMODCACHE/cache/download/<esc>/@v/<v>.zip), for a module that
 * was downloaded but not extracted. Entries are `<module>@<version>/<path>`; the prefix goes.
 */
export async function readZipLicenses(
  zipFile: string,
  prefix: string,
  options: { readonly rootOnly?: boolean } = {},
): Promise<ModuleLicenseFiles> {
  // Read in place: only the directory and the license files, never the whole zip.
  const handle = await open(zipFile, 'r');
  try {
    const zip = await openZipFile(handle);
    const entries = new Map(
      zip.entries
        .filter((entry) => entry.name.startsWith(prefix) && !entry.name.endsWith('/'))
        .map((entry) => [entry.name.slice(prefix.length), entry]),
    );
    const read = async (rel: string): Promise<{ text?: string; problem?: string }> => {
      const entry = entries.get(rel)!;
      if (entry.size > MAX_LICENSE_FILE_BYTES) return { problem: tooLarge(entry.size) };
      return { text: (await zip.read(entry)).toString('utf8') };
    };
    return await collect([...entries.keys()], options, read);
  } finally {
    await handle.close();
  }
}

async function collect(
  paths: readonly string[],
  options: { readonly rootOnly?: boolean },
  read: (rel: string) => Promise<{ text?: string; problem?: string }>,
): Promise<ModuleLicenseFiles> {
  const files: FoundLicenseFile[] = [];
  for (const candidate of selectLicenseFiles(paths, options)) {
    const { text, problem } = await read(candidate.path);
    files.push({ ...candidate, text, problem });
  }
  const readmePath = paths.filter((p) => !p.includes('/') && README.test(p)).sort()[0];
  const readme = readmePath === undefined ? undefined : (await read(readmePath)).text;
  return { files, readme };
}

function tooLarge(size: number): string {
  return `larger than 16 MiB (${size} bytes), not read`;
}

/** Lists a tree's files (slash paths), not descending where no license or package can be. */
async function listTree(root: string, rel: string, out: string[], rootOnly: boolean): Promise<void> {
  const dir = rel === '' ? root : path.join(root, ...rel.split('/'));
  const entries = await readdir(dir, { withFileTypes: true });
  if (rel !== '' && entries.some((entry) => entry.isFile() && entry.name === 'go.mod')) return;
  for (const entry of entries) {
    const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDirectory()) {
      if (rootOnly) continue;
      if (entry.name === 'vendor' || entry.name === 'testdata' || entry.name.startsWith('.')) continue;
      await listTree(root, child, out, rootOnly);
    } else if (entry.isFile()) {
      out.push(child);
    }
  }
}
