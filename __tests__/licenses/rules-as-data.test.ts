import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import spdxIds from 'spdx-license-ids/index.json' with { type: 'json' };
import spdxDeprecated from 'spdx-license-ids/deprecated.json' with { type: 'json' };
import spdxFull from 'spdx-license-list/full.js';
import { classifyFully } from '../../src/licenses/classifier.js';
import { DEFAULT_CONFIDENCE } from '../../src/licenses/classification.js';
import { normalizeText } from '../../src/licenses/normalize.js';
import { baseTemplate, rulesOf, TEMPLATE_RULES } from '../../src/licenses/template-rules.js';
import { NOTICE_TEMPLATES, TEMPLATE_IDS, templateText } from '../../src/licenses/template-texts.js';

/**
 * License knowledge lives in the data files (template-edits.ts, template-rules.ts, notice.ts,
 * exceptions.ts, templates.ts); the scanner files read it and hold no per-license branch, as
 * google/licensecheck's scanner holds none. Checked on the scanner files' own tokens (string,
 * template and regex literals, and identifiers; comments may cite licenses as examples).
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCANNER_FILES = ['match.ts', 'residue-runs.ts', 'residue.ts', 'expression.ts', 'classifier.ts'];

const SPDX_TEXTS = spdxFull as Record<string, { licenseText: string }>;
const IDS = [...(spdxIds as string[]), ...(spdxDeprecated as string[])];
const ID_SET = new Set(IDS.map((id) => id.toLowerCase()));
// SPDX's variant suffixes of the GNU ids: which variant a text is, is the data's to say.
const VARIANT_SUFFIX = /-\(?(?:only|or-later)\b|\bor-later\b/;

// The names licenses go by, beside their ids: the head of each id ("GPL" of GPL-2.0-only, "CC"
// of CC-BY-4.0), less the heads that are ordinary words, and the names spelled out in prose.
const ORDINARY_WORDS = new Set(
  'any blessing check copyleft cube doc fair free glide info intel jam loop open ruby sun vim zed'.split(' '),
);
const NAME_WORDS = new Set([
  ...IDS.map((id) => id.split(/[-_]/)[0].toLowerCase()).filter(
    (head) => /[a-z]/.test(head) && head.length >= 2 && !ORDINARY_WORDS.has(head),
  ),
  ...['gnu', 'fsf', 'eclipse', 'mozilla', 'creative', 'commons', 'affero', 'lesser', 'sharealike', 'edl'],
]);
// A run of this many words found in a license text is that license's phrase, not a general rule.
const PHRASE_WORDS = 5;

interface Token {
  readonly file: string;
  readonly kind: 'literal' | 'identifier';
  readonly text: string;
}

function scannerTokens(file: string): Token[] {
  const path = join(ROOT, 'src', 'licenses', file);
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const tokens: Token[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteralLike(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    )
      tokens.push({ file, kind: 'literal', text: node.text });
    else if (ts.isRegularExpressionLiteral(node))
      tokens.push({ file, kind: 'literal', text: node.text.slice(1, node.text.lastIndexOf('/')) });
    else if (ts.isIdentifier(node)) tokens.push({ file, kind: 'identifier', text: node.text });
    ts.forEachChild(node, visit);
  };
  visit(source);
  // Word-by-word comparisons spell a phrase too (words[i] === 'how' && words[i + 1] === 'to' …).
  const words = tokens.filter((token) => token.kind === 'literal' && /^[a-z]+$/.test(token.text));
  tokens.push({ file, kind: 'literal', text: words.map((token) => token.text).join(' ') });
  return tokens;
}

/** The words of a literal; a regex's alternatives and groups split it into separate fragments. */
function fragments(token: Token): string[][] {
  const text =
    token.kind === 'identifier'
      ? token.text.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ')
      : token.text.replace(/\\[bsSdDwW]/g, ' ');
  return text
    .toLowerCase()
    .split(/[|()[\]?*+{}^$:]/)
    .map((part) => part.match(/[a-z0-9]+/g) ?? [])
    .filter((words) => words.length > 0);
}

/** Every SPDX license text's words, one string: a phrase is in it as ` ${phrase} `. */
function licenseWords(): string {
  const texts = Object.values(SPDX_TEXTS).map(({ licenseText }) =>
    (licenseText.toLowerCase().match(/[a-z0-9]+/g) ?? []).join(' '),
  );
  return ` ${texts.join(' | ')} `;
}

