import { mapLimit } from '../concurrency.js';
import type { BuildListModule } from '../go/build-list.js';
import type { Finding } from '../findings.js';
import { classifyLicenseText, UNKNOWN_LICENSE } from './classifier.js';
import path from 'node:path';
import { escapeModulePath, escapeVersion } from '../module/module-escape.js';
import {
  readTreeLicenses,
  readZipLicenses,
  type FoundLicenseFile,
  type ModuleLicenseFiles,
} from './discovery.js';
import { moduleExpression } from './module-expression.js';
import { locateGoModLines, type GoModLines } from './go-mod-locator.js';
import {
  type LicenseFileReport,
  type LicenseReport,
  type ModuleEntryLicense,
  type ModuleLicense,
  NOT_COUNTED,
} from './license-report.js';
import { decideLicense, isGating, type LicenseDecision, type LicensePolicy } from './policy.js';

export interface EvaluateLicensesOptions {
  /** The main module's go.mod: `file` as annotations should name it, `text` its content. */
  readonly mainGoMod?: { readonly file: string; readonly text: string };
  /** The module paths whose licenses matter (license-scope `imports`); all when undefined. */
  readonly inScope?: ReadonlySet<string>;
  /** How many modules are read at once. */
  readonly concurrency?: number;
  /**
   * GOMODCACHE: a module without an extracted Dir (a warm cache skips `go mod download`) is read
   * from its zip, $GOMODCACHE/cache/download/<escaped path>/@v/<escaped version>.zip.
   */
  readonly modCache?: string;
  /**
   * Reads kept from an earlier run (src/cache/run-memo.ts, by the zip's h1 and the classifier's
   * version): `get` answers for a module whose files need not be read and classified again; `set`
   * is told each read done now.
   */
  readonly reads?: {
    get(module: BuildListModule): LicenseRead | undefined;
    set(module: BuildListModule, read: LicenseRead): void;
  };
}

/** A module's license files as read and classified, before any policy. */
export interface LicenseRead {
  readonly files: LicenseFileReport[];
  readonly readme: string | undefined;
  readonly problem: string | undefined;
}

/**
 * Finds, identifies and gates the license of every module of the build list. Never throws for
 * what a module contains: unreadable or missing files make its license unknown.
 */
export async function evaluateLicenses(
  modules: readonly BuildListModule[],
  policy: LicensePolicy,
  options: EvaluateLicensesOptions = {},
): Promise<LicenseReport> {
  const goMod = options.mainGoMod ? locateGoModLines(options.mainGoMod.text) : undefined;
  const results = await mapLimit(modules, Math.max(1, options.concurrency ?? 8), (module) =>
    evaluateModule(module, policy, options, goMod),
  );
  const findings = results.flatMap((module) => findingsFor(module, policy));
  return {
    gating: isGating(policy),
    threshold: policy.confidence,
    modules: results,
    findings,
    counts: countLicenses(results),
  };
}

