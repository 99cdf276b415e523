import type { Finding } from '../findings.js';
import type { ProxyReport, RelayFailure } from './proxy-report.js';

/**
 * When the relay failed a module and `go` then failed direct as well, go reports only its last
 * error; the relay's reason (the upstream's status and message) is what the user needs first.
 */
export function withRelayReasons(findings: readonly Finding[], failures: readonly RelayFailure[]): Finding[] {
  return findings.map((f) => {
    if (f.area !== 'proxy' || !f.module) return f;
    const failure = failures.find((r) => r.module === f.module && r.version === f.version);
    if (!failure || f.message.includes(failure.reason)) return f;
    return {
      ...f,
      message: `the relay answered ${failure.status}: ${failure.reason.trim()}; then go: ${f.message}`,
    };
  });
}

/**
 * The relay's verdicts as findings: every body that did not hash to go.sum is a security finding
 * naming its upstream (tampering or corruption: it fails the run, warn-only or not, even when
 * another upstream then served the right bytes). And go's own checksum mismatch for a module that
 * came through the relay gets the upstream it came by.
 */
export function relayFindings(report: ProxyReport, findings: readonly Finding[]): Finding[] {
  const routes = new Map(report.modules.map((m) => [`${m.path}@${m.version}`, m.upstream]));
  const facts = report.security ?? [];
  const tampered = new Set(facts.map((s) => `${s.module}@${s.version}`));
  const altered: Finding[] = facts.map((s) => ({
    kind: 'security',
    area: 'checksum',
    module: s.module,
    version: s.version,
    message: `checksum mismatch: upstream ${s.upstream} served a .${s.kind} that does not match go.sum (go.sum ${s.expected}, served ${s.got}): tampering or corruption; the relay did not hand it to go`,
  }));
  const others = findings
    // The download that then failed is explained by the tampering.
    .filter((f) => !(f.kind !== 'security' && f.area === 'proxy' && tampered.has(`${f.module}@${f.version}`)))
    .map((f) => {
      const upstream = f.module && f.version ? routes.get(`${f.module}@${f.version}`) : undefined;
      if (f.kind !== 'security' || !upstream || f.message.includes(upstream)) return f;
      return { ...f, message: `${f.message} (served by upstream ${upstream})` };
    });
  return [...altered, ...others];
}
