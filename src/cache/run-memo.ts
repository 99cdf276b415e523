import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { type BuildListModule, effectiveModule } from '../go/build-list.js';
import type { GoEnv } from '../go/go-env.js';
import type { GoSumLine } from '../go/go-sum.js';
import type { GoProject } from '../go/project.js';

/** What the memo needs of a license read (evaluate.ts LicenseRead; the cache does not look inside). */
export interface StoredRead {
  readonly files: readonly unknown[];
  readonly problem: string | undefined;
}

/**
 * What a run learns that the next run with the same inputs need not learn again, kept in the
 * module cache next to the checksum database's state (so the cache entry carries it):
 * - each module version's license files and their classification, by the zip's go.sum h1, the
 *   classifier's version and the confidence threshold (verdicts.json);
 * - the build list (`go list -m -json all`), by a digest of go.mod, go.sum, the Go version and
 *   the settings that change it (build-list.json).
 * Both are only hints: anything unreadable, from another classifier or for other inputs is ignored.
 */
export const MEMO_DIR = ['cache', 'download', 'sumdb', 'go-module-warden'] as const;
const FORMAT = 1;

/** Reads and writes (atomically: a temp file renamed over) one JSON file of the memo. */
async function readMemo<T>(gomodcache: string, name: string, skip = false): Promise<T | undefined> {
  if (skip) return undefined;
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

/**
 * License reads by zip h1. `get` answers only for a module whose zip go.sum names with the same
 * h1 the read was stored under: the zip on disk was checked against that line (restore, or go).
 */
export class LicenseReads<LicenseRead extends StoredRead = StoredRead> {
  /** Reads reused, and reads done now (counters for the log and for tests). */
  reused = 0;
  classified = 0;
  /** Reads done while go primed the cache, as each zip landed, then used by the license step. */
  early = 0;
  private readonly fresh = new Map<string, LicenseRead>();
  private readonly readEarly = new Set<string>();

  private constructor(
    private readonly stored: ReadonlyMap<string, LicenseRead>,
    private readonly h1Of: Map<string, string>,
    private readonly header: { readonly classifier: string; readonly threshold: number },
  ) {}

  /** `gomodcache` undefined: nothing stored is used (a run without a cache). */
  static async load<R extends StoredRead>(
    gomodcache: string | undefined,
    goSum: readonly GoSumLine[],
    classifier: string,
    threshold: number,
  ): Promise<LicenseReads<R>> {
    const h1Of = new Map(
      goSum.filter((l) => !l.version.endsWith('/go.mod')).map((l) => [`${l.path}@${l.version}`, l.hash]),
    );
    const memo = await readMemo<{
      format: number;
      classifier: string;
      threshold: number;
      reads: Record<string, R>;
    }>(gomodcache ?? '', 'verdicts.json', gomodcache === undefined);
    const usable =
      memo?.format === FORMAT &&
      memo.classifier === classifier &&
      memo.threshold === threshold &&
      typeof memo.reads === 'object' &&
      memo.reads !== null;
    const stored = new Map(usable ? Object.entries(memo.reads) : []);
    return new LicenseReads<R>(stored, h1Of, { classifier, threshold });
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

  /** Whether a read for this module is at hand (stored, or done early this run). */
  has(module: BuildListModule): boolean {
    const key = this.keyOf(module);
    return key !== undefined && (this.fresh.has(key) || this.stored.has(key));
  }

  get(module: BuildListModule): LicenseRead | undefined {
    const key = this.keyOf(module);
    if (key === undefined) return undefined;
    const early = this.readEarly.has(key) ? this.fresh.get(key) : undefined;
    if (early) {
      this.early++;
      return early;
    }
    const read = this.stored.get(key);
    if (read && Array.isArray(read.files)) {
      this.reused++;
      return read;
    }
    return undefined;
  }

  /** A read done as the module's zip landed (its go.sum h1 checked by go before it was renamed in). */
  setEarly(module: BuildListModule, read: LicenseRead): void {
    const key = this.keyOf(module);
    if (key === undefined || read.problem !== undefined) return;
    this.fresh.set(key, read);
    this.readEarly.add(key);
  }

  set(module: BuildListModule, read: LicenseRead): void {
    this.classified++;
    const key = this.keyOf(module);
    // A module that could not be read is not remembered: the next run tries again.
    if (key !== undefined && read.problem === undefined) this.fresh.set(key, read);
  }

  /** Writes the reads of these modules (only: the memo never grows past one build list). */
  async write(gomodcache: string, modules: readonly BuildListModule[]): Promise<void> {
    const reads: Record<string, LicenseRead> = {};
    for (const module of modules) {
      const key = this.keyOf(module);
      const read = key === undefined ? undefined : (this.fresh.get(key) ?? this.stored.get(key));
      if (key !== undefined && read) reads[key] = read;
    }
    await writeMemo(gomodcache, 'verdicts.json', { format: FORMAT, ...this.header, reads });
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
