/**
 * Short texts that are not a license but say something about one: a root notice or README
 * section offering a choice ("dual-licensed under MIT and Apache 2.0", "at your option"), a
 * pointer ("see LICENSE-BSL"), an EULA, a public-domain statement. A choice names licenses
 * only through the few spellings below; anything else is left to the templates or is unknown.
 */

// License names as notices spell them, each to its SPDX id. Order matters: longer names first.
const NAMES: readonly (readonly [RegExp, string])[] = [
  [
    /\b(?:apache(?:\s+license)?,?\s*(?:version\s*|v\.?\s*)?2(?:\.0)?|asl\s*v?2(?:\.0)?|apache-2\.0)\b/i,
    'Apache-2.0',
  ],
  [/\bmit(?:\s+license)?\b/i, 'MIT'],
  [/\bbsd[- ]?3[- ]clause\b|\b3-clause bsd\b|\bnew bsd\b/i, 'BSD-3-Clause'],
  [/\bbsd[- ]?2[- ]clause\b|\b2-clause bsd\b|\bsimplified bsd\b/i, 'BSD-2-Clause'],
  [/\beclipse distribution license\b|\bedl(?:-|\s+v?)1\.0\b/i, 'BSD-3-Clause'],
  [
    /\beclipse public license,?\s*(?:version\s*|v\.?\s*)?2(?:\.0)?\b|\bepl[- ]?(?:v|version\s*)?2(?:\.0)?\b/i,
    'EPL-2.0',
  ],
  [/\bmozilla public license,?\s*(?:version\s*|v\.?\s*)?2(?:\.0)?\b|\bmpl-2\.0\b/i, 'MPL-2.0'],
  [/\bunlicense\b/i, 'Unlicense'],
  [/\bfreetype license\b/i, 'FTL'],
  ...gnuNames('lesser general public license|lgpl', 'LGPL', ['2.1', '3']),
  ...gnuNames('affero general public license|agpl', 'AGPL', ['3']),
  ...gnuNames('general public license|gpl', 'GPL', ['2', '3']),
  ...creativeCommonsNames([
    ['SA', 'share[- ]?alike'],
    ['', ''],
  ]),
  [/\bcc0(?:[- ]1\.0)?\b/i, 'CC0-1.0'],
  [/\bisc license\b/i, 'ISC'],
];
// "Licensed under X and Y" with one of these words is a choice; "and" alone is not.
const CHOICE =
  /\b(?:dual[- ]licen[cs]ed|dual[- ]licen[cs]e|at your (?:option|choice)|your choice of|you may choose|may choose either|choose either|either (?:of|the|under)\b|licensed under either)\b/i;
const POINTER = /\b(?:see|refer to|found in|can be found|located in|is in|are in)\b/i;
const EULA = /\bend[- ]user license agreement\b|\beula\b/i;
const ELASTIC_V1 = /\belastic license\b(?!\s*(?:2\.0|v2|version 2))/i;
const PUBLIC_DOMAIN = /\bpublic domain\b/i;
/** "GNU General Public License (GPL), version 2 or later" and the like, -only without "or later". */
function gnuNames(name: string, id: string, versions: readonly string[]): [RegExp, string][] {
  return versions.flatMap((version): [RegExp, string][] => {
    const v = version.replace('.', '\\.');
    const head = `\\b(?:gnu\\s+)?(?:${name})(?:\\s*\\((?:${name})\\))?,?\\s*(?:version\\s*|v\\.?\\s*)?${v}(?:\\.0)?`;
    return [
      [
        new RegExp(
          `${head}(?:\\s*\\+|,?\\s*or\\s+(?:\\(at your option\\)\\s+)?(?:any\\s+)?later(?:\\s+version)?)`,
          'i',
        ),
        `${id}-${version.includes('.') ? version : `${version}.0`}-or-later`,
      ],
      [
        new RegExp(`${head}\\b(?!\\.\\d)`, 'i'),
        `${id}-${version.includes('.') ? version : `${version}.0`}-only`,
      ],
    ];
  });
}

/**
 * Creative Commons attribution licenses as prose names them ("CC BY 4.0", "Creative Commons
 * Attribution-ShareAlike 4.0 International", the Go gopher's "Creative Commons 3.0 Attributions
 * license"), for versions 3.0 and 4.0, each variant before plain BY: `[SPDX suffix, its words]`.
 */
