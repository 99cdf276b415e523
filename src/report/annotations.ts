import type { Finding } from '../findings.js';
import { findingParts } from './finding-text.js';
import type { Report } from './model.js';
import { isWarning } from './outcome.js';

/** One workflow annotation (core.error / core.warning), as plain data the action's edge prints. */
export interface Annotation {
  readonly level: 'error' | 'warning';
  readonly message: string;
  readonly properties: {
    readonly title: string;
    readonly file: string | undefined;
    readonly startLine: number | undefined;
  };
}

/**
 * One annotation per finding: errors fail, warnings only warn (warn-only softens policy findings);
 * license findings point at go.mod.
 */
export function renderAnnotations(report: Pick<Report, 'findings' | 'warnOnly'>): Annotation[] {
  return report.findings.map((f) => annotationFor(f, report.warnOnly));
}

function annotationFor(finding: Finding, warnOnly: boolean): Annotation {
  const { subject, message } = findingParts(finding, warnOnly);
  return {
    level: isWarning(finding, warnOnly) ? 'warning' : 'error',
    message: subject ? `${subject}: ${message}` : message,
    properties: {
      title: `Go Module Warden: ${finding.area}`,
      file: finding.file,
      startLine: finding.line,
    },
  };
}
