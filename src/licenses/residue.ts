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
 * not, UNKNOWN when it reads as licensing but names none of them, nothing when it is explained.
 * `matched` are the ids the file's templates found; `beforeMatch` is true when a match starts
 * right after the run (the run then may introduce that text: "which has this license:").
 */
export function residueTerms(
  words: readonly string[],
  run: ResidueRun,
  matched: readonly string[],
  beforeMatch: boolean,
): readonly string[] | 'unknown' {
  const text = ` ${words.slice(run.start, run.end).join(' ')} `;
  if (!LICENSING.test(text)) return [];
  const known = new Set(matched.map(familyOf));
  const dotted = text.replace(/\b(\d) (\d)\b/g, '$1.$2');
  const cited = LICENSE_PAGES.filter(([url]) => url.test(dotted)).map(([, id]) => id);
  const named = [...new Set([...namedLicenses(dotted), ...cited])];
  const others = named.filter((id) => !known.has(familyOf(id)));
  if (others.length > 0) return others;
  // Names only the matched licenses (a title, "licensed under the MIT license"), or introduces
  // the text after it: explained, unless it points somewhere else for more terms.
  const pointsAway = POINTER.test(text) && !SELF_POINTER.test(text);
  if (pointsAway) return 'unknown';
  if (named.length > 0 || beforeMatch) return [];
  return 'unknown';
}
