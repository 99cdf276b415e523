import { describe, expect, it } from '@jest/globals';
import { parseLicenseExceptions } from '../../src/config/license-exceptions.js';
import { goVersionInRange, goVersionToSemver } from '../../src/licenses/go-versions.js';
import {
  decideLicense,
  satisfies,
  type LicenseException,
  type LicensePolicy,
} from '../../src/licenses/policy.js';

function policy(overrides: Partial<LicensePolicy> & { exceptionLines?: string } = {}): LicensePolicy {
  const exceptions: LicenseException[] = overrides.exceptionLines
    ? parseLicenseExceptions('license-exceptions', overrides.exceptionLines)
    : [];
  return {
    allow: [],
    deny: [],
    exceptions,
    confidence: 0.9,
    unknownLicense: 'fail',
    warnOnly: false,
    ...overrides,
  };
}

const M = { path: 'example.com/lib', version: 'v1.2.3' };

describe('decideLicense with allow and deny lists', () => {
  it.each([
    // [allow, deny, expression, verdict, rule]
    [['MIT'], [], 'MIT', 'allowed', 'license-allow: MIT'],
    [['MIT'], [], 'Apache-2.0', 'denied', 'not in license-allow: Apache-2.0'],
    [['MIT'], [], 'MIT OR GPL-3.0-only', 'allowed', 'license-allow: MIT'],
    [['MIT'], [], 'MIT AND GPL-3.0-only', 'denied', 'not in license-allow: GPL-3.0-only'],
    [['MIT', 'GPL-3.0-only'], [], 'MIT AND GPL-3.0-only', 'allowed', 'license-allow: MIT'],
    [['MIT'], [], '(MIT OR Apache-2.0) AND BSD-3-Clause', 'denied', 'not in license-allow: BSD-3-Clause'],
    [
      ['Apache-2.0'],
      [],
      'Apache-2.0 WITH LLVM-exception',
      'allowed',
      'license-allow: Apache-2.0 WITH LLVM-exception',
    ],
    [['GPL-2.0-or-later'], [], 'GPL-3.0-only', 'allowed', 'license-allow: GPL-3.0-only'],
    [[], ['GPL-3.0-only'], 'GPL-3.0-only', 'denied', 'license-deny: GPL-3.0-only'],
    [[], ['GPL-3.0-only'], 'GPL-3.0-or-later', 'denied', 'license-deny: GPL-3.0-or-later'],
    [[], ['GPL-3.0-only'], 'MIT', 'allowed', 'not in license-deny'],
    [[], ['GPL-3.0-only'], 'MIT OR GPL-3.0-only', 'allowed', 'not in license-deny'],
    [[], ['GPL-3.0-only'], 'MIT AND GPL-3.0-only', 'denied', 'license-deny: GPL-3.0-only'],
    [['MIT'], ['AGPL-3.0-only'], 'AGPL-3.0-only OR Apache-2.0', 'denied', 'not in license-allow: Apache-2.0'],
    [['MIT'], [], 'LicenseRef-unknown', 'unknown', 'license not identified (unknown-license: fail)'],
    [['MIT'], [], 'MIT AND LicenseRef-unknown', 'unknown', 'license not identified (unknown-license: fail)'],
    [['MIT'], [], 'MIT OR LicenseRef-unknown', 'allowed', 'license-allow: MIT'],
    [['MIT'], [], 'GPL-3.0-only AND LicenseRef-unknown', 'denied', 'not in license-allow: GPL-3.0-only'],
    [
      ['MIT'],
      [],
      'not an expression',
      'unknown',
      "'not an expression' is not a valid SPDX expression (unknown-license: fail)",
    ],
    [['LicenseRef-acme'], [], 'LicenseRef-acme', 'allowed', 'license-allow: LicenseRef-acme'],
    [[], [], 'GPL-3.0-only', 'not-gated', 'no license-allow or license-deny set'],
    [
      [],
      [],
      'LicenseRef-unknown',
      'unknown',
      'license not identified (no license-allow or license-deny set)',
    ],
  ])('allow %j, deny %j: %s is %s by %s', (allow, deny, expression, verdict, rule) => {
    const decision = decideLicense(policy({ allow, deny }), M, expression);
    expect(decision.verdict).toBe(verdict);
    expect(decision.rule).toBe(rule);
    expect(decision.expression).toBe(expression);
  });

  it('tells unknown-license: warn apart in the rule', () => {
    expect(
      decideLicense(policy({ allow: ['MIT'], unknownLicense: 'warn' }), M, 'LicenseRef-unknown').rule,
    ).toBe('license not identified (unknown-license: warn)');
  });
});

