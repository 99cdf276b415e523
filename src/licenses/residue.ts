import { familyOf } from './expression.js';
import { namedLicenses } from './notice.js';
import { LICENSE_PAGES, PROSE_LICENSE_NAMES } from './template-rules.js';

/**
 * The residue rule: a block of a license file that no template matched is never dropped without
 * a reason. It is explained (copyright lines, a title naming the matched license, the sentence
 * introducing the text that follows), or it ends in the file's expression: as the licenses it
 * names (`MIT AND CC0-1.0`), or as unknown (a "derived from X, see Y" pointer, a patent grant,
 * a dedication in its own words). Runs that read as added terms are unknown before this rule.
 */

/** Words that make a block say something about licensing, and the names prose gives licenses. */
const LICENSING = new RegExp(
  `\\b(licen[cs]e[sd]?|licensing|sublicense|public domain|dedicat\\w*|patents?|copyleft|exception|derived from|based on|ported from|taken from|warrant\\w*|permission|permitted|granted?|terms|conditions|${PROSE_LICENSE_NAMES.join('|')})\\b`,
);
/** A pointer to license terms in another file or page: what it points to is not in this file. */
const POINTER =
  /\b(see|refer to|found in|can be found|available at|located in|details in)\b(?: \S+){0,4}? \S*(licen[cs]e|copying|notice|terms)/;
/** Pointers to the license file itself, or to the text beside this block. */
const SELF_POINTER =
  /\b(see|found in|can be found in|refer to)\s+(the\s+)?(licen[cs]e|copying)(\s+(file|txt|md))?\b|\b(below|above|this file|the following)\b/;

export interface ResidueRun {
  readonly start: number;
  readonly end: number;
}

/**
 * What a residue run adds to the expression: the licenses it names that the file's matches do
 * not (`terms`), and `unknown` when it reads as licensing beyond them: it names none of them, or
 * it also points elsewhere for terms ("derived from X, see Y"). Neither when it is explained.
 * `matched` are the ids the file's templates found; `beforeMatch` is true when a match starts
 * right after the run (the run then may introduce that text: "which has this license:").
 */
export function residueTerms(
  words: readonly string[],
  run: ResidueRun,
  matched: readonly string[],
  beforeMatch: boolean,
): { readonly terms: readonly string[]; readonly unknown: boolean } {
  const text = ` ${words.slice(run.start, run.end).join(' ')} `;
  if (!LICENSING.test(text)) return { terms: [], unknown: false };
  const known = new Set(matched.map(familyOf));
  const named = namedIn(text);
  const others = named.filter((id) => !known.has(familyOf(id)));
  // A block naming a license may also point elsewhere: a pointer that is not to a named
  // license's own text ("derived from the ICU project, see …") is a part of its own: unknown.
  if (others.length > 0) return { terms: others, unknown: pointers(text).some(pointsBeyond) };
  // Names only the matched licenses (a title, "licensed under the MIT license"), or introduces
  // the text after it: explained, unless it points somewhere else for more terms.
  const pointsAway = POINTER.test(text) && !SELF_POINTER.test(text);
  return { terms: [], unknown: pointsAway || (named.length === 0 && !beforeMatch) };
}

/** The licenses a block names, in prose or by the page it cites. */
function namedIn(text: string): string[] {
  const dotted = text.replace(/\b(\d) (\d)\b/g, '$1.$2');
  const cited = LICENSE_PAGES.filter(([url]) => url.test(dotted)).map(([, id]) => id);
  return [...new Set([...namedLicenses(dotted), ...cited])];
}

/** Where code came from: a pointer after these words is to that code's terms, not a license's text. */
const PROVENANCE = /\b(derived from|based on|ported from|taken from|code from|portions?)\b/;

/** A pointer (with the words before it) to terms no license it names gives: not to a license's own text. */
function pointsBeyond(pointer: string): boolean {
  return namedIn(pointer).length === 0 || PROVENANCE.test(pointer);
}

// Words before a pointer that may name what it points to ("Apache License v2.0 with LLVM
// Exceptions. See https://llvm.org/LICENSE.txt"): it then points to that license's text.
const POINTER_CONTEXT_WORDS = 8;

/**
 * The pointers of a block to terms elsewhere (not to the license file or the text beside it),
 * each with the few words before it.
 */
function pointers(text: string): string[] {
  return [...text.matchAll(new RegExp(POINTER.source, 'g'))]
    .filter((found) => !SELF_POINTER.test(found[0]))
    .map((found) =>
      [...text.slice(0, found.index).trim().split(' ').slice(-POINTER_CONTEXT_WORDS), found[0]].join(' '),
    );
}
