import { CLASSIFIER_VERSION } from './classifier-version.js';
import { DEFAULT_CONFIDENCE, type FileClassification } from './classification.js';
import { KNOWN_TEXTS_DATA } from './known-texts-data.js';
import type { Words } from './normalize.js';
import { templateInputsKey } from './templates.js';

/**
 * The classifications of the license texts in our own corpora and of the curated templates'
 * verbatim forms, by the fingerprint of their normalized words (copyright lines already gone),
 * compiled into our code by scripts/generate-known-texts.ts: most Go modules' license files are
 * one of these, and answering them from the table skips the alignment. No verdict is read from
 * anywhere a user or an attacker writes; the words of the file, read from the zip `go` checked,
 * are what is looked up. The table answers only under the classifier version and template inputs
 * it was made with, and only at the default confidence. `known-texts.test.ts` re-derives every
 * entry with the full classifier, so the table cannot drift from it.
 */

/** One entry: expression, matches [license, confidence, first word, last word], unknown runs [first word, last word]. */
export type KnownText = readonly [
  string,
  readonly (readonly [string, number, number, number])[],
  readonly (readonly [number, number])[],
];

export interface KnownTextsData {
  readonly key: string;
  readonly entries: Readonly<Record<string, KnownText>>;
}

let usable: boolean | undefined;

/** The key a table must carry to be used by this build. */
export function knownTextsKey(): string {
  return `${CLASSIFIER_VERSION}\0${templateInputsKey()}`;
}

/** The classification of a known text (its words' fingerprint), its lines from this file's layout. */
export function knownText(
  fingerprint: string,
  normalized: Words,
  threshold: number,
): FileClassification | undefined {
  if (threshold !== DEFAULT_CONFIDENCE) return undefined;
  const data = KNOWN_TEXTS_DATA as unknown as KnownTextsData;
  const entry = Object.hasOwn(data.entries, fingerprint) ? data.entries[fingerprint] : undefined;
  if (entry === undefined) return undefined;
  usable ??= data.key === knownTextsKey();
  if (!usable) return undefined;
  const lines = normalized.lines;
  return {
    expression: entry[0],
    matches: entry[1].map(([license, confidence, first, last]) => ({
      license,
      confidence,
      startLine: lines[first],
      endLine: lines[last],
    })),
    unknown: entry[2].map(([first, last]) => ({
      startLine: lines[first],
      endLine: lines[last],
      words: last - first + 1,
    })),
    declared: [],
  };
}
