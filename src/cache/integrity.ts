import { mapLimit } from '../concurrency.js';
import fs from 'node:fs/promises';
import { readIfExists } from '../files.js';
import path from 'node:path';
import { hash1OfDigests, hashGoMod, type FileDigest } from '../go/dirhash.js';
import { findGoSumLine, type GoSumLine } from '../go/go-sum.js';
import { DigestWorkerError } from '../go/zip-digest-pool.js';
import { digestZipFile } from '../go/zip-file-digest.js';
import { MAX_ZIP, ZipFormatError } from '../go/zip-reader.js';
import { moduleCachePaths, moduleId, type ModuleVersion } from './module-path.js';
import { scanDownloadCache, scanExtractedTrees } from './scan.js';
import { digestTree } from './tree-digest.js';

export { digestTree } from './tree-digest.js';

/** What differed for one file of a module version. */
export interface IntegrityProblem {
  readonly kind:
    | 'zip-differs-from-go-sum'
    | 'zip-differs-from-ziphash'
    | 'ziphash-missing'
    | 'zip-unreadable'
    | 'mod-differs-from-go-sum'
    | 'extracted-tree-modified'
    | 'extracted-tree-unreadable';
  /** The file or directory, relative to GOMODCACHE, `/`-separated. */
  readonly file: string;
  readonly expected?: string;
  readonly actual?: string;
  /** One line for people: what differed, e.g. the files of a tree that were changed. */
  readonly detail: string;
}

/** The verdict for one module version found in the cache. */
export interface ModuleIntegrity extends ModuleVersion {
  /**
   * verified: every hash present agrees with go.sum (and the .ziphash); unlisted: go.sum has no
   * line for it, so only self-consistency (.ziphash vs zip vs tree) was checked; polluted: something
   * differed and the version must be purged.
   */
  readonly status: 'verified' | 'unlisted' | 'polluted';
  readonly problems: readonly IntegrityProblem[];
  /** The cache holds this version's zip (not only its go.mod). */
  readonly zip: boolean;
}

export interface IntegrityResult {
  readonly modules: readonly ModuleIntegrity[];
  readonly polluted: readonly ModuleIntegrity[];
  readonly verified: number;
  readonly unlisted: number;
}

