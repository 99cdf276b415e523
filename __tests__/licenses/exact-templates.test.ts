import { describe, expect, it } from '@jest/globals';
import { classifyFully, classifyLicenseText, DEFAULT_CONFIDENCE } from '../../src/licenses/classifier.js';
import { templateForms, wordsFingerprint } from '../../src/licenses/exact-templates.js';
import { knownText } from '../../src/licenses/known-texts.js';
import { normalizeText } from '../../src/licenses/normalize.js';
import { CURATED_TEMPLATE_IDS } from '../../src/licenses/templates.js';

/**
 * The known-text table (known-texts.ts) holds each curated template's verbatim forms, so it is
 * checked form by form: for every one, the table's answer is the full classifier's.
 */
const exactTemplate = (text: string): string | undefined => {
  const normalized = normalizeText(text);
  return knownText(wordsFingerprint(normalized.words), normalized, DEFAULT_CONFIDENCE)?.expression;
};

describe("the curated templates' verbatim forms in the known-text table", () => {
  const forms = CURATED_TEMPLATE_IDS.flatMap((id) =>
    templateForms(id).map((words, i) => ({
      id,
      form: i,
      text: `Copyright (c) 2024 Someone\n\n${words.join(' ')}`,
    })),
  );

  it.each(forms.map((f) => [f.id, f.form, f.text] as const))(
    '%s form %d: the fast answer is the full classifier answer',
    (id, _form, text) => {
      const fast = exactTemplate(text);
      const full = classifyFully(text, normalizeText(text), DEFAULT_CONFIDENCE);
      if (fast === undefined) return; // not answered from the table: the full classifier runs
      expect(fast).toBe(full.expression);
      expect(classifyLicenseText(text)).toEqual(full);
    },
  );

  it('covers the licenses Go modules use most, with and without their optional parts', () => {
    const fastIds = new Set(forms.filter((f) => exactTemplate(f.text) === f.id).map((f) => f.id));
    for (const id of ['MIT', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'ISC', 'MPL-2.0', 'GPL-3.0-only'])
      expect(fastIds).toContain(id);
  });
});
