import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { classifyLicenseText } from '../../src/licenses/classifier.js';
import { decideLicense, type LicensePolicy } from '../../src/licenses/policy.js';
import { CURATED_TEMPLATE_IDS } from '../../src/licenses/templates.js';

const dir = path.join('__fixtures__', 'licenses', 'corpus');
const labels = JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Record<string, string>;
const cases = Object.entries(labels);
const classify = (name: string): string =>
  classifyLicenseText(fs.readFileSync(path.join(dir, name), 'utf8')).expression ?? 'none';

// A typical allow list: permissive licenses only.
const policy: LicensePolicy = {
  allow: ['MIT', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'ISC', '0BSD'],
  deny: ['AGPL-3.0-only', 'AGPL-3.0-or-later'],
  exceptions: [],
  confidence: 0.9,
  unknownLicense: 'fail',
  warnOnly: false,
};

describe('the labelled license corpus', () => {
  it('holds at least 80 files, with every curated template among the labels', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    const labelled = new Set(cases.map(([, label]) => label));
    for (const id of CURATED_TEMPLATE_IDS) expect(labelled).toContain(id);
    for (const [name] of cases) expect(fs.existsSync(path.join(dir, name))).toBe(true);
  });

  it.each(cases)('identifies %s as %s', (name, label) => {
    expect(classify(name)).toBe(label);
  });

  it('never lets a forbidden or unknown license come out allowed', () => {
    const wrongly: string[] = [];
    for (const [name, label] of cases) {
      if (label === 'none') continue;
      const truth = decideLicense(policy, { path: `example.test/${name}`, version: 'v1.0.0' }, label).verdict;
      const ours = decideLicense(
        policy,
        { path: `example.test/${name}`, version: 'v1.0.0' },
        classify(name),
      ).verdict;
      if (truth !== 'allowed' && ours === 'allowed') wrongly.push(`${name}: ${label} came out allowed`);
    }
    expect(wrongly).toEqual([]);
  });
});
