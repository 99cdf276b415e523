import { type BuildListModule, effectiveModule } from '../go/build-list.js';
import type { GoSumLine } from '../go/go-sum.js';
import { checkCacheIntegrity } from './integrity.js';
import { moduleId, type ModuleVersion } from './module-path.js';

/** A module version's checksum verdict as the checksum step reports it (ModuleChecksum.status). */
export interface ChecksumVerdict {
  readonly path: string;
  readonly version: string;
  readonly status: string;
  readonly detail?: string;
}

/** A module version kept out of the cache entry, and why. */
export interface LeftOut {
  readonly module: string;
  readonly reason: string;
}

export interface ProvenSet {
  /** Build-list module versions (as stored: a replacement's path@version) proven, whose files go in. */
  readonly proven: readonly ModuleVersion[];
  /** go.sum's go.mod-only versions whose `.mod` matches go.sum. */
  readonly goModOnly: readonly ModuleVersion[];
  readonly leftOut: readonly LeftOut[];
}

/** Checksum statuses that prove a module against the checksum database (#14 adds the offline proof). */
const PROVEN_BY_DATABASE = new Set(['verified', 'verified-offline']);

/**
 * Which module versions a cache entry may hold: each build-list module whose checksum status is
 * `verified` (or `verified-offline`), or `private` (GONOSUMDB: go.sum is the only proof); and in
 * both cases whose files in the module cache match go.sum, with a consistent `.ziphash`
 * (checkCacheIntegrity says `verified`). Anything else (unchecked, mismatch, no record, files
 * that differ) is left out, with the reason.
 */
export async function provenModules(input: {
  readonly gomodcache: string;
  readonly buildList: readonly BuildListModule[];
  readonly checksums: readonly ChecksumVerdict[];
  /** go.sum lines, with the ones `go mod download` would have added (checked against the database too). */
  readonly goSum: readonly GoSumLine[];
  /** The h1 of zips read as they landed and unchanged since (LandedZipDigests): not read again. */
  readonly zipHashes?: ReadonlyMap<string, string>;
}): Promise<ProvenSet> {
  const verdict = new Map(input.checksums.map((c) => [`${c.path}@${c.version}`, c]));
  const candidates: { stored: ModuleVersion; listed: string; status: string; detail?: string }[] = [];
  const leftOut: LeftOut[] = [];
  for (const module of input.buildList) {
    const stored = effectiveModule(module);
    if (!stored) continue; // the main module, or a directory replacement: not in the module cache
    const listed = `${module.path}@${module.version}`;
    const checksum = verdict.get(listed);
    const status = checksum?.status ?? 'not checked';
    if (!PROVEN_BY_DATABASE.has(status) && status !== 'private') {
      leftOut.push({
        module: listed,
        reason: `checksum status '${status}'${checksum?.detail ? ` (${checksum.detail})` : ''}: not proven`,
      });
      continue;
    }
    candidates.push({ stored, listed, status });
  }
  const integrity = await checkCacheIntegrity({
    gomodcache: input.gomodcache,
    goSum: input.goSum,
    modules: candidates.map((c) => c.stored),
    extractedTrees: false,
    zipHashes: input.zipHashes,
  });
  const byId = new Map(integrity.modules.map((m) => [moduleId(m), m]));
  const proven: ModuleVersion[] = [];
  for (const candidate of candidates) {
    const found = byId.get(moduleId(candidate.stored));
    if (found?.status === 'verified') proven.push(candidate.stored);
    else
      leftOut.push({
        module: candidate.listed,
        reason: !found
          ? 'not in the module cache'
          : found.status === 'unlisted'
            ? 'go.sum has no line for its files'
            : `its files differ: ${found.problems.map((p) => p.detail).join('; ')}`,
      });
  }
  // go.mod-only: versions the module graph loads by go.mod alone, none of the build list (an
  // unproven build-list module must not come in through its go.mod line).
  const inBuildList = new Set(
    input.buildList.flatMap((m) => {
      const stored = effectiveModule(m);
      return stored ? [moduleId(stored), `${m.path}@${m.version}`] : [`${m.path}@${m.version}`];
    }),
  );
  const goModOnlyCandidates = new Map<string, ModuleVersion>();
  for (const line of input.goSum) {
    if (!line.version.endsWith('/go.mod')) continue;
    const m = { path: line.path, version: line.version.slice(0, -'/go.mod'.length) };
    if (!inBuildList.has(moduleId(m))) goModOnlyCandidates.set(moduleId(m), m);
  }
  const goModIntegrity = await checkCacheIntegrity({
    gomodcache: input.gomodcache,
    goSum: input.goSum.filter((line) => line.version.endsWith('/go.mod')),
    modules: [...goModOnlyCandidates.values()],
    extractedTrees: false,
  });
  const goModOnly = goModIntegrity.modules
    .filter((m) => m.status === 'verified')
    .map((m) => ({ path: m.path, version: m.version }));
  return { proven, goModOnly, leftOut };
}
