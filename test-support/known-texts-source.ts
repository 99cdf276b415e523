import fs from 'node:fs';
import path from 'node:path';
import { classifyFully, DEFAULT_CONFIDENCE, MAX_CLASSIFIED_WORDS } from '../src/licenses/classifier.js';
import { templateForms, wordsFingerprint } from '../src/licenses/exact-templates.js';
import { knownTextsKey, type KnownText, type KnownTextsData } from '../src/licenses/known-texts.js';
import { normalizeText } from '../src/licenses/normalize.js';
import { CURATED_TEMPLATE_IDS } from '../src/licenses/templates.js';

/**
 * What src/licenses/known-texts-data.ts is made from, and how: the texts of our own corpora (never
 * the fresh evaluation set, __fixtures__/license-eval, which scores how the classifier does on
 * texts it was not made with) and the curated templates' verbatim forms, each classified by the
 * full classifier. scripts/generate-known-texts.ts writes it; known-texts.test.ts re-derives it.
 */
const ROOT = path.join(import.meta.dirname, '..');
export const KNOWN_TEXT_CORPORA = [
  path.join(ROOT, '__fixtures__', 'licenses', 'corpus'),
  path.join(ROOT, '__fixtures__', 'license-corpus-real', 'modules'),
  // Real modules' texts the table did not answer (scripts/collect-known-texts.ts): a cache, no labels.
  path.join(ROOT, '__fixtures__', 'license-known-texts', 'modules'),
];

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.json') && !entry.name.endsWith('.mjs'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Every text the table is made from: [where it came from, the text]. */
export function knownTextSources(): [string, string][] {
  const texts: [string, string][] = [];
  for (const id of CURATED_TEMPLATE_IDS)
    templateForms(id).forEach((words, i) => texts.push([`template ${id} form ${i}`, words.join(' ')]));
  for (const dir of KNOWN_TEXT_CORPORA)
    for (const file of filesUnder(dir))
      texts.push([path.relative(ROOT, file), fs.readFileSync(file, 'utf8')]);
  return texts;
}

/**
 * A text's entry, when the full classifier's answer depends on its words alone (a template
 * matched; no SPDX-License-Identifier line, notice or choice read from the raw text). It is
 * classified one word per line, so that each line number is a word index.
 */
export function knownTextEntry(text: string): [string, KnownText] | undefined {
  const words = normalizeText(text).words;
  if (words.length === 0 || words.length > MAX_CLASSIFIED_WORDS || /SPDX-License-Identifier/i.test(text))
    return undefined;
  const oneWordPerLine = words.join('\n');
  const normalized = normalizeText(oneWordPerLine);
  if (normalized.words.join(' ') !== words.join(' ')) return undefined;
  const result = classifyFully(oneWordPerLine, normalized, DEFAULT_CONFIDENCE);
  if (
    result.expression === undefined ||
    result.matches.length === 0 ||
    result.declared.length > 0 ||
    result.choiceOf !== undefined ||
    result.declares !== undefined ||
    result.reason !== undefined
  )
    return undefined;
  return [
    wordsFingerprint(words),
    [
      result.expression,
      result.matches.map((m) => [m.license, m.confidence, m.startLine - 1, m.endLine - 1] as const),
      result.unknown.map((u) => [u.startLine - 1, u.endLine - 1] as const),
    ],
  ];
}

/** The whole table, from every source text. */
export function buildKnownTexts(): KnownTextsData {
  const entries: Record<string, KnownText> = {};
  for (const [, text] of knownTextSources()) {
    const entry = knownTextEntry(text);
    if (entry !== undefined) entries[entry[0]] = entry[1];
  }
  const sorted = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { key: knownTextsKey(), entries: sorted };
}
