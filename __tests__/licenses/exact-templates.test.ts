import { describe, expect, it } from '@jest/globals';
import { classifyFully, classifyLicenseText, DEFAULT_CONFIDENCE } from '../../src/licenses/classifier.js';
import { exactTemplate, templateForms, wordsFingerprint } from '../../src/licenses/exact-templates.js';
import { normalizeText } from '../../src/licenses/normalize.js';
import { CURATED_TEMPLATE_IDS } from '../../src/licenses/templates.js';

/**
 * The fast path answers for a finite set of word sequences (each curated template's verbatim
 * forms), so it is checked exhaustively: for every one, the full classifier says the same thing.
 */
describe('the verbatim-template fast path', () => {
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
      const fingerprint = wordsFingerprint(normalizeText(text).words);
      const fast = exactTemplate(fingerprint);
      const full = classifyFully(text, normalizeText(text), DEFAULT_CONFIDENCE);
      if (fast === undefined) return; // the form is shared with another template: never fast
      expect(fast).toBe(id);
      expect(classifyLicenseText(text)).toEqual(full);
    },
  );

  it('covers the licenses Go modules use most, with and without their optional parts', () => {
    const fastIds = new Set(
      forms
        .filter((f) => exactTemplate(wordsFingerprint(normalizeText(f.text).words)) !== undefined)
        .map((f) => f.id),
    );
    for (const id of ['MIT', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'ISC', 'MPL-2.0', 'GPL-3.0-only'])
      expect(fastIds).toContain(id);
  });
});
