import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/findings.js';
import { relayFindings } from '../../src/goproxy/relay-findings.js';
import { MISMATCHED_ZIP, proxyReport } from '../../test-support/sample-report.js';

describe('the relay report as findings', () => {
  it('makes every body that did not match go.sum a security finding naming its upstream, first', () => {
    const download: Finding = {
      kind: 'infrastructure',
      area: 'proxy',
      module: 'example.test/a',
      version: 'v1.0.0',
      message: 'the relay answered 502',
    };
    const other: Finding = { kind: 'policy', area: 'license', module: 'example.test/b', message: 'GPL' };
    const findings = relayFindings(
      proxyReport([], {
        security: [MISMATCHED_ZIP],
      }),
      [download, other],
    );
    expect(findings).toEqual([
      {
        kind: 'security',
        area: 'checksum',
        module: 'example.test/a',
        version: 'v1.0.0',
        message: expect.stringMatching(
          /^checksum mismatch: upstream goproxy\.corp\.example served a \.zip that does not match go\.sum \(go\.sum h1:AAA=, served h1:BBB=\)/,
        ),
      },
      other,
    ]);
  });

  it('names the upstream a module came by in go’s own checksum mismatch', () => {
    const mismatch: Finding = {
      kind: 'security',
      area: 'checksum',
      module: 'example.test/a',
      version: 'v1.0.0',
      message: 'the bytes served do not match go.sum: checksum mismatch',
    };
    const [finding] = relayFindings(
      proxyReport([], {
        modules: [{ path: 'example.test/a', version: 'v1.0.0', upstream: 'proxy.example', file: 'zip' }],
      }),
      [mismatch],
    );
    expect(finding.message).toBe(
      'the bytes served do not match go.sum: checksum mismatch (served by upstream proxy.example)',
    );
    expect(finding.kind).toBe('security');
  });
});
