import type { Report } from './model.js';
import { fallbackDecisions, upstreamP95Ms } from './proxy-figures.js';
import { arrivalText } from './summary.js';

/** The action's outputs, computed from the report alone (each one's meaning: config/inputs.ts OUTPUTS). */
export function reportOutputs(report: Report, reportFile: string): Record<string, string> {
  const routes = new Set(report.modules.filter((m) => !m.main && m.route).map((m) => arrivalText(m.route)));
  return {
    result: report.status,
    'cache-hit': report.cache?.hit === 'disabled' || report.cache === undefined ? 'miss' : report.cache.hit,
    modules: String(report.modules.length),
    route: routes.size === 0 ? 'none' : routes.size === 1 ? [...routes][0] : 'mixed',
    fallbacks: String(
      report.proxy ? fallbackDecisions(report.proxy, report.settings.fallback.includes('direct')).total : 0,
    ),
    'proxy-p95-ms': String(report.proxy ? upstreamP95Ms(report.proxy) : 0),
    'license-violations': String(report.modules.filter((m) => m.license?.verdict === 'denied').length),
    'unknown-licenses': String(report.modules.filter((m) => m.license?.verdict === 'unknown').length),
    'checksum-failures': String(checksumFailures(report)),
    'report-file': reportFile,
  };
}

/** Module versions with a checksum failure (a security finding), each counted once. */
export function checksumFailures(report: Report): number {
  const failed = new Set(
    report.findings
      .filter((f) => f.kind === 'security')
      .map((f, i) => (f.module ? `${f.module}@${f.version ?? ''}` : `#${i}`)),
  );
  return failed.size;
}