/** What in a token names a license or quotes one; empty when it is general. */
function licenseKnowledge(token: Token, corpus: string): string[] {
  const found: string[] = [];
  if (token.kind === 'literal') {
    for (const word of token.text.replace(/\\[bsSdDwW]/g, ' ').split(/[^A-Za-z0-9.+-]+/)) {
      const id = word.replace(/^[.+-]+|[.+-]+$/g, '').toLowerCase();
      if (ID_SET.has(id)) found.push(`the license id ${id}`);
    }
    if (VARIANT_SUFFIX.test(token.text)) found.push('an SPDX variant suffix');
  }
  for (const words of fragments(token)) {
    for (const word of words) if (NAME_WORDS.has(word)) found.push(`the license name "${word}"`);
    for (let i = 0; i + PHRASE_WORDS <= words.length; i++) {
      const phrase = words.slice(i, i + PHRASE_WORDS).join(' ');
      if (corpus.includes(` ${phrase} `)) found.push(`the license phrase "${phrase}"`);
    }
  }
  return found;
}

describe('license knowledge is data', () => {
  const corpus = licenseWords();

  it('leaves no license id, name or phrase in the scanner files', () => {
    const offences = SCANNER_FILES.flatMap((file) =>
      scannerTokens(file).flatMap((token) =>
        licenseKnowledge(token, corpus).map(
          (what) => `${token.file}: ${token.kind} ${JSON.stringify(token.text)} holds ${what}`,
        ),
      ),
    );
    expect([...new Set(offences)]).toEqual([]);
  });

  it('would see each kind of license knowledge (the check can fail)', () => {
    const see = (kind: Token['kind'], text: string): string[] =>
      licenseKnowledge({ file: 'x.ts', kind, text }, corpus);
    expect(see('literal', 'BSD-3-Clause')).not.toEqual([]);
    expect(see('literal', '^(A|L)?GPL-[0-9.]+-only$')).not.toEqual([]);
    expect(see('literal', '\\bcreative commons corporation\\b')).not.toEqual([]);
    expect(see('literal', '\\bhow to apply these terms\\b')).not.toEqual([]);
    expect(see('literal', '\\b(may|shall|must) not be used to endorse or promote\\b')).not.toEqual([]);
    expect(see('identifier', 'isCcPreambleBefore')).not.toEqual([]);
    expect(see('identifier', 'GNU_OR_LATER_PHRASES')).not.toEqual([]);
    // General words of terms and clauses are not a license's.
    expect(see('literal', '\\b(shall not|may not|must not|cannot|prohibited)\\b')).toEqual([]);
    expect(see('identifier', 'residueTerms')).toEqual([]);
  });
});

describe('the template rules', () => {
  const words = (id: string): string => ` ${normalizeText(templateText(id)).words.join(' ')} `;
  const keyIds = (key: string): string[] =>
    key.endsWith('*') ? TEMPLATE_IDS.filter((id) => id.startsWith(key.slice(0, -1))) : [key];

  it('are keyed by template ids, a `*` key by a prefix some template ids have', () => {
    for (const key of Object.keys(TEMPLATE_RULES)) {
      expect(keyIds(key).length).toBeGreaterThan(0);
      for (const id of keyIds(key)) expect(TEMPLATE_IDS).toContain(id);
    }
  });

  it('name ids that exist: later variants are notice templates or SPDX ids, pairings are templates', () => {
    const spdx = new Set(IDS);
    for (const [key, rules] of Object.entries(TEMPLATE_RULES)) {
      if (rules.orLater) expect(spdx.has(rules.orLater.id)).toBe(true);
      for (const id of rules.includes ?? []) expect(TEMPLATE_IDS).toContain(id);
      if (rules.offeredWith) expect(spdx.has(rules.offeredWith.id)).toBe(true);
      if (rules.orLater) expect(baseTemplate(rules.orLater.id)).toBe(key);
    }
    for (const { id } of NOTICE_TEMPLATES.filter(({ id }) => baseTemplate(id) !== id))
      expect(rulesOf(baseTemplate(id)).orLater?.id).toBe(id);
  });

  it("hold phrases of the license's own text: its family name, its appendix, its preamble", () => {
    for (const [key, rules] of Object.entries(TEMPLATE_RULES)) {
      for (const id of keyIds(key)) {
        for (const phrase of rules.family ?? []) expect(words(id)).toContain(phrase);
      }
    }
    // An appendix marker is in the text of a template that has it (the FSF's, in the GPL texts).
    for (const phrase of new Set(Object.values(TEMPLATE_RULES).flatMap((rules) => rules.appendix ?? [])))
      expect(TEMPLATE_IDS.some((id) => rulesOf(id).appendix && words(id).includes(` ${phrase} `))).toBe(true);
    // A preamble rule's phrases are all in the texts of some template it applies to.
    const withPreamble = TEMPLATE_IDS.filter((id) => rulesOf(id).preamble);
    expect(withPreamble.some((id) => rulesOf(id).preamble!.every((phrase) => phrase.test(words(id))))).toBe(
      true,
    );
  });

  it('cut a text where SPDX appends another license after it', () => {
    for (const id of TEMPLATE_IDS.filter((id) => rulesOf(id).textEndsBefore)) {
      const cut = templateText(id);
      const whole = (spdxFull as Record<string, { licenseText: string }>)[id].licenseText;
      expect(cut.length).toBeGreaterThan(0);
      expect(cut.length).toBeLessThan(whole.length);
    }
  });
});

