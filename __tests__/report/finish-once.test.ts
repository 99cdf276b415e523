import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/findings.js';
import { settle } from '../../src/report/finish.js';

// A private module without credentials failed priming and then the build list, with the same
// words: the report, the summary and the terminal said it twice.
describe('settling the findings', () => {
  const denied: Finding = {
    kind: 'config',
    area: 'go',
    module: 'github.com/acme-private/lib',
    version: 'v1.0.0',
    message: 'github.com/acme-private/lib@v1.0.0: github.com wants credentials that go was not given',
  };

  it('says a finding two steps made in the same words once', () => {
    const verdict = settle([denied, { ...denied }], false);
    expect(verdict.findings).toEqual([denied]);
    expect(verdict.status).toBe('failed');
  });

  it('keeps findings that differ in any word, module or severity', () => {
    const other = { ...denied, message: `${denied.message} (again)` };
    const warning = { ...denied, severity: 'warning' as const };
    expect(settle([denied, other, warning], false).findings).toHaveLength(3);
  });
});
