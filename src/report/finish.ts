import type { CancelSignal } from '../cancel.js';
import type { Config } from '../config/config.js';
import { applyGate } from '../diff/gate.js';
import type { DiffReport } from '../diff/diff-report.js';
import type { Finding } from '../findings.js';
import type { BuildListModule } from '../go/build-list.js';
import type { ProxyReport } from '../goproxy/proxy-report.js';
import { relayFindings, withRelayReasons } from '../goproxy/relay-findings.js';
import { plural } from '../plural.js';
import type { Report, Status } from './model.js';
import { decideStatus, isWarning, sortFindings } from './outcome.js';

/**
 * The one path from findings to the report: every consumer (the cache hand-over, the summary,
 * the outputs, the annotations, the exit code) reads a Verdict made here, never re-derives one.
 */
export interface Verdict {
  /** Failing facts first (security, policy, infrastructure, config), then warnings. */
  readonly findings: readonly Finding[];
  readonly status: Status;
}

/** Orders the findings and decides pass, warn or fail: the only caller of sortFindings and decideStatus. */
export function settle(findings: readonly Finding[], warnOnly: boolean): Verdict {
  const sorted = sortFindings(once(findings), warnOnly);
  return { findings: sorted, status: decideStatus(sorted, warnOnly) };
}

/** Each finding once: two steps that met the same failure (priming, then the build list) say it alike. */
function once(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify([f.kind, f.severity, f.area, f.module, f.version, f.message, f.file, f.line]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What the run's steps found, and what rewrites them: the relay's facts and the gate. */
export interface RunFindings {
  /** Each step's findings, and the finding of the step that stopped the run. */
  readonly steps: readonly Finding[];
  /** The closed relay's report and its own findings (slow upstreams); absent without a relay. */
  readonly relay?: { readonly proxy: ProxyReport; readonly findings: readonly Finding[] };
  readonly diff?: DiffReport;
  readonly modules: readonly BuildListModule[];
}

/**
 * The run's verdict: the relay's reasons and security facts joined to the steps' findings (those
 * come first), then `gate: changed` applied, then settled. The gate applies before anything is
 * counted, so a finding the gate softens never fails the cache save.
 */
export function finishFindings(config: Config, run: RunFindings): Verdict {
  const { relay } = run;
  const joined = relay
    ? [...relayFindings(relay.proxy, withRelayReasons(run.steps, relay.proxy.failures)), ...relay.findings]
    : run.steps;
  return settle(applyGate(config, run.diff, run.modules, joined), config.warnOnly);
}

/** Why the run may save no cache (its errors, counted after the gate), or undefined when it passed or warned. */
export function failureOf(verdict: Verdict, warnOnly: boolean): string | undefined {
  if (verdict.status !== 'failed') return undefined;
  const errors = verdict.findings.filter((f) => !isWarning(f, warnOnly)).length;
  return `the run found ${plural(errors, 'problem')}`;
}

/** Findings made after the report (the CLI's save, the report file) settled with the others. */
export function withLateFindings(report: Report, late: readonly Finding[]): Report {
  if (late.length === 0) return report;
  const verdict = settle([...report.findings, ...late], report.warnOnly);
  return { ...report, ...verdict, ...(report.cancelled ? { status: 'failed' } : {}) };
}

/**
 * A run stopped by SIGINT/SIGTERM: the report keeps what the finished steps found, says
 * `cancelled: true`, fails (the finding naming the signal is an error), and names the signal once.
 */
export function markCancelled(report: Report, by: CancelSignal): Report {
  const named = report.findings.some((f) => f.message.startsWith(`cancelled by ${by}`));
  const finding: Finding = {
    kind: 'infrastructure',
    area: 'go',
    message: `cancelled by ${by}: go was stopped; the report covers only the steps that finished`,
  };
  const verdict = settle(named ? report.findings : [finding, ...report.findings], report.warnOnly);
  return { ...report, ...verdict, status: 'failed', cancelled: true };
}