async function evaluateModule(
  module: BuildListModule,
  policy: LicensePolicy,
  options: EvaluateLicensesOptions,
  goMod: GoModLines | undefined,
): Promise<ModuleLicense> {
  let read = module.main ? undefined : options.reads?.get(module);
  if (!read) {
    read = await readModuleLicenses(module, policy.confidence, options.modCache);
    if (!module.main) options.reads?.set(module, read);
  }
  const { files, readme, problem } = read;
  const { root, also } = moduleExpression(files, readme);
  const detected = root;
  let decision: LicenseDecision;
  let alsoDecided: NonNullable<ModuleLicense['also']> = also.map((entry) => ({
    ...entry,
    verdict: 'not-gated' as const,
    rule: 'not gated',
  }));
  if (module.main) {
    decision = { verdict: 'not-gated', expression: detected, rule: 'main module (not gated)' };
  } else if (options.inScope !== undefined && !options.inScope.has(module.path)) {
    decision = {
      verdict: 'not-gated',
      expression: detected,
      rule: 'provides no imported package (license-scope: imports)',
    };
  } else {
    decision = decideLicense(policy, module, detected);
    // An exception's expression speaks for the whole module; otherwise each subdirectory's
    // license is gated on its own, and the worst verdict is the module's.
    if (decision.exception === undefined) {
      alsoDecided = also.map((entry) => {
        const part = decideLicense(policy, { path: module.path, version: module.version }, entry.expression);
        return {
          ...entry,
          verdict: part.verdict,
          rule: part.rule,
          ...(part.failing ? { failing: part.failing } : {}),
        };
      });
      const worst =
        alsoDecided.find((entry) => entry.verdict === 'denied') ??
        (decision.verdict === 'allowed'
          ? alsoDecided.find((entry) => entry.verdict === 'unknown')
          : undefined);
      if (worst !== undefined && decision.verdict !== 'denied') {
        decision = {
          verdict: worst.verdict,
          expression: decision.expression,
          rule: `${worst.dir || worst.paths[0]}: ${worst.expression} (${worst.rule})`,
          ...(worst.failing ? { failing: worst.failing } : {}),
        };
      }
    }
  }
  const matches = files.flatMap((file) => file.matches);
  const location =
    goMod && options.mainGoMod && !module.main
      ? { file: options.mainGoMod.file, line: goMod.requireLine(module.path) ?? goMod.moduleLine }
      : undefined;
  const alsoText = alsoDecided.map((entry) => `${entry.dir || entry.paths.join(', ')}: ${entry.expression}`);
  return {
    path: module.path,
    version: module.version,
    main: module.main,
    detected,
    expression: decision.expression,
    verdict: decision.verdict,
    ...(decision.failing ? { failing: decision.failing } : {}),
    rule:
      alsoText.length > 0 ? `${decision.rule}; also in this module: ${alsoText.join('; ')}` : decision.rule,
    ...(decision.exception
      ? {
          exception: {
            text: decision.exception.text,
            line: decision.exception.line,
            license: decision.exception.license,
          },
        }
      : {}),
    confidence: matches.length > 0 ? Math.min(...matches.map((match) => match.confidence)) : undefined,
    files,
    ...(alsoDecided.length > 0 ? { also: alsoDecided } : {}),
    ...(location ? { goMod: location } : {}),
    ...(problem ? { problem } : {}),
  };
}

/**
 * Reads and classifies one module's license files: from its extracted tree, else from its zip in
 * `modCache`. Never throws: what cannot be read is the `problem`.
 */
