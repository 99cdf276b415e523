import { describe, expect, it } from '@jest/globals';
import { precompiledTemplateWords } from '../../src/licenses/precompiled-templates.js';
import {
  compileTemplate,
  templateFromTokens,
  templateInputsKey,
  templates,
  templateWords,
} from '../../src/licenses/templates.js';
import { TEMPLATE_IDS, templateSources, templateTextsKey } from '../../src/licenses/template-texts.js';
import { internWord, wordAt } from '../../src/licenses/vocabulary.js';

/**
 * template-words-data.ts holds every template's normalized words so that a run skips normalizing
 * 600 SPDX texts. It is data we generate, so it is checked against a fresh compile in full: a
 * change to the templates' inputs or to normalization without regenerating fails here.
 */
describe('the precompiled template words', () => {
  const fix =
    'run `npx tsx scripts/generate-template-words.ts` and commit src/licenses/template-words-data.ts';

  it(`were made from this build's template inputs, in their order (else: ${fix})`, () => {
    const stored = precompiledTemplateWords(internWord);
    // A run reads only the generated data: its key and ids are checked here, not at run time.
    expect(stored.key).toBe(templateTextsKey());
    expect(templateInputsKey()).toBe(templateTextsKey());
    expect(stored.ids).toEqual(templateSources().map(({ id }) => id));
    expect(stored.spdxTemplates).toBe(TEMPLATE_IDS.length);
  });

  it(`equal a fresh compile of every template, word for word (else: ${fix})`, () => {
    const stored = precompiledTemplateWords(internWord).words;
    const sources = templateSources();
    expect(stored).toHaveLength(sources.length);
    const differing = sources.filter(({ source }, i) => {
      const fresh = templateWords(source());
      const words = (t: { tokens: Int32Array }) => Array.from(t.tokens, (id) => (id < 0 ? '' : wordAt(id)));
      return (
        words(fresh).join(' ') !== words(stored[i]).join(' ') ||
        fresh.kinds.join('') !== stored[i].kinds.join('') ||
        fresh.versions.join(' ') !== stored[i].versions.join(' ')
      );
    });
    expect(differing.map(({ id }) => id)).toEqual([]);
  });

  it('give templates that read as compileTemplate makes them (lazy text included)', () => {
    const sources = templateSources();
    const stored = precompiledTemplateWords(internWord).words;
    for (const i of [0, 1, sources.findIndex((s) => s.id === 'GPL-3.0-only'), sources.length - 1]) {
      const fresh = compileTemplate(sources[i].id, sources[i].source());
      const loaded = templateFromTokens(sources[i].id, stored[i]);
      for (const field of ['length', 'text', 'requiredText'] as const)
        expect(loaded[field]).toEqual(fresh[field]);
      expect([...loaded.required]).toEqual([...fresh.required]);
      expect([...loaded.versions]).toEqual([...fresh.versions]);
    }
    expect(templates().length).toBeGreaterThan(600);
  });
});
