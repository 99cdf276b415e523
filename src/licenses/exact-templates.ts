import { normalizeText } from './normalize.js';
import { templateSource, templateText } from './template-texts.js';

/**
 * The verbatim forms of a template (its SPDX text, and that without its optional parts) and the
 * word fingerprint that the known-text table (known-texts.ts) and the per-run memo are keyed by.
 * The curated templates' forms are among the known texts (test-support/known-texts-source.ts).
 */

export { wordsFingerprint } from './words-fingerprint.js';

/** The word sequences a template's verbatim copies have: its SPDX text, and that without optional parts. */
export function templateForms(id: string): string[][] {
  const forms = [normalizeText(templateText(id)).words.slice()];
  const withoutOptional = withoutOptionalSpans(templateSource(id));
  // A variable span has no words of its own to fingerprint; the SPDX text above covers its default.
  if (!withoutOptional.includes('<<var>>')) forms.push(normalizeText(withoutOptional).words.slice());
  return forms.filter((words) => words.length > 0);
}

function withoutOptionalSpans(source: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    if (source.startsWith('[[', i)) {
      depth++;
      i++;
    } else if (source.startsWith(']]', i)) {
      depth = Math.max(0, depth - 1);
      i++;
    } else if (depth === 0) out += source[i];
  }
  return out;
}
