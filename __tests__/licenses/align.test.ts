import spdxFull from 'spdx-license-list/full.js';
import { describe, expect, it } from '@jest/globals';
import { alignTemplate, alignWithin, LONG_GAP, type Alignment } from '../../src/licenses/align.js';
import { MAX_GAP } from '../../src/licenses/match.js';
import { alignStaged, alignTemplateTightFirst, type Budgets } from '../../src/licenses/staged-align.js';
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

describe('alignStaged', () => {
  // The search before alignStaged: tight, then quick, then the whole budget, each to its end.
  const chain = (tpl: Template, doc: Int32Array, budgets: Budgets): Alignment | undefined =>
    alignTemplateTightFirst(tpl, doc, 0, doc.length, budgets.quick, budgets.tight) ??
    (budgets.quick < budgets.max ? alignTemplate(tpl, doc, 0, doc.length, budgets.max) : undefined);
  const usable = (found: Alignment | undefined): Alignment | undefined =>
    found !== undefined && found.longestGap <= MAX_GAP ? found : undefined;
  const budgetsOf = (tpl: Template): Budgets => ({
    tight: Math.ceil(tpl.length * 0.005),
    quick: Math.ceil(tpl.length * 0.03),
    max: Math.floor(tpl.length * 0.1),
  });
  // Neighbours that differ by a clause or a paragraph (found with long runs of edits), and texts
  // that are the template with edits here and there (found without).
  const texts: [string, string][] = [
    ['ECL-2.0', SPDX['Apache-2.0'].licenseText],
    ['SHL-0.51', SPDX['Apache-2.0'].licenseText],
    ['Apache-2.0', SPDX['ECL-2.0'].licenseText],
    ['CC-BY-SA-4.0', SPDX['CC-BY-4.0'].licenseText],
    ['CC-BY-NC-4.0', SPDX['CC-BY-4.0'].licenseText],
    ['CC-BY-4.0', SPDX['CC-BY-NC-4.0'].licenseText],
    ['BSD-3-Clause', SPDX['BSD-2-Clause'].licenseText],
    ['BSD-2-Clause', SPDX['BSD-3-Clause'].licenseText],
    ['BSD-2-Clause-Views', SPDX['BSD-2-Clause'].licenseText],
    ['MIT', SPDX['MIT'].licenseText.replace('without restriction', 'without any restriction at all')],
    ['Apache-2.0', SPDX['Apache-2.0'].licenseText.replace(/patent/g, 'zqword')],
    ['MPL-2.0', `${SPDX['MPL-2.0'].licenseText}\n\nSome words of our own after the text.`],
  ];

  it('gives the answer of the tight, quick and whole-budget passes, stopping early on long runs', () => {
    let stopped = 0;
    for (const [id, text] of texts) {
      const tpl = template(id);
      const doc = docOf(text);
      const budgets = budgetsOf(tpl);
      expect([id, usable(alignStaged(tpl, doc, 0, doc.length, budgets, MAX_GAP))]).toEqual([
        id,
        usable(chain(tpl, doc, budgets)),
      ]);
      if (alignWithin(tpl, doc, 0, doc.length, budgets.max, MAX_GAP) === LONG_GAP) stopped++;
    }
    // The early stop is taken on the neighbours (else this test would prove nothing).
    expect(stopped).toBeGreaterThanOrEqual(4);
  });

  it('stops a pass once every path within the budget holds a run longer than allowed', () => {
    const tpl = template('ECL-2.0');
    const doc = docOf(SPDX['Apache-2.0'].licenseText);
    const full = alignTemplate(tpl, doc, 0, doc.length, budgetsOf(tpl).max);
    expect(full?.longestGap).toBeGreaterThan(MAX_GAP);
    expect(alignWithin(tpl, doc, 0, doc.length, budgetsOf(tpl).max, MAX_GAP)).toBe(LONG_GAP);
    expect(alignWithin(tpl, doc, 0, doc.length, budgetsOf(tpl).max, Infinity)).toEqual(full);
  });
});

describe('alignStaged on texts edited at random', () => {
  // A fixed seed: the same texts every run.
  let seed = 20261207;
  const random = (below: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % below;
  };
  const edit = (words: readonly string[]): string[] => {
    const out = [...words];
    for (let n = random(12); n > 0; n--) {
      const at = random(out.length);
      const run = 1 + (random(3) === 0 ? random(9) : 0);
      const kind = random(3);
      const filler = Array.from({ length: run }, (_, i) => `zqedit${random(4)}${i}`);
      if (kind === 0) out.splice(at, run);
      else if (kind === 1) out.splice(at, 0, ...filler);
      else out.splice(at, run, ...filler);
    }
    return out;
  };

  it('gives what the passes run to their end give', () => {
    const ids = ['Apache-2.0', 'BSD-3-Clause', 'MPL-2.0', 'ISC', 'BSD-2-Clause', 'CC-BY-4.0'];
    for (let i = 0; i < 240; i++) {
      const tpl = template(ids[i % ids.length]);
      const source = ids[random(ids.length)];
      const doc = Int32Array.from(edit(normalizeText(SPDX[source].licenseText).words), wordId);
      const budgets = {
        tight: Math.ceil(tpl.length * 0.005),
        quick: Math.ceil(tpl.length * 0.03),
        max: Math.floor(tpl.length * 0.1),
      };
      const chained =
        alignTemplateTightFirst(tpl, doc, 0, doc.length, budgets.quick, budgets.tight) ??
        (budgets.quick < budgets.max ? alignTemplate(tpl, doc, 0, doc.length, budgets.max) : undefined);
      const staged = alignStaged(tpl, doc, 0, doc.length, budgets, MAX_GAP);
      const usable = (a: Alignment | undefined): Alignment | undefined =>
        a !== undefined && a.longestGap <= MAX_GAP ? a : undefined;
      expect([i, usable(staged)]).toEqual([i, usable(chained)]);
    }
  });
});
