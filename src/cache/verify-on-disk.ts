import { describeError } from '../errors.js';
import type { Finding } from '../findings.js';
import type { GoSumLine } from '../go/go-sum.js';
import type { Logger } from '../logger.js';
import type { PurgedEntry } from './cache-report.js';
import { checkCacheIntegrity, type IntegrityOptions, type IntegrityResult } from './integrity.js';
import { moduleId, type ModuleVersion } from './module-path.js';
import { purgeModuleVersion } from './purge.js';

/**
 * Checks what the module cache already holds for this project before `go` trusts it, whether a
 * cache entry was restored or not (`cache: false` too): every module version go.sum names, plus
 * `also` (the versions a restore wrote), is checked by checkCacheIntegrity (zip, .ziphash, .mod,
 * extracted tree against go.sum). Each polluted version is purged alone, named in a warning, and
 * fetched again by priming. Other modules in the cache are neither read nor touched.
 */
export async function verifyModuleCache(input: {
  readonly gomodcache: string;
  readonly goSum: readonly GoSumLine[];
  readonly also?: readonly ModuleVersion[];
  /** The h1 of the zips a restore just wrote (RestoredFiles.zipDigests). */
  readonly zipDigests?: ReadonlyMap<string, Promise<string | Error>>;
  readonly onChecked?: IntegrityOptions['onChecked'];
  readonly logger: Logger;
}): Promise<{ integrity: IntegrityResult; purged: PurgedEntry[]; findings: Finding[] }> {
  const targets = new Map<string, ModuleVersion>();
  for (const line of input.goSum) {
    const version = line.version.replace(/\/go\.mod$/, '');
    targets.set(`${line.path}@${version}`, { path: line.path, version });
  }
  for (const module of input.also ?? []) targets.set(moduleId(module), module);
  const purged: PurgedEntry[] = [];
  const findings: Finding[] = [];
  let integrity: IntegrityResult;
  try {
    integrity = await checkCacheIntegrity({
      gomodcache: input.gomodcache,
      goSum: input.goSum,
      modules: [...targets.values()],
      zipDigests: input.zipDigests,
      onChecked: input.onChecked,
    });
  } catch (error) {
    // Unreadable for us (permissions, I/O): not trusted silently, and not a reason to stop.
    const message = `the module cache could not be checked against go.sum: ${describeError(error)}`;
    input.logger.warn(message);
    findings.push({ kind: 'infrastructure', severity: 'warning', area: 'cache', message });
    return { integrity: { modules: [], polluted: [], verified: 0, unlisted: 0 }, purged, findings };
  }
  for (const module of integrity.polluted) {
    await purgeModuleVersion(input.gomodcache, module);
    const what = module.problems.map((p) => p.detail).join('; ');
    input.logger.warn(`Cache: purged ${moduleId(module)}, it will be fetched again: ${what}`);
    purged.push({
      path: module.path,
      version: module.version,
      problems: module.problems.map(({ kind, file, detail }) => ({ kind, file, detail })),
    });
    findings.push({
      kind: 'infrastructure',
      severity: 'warning',
      area: 'cache',
      module: module.path,
      version: module.version,
      message: `the module cache held altered files (${what}); only this module version was purged and fetched again`,
    });
  }
  input.logger.info(
    `Module cache verified: ${integrity.verified} module versions match go.sum, ${integrity.unlisted} not in go.sum (checked for consistency), ${purged.length} purged`,
  );
  return { integrity, purged, findings };
}
