import spdxFull from 'spdx-license-list/full.js';
import { describe, expect, it } from '@jest/globals';
import { alignTemplate, alignTemplateTightFirst } from '../../src/licenses/align.js';
import { normalizeText } from '../../src/licenses/normalize.js';
import { compileTemplate, templates, wordId, type Template } from '../../src/licenses/templates.js';

const SPDX = spdxFull as Record<string, { licenseText: string }>;
const docOf = (text: string): Int32Array => Int32Array.from(normalizeText(text).words, wordId);
const template = (id: string): Template => templates().find((entry) => entry.id === id)!;

// Words no license uses, so the test template shares nothing with the real ones.
const words = (prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix}${i}`);
const BODY = words('zqbody', 40);
const APPENDIX = words('zqappendix', 20);

describe('alignTemplateTightFirst', () => {
  it('keeps the optional appendix a larger budget takes in, where the tight answer alone would leave it out', () => {
    const tpl = compileTemplate('test-appendix', `${BODY.join(' ')} [[${APPENDIX.join(' ')}]]`);
    // The appendix with three words changed: too many edits for a budget of 1, fine for 6.
    const changed = APPENDIX.map((word, i) => (i % 7 === 3 ? 'zqother' : word));
    const doc = docOf(`${BODY.join(' ')} ${changed.join(' ')}`);
    const tight = alignTemplate(tpl, doc, 0, doc.length, 1)!;
    const full = alignTemplate(tpl, doc, 0, doc.length, 6)!;
    // The naive shortcut (take the tight answer whenever there is one) would stop inside the appendix.
    expect(tight.end).toBeLessThan(doc.length);
    expect(full.end).toBe(doc.length);
    expect(alignTemplateTightFirst(tpl, doc, 0, doc.length, 6, 1)).toEqual(full);
  });

  it('gives what the larger budget gives on verbatim, edited, shortened and padded texts', () => {
    const cases: [string, string][] = [
      ['MIT', SPDX.MIT.licenseText],
      ['MIT', SPDX.MIT.licenseText.replace('without restriction', 'without any restriction')],
      ['Apache-2.0', SPDX['Apache-2.0'].licenseText],
      // No appendix: the tight answer's score cannot rule the larger budget out.
      ['Apache-2.0', SPDX['Apache-2.0'].licenseText.split('APPENDIX: How to apply')[0]],
      ['BSD-3-Clause', `Some project notes first.\n\n${SPDX['BSD-3-Clause'].licenseText}\n\nAnd after.`],
      ['GPL-3.0-only', SPDX['GPL-3.0-only'].licenseText.replace('the GNU General', 'the GNU  General')],
    ];
    for (const [id, text] of cases) {
      const tpl = template(id);
      const doc = docOf(text);
      const budget = Math.ceil(tpl.length * 0.03);
      for (const tight of [0, 1, Math.ceil(tpl.length * 0.005)]) {
        expect(alignTemplateTightFirst(tpl, doc, 0, doc.length, budget, tight)).toEqual(
          alignTemplate(tpl, doc, 0, doc.length, budget),
        );
      }
    }
  });

  it('finds nothing where the larger budget finds nothing', () => {
    const doc = docOf(SPDX['BSD-2-Clause'].licenseText);
    const tpl = template('Apache-2.0');
    expect(alignTemplateTightFirst(tpl, doc, 0, doc.length, 20, 2)).toBeUndefined();
  });
});