function creativeCommonsNames(variants: readonly (readonly [string, string])[]): [RegExp, string][] {
  return variants.flatMap(([suffix, words]) =>
    ['3.0', '4.0'].map((version): [RegExp, string] => {
      const v = version.replace('.', '\\.');
      const variant = words === '' ? '' : `[- ]${words}`;
      const short = suffix === '' ? '' : `[- ]${suffix.toLowerCase()}`;
      return [
        new RegExp(
          `\\bcreative\\s+commons\\s+attribution${variant}\\s+(?:license\\s+)?(?:version\\s+|v)?${v}\\b|` +
            `\\bcreative\\s+commons\\s+${v}\\s+attributions?${variant}\\b|\\bcc[- ]by${short}[- ]${v}\\b`,
          'i',
        ),
        `CC-BY${suffix === '' ? '' : `-${suffix}`}-${version}`,
      ];
    }),
  );
}

/** Longer than this is not a notice: the templates had their chance on it. */
export const MAX_NOTICE_WORDS = 160;

/** The licenses a short text names, in the order first named, as SPDX ids. */
export function namedLicenses(text: string): string[] {
  const found: { id: string; at: number }[] = [];
  let rest = text;
  for (const [pattern, id] of NAMES) {
    const match = new RegExp(pattern.source, 'gi');
    let m: RegExpExecArray | null;
    while ((m = match.exec(rest)) !== null) {
      if (!found.some((entry) => entry.id === id)) found.push({ id, at: m.index });
    }
    // A name once matched is not matched again by a shorter one ("Apache License 2.0" is not "MIT").
    rest = rest.replace(match, (s) => ' '.repeat(s.length));
  }
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.id);
}

/** True when a text offers its licenses as a choice. */
export function offersChoice(text: string): boolean {
  return CHOICE.test(text);
}

export type NoticeReading =
  | { readonly kind: 'choice'; readonly options: readonly string[] }
  | { readonly kind: 'declares'; readonly license: string }
  | { readonly kind: 'not-a-license'; readonly reason: string };

/** Longer than this is more than a one-sentence declaration. */
const MAX_DECLARATION_WORDS = 40;
/** "Licensed under the X", or X's own title line ("Apache License Version 2.0, January 2004"). */
const DECLARES =
  /\blicen[cs]ed under\b|^\W*(?:the\s+)?[a-z0-9 .,-]{0,60}\blicen[cs]e,?\s+(?:version|v)\s*\d/i;
/** Words that limit what a declaration covers, or add to it: then it is not read as one. */
const PARTIAL =
  /\b(?:except|unless|otherwise|portions?|parts?|some|other|but|only|not|shall|must|may|without|additional|exception|provided)\b/i;

/**
 * A short notice that says the code is under one license it names, without its text ("Licensed
 * under the Apache License 2.0."; a license's title line and a link to its text): that license,
 * as the notice declares it. Anything that limits or adds to the declaration is not read so.
 */
function declaredLicense(text: string, wordCount: number): string | undefined {
  if (wordCount > MAX_DECLARATION_WORDS || PARTIAL.test(text) || !DECLARES.test(text)) return undefined;
  const names = namedLicenses(text);
  return names.length === 1 ? names[0] : undefined;
}

/** What a short unmatched license file is; undefined for a text of license-like length. */
export function readNotice(text: string, wordCount: number): NoticeReading | undefined {
  if (wordCount > MAX_NOTICE_WORDS) {
    if (EULA.test(text))
      return { kind: 'not-a-license', reason: 'an end-user license agreement, not a license SPDX names' };
    if (ELASTIC_V1.test(text))
      return { kind: 'not-a-license', reason: 'Elastic License v1 (source-available, no SPDX id)' };
    return undefined;
  }
  const names = namedLicenses(text);
  if (names.length >= 2 && offersChoice(text)) return { kind: 'choice', options: names };
  if (EULA.test(text))
    return { kind: 'not-a-license', reason: 'an end-user license agreement, not a license SPDX names' };
  if (ELASTIC_V1.test(text))
    return { kind: 'not-a-license', reason: 'Elastic License v1 (source-available, no SPDX id)' };
  const declared = declaredLicense(text, wordCount);
  if (declared !== undefined) return { kind: 'declares', license: declared };
  if (POINTER.test(text) && /\blicen[cs]e|copying\b/i.test(text))
    return { kind: 'not-a-license', reason: 'only points to other license files or pages' };
  if (PUBLIC_DOMAIN.test(text))
    return {
      kind: 'not-a-license',
      reason: 'a public-domain statement in its own words, not a license text',
    };
  return { kind: 'not-a-license', reason: 'too short to be a license text and matches none' };
}
