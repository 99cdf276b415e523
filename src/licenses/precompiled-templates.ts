import { inflateRawSync } from 'node:zlib';
import { TEMPLATE_WORDS_DATA } from './template-words-data.js';

/**
 * The templates' words as scripts/generate-template-words.ts left them in template-words-data.ts:
 * normalizing ~600 SPDX texts (600,000 words) took 1–3 s of every run that classified one text
 * the known-text table (known-texts.ts) does not hold. The data is our own, compiled in, with the
 * key of the inputs it was made from (template-texts.ts templateTextsKey):
 * `template-words-data.test.ts` checks that key and every word against a fresh compile, so a run
 * need not load the SPDX texts to check it.
 */

/** A template's interned words (-1: a variable span), their kinds, and the versions it names. */
export interface TemplateWords {
  readonly tokens: Int32Array;
  readonly kinds: Uint8Array;
  readonly versions: readonly string[];
}

/** What the generator writes: `lengths[i]` tokens of template i, in compile order. */
export interface TemplateWordsData {
  readonly key: string;
  /** Each template's id, in compile order; the first `spdxTemplates` are SPDX texts. */
  readonly ids: readonly string[];
  readonly spdxTemplates: number;
  readonly vocabulary: string;
  readonly lengths: readonly number[];
  readonly versions: readonly (readonly string[])[];
  /** deflateRaw of every token as a little-endian uint16 index into `vocabulary` (0xffff: a variable), then every kind as a byte. */
  readonly blob: string;
}

const VARIABLE = 0xffff;

/** The generated templates: their key, ids and words (interned with `intern`), in compile order. */
export interface PrecompiledTemplates {
  readonly key: string;
  readonly ids: readonly string[];
  readonly spdxTemplates: number;
  readonly words: readonly TemplateWords[];
}

let loaded: PrecompiledTemplates | undefined;

/** The templates' words in compile order, interned with `intern` (once: the ids are the vocabulary's). */
export function precompiledTemplateWords(intern: (word: string) => number): PrecompiledTemplates {
  if (loaded) return loaded;
  const data = TEMPLATE_WORDS_DATA as TemplateWordsData;
  const ids = Int32Array.from(data.vocabulary.split(' '), intern);
  let bytes = inflateRawSync(Buffer.from(data.blob, 'base64'));
  // A Uint16Array view needs an even offset (a fresh copy has offset 0).
  if (bytes.byteOffset % 2 !== 0) bytes = Buffer.from(Uint8Array.prototype.slice.call(bytes));
  const total = data.lengths.reduce((sum, n) => sum + n, 0);
  const indexes = new Uint16Array(bytes.buffer, bytes.byteOffset, total);
  const words: TemplateWords[] = [];
  let at = 0;
  for (let t = 0; t < data.lengths.length; t++) {
    const tokens = new Int32Array(data.lengths[t]);
    for (let i = 0; i < tokens.length; i++, at++) {
      const index = indexes[at];
      tokens[i] = index === VARIABLE ? -1 : ids[index];
    }
    const kinds = bytes.subarray(2 * total + at - tokens.length, 2 * total + at);
    words.push({ tokens, kinds: Uint8Array.from(kinds), versions: data.versions[t] });
  }
  loaded = { key: data.key, ids: data.ids, spdxTemplates: data.spdxTemplates, words };
  return loaded;
}

/** The data for template-words-data.ts (scripts/generate-template-words.ts); `wordOf` names an id. */
export function encodeTemplateWords(
  key: string,
  templates: { readonly ids: readonly string[]; readonly spdxTemplates: number },
  list: readonly TemplateWords[],
  wordOf: (id: number) => string,
  deflate: (bytes: Buffer) => Buffer,
): TemplateWordsData {
  const index = new Map<string, number>();
  const total = list.reduce((sum, t) => sum + t.tokens.length, 0);
  const indexes = new Uint16Array(total);
  const kinds = new Uint8Array(total);
  let at = 0;
  for (const template of list) {
    for (let i = 0; i < template.tokens.length; i++, at++) {
      let id = VARIABLE;
      if (template.tokens[i] >= 0) {
        const word = wordOf(template.tokens[i]);
        id = index.get(word) ?? index.size;
        index.set(word, id);
      }
      indexes[at] = id;
      kinds[at] = template.kinds[i];
    }
  }
  if (index.size >= VARIABLE) throw new Error('template vocabulary too large for 16-bit indexes');
  return {
    key,
    ids: templates.ids,
    spdxTemplates: templates.spdxTemplates,
    vocabulary: [...index.keys()].join(' '),
    lengths: list.map((t) => t.tokens.length),
    versions: list.map((t) => t.versions),
    blob: deflate(Buffer.concat([Buffer.from(indexes.buffer), Buffer.from(kinds.buffer)])).toString('base64'),
  };
}