describe('each rule decides a verdict (remove it and its case here fails)', () => {
  const corpus = (file: string): string => readFileSync(join(ROOT, '__fixtures__', file), 'utf8');
  const expressionOf = (text: string): string | undefined => {
    const result = classifyFully(text, normalizeText(text), DEFAULT_CONFIDENCE);
    return result.unknown.length > 0 ? `${result.expression} (with unknown blocks)` : result.expression;
  };
  const gpl2 = templateText('GPL-2.0-only');
  const fsfNotice = (license: string, version: string, work: string): string =>
    `This ${work} is free software; you can redistribute it and/or modify it under the terms of the GNU ${license} as published by the Free Software Foundation; either version ${version} of the License, or (at your option) any later version.

This ${work} is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU ${license} for more details.

You should have received a copy of the GNU ${license} along with this ${work}; if not, write to the Free Software Foundation, Inc., 51 Franklin Street, Fifth Floor, Boston, MA 02110-1301 USA.
`;
  // The FSF's appendix in a copy that words its start in its own way: the example notice in it
  // is then matched apart from the text, and is still not the licensor's grant.
  const ownAppendix = `${gpl2.slice(0, gpl2.indexOf('How to Apply These Terms'))}How to Apply These Terms to Your New Programs

We keep a short guide for new contributors in the docs folder of the repository. It explains how to build the project, how to run the tests on each supported platform, how to report a problem, and how to send a change for review. Please read it before you open an issue, and ask on the mailing list when something in it is unclear or out of date.

${fsfNotice('General Public License', '2', 'program')}`;
  const versionNotice = `This file is part of Foo.

Foo is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, version 3.

Foo is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details.

You should have received a copy of the GNU General Public License along with Foo. If not, see <https://www.gnu.org/licenses/>.

`;
  const parameters = `Parameters

Licensor:             Acme Corp.
Licensed Work:        Acme Server 1.0. The Licensed Work is (c) 2024 Acme Corp.
Additional Use Grant: None
Change Date:          2028-01-01
Change License:       Mozilla Public License, version 2.0

`;
  const unknown = 'LicenseRef-unknown (with unknown blocks)';
  const cases: [rule: string, text: () => string, expected: string][] = [
    // Without the rule, the BSD-3-Clause template takes a text titled "The Clear BSD License".
    ['family (Clear BSD)', () => `The Clear BSD License\n\n${templateText('BSD-3-Clause')}`, unknown],
    // Without it, the GNU GPL notice template takes the Library GPL's notice (no template of its own).
    ['family (Library GPL)', () => fsfNotice('Library General Public License', '2', 'library'), unknown],
    [
      'ownClauses',
      () =>
        templateText('BSD-3-Clause-Clear').replace('may be used to endorse', 'may not be used to endorse'),
      'BSD-3-Clause-Clear',
    ],
    ['orLater', () => `Licensed under the GNU GPL version 2.0 or later.\n\n${gpl2}`, 'GPL-2.0-or-later'],
    ['notice', () => versionNotice + templateText('GPL-3.0-only'), 'GPL-3.0-only'],
    ['appendix', () => ownAppendix, 'GPL-2.0-only'],
    ['includes', () => corpus('licenses/corpus/spdx-LGPL-3.0-only.txt'), 'LGPL-3.0-only'],
    ['preamble', () => corpus('licenses/corpus/cc-by-sa-4.0-go-digest-license-docs.txt'), 'CC-BY-SA-4.0'],
    [
      'offeredWith',
      () => corpus('license-corpus-real/modules/github.com/eclipse/paho.mqtt.golang@v1.5.1/LICENSE'),
      'EPL-2.0 OR BSD-3-Clause',
    ],
    ['parameters', () => parameters + templateText('BUSL-1.1'), 'BUSL-1.1'],
  ];
  it.each(cases)('%s', (_rule, text, expected) => {
    expect(expressionOf(text())).toBe(expected);
  });
});
