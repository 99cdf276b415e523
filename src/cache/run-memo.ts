import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { type BuildListModule, effectiveModule } from '../go/build-list.js';
import type { GoEnv } from '../go/go-env.js';
import type { GoSumLine } from '../go/go-sum.js';
import type { GoProject } from '../go/project.js';

/** What the memo needs of a license read (evaluate.ts LicenseRead; the memo does not look inside). */
export interface StoredRead {
  readonly files: readonly unknown[];
  readonly problem: string | undefined;
}

/**
 * What a run learns that the next run with the same inputs need not learn again, kept in the
 * module cache next to the checksum database's state (so the cache entry carries it): the build
 * list (`go list -m -json all`), by a digest of go.mod, go.sum, the Go version and the settings
 * that change it (build-list.json). It is only a hint: anything unreadable or for other inputs is
 * ignored. License verdicts are not kept: a cache entry is hostile until proven, and a verdict is a
 * claim no proof covers (a zip proven by its h1 could come with "MIT" for its GPL text), so each
 * run re-derives them from the proven zips' license files (fast: src/licenses/text-memo.ts).
 */
export const MEMO_DIR = ['cache', 'download', 'sumdb', 'go-module-warden'] as const;
const FORMAT = 1;
/** What older versions stored beside the build list: removed so that no entry carries it on. */
export const STALE_VERDICTS = 'verdicts.json';

/** Reads and writes (atomically: a temp file renamed over) one JSON file of the memo. */
async function readMemo<T>(gomodcache: string, name: string): Promise<T | undefined> {
  try {
    return JSON.parse(await fs.readFile(path.join(gomodcache, ...MEMO_DIR, name), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

async function writeMemo(gomodcache: string, name: string, value: unknown): Promise<void> {
  const dir = path.join(gomodcache, ...MEMO_DIR);
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${name}.${process.pid}.${Date.now()}.tmp`);
  await fs.writeFile(temp, JSON.stringify(value));
  await fs.rename(temp, path.join(dir, name));
}

/** Removes the license verdicts an older version stored in the module cache (never read now). */
export async function removeStaleVerdicts(gomodcache: string): Promise<void> {
  await fs.rm(path.join(gomodcache, ...MEMO_DIR, STALE_VERDICTS), { force: true });
}

/**
 * This run's license reads by zip h1: those done while go primed the cache, as each zip landed
 * (go checked it against go.sum before renaming it into place), for the license step to use.
 * Nothing is read from or written to the cache entry.
 */
export class LicenseReads<LicenseRead extends StoredRead = StoredRead> {
  /** Reads done now, and reads done while priming (counters for the log and for tests). */
  classified = 0;
  early = 0;
  private readonly fresh = new Map<string, LicenseRead>();

  private constructor(private readonly h1Of: Map<string, string>) {}

  static create<R extends StoredRead>(goSum: readonly GoSumLine[]): LicenseReads<R> {
    const h1Of = new Map(
      goSum.filter((l) => !l.version.endsWith('/go.mod')).map((l) => [`${l.path}@${l.version}`, l.hash]),
    );
    return new LicenseReads<R>(h1Of);
  }

  private keyOf(module: BuildListModule): string | undefined {
    const stored = effectiveModule(module);
    return stored && this.h1Of.get(`${stored.path}@${stored.version}`);
  }

  /** More go.sum lines whose h1 keys a read (the ones go mod download or the cache added). */
  addLines(lines: readonly GoSumLine[]): void {
    for (const l of lines)
      if (!l.version.endsWith('/go.mod') && !this.h1Of.has(`${l.path}@${l.version}`))
        this.h1Of.set(`${l.path}@${l.version}`, l.hash);
  }

  /** Whether a read for this module was done early this run. */
  has(module: BuildListModule): boolean {
    const key = this.keyOf(module);
    return key !== undefined && this.fresh.has(key);
  }

  get(module: BuildListModule): LicenseRead | undefined {
    const key = this.keyOf(module);
    const early = key === undefined ? undefined : this.fresh.get(key);
    if (early) this.early++;
    return early;
  }

  /** A read done as the module's zip landed (its go.sum h1 checked by go before it was renamed in). */
  setEarly(module: BuildListModule, read: LicenseRead): void {
    const key = this.keyOf(module);
    if (key === undefined || read.problem !== undefined) return;
    this.fresh.set(key, read);
  }

  /** A read done by the license step (counted only: the step has no later reader). */
  set(_module: BuildListModule, _read: LicenseRead): void {
    this.classified++;
  }
}

/** What decides the build list: go.mod and go.sum files, the Go version and the settings. */
export async function buildListKey(
  project: GoProject,
  goEnv: GoEnv,
  gomodcache: string,
): Promise<string | undefined> {
  // A workspace or a vendor tree: more inputs than these decide the list; always ask go.
  if (project.mode !== 'module' || project.vendor) return undefined;
  const hash = createHash('sha256');
  const settings = [goEnv.GOVERSION, goEnv.GOFLAGS, goEnv.GOOS, goEnv.GOARCH, gomodcache, project.dir];
  hash.update(JSON.stringify(settings));
  for (const file of [...project.goModFiles, ...project.goSumCandidates]) {
    hash.update(`\0${file}\0`);
    hash.update(await fs.readFile(file).catch(() => Buffer.from('(none)')));
  }
  return hash.digest('hex');
}

/** The sha256 of each local replacement's go.mod (its requirements join the build list). */
async function localGoMods(modules: readonly BuildListModule[]): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  for (const m of modules) {
    if (m.replace?.kind !== 'local' || m.dir === undefined) continue;
    const file = path.join(m.dir, 'go.mod');
    const data = await fs.readFile(file).catch(() => undefined);
    sums[file] = data ? createHash('sha256').update(data).digest('hex') : '(none)';
  }
  return sums;
}

/** The stored build list for this key, or undefined (also when a local replacement's go.mod changed). */
export async function storedBuildList(
  gomodcache: string,
  key: string,
): Promise<BuildListModule[] | undefined> {
  const memo = await readMemo<{
    format: number;
    key: string;
    modules: BuildListModule[];
    localGoMods: Record<string, string>;
  }>(gomodcache, 'build-list.json');
  if (memo?.format !== FORMAT || memo.key !== key || !Array.isArray(memo.modules)) return undefined;
  const now = await localGoMods(memo.modules);
  if (JSON.stringify(now) !== JSON.stringify(memo.localGoMods ?? {})) return undefined;
  return memo.modules;
}

/**
 * Stores a build list for the next exact hit, without the extracted trees' Dirs of modules in the
 * module cache (the next run restores zips only; licenses are then read from the zips), with the
 * hash of each local replacement's go.mod. A list with errors is not stored.
 */
export async function storeBuildList(
  gomodcache: string,
  key: string,
  modules: readonly BuildListModule[],
): Promise<boolean> {
  if (modules.some((m) => m.error !== undefined)) return false;
  const stored = modules.map((m) => (effectiveModule(m) ? { ...m, dir: undefined } : m));
  await writeMemo(gomodcache, 'build-list.json', {
    format: FORMAT,
    key,
    modules: stored,
    localGoMods: await localGoMods(modules),
  });
  return true;
}
