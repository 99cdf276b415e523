import { everyRule, rulesOf, type TemplateRules } from './template-rules.js';

/**
 * The unmatched runs of a license file's words (the residue) and what each reads as: added terms
 * or a clause (unknown), or, by the templates' rules (template-rules.ts), the licensor's notice
 * of the license, the license's own preamble, its own appendix.
 */

// Words that make an unmatched span read like license terms.
export const TERMS_WORDS = new Set([
  'license',
  'licensed',
  'licenses',
  'permission',
  'permitted',
  'warranty',
  'warranties',
  'redistribute',
  'redistribution',
  'redistributions',
  'liable',
  'liability',
  'granted',
  'grant',
  'copy',
  'modify',
  'distribute',
  'merchantability',
  'infringement',
  'sublicense',
]);
const RESIDUE_MIN_WORDS = 20;
const RESIDUE_MIN_TERMS = 4;
export const RESTRICTION =
  /\b(shall not|may not|must not|cannot|can not|prohibited|forbidden|not permitted|non commercial|noncommercial|no commercial|restricted to|only for|solely for)\b/;
const RESTRICTION_MIN_WORDS = 5;
export const CHOICE_WORDS =
  /\b(dual licensed|dual license|at your option|at your choice|your choice of|choose either|you may choose|licensed under either)\b/;

// Where the templates' own appendices start (their `appendix` rules), as words.
const APPENDIX_PHRASES = [...new Set(everyRule('appendix').flat())].map((phrase) => phrase.split(' '));

/** Where the first of the templates' own appendix phrases in words [from, to) starts; `to` without one. */
function appendixPhraseAt(words: readonly string[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (APPENDIX_PHRASES.some((phrase) => phrase.every((word, k) => words[i + k] === word))) return i;
  }
  return to;
}

type Found = { readonly start: number; readonly end: number; readonly template: { readonly id: string } };

/**
 * Each matched text's own appendix (its `appendix` rule), as word spans: from its appendix
 * phrase to that text's end. The text ends where its match ends, or, when the match stops
 * inside the appendix before its example notice (an `orLater` phrase), where the example
 * notices (`isExample`) matched after it end, up to the next text. A block after a text's end, or between two texts, is never in one.
 */
export function appendixSpans(
  words: readonly string[],
  found: readonly Found[],
  isExample: (id: string) => boolean,
): { start: number; end: number }[] {
  const sorted = found.slice().sort((a, b) => a.start - b.start);
  const spans: { start: number; end: number }[] = [];
  for (const owner of sorted) {
    if (rulesOf(owner.template.id).appendix === undefined) continue;
    const next = sorted.find((other) => other.start >= owner.end && !isExample(other.template.id));
    const limit = next?.start ?? words.length;
    const start = appendixPhraseAt(words, owner.start, limit);
    // The appendix's own example notice already inside the match: a notice after it is the licensor's.
    const own = words.slice(start, owner.end).join(' ');
    const hasExample =
      rulesOf(owner.template.id).orLater?.phrases.some((phrase) => phrase.test(own)) ?? false;
    const examples = sorted.filter(
      (other) => !hasExample && isExample(other.template.id) && other.start >= start && other.start < limit,
    );
    const end = Math.max(owner.end, ...examples.map((other) => other.end));
    if (start < end) spans.push({ start, end });
  }
  return spans;
}

export function residueRuns(words: readonly string[], masked: Uint8Array): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let start = -1;
  for (let i = 0; i <= words.length; i++) {
    const free = i < words.length && masked[i] === 0;
    if (free && start < 0) start = i;
    if (!free && start >= 0) {
      runs.push({ start, end: i });
      start = -1;
    }
  }
  return runs;
}

// Words of an obligation, a prohibition or a condition: a sentence beside a license text that
// holds one changes the terms (BSD-2-Clause-Views' disclaimer, JSON's "Good, not Evil", an
// advertising clause). Prose that says where code came from, or which license covers it, does not.
const CLAUSE =
  /\b(shall|must|may not|may only|cannot|can not|prohibited|forbidden|not permitted|requires?|required|you agree|agree to|provided that|on condition|conditions|only for|solely|non commercial|noncommercial|commercial use|advertising|acknowledgement|acknowledgment|should not be interpreted|not be used|evil|military|nuclear)\b/;
const CLAUSE_MIN_WORDS = 6;

/** A block that is the licensor's notice of a license (its `notice` rule): names it, adds no clause. */
export function isLicensorNotice(text: string, notice: TemplateRules['notice']): boolean {
  return (
    notice !== undefined &&
    notice.names.every((name) => name.test(text)) &&
    !CLAUSE.test(text.replace(notice.boilerplate, ''))
  );
}

/** A sentence with clause words, not a choice between licenses ("you may choose either"). */
export function isAddedClause(words: readonly string[], start: number, end: number): boolean {
  if (end - start < CLAUSE_MIN_WORDS) return false;
  const text = words.slice(start, end).join(' ').replace(CONTRIBUTION_POLICY, ' ');
  return CLAUSE.test(text) && !CHOICE_WORDS.test(text);
}

// Who keeps the copyright of contributions ("No copyright assignment is required to contribute",
// the COPYRIGHT file of many Rust-style projects): a contribution policy, not a term of the license.
const CONTRIBUTION_POLICY = /\b(?:no )?copyright assignment is (?:not )?required\b/g;

export function isTermsLike(words: readonly string[], start: number, end: number): boolean {
  // A short added restriction ("shall not be used for ...") changes the license: never ignore it.
  if (end - start >= RESTRICTION_MIN_WORDS && RESTRICTION.test(words.slice(start, end).join(' ')))
    return true;
  if (end - start < RESIDUE_MIN_WORDS) return false;
  const terms = new Set(words.slice(start, end).filter((word) => TERMS_WORDS.has(word)));
  return terms.size >= RESIDUE_MIN_TERMS;
}

/** A residue run opening the file before a match, in that license's own preamble words (its `preamble` rule). */
export function isPreambleBefore(
  kept: readonly { readonly start: number; readonly template: { readonly id: string } }[],
  words: readonly string[],
  run: { readonly start: number; readonly end: number },
): boolean {
  if (run.start !== 0) return false;
  const text = words.slice(run.start, run.end).join(' ');
  // An added restriction hidden in it still counts (it is then unknown, as anywhere else).
  if (RESTRICTION.test(text)) return false;
  return kept.some((match) => {
    const preamble = rulesOf(match.template.id).preamble;
    return match.start >= run.end && preamble !== undefined && preamble.every((phrase) => phrase.test(text));
  });
}
