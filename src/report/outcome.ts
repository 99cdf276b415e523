import type { Finding } from '../findings.js';
import type { FailureKind } from '../errors.js';
import type { Status } from './model.js';

/**
 * The one policy place: how each finding counts (error or warning), whether the run passed,
 * warned or failed, and the exit code. Domains report facts (a finding's kind, and 'warning' for
 * what their own settings make advisory, like `unknown-license: warn`); warn-only is applied here
 * and only here.
 */

/** The CLI's documented exit codes (README, --help). */
export const EXIT = { passed: 0, policy: 1, usage: 2, infrastructure: 3 } as const;

export type Severity = 'error' | 'warning';

/**
 * A security finding is always an error (a checksum mismatch fails whatever the settings: the
 * product's promise); warn-only softens policy findings (licenses) and nothing else.
 */
export function severityOf(finding: Finding, warnOnly = false): Severity {
  if (finding.kind === 'security') return 'error';
  if (finding.severity === 'warning') return 'warning';
  return warnOnly && finding.kind === 'policy' ? 'warning' : 'error';
}

export function isWarning(finding: Finding, warnOnly = false): boolean {
  return severityOf(finding, warnOnly) === 'warning';
}

/** A policy error that only warn-only keeps from failing the run. */
export function isSoftened(finding: Finding, warnOnly: boolean): boolean {
  return warnOnly && severityOf(finding, false) === 'error' && severityOf(finding, true) === 'warning';
}

/** Failing facts first: security, then policy, then infrastructure, then config; warnings last. */
export function sortFindings(findings: readonly Finding[], warnOnly = false): Finding[] {
  const rank = (f: Finding) =>
    (isWarning(f, warnOnly) ? 10 : 0) + { security: 0, policy: 1, infrastructure: 2, config: 3 }[f.kind];
  return [...findings].sort((a, b) => rank(a) - rank(b));
}

/** Findings become pass, warn or fail. */
export function decideStatus(findings: readonly Finding[], warnOnly: boolean): Status {
  if (findings.some((f) => !isWarning(f, warnOnly))) return 'failed';
  return findings.length > 0 ? 'warned' : 'passed';
}

/**
 * The exit code: 0 passed or warned, 1 policy or checksum failure, 2 usage or config error,
 * 3 infrastructure failure. A broken input outranks everything (nothing ran), and a checksum
 * failure outranks an infrastructure one (it is the reason to stop).
 */
export function exitCodeFor(status: Status, findings: readonly Finding[], warnOnly = false): number {
  if (status !== 'failed') return EXIT.passed;
  const kinds = new Set(findings.filter((f) => !isWarning(f, warnOnly)).map((f) => f.kind));
  return exitCodeForKind(
    (['config', 'security', 'infrastructure', 'policy'] as const).find((k) => kinds.has(k)) ?? 'policy',
  );
}

/** The exit code of a typed error that stopped the run before a report was made. */
export function exitCodeForKind(kind: FailureKind): number {
  return {
    config: EXIT.usage,
    security: EXIT.policy,
    infrastructure: EXIT.infrastructure,
    policy: EXIT.policy,
  }[kind];
}
