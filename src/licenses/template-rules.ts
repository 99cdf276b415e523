/**
 * License knowledge as data, beside the edits to the texts (template-edits.ts): what the scanner
 * must know about a license besides its words, per template id. The scanner files (match.ts,
 * residue-runs.ts, residue.ts, expression.ts, classifier.ts) read these fields and have no branch
 * for any license, as google/licensecheck keeps such knowledge in its .lre templates.
 * Phrases are in normalized words (lower case, punctuation dropped; see normalize.ts).
 */

export interface TemplateRules {
  /**
   * Phrases that name this license apart from its relatives ("lesser general public"), space-padded.
   * A matched span and a template that differ in one (any template's) are different licenses.
   */
  readonly family?: readonly string[];
  /** Wordings of this license's own clauses that read like a restriction: never an added one (`g` regexes). */
  readonly ownClauses?: readonly RegExp[];
  /**
   * The id this text has when the licensor grants later versions, and the phrases that grant them
   * in a notice beside the text. The text alone cannot say: it is the -only id without one.
   */
  readonly orLater?: { readonly id: string; readonly phrases: readonly RegExp[] };
  /**
   * Where this license's own "how to apply" appendix starts. Up to the text's end it is the
   * license's words, and an "or later" notice in it is the license's example, not the licensor's.
   */
  readonly appendix?: readonly string[];
  /**
   * The licensor's notice of this license: a block that holds every `names` pattern, and no clause
   * words once `boilerplate` is taken out, says which license and version; it adds no terms.
   */
  readonly notice?: { readonly names: readonly RegExp[]; readonly boilerplate: RegExp };
  /** A block opening the file that holds every one of these is the license's own preamble: no terms. */
  readonly preamble?: readonly RegExp[];
  /** Templates whose text comes with this one as one license (the LGPL-3.0 is permissions on the GPL-3.0). */
  readonly includes?: readonly string[];
  /** A license the licensor offers beside this one when an unmatched block names it: a choice. */
  readonly offeredWith?: { readonly named: RegExp; readonly id: string };
  /** The parameters the licensor fills in before the text: an unmatched block there with every word is them. */
  readonly parameters?: readonly string[];
  /** Where this license's SPDX text ends, when SPDX appends another license after it. */
  readonly textEndsBefore?: string;
}

/** The FSF's "How to Apply These Terms" appendix of a GNU text. */
const HOW_TO_APPLY = 'how to apply these terms';

/** A licensor's GNU notice names the license and the FSF; "you should have received a copy" is no clause. */
const FSF_NOTICE = {
  names: [/\bgnu (?:affero |lesser |library )?general public license\b/, /\bfree software foundation\b/],
  boilerplate: /\bshould have received\b/g,
};

/**
 * How licensors say "or later" beside a GNU text (normalized words): the FSF's "or (at your
 * option) any later version", and the shorter forms real projects write ("GNU GPL version 2.0 or
 * later", "GPLv3 or later", "or any later version", "GPL-2.0-or-later", "v2 or newer").
 */
const GNU_OR_LATER_PHRASES: readonly RegExp[] = [
  /\bany later version\b/,
  /\b(?:gpl|lgpl|agpl|license|licence|version|v)\s?v?\d+(?:\.\d+)?\s(?:or\s(?:any\s)?(?:later|newer))\b/,
  /\b(?:gplv|lgplv|agplv)\d+(?:\.\d+)?\sor\s(?:any\s)?(?:later|newer)\b/,
];

/** A GNU text: the FSF's appendix and notice, and "or later" said by the licensor beside it. */
const gnu = (orLater: string, family?: string): TemplateRules => ({
  appendix: [HOW_TO_APPLY],
  notice: FSF_NOTICE,
  orLater: { id: orLater, phrases: GNU_OR_LATER_PHRASES },
  ...(family === undefined ? {} : { family: [` ${family} `] }),
});

/** Eclipse's notice: "… Eclipse Public License v2.0 and Eclipse Distribution License v1.0" (the EDL is BSD-3-Clause's text). */
const WITH_EDL = { named: /\beclipse distribution license\b/, id: 'BSD-3-Clause' };

