import { createHash } from 'node:crypto';
import { normalizeText } from './normalize.js';
import { precompiledTemplateWords, type TemplateWords } from './precompiled-templates.js';
import { joinWords, rarestFirst } from './template-tokens.js';
import { internWord, vocabularySize } from './vocabulary.js';
import { TEMPLATE_EDITS, VAR } from './template-edits.js';

export { vocabularySize, wordId } from './vocabulary.js';

/** How a template token matches: a literal word, a literal that may be missing, or a variable span. */
export const TokenKind = { Literal: 0, Optional: 1, Variable: 2 } as const;

export interface Template {
  readonly id: string;
  /** Word ids into the shared vocabulary; -1 for variable spans. */
  readonly tokens: Int32Array;
  readonly kinds: Uint8Array;
  /** Number of required literal words: the denominator of the confidence. */
  readonly length: number;
  /** Required literal word ids with their counts, for the prefilter. */
  readonly required: ReadonlyMap<number, number>;
  /** The same as parallel arrays, rarest-first order not needed: the prefilter's hot loop. */
  readonly requiredIds: Int32Array;
  readonly requiredCounts: Int32Array;
  /** Every word the template can contain, and those it must, space-joined (family check). */
  readonly text: string;
  readonly requiredText: string;
  /** Version numbers the template names ("2.0", "version 3"). */
  readonly versions: ReadonlySet<string>;
}

/** The ids whose SPDX text has hand-made variable and optional spans (the most used in Go). */
export const CURATED_TEMPLATE_IDS: readonly string[] = Object.keys(TEMPLATE_EDITS);

// Markers survive normalization as words no license contains.
const MARK_VAR = 'zqvarzq';
const MARK_OPEN = 'zqoptzq';
const MARK_CLOSE = 'zqendzq';

export function compileTemplate(id: string, source: string): Template {
  return templateFromTokens(id, templateWords(source));
}

/** The costly half of compileTemplate (normalizing the text), which template-words-data.ts holds precomputed. */
export function templateWords(source: string): TemplateWords {
  const marked = source
    .replaceAll(VAR, ` ${MARK_VAR} `)
    .replaceAll('[[', ` ${MARK_OPEN} `)
    .replaceAll(']]', ` ${MARK_CLOSE} `);
  const normalized = normalizeText(marked).words;
  const tokens: number[] = [];
  const kinds: number[] = [];
  let optional = 0;
  for (const word of normalized) {
    if (word === MARK_OPEN) optional++;
    else if (word === MARK_CLOSE) optional = Math.max(0, optional - 1);
    else if (word === MARK_VAR) {
      // Two variables in a row are one.
      if (kinds[kinds.length - 1] === TokenKind.Variable) continue;
      tokens.push(-1);
      kinds.push(TokenKind.Variable);
    } else {
      tokens.push(internWord(word));
      kinds.push(optional > 0 ? TokenKind.Optional : TokenKind.Literal);
    }
  }
  return {
    tokens: Int32Array.from(tokens),
    kinds: Uint8Array.from(kinds),
    versions: [...versionWords(normalized)],
  };
}

/** The cheap half of compileTemplate: what matching reads, from the interned words. */
export function templateFromTokens(id: string, from: TemplateWords): Template {
  const { tokens, kinds } = from;
  // Counts in a buffer indexed by word id: a Map per template cost ~100 ms over 600,000 words.
  if (countBuffer.length < vocabularySize()) countBuffer = new Int32Array(vocabularySize() * 2);
  const distinct: number[] = [];
  let length = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (kinds[i] !== TokenKind.Literal) continue;
    length++;
    if (countBuffer[tokens[i]]++ === 0) distinct.push(tokens[i]);
  }
  const requiredIds = new Int32Array(distinct.length);
  const requiredCounts = new Int32Array(distinct.length);
  for (let k = 0; k < distinct.length; k++) {
    requiredIds[k] = distinct[k];
    requiredCounts[k] = countBuffer[distinct[k]];
    countBuffer[distinct[k]] = 0;
  }
  // Read only for a found match's family check (match.ts): made on first use.
  let required: Map<number, number> | undefined;
  let text: string | undefined;
  let requiredText: string | undefined;
  return {
    id,
    tokens,
    kinds,
    length,
    get required() {
      return (required ??= new Map(Array.from(requiredIds, (wid, k) => [wid, requiredCounts[k]])));
    },
    requiredIds,
    requiredCounts,
    get text() {
      return (text ??= joinWords(tokens, kinds, TokenKind.Optional));
    },
    get requiredText() {
      return (requiredText ??= joinWords(tokens, kinds, TokenKind.Literal));
    },
    versions: new Set(from.versions),
  };
}

let countBuffer = new Int32Array(0);

/** Version numbers in a word sequence: dotted numbers, and numbers after "version" or "v". */
export function versionWords(words: readonly string[], from = 0, to = words.length): Set<string> {
  const versions = new Set<string>();
  for (let i = from; i < to; i++) {
    const word = words[i];
    if (/^\d+(\.\d+)+$/.test(word)) versions.add(word);
    else if (/^\d+$/.test(word) && i > from && (words[i - 1] === 'version' || words[i - 1] === 'v')) {
      versions.add(word);
    }
  }
  return versions;
}

let compiled: readonly Template[] | undefined;

/**
 * The key of the template inputs the generated words were made from (template-texts.ts
 * templateTextsKey, checked equal by template-words-data.test.ts): the known-text table and the
 * per-run memo are keyed by it.
 */
export function templateInputsKey(): string {
  return precompiledTemplateWords(internWord).key;
}

/** Every template, compiled once from template-words-data.ts (scripts/generate-template-words.ts). */
export function templates(): readonly Template[] {
  if (compiled === undefined) {
    const { ids, spdxTemplates, words } = precompiledTemplateWords(internWord);
    const list = ids.map((id, i) => templateFromTokens(id, words[i]));
    // SPDX ids whose texts are the same words (MPL-2.0 and -no-copyleft-exception, OFL-1.1 and
    // -RFN): one template, the shortest id; what tells them apart is outside the license text.
    const byWords = new Map<string, Template>();
    const extra: Template[] = [];
    for (let i = 0; i < list.length; i++) {
      const template = list[i];
      if (i >= spdxTemplates) {
        extra.push(template);
        continue;
      }
      const key = createHash('sha256').update(template.tokens).digest('base64');
      const other = byWords.get(key);
      if (other === undefined || template.id.length < other.id.length) byWords.set(key, template);
    }
    compiled = rarestFirst([...byWords.values(), ...extra]);
  }
  return compiled;
}
