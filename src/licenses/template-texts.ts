import spdxDeprecated from 'spdx-license-ids/deprecated.json' with { type: 'json' };
import spdxFull from 'spdx-license-list/full.js';
import { createHash } from 'node:crypto';
import { GPL_HOW_TO, TEMPLATE_EDITS, VAR, type Edit } from './template-edits.js';
import { rulesOf, TEMPLATE_RULES } from './template-rules.js';

/**
 * What the templates are made from: the SPDX texts (spdx-license-list's 5 MB of JSON), our edits,
 * the notices and the alternate wordings. Read by scripts/generate-template-words.ts, which writes
 * their words into template-words-data.ts, and by tests and benches; never by a run. Loading and
 * compiling that JSON took 0.2-0.3 s and ~19 MiB of every run (measured: --cpu-prof, RSS), for a
 * key that only checks the generated data against these inputs, which
 * template-words-data.test.ts now does.
 */

// A static import: @vercel/ncc bundles it (and its JSON); createRequire would be left to runtime.
const SPDX_FULL = spdxFull as Record<string, { name: string; licenseText: string }>;

// Not templates of their own: deprecated ids (spdx-license-ids), `+` forms, and the GNU
// -or-later ids, whose text is the -only one (the licensor's notice decides: the `orLater`
// rules in template-rules.ts).
const DEPRECATED = new Set(spdxDeprecated as string[]);
const SKIPPED = (id: string): boolean =>
  DEPRECATED.has(id) ||
  id.endsWith('+') ||
  /^(A|L)?GPL-.*-or-later$/.test(id) ||
  id === 'GFDL-1.1-or-later' ||
  /^GFDL-1\.[123]-(invariants-|no-invariants-)?or-later$/.test(id);

/**
 * The license ids with a full-text template: every SPDX license with a text in
 * spdx-license-list (curated edits first, for the licenses Go modules use most).
 */
export const TEMPLATE_IDS: readonly string[] = [
  ...Object.keys(TEMPLATE_EDITS),
  ...Object.keys(SPDX_FULL)
    .filter((id) => !(id in TEMPLATE_EDITS) && !SKIPPED(id))
    .sort(),
];

/** SPDX placeholders (`<year>`, `[owner]`, `${licensor name}`, `<name of author>`): variables. */
const PLACEHOLDER =
  /(?<!<)<(?!https?:|www\.|<)[^<>\n@]{1,80}>(?!>)|(?<!\[)\[(?!\[)[^[\]\n]{2,60}\](?!\])|\$\{[^}\n]{1,60}\}/g;

/** The FSF's "how to apply" notice; `work` is "program" or "library". */
const GNU_NOTICE = (license: string, version: string, work: string, tail: string): string =>
  `This ${work} is free software; you can redistribute it and/or modify it under the terms of the GNU ${license} as published by the Free Software Foundation; either version ${version} of the License, or (at your option) any later version.

This ${work} is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU ${license} for more details.

You should have received a copy of the GNU ${license} along with this ${work}${tail}`;

const FSF_ADDRESS =
  '[[; if not, write to the Free Software Foundation, Inc., 51 Franklin Street, Fifth Floor, Boston, MA 02110-1301 USA.]]';
const SEE_LICENSES = '. If not, see <https://www.gnu.org/licenses/>.';

/**
 * The standard notices that stand for a license in Go repositories' LICENSE files (the Apache
 * boilerplate in yaml.v3's, the FSF "or later" notice above a GPL-family text).
 */
export const NOTICE_TEMPLATES: readonly { readonly id: string; readonly source: string }[] = [
  {
    id: 'Apache-2.0',
    source: `Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with the License. You may obtain a copy of the License at

http://www.apache.org/licenses/LICENSE-2.0

[[A copy of the license is also reproduced below.]]

Unless required by applicable law or agreed to in writing, software distributed under the License is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the License for the specific language governing permissions and limitations under the License.`,
  },
  { id: 'GPL-2.0-or-later', source: GNU_NOTICE('General Public License', '2', 'program', FSF_ADDRESS) },
  { id: 'GPL-3.0-or-later', source: GNU_NOTICE('General Public License', '3', 'program', SEE_LICENSES) },
  {
    id: 'LGPL-2.1-or-later',
    source: GNU_NOTICE('Lesser General Public License', '2.1', 'library', FSF_ADDRESS),
  },
  {
    id: 'LGPL-3.0-or-later',
    source: GNU_NOTICE('Lesser General Public License', '3', 'program', SEE_LICENSES),
  },
  {
    id: 'AGPL-3.0-or-later',
    source: GNU_NOTICE('Affero General Public License', '3', 'program', SEE_LICENSES),
  },
];

/** The SPDX text a template is made from, before its markup (without a license SPDX appends: `textEndsBefore`). */
export function templateText(id: string): string {
  const entry = SPDX_FULL[id];
  if (entry === undefined) throw new Error(`no license template ${id}`);
  const text = entry.licenseText;
  const end = rulesOf(id).textEndsBefore;
  return end === undefined ? text : text.slice(0, text.indexOf(end));
}