describe('decideLicense with exceptions', () => {
  const lines = [
    'example.com/ignored ignore',
    'example.com/lib@>=1.2.0 <2 Apache-2.0',
    'example.com/pseudo@>=0.0.0-0 <0.1.0 MIT',
    'example.com/inc@>=2.0.0 MIT',
    'example.com/acme/* MIT',
  ].join('\n');
  const gate = policy({ allow: ['MIT', 'Apache-2.0'], exceptionLines: lines });

  it.each([
    // [module, version, detected, verdict, expression, exception line]
    ['example.com/ignored', 'v9.9.9', 'GPL-3.0-only', 'ignored', 'GPL-3.0-only', 1],
    ['example.com/lib', 'v1.2.0', 'GPL-3.0-only', 'allowed', 'Apache-2.0', 2],
    ['example.com/lib', 'v1.9.9', 'LicenseRef-unknown', 'allowed', 'Apache-2.0', 2],
    ['example.com/lib', 'v1.1.9', 'GPL-3.0-only', 'denied', 'GPL-3.0-only', undefined],
    ['example.com/lib', 'v2.0.0', 'GPL-3.0-only', 'denied', 'GPL-3.0-only', undefined],
    // A pseudo-version before v1.2.0 and one based on v1.2.3 (v1.2.4-0.…): semver prereleases.
    [
      'example.com/lib',
      'v1.2.0-0.20190101000000-abcdefabcdef',
      'GPL-3.0-only',
      'denied',
      'GPL-3.0-only',
      undefined,
    ],
    ['example.com/lib', 'v1.2.4-0.20190101000000-abcdefabcdef', 'GPL-3.0-only', 'allowed', 'Apache-2.0', 2],
    ['example.com/pseudo', 'v0.0.0-20191109021931-daa7c04131f5', 'GPL-3.0-only', 'allowed', 'MIT', 3],
    ['example.com/inc', 'v2.3.0+incompatible', 'GPL-3.0-only', 'allowed', 'MIT', 4],
    ['example.com/inc', 'v1.9.0', 'GPL-3.0-only', 'denied', 'GPL-3.0-only', undefined],
    ['example.com/acme/tool', 'v0.1.0', 'GPL-3.0-only', 'allowed', 'MIT', 5],
    // path.Match globs match whole elements: * does not cross a slash.
    ['example.com/acme/tool/v2', 'v2.0.0', 'GPL-3.0-only', 'denied', 'GPL-3.0-only', undefined],
  ])(
    '%s@%s detected as %s is %s as %s (exception line %s)',
    (path, version, detected, verdict, expression, line) => {
      const decision = decideLicense(gate, { path, version }, detected);
      expect(decision.verdict).toBe(verdict);
      expect(decision.expression).toBe(expression);
      expect(decision.exception?.line).toBe(line);
      if (line !== undefined) expect(decision.rule).toContain(`license-exceptions line ${line}: '`);
    },
  );

  it('still gates the license an exception gives', () => {
    const strict = policy({ allow: ['MIT'], exceptionLines: 'example.com/lib GPL-3.0-only' });
    const decision = decideLicense(strict, M, 'MIT');
    expect(decision.verdict).toBe('denied');
    expect(decision.rule).toBe(
      "license-exceptions line 1: 'example.com/lib GPL-3.0-only' → not in license-allow: GPL-3.0-only",
    );
  });

  it('never matches a version range against a module without a version', () => {
    expect(decideLicense(gate, { path: 'example.com/lib', version: '' }, 'GPL-3.0-only').verdict).toBe(
      'denied',
    );
  });
});

describe('Go versions as semver', () => {
  it.each([
    ['v1.2.3', '1.2.3'],
    ['v2.3.0+incompatible', '2.3.0'],
    ['v0.0.0-20191109021931-daa7c04131f5', '0.0.0-20191109021931-daa7c04131f5'],
    ['v1.2.4-0.20191109021931-daa7c04131f5', '1.2.4-0.20191109021931-daa7c04131f5'],
    ['', undefined],
    ['master', undefined],
  ])('%j is %j', (version, expected) => {
    expect(goVersionToSemver(version)).toBe(expected);
  });

  it('puts pseudo-versions where Go orders them', () => {
    expect(goVersionInRange('v1.2.4-0.20191109021931-daa7c04131f5', '>1.2.3 <1.2.4')).toBe(true);
    expect(goVersionInRange('v0.0.0-20191109021931-daa7c04131f5', '<0.0.1')).toBe(true);
    expect(goVersionInRange('v1.0.0', 'not a range')).toBe(false);
  });
});

describe('satisfies (spdx-satisfies, wrapped)', () => {
  it('answers false instead of throwing on ids it does not know', () => {
    expect(satisfies('LicenseRef-unknown', ['MIT'])).toBe(false);
    expect(satisfies('NOASSERTION', ['MIT'])).toBe(false);
    expect(satisfies('MIT', ['MIT AND Apache-2.0'])).toBe(false);
    expect(satisfies('MIT', ['MIT'])).toBe(true);
  });
});
