import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/findings.js';
import {
  decideStatus,
  exitCodeFor,
  exitCodeForKind,
  isSoftened,
  severityOf,
  sortFindings,
} from '../../src/report/outcome.js';

const policy: Finding = { kind: 'policy', area: 'license', message: 'GPL-3.0-only is not in license-allow' };
const unknownWarn: Finding = { ...policy, severity: 'warning', message: 'license not identified' };
const security: Finding = { kind: 'security', area: 'checksum', message: 'mismatch' };
const securityMarkedWarning: Finding = { ...security, severity: 'warning' };
const infra: Finding = { kind: 'infrastructure', area: 'proxy', message: 'hang' };
const infraWarning: Finding = { ...infra, severity: 'warning' };
const config: Finding = { kind: 'config', area: 'config', message: 'bad input' };

describe('the one policy place: findings to severity, status and exit code', () => {
  it.each([
    ['no findings', [], false, 'passed', 0],
    ['a license violation', [policy], false, 'failed', 1],
    ['a license violation in warn-only mode', [policy], true, 'warned', 0],
    ['an unknown license set to warn', [unknownWarn], false, 'warned', 0],
    ['a checksum mismatch', [security], false, 'failed', 1],
    ['a checksum mismatch, even in warn-only mode', [security], true, 'failed', 1],
    ['a checksum mismatch a domain marked as a warning', [securityMarkedWarning], true, 'failed', 1],
    ['a proxy failure', [infra], false, 'failed', 3],
    ['a proxy failure in warn-only mode (warn-only is for policy)', [infra], true, 'failed', 3],
    ['a checksum mismatch and a proxy failure', [infra, security], false, 'failed', 1],
    ['a config error and a license violation', [config, policy], false, 'failed', 2],
    ['a config error in warn-only mode', [config], true, 'failed', 2],
    ['a slow-upstream warning only', [infraWarning], false, 'warned', 0],
    ['a license violation (warn-only) and a proxy failure', [policy, infra], true, 'failed', 3],
  ] as const)('%s', (_name, findings, warnOnly, status, code) => {
    expect(decideStatus(findings, warnOnly)).toBe(status);
    expect(exitCodeFor(decideStatus(findings, warnOnly), findings, warnOnly)).toBe(code);
  });

  it('softens policy findings under warn-only, and says so', () => {
    expect(severityOf(policy, true)).toBe('warning');
    expect(isSoftened(policy, true)).toBe(true);
    expect(isSoftened(policy, false)).toBe(false);
    expect(isSoftened(unknownWarn, true)).toBe(false);
    expect(isSoftened(security, true)).toBe(false);
  });

  it('sorts failing facts first, security first, warnings last', () => {
    expect(sortFindings([infraWarning, policy, infra, security]).map((f) => f.kind)).toEqual([
      'security',
      'policy',
      'infrastructure',
      'infrastructure',
    ]);
    expect(sortFindings([policy, infra], true)).toEqual([infra, policy]);
  });

  it.each([
    ['config', 2],
    ['security', 1],
    ['policy', 1],
    ['infrastructure', 3],
  ] as const)('gives a %s error that stopped the run exit code %d', (kind, code) => {
    expect(exitCodeForKind(kind)).toBe(code);
  });
});
