import type { Finding } from '../findings.js';
import { plural } from '../plural.js';
import { findingParts } from './finding-text.js';
import type { ModuleEntry, Report } from './model.js';
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

/** GitHub shows this many annotations of each level per step. */
const SHOWN = 10;

/**
 * One annotation per finding, heaviest first: checksum failures, then modules compiled in, then
 * direct requirements, then the rest. Errors fail, warnings only warn (warn-only softens policy
 * findings); license findings point at go.mod. Past 10 of a level, the 10th says how many more
 * the summary lists (GitHub would hide them).
 */
export function renderAnnotations(
  report: Pick<Report, 'findings' | 'warnOnly'> & { readonly modules?: readonly ModuleEntry[] },
): Annotation[] {
  const byPath = new Map((report.modules ?? []).map((m) => [m.path, m]));
  const weight = (f: Finding): number => {
    if (f.kind === 'security') return 0;
    const m = f.module ? byPath.get(f.module) : undefined;
    if (m?.imported || m?.license?.compiledIn === true) return 1;
    if (m && !m.indirect && !m.main) return 2;
    return 3;
  };
  const all = report.findings
    .map((f, i) => ({ f, i, w: weight(f) }))
    .sort((a, b) => a.w - b.w || a.i - b.i)
    .map(({ f }) => annotationFor(f, report.warnOnly));
  return (['error', 'warning'] as const).flatMap((level) =>
    capped(
      all.filter((a) => a.level === level),
      level,
    ),
  );
}

function capped(annotations: readonly Annotation[], level: Annotation['level']): Annotation[] {
  if (annotations.length <= SHOWN) return [...annotations];
  const rest = annotations.slice(SHOWN - 1);
  const areas = [...new Set(rest.map((a) => a.properties.title.replace('Go Module Warden: ', '')))];
  return [
    ...annotations.slice(0, SHOWN - 1),
    {
      level,
      message: `${plural(rest.length, level === 'error' ? 'more problem' : 'more warning')} (${areas.join(', ')}): see the job summary`,
      properties: { title: 'Go Module Warden', file: undefined, startLine: undefined },
    },
  ];
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
