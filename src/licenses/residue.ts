import { namedLicenses } from './notice.js';

/**
 * The residue rule: a block of a license file that no template matched is never dropped without
 * a reason. It is explained (copyright lines, a title naming the matched license, the sentence
 * introducing the text that follows), or it ends in the file's expression: as the licenses it
 * names (`MIT AND CC0-1.0`), or as unknown (a "derived from X, see Y" pointer, a patent grant,
 * a dedication in its own words). Runs that read as added terms are unknown before this rule.
 */

/** Words that make a block say something about licensing. */
const LICENSING =
  /\b(licen[cs]e[sd]?|licensing|sublicense|public domain|dedicat\w*|patents?|copyleft|exception|derived from|based on|ported from|taken from|warrant\w*|permission|permitted|granted?|terms|conditions|cc0|creative commons|gpl|lgpl|mpl|bsd|apache)\b/;
/** A pointer to license terms in another file or page: what it points to is not in this file. */
const POINTER =
  /\b(see|refer to|found in|can be found|available at|located in|details in)\b(?: \S+){0,4}? \S*(licen[cs]e|copying|notice|terms)/;
/** Pointers to the license file itself, or to the text beside this block. */
const SELF_POINTER =
  /\b(see|found in|can be found in|refer to)\s+(the\s+)?(licen[cs]e|copying)(\s+(file|txt|md))?\b|\b(below|above|this file|the following)\b/;

/** License pages as a block cites them (normalized words), and the license each one is. */
const LICENSE_URLS: readonly (readonly [RegExp, string])[] = [
  [/\bapache org licenses license 2\.0\b/, 'Apache-2.0'],
  [/\bopensource org licenses mit\b/, 'MIT'],
  [/\bopensource org licenses bsd 3 clause\b/, 'BSD-3-Clause'],
  [/\bopensource org licenses bsd 2 clause\b/, 'BSD-2-Clause'],
  [/\bmozilla org mpl 2\.0\b/, 'MPL-2.0'],
  [/\bcreativecommons org publicdomain zero 1\.0\b/, 'CC0-1.0'],
  [/\bcreativecommons org licenses by 4\.0\b/, 'CC-BY-4.0'],
  [/\bcreativecommons org licenses by sa 4\.0\b/, 'CC-BY-SA-4.0'],
  [/\bcreativecommons org licenses by 3\.0\b/, 'CC-BY-3.0'],
  [/\bunicode org copyright html\b/, 'Unicode-DFS-2016'],
];

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
  const family = (id: string): string => id.replace(/-(only|or-later)$/, '');
  const known = new Set(matched.map(family));
  const dotted = text.replace(/\b(\d) (\d)\b/g, '$1.$2');
  const cited = LICENSE_URLS.filter(([url]) => url.test(dotted)).map(([, id]) => id);
  const named = [...new Set([...namedLicenses(dotted), ...cited])];
  const others = named.filter((id) => !known.has(family(id)));
  if (others.length > 0) return others;
  // Names only the matched licenses (a title, "licensed under the MIT license"), or introduces
  // the text after it: explained, unless it points somewhere else for more terms.
  const pointsAway = POINTER.test(text) && !SELF_POINTER.test(text);
  if (pointsAway) return 'unknown';
  if (named.length > 0 || beforeMatch) return [];
  return 'unknown';
}
