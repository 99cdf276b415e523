import { vocabularySize, wordAt } from './vocabulary.js';

/** Helpers of templates.ts that read only a template's token arrays. */

/** What the prefilter reads of a template: its required word ids and their counts. */
interface PrefilterWords {
  readonly requiredIds: Int32Array;
  readonly requiredCounts: Int32Array;
}

/**
 * Orders each template's prefilter words rarest first (fewest templates use them): a text that is
 * not the template lacks those first, so the prefilter's count of missing words passes its limit
 * after a few words instead of after the common ones.
 */
export function rarestFirst<T extends PrefilterWords>(list: T[]): T[] {
  const templatesUsing = new Int32Array(vocabularySize());
  for (const template of list) for (const id of template.requiredIds) templatesUsing[id]++;
  // In place, not a spread copy: a copy would read the lazy `text` of every template.
  for (const { requiredIds, requiredCounts } of list) {
    // A stable sort by how many templates use each word: the key above, the index below 2^16.
    const n = requiredIds.length;
    const order = new Int32Array(n);
    for (let k = 0; k < n; k++) order[k] = templatesUsing[requiredIds[k]] * 0x10000 + k;
    order.sort();
    const ids = new Int32Array(n);
    const counts = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      ids[k] = requiredIds[order[k] & 0xffff];
      counts[k] = requiredCounts[order[k] & 0xffff];
    }
    requiredIds.set(ids);
    requiredCounts.set(counts);
  }
  return list;
}

/** ` word word … ` of the tokens whose kind is at most `upTo` (literal, or literal and optional). */
export function joinWords(tokens: Int32Array, kinds: Uint8Array, upTo: number): string {
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) if (kinds[i] <= upTo) words.push(wordAt(tokens[i]));
  return ` ${words.join(' ')} `;
}
