import { constants, type Stats } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import {
  indexPaths,
  MAX_LICENSE_FILE_BYTES,
  selectIndexed,
  type LicenseFileCandidate,
  type PathIndex,
} from './license-file-names.js';
import { openZipLicenseIndex } from './zip-license-files.js';

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

/**
 * A module's license files and its root README (only its text is kept, for choice phrases; read
 * only when the root has two license files or more).
 */
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
  options: TreeReadOptions = {},
): Promise<FoundLicenseFile[]> {
  return (await readTreeLicenses(root, options)).files;
}

export interface TreeReadOptions {
  readonly rootOnly?: boolean;
  /** What the module may still read; shared with its NOTICE files (src/notices). */
  readonly budget?: ReadBudget;
}

export async function readTreeLicenses(
  root: string,
  options: TreeReadOptions = {},
): Promise<ModuleLicenseFiles> {
  const paths: string[] = [];
  await listTree(root, '', paths, options.rootOnly === true);
  const budget = options.budget ?? new ReadBudget();
  return collect(indexPaths(paths), options, (rel) =>
    readModuleFile(path.join(root, ...rel.split('/')), budget),
  );
}

/** The most read from one module's files for licenses and notices, all files together. */
export const MAX_MODULE_READ_BYTES = 64 << 20;

/** What one module may still read (MAX_MODULE_READ_BYTES), charged by the bytes really read. */
export class ReadBudget {
  constructor(public left: number = MAX_MODULE_READ_BYTES) {}
}

/**
 * Reads one file of a module tree as Go's module zip would take it (x/mod zip.CreateFromDir keeps
 * regular files only): a symbolic link, device, fifo or socket is refused, never followed or
 * opened for reading (lstat first, then O_NOFOLLOW|O_NONBLOCK, then fstat on what was opened, so
 * a file swapped for a link between the two is refused too). At most 16 MiB per file and the
 * module's budget in all, counted in bytes read, not in the size the file claims.
 */
export async function readModuleFile(
  file: string,
  budget: ReadBudget,
): Promise<{ text?: string; problem?: string }> {
  let handle;
  try {
    const before = await lstat(file);
    if (!before.isFile()) return { problem: `${fileKind(before)}, not read` };
    handle = await open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === 'ELOOP' ? 'a symbolic link, not read' : `not readable (${code ?? 'error'})` };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { problem: `${fileKind(stats)}, not read` };
    if (stats.size > MAX_LICENSE_FILE_BYTES) return { problem: tooLarge(stats.size) };
    if (stats.size > budget.left) return { problem: overBudget() };
    const limit = Math.min(MAX_LICENSE_FILE_BYTES, budget.left);
    // One byte past the limit tells a file that grew since fstat.
    const buffer = Buffer.alloc(Math.min(limit + 1, stats.size + 1, 1 << 20));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) return { problem: total > MAX_LICENSE_FILE_BYTES ? tooLarge(total) : overBudget() };
      chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
    }
    budget.left -= total;
    return { text: Buffer.concat(chunks).toString('utf8') };
  } catch (error) {
    return { problem: `not readable (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    await handle.close();
  }
}

function fileKind(stats: Stats): string {
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a fifo';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function overBudget(): string {
  return `not read: the module's license and notice files pass ${MAX_MODULE_READ_BYTES >> 20} MiB in all`;
}

/**
 * The same from a module zip ($GOMODCACHE/cache/download/<esc>/@v/<v>.zip), for a module that
 * was downloaded but not extracted. Entries are `<module>@<version>/<path>`; the prefix goes.
 */
export async function readZipLicenses(
  zipFile: string,
  prefix: string,
  options: TreeReadOptions = {},
): Promise<ModuleLicenseFiles> {
  // Read in place: only the directory and the license files, never the whole zip.
  const zip = openZipLicenseIndex(zipFile, prefix);
  try {
    const budget = options.budget ?? new ReadBudget();
    const read = async (rel: string): Promise<{ text?: string; problem?: string }> => {
      const size = zip.size(rel);
      if (size > MAX_LICENSE_FILE_BYTES) return { problem: tooLarge(size) };
      if (size > budget.left) return { problem: overBudget() };
      const bytes = zip.read(rel);
      budget.left -= bytes.length;
      return { text: bytes.toString('utf8') };
    };
    return await collect(zip.index, options, read);
  } finally {
    zip.close();
  }
}

async function collect(
  index: PathIndex,
  options: { readonly rootOnly?: boolean },
  read: (rel: string) => Promise<{ text?: string; problem?: string }>,
): Promise<ModuleLicenseFiles> {
  const files: FoundLicenseFile[] = [];
  for (const candidate of selectIndexed(index, options)) {
    const { text, problem } = await read(candidate.path);
    files.push({ ...candidate, text, problem });
  }
  // The README only decides between root license files (moduleExpression): with fewer than two
  // there is nothing for it to decide, and it is not read.
  if (files.filter((file) => file.dir === '').length < 2) return { files, readme: undefined };
  const readmePath = index.named.filter((p) => !p.includes('/') && README.test(p)).sort()[0];
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