/** The SPDX text of a template with its markup applied (exported for tests and the corpus). */
export function templateSource(id: string): string {
  let text = templateText(id);
  const curated = TEMPLATE_EDITS[id] ?? [];
  const edits = [...curated, ...genericEdits(text).filter(([from]) => !curated.some(([c]) => c === from))];
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`license template ${id}: '${from}' not in the SPDX text`);
    text = text.replace(from, to);
  }
  text = text.replace(PLACEHOLDER, ` ${VAR} `);
  // An opening `[[` without a closing one runs to the end (appendices).
  const opens = text.split('[[').length - 1;
  const closes = text.split(']]').length - 1;
  return opens > closes ? `${text}]]` : text;
}

/**
 * Optional parts of uncurated texts: the FSF's appendix (most copies of a GNU license drop it),
 * and Creative Commons' own preamble and closing notice around the license proper, in SPDX's
 * wording and in creativecommons.org's legalcode.txt (the considerations' links spelled out, and
 * the closing notice's sentence on CC0, which SPDX's copies lack).
 */
function genericEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  if (text.includes(GPL_HOW_TO[0])) edits.push(GPL_HOW_TO);
  const licenseProper = text.indexOf('By exercising the Licensed Rights');
  if (text.includes('is not a law firm') && licenseProper > 0) {
    const preamble = text.slice(0, licenseProper);
    edits.push([preamble, `[[${withOptional(preamble, CC_CONSIDERATIONS_LINKS)}]]`]);
  }
  const trailer = 'Creative Commons is not a party to its public licenses.';
  if (text.includes(trailer)) edits.push([trailer, `[[${trailer}`]);
  if (text.includes(trailer) && text.includes(CC_LICENSOR))
    edits.push([CC_LICENSOR, `${CC_LICENSOR} [[${CC_CC0}]]`]);
  return edits;
}

/** Where legalcode.txt adds a link after SPDX's sentence: [SPDX's sentence without its full stop, the link]. */
const CC_CONSIDERATIONS_LINKS: readonly (readonly [string, string])[] = [
  ['More considerations for licensors', 'wiki.creativecommons.org/Considerations_for_licensors'],
  ['More considerations for the public', 'wiki.creativecommons.org/Considerations_for_licensees'],
];
const CC_LICENSOR = 'will be considered the “Licensor.”';
const CC_CC0 =
  'The text of the Creative Commons public licenses is dedicated to the public domain under the CC0 Public Domain Dedication.';

function withOptional(text: string, links: readonly (readonly [string, string])[]): string {
  for (const [sentence, link] of links) text = text.replace(sentence, `${sentence} [[${link}]]`);
  return text;
}

/**
 * Other wordings of a license's own clause, each a template of the same id: BSD-3-Clause's
 * non-endorsement clause as "The name X may not be used to endorse or promote …" (go-sqlmock,
 * xz, go-difflib). Only the clause's words change; the license does not.
 */
export const ALTERNATE_TEMPLATES: readonly { readonly id: string; readonly source: () => string }[] = [
  {
    id: 'BSD-3-Clause',
    source: () =>
      replaceOrThrow(
        templateSource('BSD-3-Clause'),
        `Neither the name of ${VAR} nor the names of its contributors may be used`,
        `${VAR} may not be used`,
      ),
  },
];

function replaceOrThrow(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`license template: '${from}' not in the text`);
  return text.replace(from, to);
}

/** Every template's id and source, in compile order (the order of the vocabulary's ids). */
export function templateSources(): { readonly id: string; readonly source: () => string }[] {
  return [
    ...TEMPLATE_IDS.map((id) => ({ id, source: () => templateSource(id) })),
    ...ALTERNATE_TEMPLATES,
    ...NOTICE_TEMPLATES.map(({ id, source }) => ({ id, source: () => source })),
  ];
}

/**
 * A digest of what the templates are made from (the SPDX texts, our edits, notices and
 * alternates), cheaper than making each source: precompiled words are used only under this key.
 */
export function templateTextsKey(): string {
  return (inputsKey ??= hashTemplateInputs());
}

let inputsKey: string | undefined;

function hashTemplateInputs(): string {
  const hash = createHash('sha256');
  // The rules (template-rules.ts) shape the texts too (parameters, textEndsBefore); RegExps as source.
  const rules = JSON.stringify(TEMPLATE_RULES, (_key, value: unknown) =>
    value instanceof RegExp ? value.source : value,
  );
  hash.update(JSON.stringify([TEMPLATE_EDITS, GPL_HOW_TO, VAR, NOTICE_TEMPLATES]) + rules);
  for (const { id, source } of ALTERNATE_TEMPLATES) hash.update(`\0${id}\0${source()}`);
  for (const id of TEMPLATE_IDS) hash.update(`\0${id}\0${SPDX_FULL[id].licenseText}`);
  return hash.digest('base64');
}
