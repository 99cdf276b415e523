import spdxFull from 'spdx-license-list/full.js';
import { describe, expect, it } from '@jest/globals';
import { classifyLicenseText, UNKNOWN_LICENSE } from '../../src/licenses/classifier.js';
import { TEMPLATE_IDS } from '../../src/licenses/template-texts.js';

const SPDX = spdxFull as Record<string, { licenseText: string }>;
const text = (id: string): string => SPDX[id].licenseText;
const classify = (body: string): string | undefined => classifyLicenseText(body).expression;

// Close variants and their base: each text must come out as itself, never as the other.
const PAIRS: readonly (readonly [string, string])[] = [
  ['BSD-2-Clause', 'BSD-2-Clause-Views'],
  ['BSD-2-Clause', 'BSD-2-Clause-Patent'],
  ['BSD-3-Clause', 'BSD-3-Clause-Clear'],
  ['BSD-3-Clause', 'BSD-3-Clause-Attribution'],
  ['BSD-3-Clause', 'BSD-3-Clause-No-Nuclear-License'],
  ['BSD-3-Clause', 'BSD-3-Clause-No-Nuclear-License-2014'],
  ['BSD-3-Clause', 'BSD-3-Clause-No-Nuclear-Warranty'],
  ['BSD-3-Clause', 'BSD-4-Clause'],
  ['BSD-2-Clause', 'BSD-3-Clause'],
  ['MIT', 'MIT-0'],
  ['MIT', 'X11'],
  ['MIT', 'MIT-CMU'],
  ['MIT', 'MIT-Modern-Variant'],
  ['MIT', 'JSON'],
  ['Apache-1.1', 'Apache-2.0'],
  ['MPL-1.1', 'MPL-2.0'],
  ['MPL-1.0', 'MPL-1.1'],
  ['ISC', 'MIT'],
  ['ISC', '0BSD'],
  ['Zlib', 'zlib-acknowledgement'],
  ['Unlicense', 'CC0-1.0'],
  ['GPL-2.0-only', 'GPL-3.0-only'],
  ['LGPL-2.1-only', 'LGPL-3.0-only'],
  ['CC-BY-4.0', 'CC-BY-SA-4.0'],
  ['CC-BY-4.0', 'CC-BY-NC-4.0'],
  ['EPL-1.0', 'EPL-2.0'],
  ['Elastic-2.0', 'SSPL-1.0'],
  ['PolyForm-Noncommercial-1.0.0', 'PolyForm-Small-Business-1.0.0'],
];

// SPDX ids whose texts are the same words: what tells them apart is outside the license text
// (an Exhibit B notice, a Reserved Font Name, invariant sections), so the shortest id stands.
const SAME_TEXT: Readonly<Record<string, string>> = {
  'MPL-2.0-no-copyleft-exception': 'MPL-2.0',
  'OFL-1.0-RFN': 'OFL-1.0',
  'OFL-1.0-no-RFN': 'OFL-1.0',
  'OFL-1.1-RFN': 'OFL-1.1',
  'OFL-1.1-no-RFN': 'OFL-1.1',
  'GFDL-1.1-invariants-only': 'GFDL-1.1-only',
  'GFDL-1.1-no-invariants-only': 'GFDL-1.1-only',
  'GFDL-1.2-invariants-only': 'GFDL-1.2-only',
  'GFDL-1.2-no-invariants-only': 'GFDL-1.2-only',
  'GFDL-1.3-invariants-only': 'GFDL-1.3-only',
  'GFDL-1.3-no-invariants-only': 'GFDL-1.3-only',
  // SPDX's texts of these hold a second license's text as well.
  'CAL-1.0': 'CAL-1.0 AND CAL-1.0-Combined-Work-Exception',
  'CAL-1.0-Combined-Work-Exception': 'CAL-1.0 AND CAL-1.0-Combined-Work-Exception',
  'Community-Spec-1.0': 'CC-BY-4.0 AND Community-Spec-1.0',
};

// One added sentence of each kind a variant adds to its base.
const EXTRA_CLAUSES = [
  'This software may not be used in the design, construction, operation or maintenance of any nuclear facility.',
  'The Software shall be used for Good, not Evil.',
  'All advertising materials mentioning features or use of this software must display the following acknowledgement.',
  'The views and conclusions contained in the software and documentation are those of the authors and should not be interpreted as representing official policies.',
  'Commercial use of this software requires a separate written agreement with the authors.',
];

describe('close variants', () => {
  it.each(PAIRS)('tells %s and %s apart in both directions', (a, b) => {
    expect(classify(text(a))).toBe(a);
    expect(classify(text(b))).toBe(b);
  });

  it.each(['MIT', 'BSD-2-Clause', 'BSD-3-Clause', 'ISC', 'Apache-2.0', 'Zlib', '0BSD'])(
    'never reports %s for its text with one extra clause, wherever the clause goes',
    (id) => {
      const body = text(id);
      const paragraphs = body.split(/\n\s*\n/);
      for (const clause of EXTRA_CLAUSES) {
        for (const at of [0, 1, Math.floor(paragraphs.length / 2), paragraphs.length]) {
          const variant = [...paragraphs.slice(0, at), clause, ...paragraphs.slice(at)].join('\n\n');
          const got = classifyLicenseText(variant);
          expect(got.expression).not.toBe(id);
          expect(
            got.matches.filter((m) => m.license === id && m.confidence >= 0.9).length === 0 ||
              got.expression!.includes(UNKNOWN_LICENSE),
          ).toBe(true);
        }
      }
    },
    300_000,
  );
});

describe('the whole SPDX list', () => {
  it('recognises every SPDX license with a text as itself', () => {
    const wrong: string[] = [];
    for (const id of TEMPLATE_IDS) {
      const got = classify(text(id));
      if (got !== (SAME_TEXT[id] ?? id)) wrong.push(`${id} -> ${got}`);
    }
    expect(wrong).toEqual([]);
  }, 900_000);

  it('names source-available and non-commercial licenses, so that lists can act on them', () => {
    for (const id of [
      'BUSL-1.1',
      'Elastic-2.0',
      'SSPL-1.0',
      'PolyForm-Noncommercial-1.0.0',
      'CC-BY-NC-4.0',
      'CC-BY-NC-SA-4.0',
    ])
      expect(classify(text(id))).toBe(id);
  });
});
