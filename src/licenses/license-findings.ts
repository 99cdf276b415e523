import type { Finding } from '../findings.js';
import {
  NOT_COMPILED_IN,
  NOT_COUNTED,
  type LicenseFileReport,
  type LicenseReport,
  type ModuleLicense,
} from './license-report.js';
import { isGating, type LicensePolicy } from './policy.js';

/** The findings of one module's license: a violation, an unknown, or one outside the scope. */
export function findingsFor(module: ModuleLicense, policy: LicensePolicy): Finding[] {
  const at = module.goMod ? { file: module.goMod.file, line: module.goMod.line } : {};
  const name = module.version ? `${module.path}@${module.version}` : module.path;
  const finding = (severity: 'error' | 'warning', message: string): Finding[] => [
    {
      kind: 'policy',
      severity,
      area: 'license',
      message,
      module: module.path,
      version: module.version,
      ...at,
    },
  ];
  const outside = module.notCompiledIn;
  if (outside?.verdict !== undefined) {
    // Reported, never gated: a warning whatever unknown-license says.
    const what =
      outside.verdict === 'denied'
        ? `license ${module.expression} would not be allowed (${outside.rule})`
        : `license not identified (expression ${module.expression}; ${whereText(module)})`;
    return finding(
      'warning',
      `${name}: ${NOT_COMPILED_IN} (license-scope: ${outside.scope}); ${what}; found in ${filesText(module)}`,
    );
  }
  if (module.verdict === 'denied') {
    // Facts, not policy: warn-only is applied in one place, report/outcome.ts.
    return finding(
      'error',
      `${name}: license ${module.expression} is not allowed (${module.rule}); found in ${filesText(module)}`,
    );
  }
  if (module.verdict === 'unknown') {
    const fails = isGating(policy) && policy.unknownLicense === 'fail';
    // The root may be identified while a license elsewhere in the module is not: name that one.
    const inside = (module.also ?? [])
      .filter((entry) => entry.verdict === 'unknown')
      .map((entry) => `${entry.paths.join(', ')}: ${entry.expression}`);
    const notIdentified = inside.length > 0 ? `; not identified: ${inside.join('; ')}` : '';
    return finding(
      fails ? 'error' : 'warning',
      `${name}: license not identified (${whereText(module)}; expression ${module.expression}${notIdentified}); add a license-exceptions line if you have checked it`,
    );
  }
  return [];
}

/**
 * Under `license-scope: build-list`, whether each module is compiled in (`shipped` is the set
 * listShippedModules found): annotations lead with what ships, and the failing modules no target
 * compiles in say so, so the fix hint can lead with the scope.
 */
export function markNotCompiledIn(report: LicenseReport, shipped: ReadonlySet<string>): LicenseReport {
  const outside = (m: ModuleLicense): boolean =>
    !m.main && (m.verdict === 'denied' || m.verdict === 'unknown') && !shipped.has(m.path);
  const paths = new Set(report.modules.filter(outside).map((m) => m.path));
  return {
    ...report,
    modules: report.modules.map((m) => (m.main ? m : { ...m, compiledIn: shipped.has(m.path) })),
    findings: report.findings.map((f) =>
      f.area === 'license' && f.module !== undefined && paths.has(f.module)
        ? {
            ...f,
            message: `${f.message}; not compiled in: license-scope: shipped would report it without failing`,
          }
        : f,
    ),
  };
}

function whereText(module: ModuleLicense): string {
  return (
    module.problem ??
    `license files: ${module.files.map((file) => file.path + notCounted(file) + (file.reason ? ` (${file.reason})` : '')).join(', ')}`
  );
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

/** Why a listed license file does not join the module's expression, in the report's words. */
function notCounted(file: LicenseFileReport): string {
  if (file.appliesToCode) return '';
  return file.reuseSubject
    ? ` (not counted: a REUSE sidecar licensing ${file.reuseSubject} only)`
    : NOT_COUNTED;
}