/**
 * Rules by template id. A key ending in `*` applies to every template id starting with the rest
 * (a family of SPDX ids that share a preamble). The notice templates (templates.ts) take the
 * rules of the text whose `orLater` id they are only through `baseTemplate`.
 */
export const TEMPLATE_RULES: Readonly<Record<string, TemplateRules>> = {
  'AGPL-1.0-only': gnu('AGPL-1.0-or-later', 'affero general public'),
  'AGPL-3.0-only': gnu('AGPL-3.0-or-later', 'affero general public'),
  'BSD-3-Clause': {
    // "The names of its contributors may not be used to endorse or promote products" (go-difflib).
    ownClauses: [/\b(may|shall|must) not be used to endorse or promote\b/g],
  },
  'BSD-3-Clause-Clear': { family: [' clear bsd '] },
  // Licensors copy the terms with their Parameters block (Licensor, Licensed Work, Additional Use
  // Grant, Change Date, Change License) filled in before "Terms".
  'BUSL-1.1': { parameters: ['parameters', 'licensor', 'licensed', 'work', 'change', 'date', 'license'] },
  // Creative Commons' own preamble ("… is not a law firm …", considerations for licensors and the
  // public; older copies word it differently from SPDX's) adds no terms.
  'CC-*': { preamble: [/\bcreative commons corporation\b/, /\bis not a law firm\b/] },
  'CC-BY-SA-4.0': { family: [' sharealike '] },
  'EPL-1.0': { offeredWith: WITH_EDL },
  'EPL-2.0': { offeredWith: WITH_EDL },
  'GPL-1.0-only': gnu('GPL-1.0-or-later'),
  'GPL-2.0-only': gnu('GPL-2.0-or-later'),
  'GPL-3.0-only': gnu('GPL-3.0-or-later'),
  'LGPL-2.0-only': gnu('LGPL-2.0-or-later', 'library general public'),
  'LGPL-2.1-only': gnu('LGPL-2.1-or-later', 'lesser general public'),
  // SPDX's LGPL-3.0 text has the GPL-3.0 text appended; the LGPL part alone is the template.
  'LGPL-3.0-only': {
    ...gnu('LGPL-3.0-or-later', 'lesser general public'),
    includes: ['GPL-3.0-only'],
    textEndsBefore: 'GNU GENERAL PUBLIC LICENSE\nVersion 3',
  },
  'MIT-0': { family: [' no attribution '] },
};

const NO_RULES: TemplateRules = {};
const merged = new Map<string, TemplateRules>();

/** The rules of one template id (its own and its family's), empty when it has none. */
export function rulesOf(id: string): TemplateRules {
  let rules = merged.get(id);
  if (rules === undefined) {
    const keys = Object.keys(TEMPLATE_RULES).filter((key) =>
      key.endsWith('*') ? id.startsWith(key.slice(0, -1)) : key === id,
    );
    rules = keys.length === 0 ? NO_RULES : Object.assign({}, ...keys.map((key) => TEMPLATE_RULES[key]));
    merged.set(id, rules!);
  }
  return rules!;
}

/** The text a notice template stands for: GPL-2.0-only for the GPL-2.0-or-later notice. */
export function baseTemplate(id: string): string {
  for (const [key, rules] of Object.entries(TEMPLATE_RULES)) if (rules.orLater?.id === id) return key;
  return id;
}

/** Every value of one field over all rules, in the order written. */
export function everyRule<K extends keyof TemplateRules>(field: K): NonNullable<TemplateRules[K]>[] {
  return Object.values(TEMPLATE_RULES)
    .map((rules) => rules[field])
    .filter((value): value is NonNullable<TemplateRules[K]> => value !== undefined);
}

/** SPDX's suffixes of a GNU text's variants: a license family is its id without them. */
export const VARIANT_SUFFIX = /-(only|or-later)$/;

/** License names prose uses for them, beside the words of licensing: a block naming one is about licensing. */
export const PROSE_LICENSE_NAMES: readonly string[] = [
  'cc0',
  'creative commons',
  'gpl',
  'lgpl',
  'mpl',
  'bsd',
  'apache',
];

/** License pages as a block cites them (normalized words), and the license each one is. */
export const LICENSE_PAGES: readonly (readonly [RegExp, string])[] = [
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
