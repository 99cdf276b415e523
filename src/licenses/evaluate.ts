import type { BuildListModule } from '../go/build-list.js';
import type { Finding } from '../findings.js';
import type { ModuleEntry } from '../report/model.js';
import { classifyLicenseText, UNKNOWN_LICENSE } from './classifier.js';
import { findLicenseFiles } from './discovery.js';
import { locateGoModLines, type GoModLines } from './go-mod-locator.js';
import {
  type LicenseFileReport,
  type LicenseReport,
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
  const results: ModuleLicense[] = new Array(modules.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < modules.length) {
      const index = next++;
      results[index] = await evaluateModule(modules[index], policy, options, goMod);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 8) }, worker));
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
  const { files, problem } = await readModuleLicenses(module.dir, policy.confidence, module.main);
  const detected = moduleExpression(files, problem !== undefined);
  let decision: LicenseDecision;
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
  }
  const matches = files.flatMap((file) => file.matches);
  const location =
    goMod && options.mainGoMod && !module.main
      ? { file: options.mainGoMod.file, line: goMod.requireLine(module.path) ?? goMod.moduleLine }
      : undefined;
  return {
    path: module.path,
    version: module.version,
    main: module.main,
    detected,
    expression: decision.expression,
    verdict: decision.verdict,
    rule: decision.rule,
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
    ...(location ? { goMod: location } : {}),
    ...(problem ? { problem } : {}),
  };
}

async function readModuleLicenses(
  dir: string | undefined,
  threshold: number,
  rootOnly: boolean,
): Promise<{ files: LicenseFileReport[]; problem: string | undefined }> {
  if (dir === undefined) return { files: [], problem: 'module not downloaded: no files to read' };
  let found;
  try {
    found = await findLicenseFiles(dir, { rootOnly });
  } catch (error) {
    return { files: [], problem: `cannot read the module's files: ${(error as Error).message}` };
  }
  const files = found.map((file): LicenseFileReport => {
    if (file.text === undefined) {
      return {
        path: file.path,
        dir: file.dir,
        appliesToCode: file.appliesToCode,
        expression: UNKNOWN_LICENSE,
        matches: [],
        unknown: [],
        declared: [],
        problem: file.problem,
      };
    }
    const result = classifyLicenseText(file.text, threshold);
    return { path: file.path, dir: file.dir, appliesToCode: file.appliesToCode, ...result };
  });
  const root = files.filter((file) => file.dir === '' && file.expression !== undefined);
  return { files, problem: root.length === 0 ? 'no license file at the module root' : undefined };
}

/** The `license` of the report's ModuleEntry for a module (match them by path). */
export function moduleEntryLicense(module: ModuleLicense): NonNullable<ModuleEntry['license']> {
  return { expression: module.expression, verdict: module.verdict, rule: module.rule };
}

/**
 * The root files' expressions, then those of each subdirectory with Go code under it, joined with
 * AND; unknown without a root license.
 */
export function moduleExpression(files: readonly LicenseFileReport[], noRootLicense: boolean): string {
  const parts: string[] = noRootLicense ? [UNKNOWN_LICENSE] : [];
  for (const file of files) {
    if (!file.appliesToCode) continue;
    if (file.expression !== undefined && !parts.includes(file.expression)) parts.push(file.expression);
  }
  if (parts.length === 1) return parts[0];
  return parts
    .map((part) => (/ OR /.test(part) && !/^\(.*\)$/.test(part) ? `(${part})` : part))
    .join(' AND ');
}

function findingsFor(module: ModuleLicense, policy: LicensePolicy): Finding[] {
  const at = module.goMod ? { file: module.goMod.file, line: module.goMod.line } : {};
  const name = module.version ? `${module.path}@${module.version}` : module.path;
  if (module.verdict === 'denied') {
    return [
      {
        kind: 'policy',
        severity: policy.warnOnly ? 'warning' : 'error',
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
      `license files: ${module.files.map((file) => file.path + (file.appliesToCode ? '' : NOT_COUNTED)).join(', ')}`;
    const fails = isGating(policy) && policy.unknownLicense === 'fail' && !policy.warnOnly;
    return [
      {
        kind: 'policy',
        severity: fails ? 'error' : 'warning',
        area: 'license',
        message: `${name}: license not identified (${where}; expression ${module.expression}); add a license-exceptions line if you have checked it`,
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
