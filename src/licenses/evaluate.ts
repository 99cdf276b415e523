import { mapLimit } from '../concurrency.js';
import type { BuildListModule } from '../go/build-list.js';
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
  NOT_COMPILED_IN,
} from './license-report.js';
import { findingsFor } from './license-findings.js';
import { decideLicense, isGating, type LicenseDecision, type LicensePolicy } from './policy.js';

export interface EvaluateLicensesOptions {
  /** The main module's go.mod: `file` as annotations should name it, `text` its content. */
  readonly mainGoMod?: { readonly file: string; readonly text: string };
  /** The module paths the gate decides on (license-scope `shipped`, `imports`); all when undefined. */
  readonly inScope?: ReadonlySet<string>;
  /** The scope's name, for the words of a module outside it. */
  readonly scopeName?: 'shipped' | 'imports';
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
  const outside = !module.main && options.inScope !== undefined && !options.inScope.has(module.path);
  let { decision, alsoDecided } = module.main
    ? {
        decision: {
          verdict: 'not-gated',
          expression: detected,
          rule: 'main module (not gated)',
        } as LicenseDecision,
        alsoDecided: also.map((entry) => ({ ...entry, verdict: 'not-gated' as const, rule: 'not gated' })),
      }
    : gateModule(module, policy, detected, also);
  // Outside the scope, the verdict is reported, never gated: the module is in the graph only.
  let notCompiledIn: ModuleLicense['notCompiledIn'];
  if (outside) {
    const scope = `license-scope: ${options.scopeName ?? 'imports'}`;
    const failed = decision.verdict === 'denied' || decision.verdict === 'unknown';
    notCompiledIn = {
      scope: options.scopeName ?? 'imports',
      ...(failed ? { verdict: decision.verdict as 'denied' | 'unknown', rule: decision.rule } : {}),
      ...(failed && decision.failing ? { failing: decision.failing } : {}),
    };
    decision = {
      verdict: 'not-gated',
      expression: decision.expression,
      rule: failed
        ? `${NOT_COMPILED_IN} (${scope}); ${decision.rule}`
        : `not compiled in (${scope}): not gated`,
    };
    alsoDecided = alsoDecided.map((entry) => ({ ...entry, verdict: 'not-gated' as const }));
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
    ...(notCompiledIn ? { notCompiledIn } : {}),
    ...(options.inScope !== undefined && !module.main ? { compiledIn: !outside } : {}),
    ...(location ? { goMod: location } : {}),
    ...(problem ? { problem } : {}),
  };
}

/** The policy's verdict on a module and on each of its other license files ("also"). */
function gateModule(
  module: BuildListModule,
  policy: LicensePolicy,
  detected: string,
  also: ReturnType<typeof moduleExpression>['also'],
): { decision: LicenseDecision; alsoDecided: NonNullable<ModuleLicense['also']> } {
  let decision = decideLicense(policy, module, detected);
  // An exception's expression speaks for the whole module; otherwise each subdirectory's
  // license is gated on its own, and the worst verdict is the module's.
  if (decision.exception !== undefined)
    return {
      decision,
      alsoDecided: also.map((entry) => ({ ...entry, verdict: 'not-gated' as const, rule: 'not gated' })),
    };
  const alsoDecided = also.map((entry) => {
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
    (decision.verdict === 'allowed' ? alsoDecided.find((entry) => entry.verdict === 'unknown') : undefined);
  if (worst !== undefined && decision.verdict !== 'denied') {
    decision = {
      verdict: worst.verdict,
      expression: decision.expression,
      rule: `${worst.dir || worst.paths[0]}: ${worst.expression} (${worst.rule})`,
      ...(worst.failing ? { failing: worst.failing } : {}),
    };
  }
  return { decision, alsoDecided };
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
 * only when its text is a license (a match, a declaration, a choice) or reads like license terms
 * (then unknown): other files (a pointer, a list of ids) go unlisted.
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
    // Terms no template matched are never dropped: such a file is kept, as LicenseRef-unknown.
    if (
      !file.standardName &&
      result.matches.length === 0 &&
      result.choiceOf === undefined &&
      result.declares === undefined &&
      result.declared.length === 0 &&
      result.unknown.length === 0
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
    ...(module.notCompiledIn
      ? { compiledIn: false }
      : module.compiledIn !== undefined
        ? { compiledIn: module.compiledIn }
        : {}),
  };
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