export async function readModuleLicenses(
  module: BuildListModule,
  threshold: number,
  modCache: string | undefined,
): Promise<{ files: LicenseFileReport[]; readme: string | undefined; problem: string | undefined }> {
  const rootOnly = module.main;
  let found: ModuleLicenseFiles;
  try {
    if (module.dir !== undefined) found = await readTreeLicenses(module.dir, { rootOnly });
    else {
      const zip = moduleZip(module, modCache);
      if (zip === undefined)
        return { files: [], readme: undefined, problem: 'module not downloaded: no files to read' };
      found = await readZipLicenses(zip.file, zip.prefix, { rootOnly });
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (module.dir === undefined && code === 'ENOENT')
      return { files: [], readme: undefined, problem: 'module not downloaded: no files to read' };
    return {
      files: [],
      readme: undefined,
      problem: `cannot read the module's files: ${(error as Error).message}`,
    };
  }
  const files = classifyModuleFiles(found.files, threshold);
  const root = files.filter((file) => file.dir === '' && file.expression !== undefined);
  return {
    files,
    readme: found.readme,
    problem: root.length === 0 ? 'no license file at the module root' : undefined,
  };
}

/**
 * Classifies a module's license files. A file under another name (LICENSE.BSD, COPYRIGHT) is kept
 * only when its text is a license (a match, a declaration, a choice): other files go unlisted.
 */
export function classifyModuleFiles(
  found: readonly FoundLicenseFile[],
  threshold: number,
): LicenseFileReport[] {
  const files: LicenseFileReport[] = [];
  for (const file of found) {
    const base = {
      path: file.path,
      dir: file.dir,
      appliesToCode: file.appliesToCode,
      standardName: file.standardName,
      ...(file.reuseSubject ? { reuseSubject: file.reuseSubject } : {}),
    };
    if (file.text === undefined) {
      files.push({
        ...base,
        expression: UNKNOWN_LICENSE,
        matches: [],
        unknown: [],
        declared: [],
        problem: file.problem,
      });
      continue;
    }
    const result = classifyLicenseText(file.text, threshold);
    if (
      !file.standardName &&
      result.matches.length === 0 &&
      result.choiceOf === undefined &&
      result.declared.length === 0
    )
      continue;
    files.push({ ...base, ...result });
  }
  return files;
}

/**
 * x/mod EscapeVersion allows `+` (`v2.0.0+incompatible`); module-escape.ts's escapeVersion
 * refuses it today, so the build metadata is set aside while escaping the rest.
 */
function escapedVersion(version: string): string {
  const plus = version.indexOf('+');
  return plus < 0 ? escapeVersion(version) : `${escapeVersion(version.slice(0, plus))}${version.slice(plus)}`;
}

/** The module's zip in the module cache, and the prefix of its entries (`path@version/`). */
function moduleZip(
  module: BuildListModule,
  modCache: string | undefined,
): { file: string; prefix: string } | undefined {
  if (modCache === undefined || module.main || module.replace?.kind === 'local') return undefined;
  const target = module.replace?.kind === 'module' ? module.replace : module;
  if (target.version === '') return undefined;
  try {
    const file = path.join(
      modCache,
      'cache',
      'download',
      ...escapeModulePath(target.path).split('/'),
      '@v',
      `${escapedVersion(target.version)}.zip`,
    );
    return { file, prefix: `${target.path}@${target.version}/` };
  } catch {
    return undefined;
  }
}

/** The `license` of the report's ModuleEntry for a module (match them by path). */
export function moduleEntryLicense(module: ModuleLicense): ModuleEntryLicense {
  return {
    expression: module.expression,
    verdict: module.verdict,
    rule: module.rule,
    ...(module.failing ? { failing: module.failing } : {}),
  };
}

function findingsFor(module: ModuleLicense, policy: LicensePolicy): Finding[] {
  const at = module.goMod ? { file: module.goMod.file, line: module.goMod.line } : {};
  const name = module.version ? `${module.path}@${module.version}` : module.path;
  if (module.verdict === 'denied') {
    return [
      {
        kind: 'policy',
        // Facts, not policy: warn-only is applied in one place, report/outcome.ts.
        severity: 'error',
        area: 'license',
        message: `${name}: license ${module.expression} is not allowed (${module.rule}); found in ${filesText(module)}`,
        module: module.path,
        version: module.version,
        ...at,
      },
    ];
  }
  if (module.verdict === 'unknown') {
    const where =
      module.problem ??
      `license files: ${module.files.map((file) => file.path + notCounted(file) + (file.reason ? ` (${file.reason})` : '')).join(', ')}`;
    const fails = isGating(policy) && policy.unknownLicense === 'fail';
    // The root may be identified while a license elsewhere in the module is not: name that one.
    const inside = (module.also ?? [])
      .filter((entry) => entry.verdict === 'unknown')
      .map((entry) => `${entry.paths.join(', ')}: ${entry.expression}`);
    const notIdentified = inside.length > 0 ? `; not identified: ${inside.join('; ')}` : '';
    return [
      {
        kind: 'policy',
        severity: fails ? 'error' : 'warning',
        area: 'license',
        message: `${name}: license not identified (${where}; expression ${module.expression}${notIdentified}); add a license-exceptions line if you have checked it`,
        module: module.path,
        version: module.version,
        ...at,
      },
    ];
  }
  return [];
}

function filesText(module: ModuleLicense): string {
  if (module.exception) return `license-exceptions line ${module.exception.line}`;
  return (
    module.files
      .filter((file) => file.appliesToCode)
      .map((file) => `${file.path} (${file.expression ?? 'empty'})`)
      .join(', ') || 'no license file'
  );
}

function countLicenses(modules: readonly ModuleLicense[]): { license: string; modules: number }[] {
  const counts = new Map<string, number>();
  // Main modules are not gated: counting them would put "LicenseRef-unknown" on every project
  // that has no LICENSE file of its own.
  for (const module of modules.filter((m) => !m.main)) {
    const ids = new Set(
      module.expression.match(/[A-Za-z0-9.+-]+/g)?.filter((id) => !/^(AND|OR|WITH)$/.test(id)) ?? [],
    );
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts]
    .map(([license, count]) => ({ license, modules: count }))
    .sort((a, b) => b.modules - a.modules || (a.license < b.license ? -1 : 1));
}

/** Why a listed license file does not join the module's expression, in the report's words. */
function notCounted(file: LicenseFileReport): string {
  if (file.appliesToCode) return '';
  return file.reuseSubject
    ? ` (not counted: a REUSE sidecar licensing ${file.reuseSubject} only)`
    : NOT_COUNTED;
}
