import type { Finding } from '../findings.js';
import type { Status } from './model.js';

/** Failing facts first: security, then policy, then infrastructure, then config; warnings last. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding) =>
    (isWarning(f) ? 10 : 0) + { security: 0, policy: 1, infrastructure: 2, config: 3 }[f.kind];
  return [...findings].sort((a, b) => rank(a) - rank(b));
}

export function isWarning(finding: Finding): boolean {
  return finding.severity === 'warning' && finding.kind !== 'security';
}

/**
 * The one place where findings become pass, warn or fail. warn-only softens policy findings
 * (licenses) only: a checksum mismatch fails whatever the settings (the product's promise), and
 * so do broken inputs and infrastructure we could not get past.
 */
export function decideStatus(findings: readonly Finding[], warnOnly: boolean): Status {
  const errors = findings.filter((f) => !isWarning(f));
  if (errors.some((f) => f.kind !== 'policy')) return 'failed';
  if (errors.length > 0) return warnOnly ? 'warned' : 'failed';
  return findings.length > 0 ? 'warned' : 'passed';
}

/**
 * The CLI's exit code: 0 passed or warned, 1 policy or checksum failure, 2 usage or config
 * error, 3 infrastructure failure. A broken input outranks everything (nothing ran), and a
 * checksum failure outranks an infrastructure one (it is the reason to stop).
 */
export function exitCodeFor(status: Status, findings: readonly Finding[]): number {
  if (status !== 'failed') return 0;
  const errors = findings.filter((f) => !isWarning(f));
  if (errors.some((f) => f.kind === 'config')) return 2;
  if (errors.some((f) => f.kind === 'security')) return 1;
  if (errors.some((f) => f.kind === 'infrastructure')) return 3;
  return 1;
}
