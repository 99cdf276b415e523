import { describe, expect, it } from '@jest/globals';
import { classifyFully, classifyLicenseText, DEFAULT_CONFIDENCE } from '../../src/licenses/classifier.js';
import { wordsFingerprint } from '../../src/licenses/exact-templates.js';
import { KNOWN_TEXTS_DATA } from '../../src/licenses/known-texts-data.js';
import { knownText } from '../../src/licenses/known-texts.js';
import { normalizeText } from '../../src/licenses/normalize.js';
import { forgetClassifications } from '../../src/licenses/text-memo.js';
import { buildKnownTexts, knownTextSources } from '../../test-support/known-texts-source.js';

/**
 * The compiled-in table of known texts answers in place of the full classifier, so it is checked
 * in full: re-derived from its sources it is the committed table (no entry drifts, none is added
 * by hand), and for every source text in its own layout the table's answer is the full
 * classifier's answer, lines included.
 */
describe('the known-text table', () => {
  const fix = 'run `npx tsx scripts/generate-known-texts.ts` and commit src/licenses/known-texts-data.ts';
  const sources = knownTextSources();

  it(`is what the full classifier says of its sources today (else: ${fix})`, () => {
    expect(buildKnownTexts()).toEqual(KNOWN_TEXTS_DATA);
  });

  it('answers each source text, in its own layout, as the full classifier does', () => {
    forgetClassifications();
    const differing: string[] = [];
    let answered = 0;
    for (const [where, text] of sources) {
      // classifyLicenseText sends these to the full classifier: the line is read from the raw text.
      if (/SPDX-License-Identifier/i.test(text)) continue;
      const normalized = normalizeText(text);
      const fast = knownText(wordsFingerprint(normalized.words), normalized, DEFAULT_CONFIDENCE);
      if (fast === undefined) continue;
      answered++;
      const full = classifyFully(text, normalized, DEFAULT_CONFIDENCE);
      if (JSON.stringify(fast) !== JSON.stringify(full)) differing.push(where);
    }
    expect(differing).toEqual([]);
    expect(answered).toBeGreaterThan(300);
  });

  it('answers only at the default confidence, and only texts it holds', () => {
    const mit = sources.find(([where]) => where === 'template MIT form 0')![1];
    const normalized = normalizeText(mit);
    const fingerprint = wordsFingerprint(normalized.words);
    expect(knownText(fingerprint, normalized, DEFAULT_CONFIDENCE)?.expression).toBe('MIT');
    expect(knownText(fingerprint, normalized, 0.95)).toBeUndefined();
    const changed = normalizeText(`${mit} and one more sentence of terms`);
    expect(knownText(wordsFingerprint(changed.words), changed, DEFAULT_CONFIDENCE)).toBeUndefined();
    // The table's answer and the full path's agree through the public entry point too.
    expect(classifyLicenseText(`Copyright 2024 Someone\n\n${mit}`).expression).toBe('MIT');
  });

  it('holds no text of the fresh evaluation set (it scores texts the classifier was not made with)', () => {
    expect(sources.filter(([where]) => where.includes('license-eval'))).toEqual([]);
  });
});
