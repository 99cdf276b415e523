import type { Report } from './model.js';
import { routeText } from './summary.js';

/** The action's outputs, computed from the report alone. */
export function reportOutputs(report: Report, reportFile: string): Record<string, string> {
  const routes = new Set(report.modules.filter((m) => !m.main && m.route).map((m) => routeText(m.route)));
  const count = (area: string, kind?: string) =>
    report.findings.filter((f) => f.area === area && (kind === undefined || f.kind === kind)).length;
  return {
    result: report.status,
    'cache-hit': report.cache?.hit === 'disabled' || report.cache === undefined ? 'miss' : report.cache.hit,
    modules: String(report.modules.length),
    route: routes.size === 0 ? 'none' : routes.size === 1 ? [...routes][0] : 'mixed',
    fallbacks: String(report.proxy?.fallbacks ?? 0),
    'proxy-p95-ms': String(Math.round(report.proxy?.p95Ms ?? 0)),
    'license-violations': String(report.modules.filter((m) => m.license?.verdict === 'denied').length),
    'unknown-licenses': String(report.modules.filter((m) => m.license?.verdict === 'unknown').length),
    'checksum-failures': String(count('checksum', 'security')),
    'report-file': reportFile,
  };
}
