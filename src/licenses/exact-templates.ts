import { createHash } from 'node:crypto';
import { alignTemplate } from './align.js';
import { normalizeText } from './normalize.js';
import { CURATED_TEMPLATE_IDS, templates, templateSource, templateText, wordId } from './templates.js';

/**
 * The fast path for a verbatim license text: one whose normalized words (copyright lines already
 * dropped by normalizeText) are exactly a curated template's SPDX text, with or without its
 * optional parts, where the template's tokens align with it at no edit. Such a text is that
 * license, matched whole at confidence 1 with nothing left over; `exact-templates.test.ts` checks,
 * form by form, that the full classifier says the same. The table is computed from our own
 * templates on first use, never read from anywhere.
 */
let table: ReadonlyMap<string, string> | undefined;

/** The fingerprint of a word sequence (what the table and the per-run memo are keyed by). */
export function wordsFingerprint(words: readonly string[]): string {
  return createHash('sha256').update(words.join(' ')).digest('base64');
}

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

function exactTable(): ReadonlyMap<string, string> {
  if (table === undefined) {
    const built = new Map<string, string>();
    for (const id of CURATED_TEMPLATE_IDS) {
      const template = templates().find((t) => t.id === id);
      if (template === undefined) continue;
      for (const words of templateForms(id)) {
        const doc = Int32Array.from(words, wordId);
        const aligned = alignTemplate(template, doc, 0, doc.length, 0);
        // Not every SPDX text is its template's words verbatim (the GPL's has one edit): such a
        // form has a confidence below 1, which only the full classifier computes.
        if (aligned?.edits !== 0 || aligned.start !== 0 || aligned.end !== doc.length) continue;
        const key = wordsFingerprint(words);
        // Two ids with the same words: neither is taken on the fast path.
        built.set(key, built.has(key) && built.get(key) !== id ? '' : id);
      }
    }
    table = built;
  }
  return table;
}

/** The template whose verbatim text these words are, if any. */
export function exactTemplate(fingerprint: string): string | undefined {
  return exactTable().get(fingerprint) || undefined;
}