export interface IntegrityOptions {
  readonly gomodcache: string;
  /** Lines of go.sum and go.work.sum (parseGoSum). */
  readonly goSum: readonly GoSumLine[];
  /** Check only these module versions; by default every version found in the cache. */
  readonly modules?: readonly ModuleVersion[];
  /** Check extracted trees `<GOMODCACHE>/<esc>@<v>/` too (default true), as `go mod verify` does. */
  readonly extractedTrees?: boolean;
  /** Module versions checked at once (default 2; their zip bytes in memory are bounded by the window budget). */
  readonly concurrency?: number;
  /** The h1 of zips a restore just wrote, by name relative to GOMODCACHE (RestoredFiles). */
  readonly zipDigests?: ReadonlyMap<string, Promise<string | Error>>;
  /** The `h1:` of zips read as they landed and unchanged since (LandedZipDigests): not read again. */
  readonly zipHashes?: ReadonlyMap<string, string>;
  /** Told of each version as soon as it is checked (VerifiedLicenseReads reads its licenses). */
  readonly onChecked?: (checked: ModuleIntegrity) => void;
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await fs.stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/** `go mod verify`'s dir hash: dirhash.HashDir(dir, path@version, Hash1). */
export async function hashExtractedTree(dir: string, module: ModuleVersion): Promise<string> {
  return hash1OfDigests(await digestTree(dir, moduleId(module)));
}

/** Names that differ between the zip's files and the tree's, for the report (at most 5). */
function differingFiles(
  zipFiles: readonly FileDigest[] | undefined,
  treeFiles: readonly FileDigest[],
): string {
  if (!zipFiles) return 'the module zip is unreadable, so the changed files cannot be named';
  const zip = new Map(zipFiles.map((f) => [f.name, f.sha256]));
  const tree = new Map(treeFiles.map((f) => [f.name, f.sha256]));
  const changes: string[] = [];
  for (const [name, digest] of tree) {
    if (!zip.has(name)) changes.push(`added ${name}`);
    else if (zip.get(name) !== digest) changes.push(`changed ${name}`);
  }
  for (const name of zip.keys()) if (!tree.has(name)) changes.push(`removed ${name}`);
  changes.sort();
  if (changes.length === 0) return 'file modes or names differ from the zip';
  return changes.slice(0, 5).join(', ') + (changes.length > 5 ? `, and ${changes.length - 5} more` : '');
}

async function sizeIfExists(file: string): Promise<number | undefined> {
  try {
    return (await fs.stat(file)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Every zip is hashed in place, a window of entries at a time (digestZipFile), so the zip bytes in
 * memory are bounded by its window budget however many zips are checked at once. Zips under
 * 16 MiB used to be read whole: several whole zips waited for the digest workers outside that
 * budget, and the integrity check before a save set the run's peak RSS.
 */
async function readAndDigestZip(file: string, size: number, thisThread = false): Promise<FileDigest[]> {
  // Hostile until proven: a huge file is refused before it is read.
  if (size > MAX_ZIP) throw new ZipFormatError(`zip is larger than 500 MiB (${size} bytes)`);
  try {
    return await digestZipFile(file, { thisThread });
  } catch (error) {
    // A worker that died says nothing about the zip: read it again and hash it here.
    if (error instanceof DigestWorkerError && !thisThread) return readAndDigestZip(file, size, true);
    throw error;
  }
}

/** The h1 a restore computed; when its worker failed, the zip is read back and hashed here. */
async function restoredHash(hashed: string | Promise<string | Error>, file: string): Promise<string> {
  const h1 = await hashed;
  if (h1 instanceof DigestWorkerError)
    return hash1OfDigests(await readAndDigestZip(file, (await fs.stat(file)).size, true));
  if (h1 instanceof Error) throw h1;
  return h1;
}

/** What the checks of one module version found so far. */
interface Findings {
  readonly problems: IntegrityProblem[];
  /** The cache holds something of this version. */
  found: boolean;
  /** Some hash was compared with a go.sum line (else only self-consistency was checked). */
  againstGoSum: boolean;
}

/** The zip's h1 as computed, and its files' digests when it was read here (for naming a modified tree's files). */
interface ZipFacts {
  /** $GOMODCACHE/cache/download/<module>/@v/<version> */
  readonly base: string;
  readonly hasZip: boolean;
  readonly zipFiles?: readonly FileDigest[];
  readonly zipHash?: string;
  readonly ziphash?: string;
}

/** The zip's files' digests, read again when only its h1 was kept (undefined when unreadable). */
async function zipFilesOf(zip: ZipFacts): Promise<readonly FileDigest[] | undefined> {
  if (zip.zipFiles || !zip.hasZip) return zip.zipFiles;
  try {
    return await readAndDigestZip(`${zip.base}.zip`, (await fs.stat(`${zip.base}.zip`)).size);
  } catch {
    return undefined;
  }
}

/** The .mod's hash against go.sum's `/go.mod` line. */
async function checkGoMod(
  base: string,
  file: string,
  modLine: GoSumLine | undefined,
  out: Findings,
): Promise<void> {
  const mod = await readIfExists(`${base}.mod`);
  if (!mod) return;
  out.found = true;
  const actual = hashGoMod(mod);
  out.againstGoSum ||= modLine !== undefined;
  if (modLine && modLine.hash !== actual)
    out.problems.push({
      kind: 'mod-differs-from-go-sum',
      file,
      expected: modLine.hash,
      actual,
      detail: `go.mod hash ${actual} ≠ ${modLine.file}:${modLine.line} ${modLine.hash}`,
    });
}

/**
 * The zip's h1 (as it landed or as a restore wrote it, else read here) against go.sum and the
 * .ziphash.
 */
async function checkZip(
  base: string,
  file: string,
  zipLine: GoSumLine | undefined,
  hashed: string | Promise<string | Error> | undefined,
  out: Findings,
): Promise<ZipFacts> {
  const zipSize = hashed ? undefined : await sizeIfExists(`${base}.zip`);
  const hasZip = hashed !== undefined || zipSize !== undefined;
  const ziphash = (await readIfExists(`${base}.ziphash`))?.toString('utf8').trim();
  if (!hasZip) return { base, hasZip, ziphash };
  out.found = true;
  let zipFiles: FileDigest[] | undefined;
  let zipHash: string | undefined;
  try {
    if (hashed) zipHash = await restoredHash(hashed, `${base}.zip`);
    else {
      zipFiles = await readAndDigestZip(`${base}.zip`, zipSize as number);
      zipHash = hash1OfDigests(zipFiles);
    }
  } catch (error) {
    out.problems.push({
      kind: 'zip-unreadable',
      file,
      detail: `cannot read the zip: ${(error as Error).message}`,
    });
  }
  compareZipHash(file, zipLine, zipHash, ziphash, out);
  return { base, hasZip, zipFiles, zipHash, ziphash };
}

/** The zip's h1 against go.sum's line and the .ziphash go wrote beside it. */
function compareZipHash(
  file: string,
  zipLine: GoSumLine | undefined,
  zipHash: string | undefined,
  ziphash: string | undefined,
  out: Findings,
): void {
  out.againstGoSum ||= zipHash !== undefined && zipLine !== undefined;
  if (zipHash && zipLine && zipLine.hash !== zipHash)
    out.problems.push({
      kind: 'zip-differs-from-go-sum',
      file,
      expected: zipLine.hash,
      actual: zipHash,
      detail: `zip hash ${zipHash} ≠ ${zipLine.file}:${zipLine.line} ${zipLine.hash}`,
    });
  if (ziphash === undefined)
    out.problems.push({
      kind: 'ziphash-missing',
      file: `${file}hash`,
      detail: 'the .ziphash file is missing',
    });
  else if (zipHash && ziphash !== zipHash)
    out.problems.push({
      kind: 'zip-differs-from-ziphash',
      file,
      expected: ziphash,
      actual: zipHash,
      detail: `zip hash ${zipHash} ≠ .ziphash ${ziphash}`,
    });
}

/** The extracted tree's dir hash against go.sum's line (else the .ziphash, else the zip's h1). */
async function checkTree(
  module: ModuleVersion,
  dir: string,
  file: string,
  zipLine: GoSumLine | undefined,
  zip: ZipFacts,
  out: Findings,
): Promise<void> {
  if (!(await isDirectory(dir))) return;
  out.found = true;
  const expected = zipLine?.hash ?? zip.ziphash ?? zip.zipHash;
  if (!expected) return;
  out.againstGoSum ||= zipLine !== undefined;
  try {
    const treeFiles = await digestTree(dir, moduleId(module));
    const actual = hash1OfDigests(treeFiles);
    if (actual !== expected)
      out.problems.push({
        kind: 'extracted-tree-modified',
        file,
        expected,
        actual,
        detail: `dir has been modified: ${differingFiles(await zipFilesOf(zip), treeFiles)}`,
      });
  } catch (error) {
    out.problems.push({
      kind: 'extracted-tree-unreadable',
      file,
      detail: `cannot read the tree: ${(error as Error).message}`,
    });
  }
}

/** Checks one module version: zip vs go.sum and .ziphash, .mod vs go.sum, tree vs the expected hash. */
async function checkVersion(
  { gomodcache, goSum, zipDigests, zipHashes }: IntegrityOptions,
  module: ModuleVersion,
  withTree: boolean,
): Promise<ModuleIntegrity | undefined> {
  const paths = moduleCachePaths(gomodcache, module);
  const rel = (file: string): string => path.relative(gomodcache, file).split(path.sep).join('/');
  const zipLine = findGoSumLine(goSum, module.path, module.version);
  const modLine = findGoSumLine(goSum, module.path, `${module.version}/go.mod`);
  const out: Findings = { problems: [], found: false, againstGoSum: false };
  await checkGoMod(paths.base, rel(`${paths.base}.mod`), modLine, out);
  const zipFile = rel(`${paths.base}.zip`);
  const hashed = zipHashes?.get(zipFile) ?? zipDigests?.get(zipFile);
  const zip = await checkZip(paths.base, zipFile, zipLine, hashed, out);
  if (withTree) await checkTree(module, paths.extracted, rel(paths.extracted), zipLine, zip, out);
  if (!out.found) return undefined;
  const status = out.problems.length > 0 ? 'polluted' : out.againstGoSum ? 'verified' : 'unlisted';
  return { path: module.path, version: module.version, status, problems: out.problems, zip: zip.hasZip };
}

/**
 * The module cache's integrity, the one check shared by the cache restore and the checksum
 * verification: for every module version in the cache (or the ones given), the zip's h1 is
 * recomputed and compared with go.sum and with its `.ziphash`, the `.mod` with go.sum's `/go.mod`
 * line, and the extracted tree's dir hash with the same expected hash (what `go mod verify`
 * does, plus the comparison with go.sum that `go mod verify` leaves out).
 */
export async function checkCacheIntegrity(options: IntegrityOptions): Promise<IntegrityResult> {
  const { gomodcache } = options;
  const checkTree = options.extractedTrees ?? true;
  let targets: ModuleVersion[];
  if (options.modules) targets = [...options.modules];
  else {
    const seen = new Map<string, ModuleVersion>();
    for (const module of await scanDownloadCache(gomodcache))
      for (const v of module.versions) seen.set(moduleId(v), { path: v.path, version: v.version });
    if (checkTree)
      for (const tree of await scanExtractedTrees(gomodcache))
        seen.set(moduleId(tree), { path: tree.path, version: tree.version });
    targets = [...seen.values()];
  }
  const checked = await mapLimit(targets, options.concurrency ?? 2, async (m) => {
    const result = await checkVersion(options, m, checkTree);
    if (result) options.onChecked?.(result);
    return result;
  });
  const modules = checked.filter((m): m is ModuleIntegrity => m !== undefined);
  return {
    modules,
    polluted: modules.filter((m) => m.status === 'polluted'),
    verified: modules.filter((m) => m.status === 'verified').length,
    unlisted: modules.filter((m) => m.status === 'unlisted').length,
  };
}
