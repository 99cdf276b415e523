import { findException, type ExceptionRule } from './exceptions.js';
import { wordsFingerprint } from './exact-templates.js';
import { fileExpression, gplVariant, isValidExpression } from './expression.js';
import { findMatches } from './match.js';
import { isIdentifierList } from './identifier-list.js';
import { knownText } from './known-texts.js';
import { normalizeText, spdxIdentifierLines, type Words } from './normalize.js';
import { readNotice } from './notice.js';
import { residueTerms } from './residue.js';
import {
  appendixStart,
  CHOICE_WORDS,
  isAddedClause,
  isCcPreambleBefore,
  isGnuNotice,
  isTermsLike,
  residueRuns,
} from './residue-runs.js';
import { memoKey, recall, remember } from './text-memo.js';
import { GNU_OR_LATER_PHRASES, PARAMETER_BLOCKS, templates, wordId } from './templates.js';
import { DEFAULT_CONFIDENCE, UNKNOWN_LICENSE, type FileClassification } from './classification.js';

export { DEFAULT_CONFIDENCE, UNKNOWN_LICENSE } from './classification.js';
export type { FileClassification, LicenseMatch } from './classification.js';
export { MAX_GAP } from './match.js';

const GNU_TEXT = /^(A|L)?GPL-[0-9.]+-only$/;
// A text with an SPDX-License-Identifier line is classified in full (the line is read from the raw text).
const SPDX_ID = /SPDX-License-Identifier/i;
/** About ten GPL texts: more is not one module's license file, and is not classified past this. */
export const MAX_CLASSIFIED_WORDS = 60_000;

/**
 * Identifies the licenses in one license file's text. A text already classified this run (its
 * words and layout) is answered from memory, and a text of our corpora or a verbatim curated
 * template from the compiled-in table (known-texts.ts); any other text goes through the full
 * classifier.
 */
export function classifyLicenseText(text: string, threshold = DEFAULT_CONFIDENCE): FileClassification {
  const normalized = normalizeText(text);
  const words = normalized.words;
  if (words.length === 0 || words.length > MAX_CLASSIFIED_WORDS || SPDX_ID.test(text))
    return classifyFully(text, normalized, threshold);
  const fingerprint = wordsFingerprint(words);
  const key = memoKey(fingerprint, normalized, threshold);
  const known = recall(key, normalized);
  if (known !== undefined) return known;
  const result = knownText(fingerprint, normalized, threshold) ?? classifyFully(text, normalized, threshold);
  remember(key, normalized, result);
  return result;
}

/** The full classifier: every template aligned against the words, then the residue rule. */
export function classifyFully(text: string, normalized: Words, threshold: number): FileClassification {
  const all = templates(); // compiles the vocabulary before the document is mapped onto it
  // Bounds the work a hostile or huge file can cause; the rest is reported as unknown.
  const words = normalized.words.slice(0, MAX_CLASSIFIED_WORDS);
  const lines = normalized.lines;
  const cut =
    normalized.words.length > MAX_CLASSIFIED_WORDS
      ? {
          startLine: lines[MAX_CLASSIFIED_WORDS],
          endLine: lines[lines.length - 1],
          words: normalized.words.length - MAX_CLASSIFIED_WORDS,
        }
      : undefined;
  const declared = spdxIdentifierLines(text).map((entry) => ({
    ...entry,
    valid: isValidExpression(entry.expression),
  }));
  const doc = Int32Array.from(words, wordId);
  const accepted = findMatches(all, words, doc, threshold);

  // The FSF's "How to Apply These Terms" appendix is part of the GNU text, not the licensor's
  // notice: an "or later" notice inside it says nothing about this work.
  const appendix = appendixStart(words);
  const gnuText = accepted.some((match) => GNU_TEXT.test(match.template.id));
  // Where the GNU text (its appendix included) ends: a block after it is the licensor's again.
  const gnuEnd = Math.max(0, ...accepted.filter((m) => GNU_TEXT.test(m.template.id)).map((m) => m.end));
  const kept = accepted.filter(
    (match) => !(gnuText && /-or-later$/.test(match.template.id) && match.start >= appendix),
  );
  const masked = new Uint8Array(words.length);
  for (const match of accepted) masked.fill(1, match.start, match.end);
  const residue = residueRuns(words, masked);
  const notice = residue.filter((run) => run.start < appendix);
  const residueWords = notice.map((run) => words.slice(run.start, run.end).join(' ')).join(' | ');
  // The FSF's own words; a looser "or later" also turns up in notices about other things.
  const orLater =
    GNU_OR_LATER_PHRASES.some((phrase) => phrase.test(residueWords)) ||
    kept.some((m) => /-or-later$/.test(m.template.id));

  const { unexplained, exception } = explainedRuns(words, kept, residue);
  const variant = (id: string): string => {
    const gnu = gplVariant(id, orLater);
    return exception?.appliesTo.some((prefix) => gnu.startsWith(prefix))
      ? `${gnu} WITH ${exception.id}`
      : gnu;
  };
  const named = fileIds(kept, variant, residueWords);
  const ids = named.ids;
  const choice = named.choice || CHOICE_WORDS.test(residueWords);

  const notTemplateText = unexplained
    // The rest of the FSF's appendix after a GNU text is the FSF's words, not an added clause.
    .filter((run) => !(gnuText && run.start >= appendix && run.start < gnuEnd))
    // The licensor's own GNU notice above the text says which version: it adds no terms.
    .filter((run) => !(gnuText && isGnuNotice(words.slice(run.start, run.end).join(' '))))
    // Creative Commons' own preamble above a CC text ("… is not a law firm …", considerations for
    // licensors and the public; older copies word it differently from SPDX's) adds no terms.
    .filter((run) => !isCcPreambleBefore(kept, words, run));
  const { unknownRuns, extra } = residueVerdicts(words, notTemplateText, ids, kept);
  const unknown = unknownRuns.map((run) => ({
    startLine: lines[run.start],
    endLine: lines[run.end - 1],
    words: run.end - run.start,
  }));
  if (cut) unknown.push(cut);

  const matches = kept
    .slice()
    .sort((a, b) => a.start - b.start)
    .map((match) => ({
      license: variant(match.template.id),
      confidence: match.confidence,
      startLine: lines[match.start] ?? 1,
      endLine: lines[match.end - 1] ?? 1,
    }));

  if (matches.length === 0 && declared.length === 0 && words.length > 0)
    return unmatchedFile(text, words, unknownRuns, unknown);
  const expression = fileExpression(ids, choice, unknown.length > 0, declared, words.length, extra);
  return { expression, matches, unknown, declared };
}

type Run = { readonly start: number; readonly end: number };
type Match = ReturnType<typeof findMatches>[number];

/**
 * Residue runs that are part of what matched: a parameter block the licensor fills in before
 * the text (PARAMETER_BLOCKS), and an exception's sentences (Classpath, LLVM), which qualify
 * the license rather than being unknown words.
 */
function explainedRuns(
  words: readonly string[],
  kept: readonly Match[],
  residue: readonly Run[],
): { unexplained: Run[]; exception: ExceptionRule | undefined } {
  let exception: ExceptionRule | undefined;
  const unexplained = residue.filter((run) => {
    const before = kept.find((match) => match.start === run.end && PARAMETER_BLOCKS[match.template.id]);
    if (before !== undefined) {
      const present = new Set(words.slice(run.start, run.end));
      if (PARAMETER_BLOCKS[before.template.id].every((word) => present.has(word))) return false;
    }
    const rule = findException(words.slice(run.start, run.end).join(' '));
    if (rule === undefined || run.end - run.start > rule.maxWords) return true;
    if (!kept.some((match) => rule.appliesTo.some((id) => match.template.id.startsWith(id)))) return true;
    exception = rule;
    return false;
  });
  return { unexplained, exception };
}

/** The file's license ids in text order, with the pairings of texts that are one license. */
function fileIds(
  kept: readonly Match[],
  variant: (id: string) => string,
  residueWords: string,
): { ids: string[]; choice: boolean } {
  let ids = kept
    .slice()
    .sort((a, b) => a.start - b.start)
    .map((match) => variant(match.template.id));
  // The LGPL-3.0 is a set of additional permissions on top of the GPL-3.0 text that follows it.
  if (ids.some((id) => id.startsWith('LGPL-3.0'))) ids = ids.filter((id) => !id.startsWith('GPL-3.0'));
  // A notice granting "or later" and the license text it points to are one license.
  ids = ids.filter((id) => !(id.endsWith('-only') && ids.includes(id.replace(/-only$/, '-or-later'))));
  ids = [...new Set(ids)];
  // Eclipse's notice: "available under the terms of the Eclipse Public License v2.0 and Eclipse
  // Distribution License v1.0" is Eclipse's dual licensing, and the EDL is BSD-3-Clause's text.
  if (/\beclipse distribution license\b/.test(residueWords) && ids.length === 1 && ids[0].startsWith('EPL-'))
    return { ids: [...ids, 'BSD-3-Clause'], choice: true };
  return { ids, choice: false };
}

/**
 * The residue rule (residue.ts): a block that reads as added terms is unknown; any other block
 * about licensing ends in its own term or in unknown, never nowhere.
 */
function residueVerdicts(
  words: readonly string[],
  runs: readonly Run[],
  ids: readonly string[],
  kept: readonly Match[],
): { unknownRuns: Run[]; extra: string[] } {
  const extra: string[] = [];
  const unknownRuns = runs.filter((run) => {
    if (isTermsLike(words, run.start, run.end) || isAddedClause(words, run.start, run.end)) return true;
    const terms = residueTerms(
      words,
      run,
      [...ids],
      kept.some((match) => match.start === run.end),
    );
    if (terms === 'unknown') return true;
    for (const id of terms) if (!extra.includes(id)) extra.push(id);
    return false;
  });
  return { unknownRuns, extra };
}

/** A short file no template matched: a choice between licenses, or not a license (and why). */
function unmatchedFile(
  text: string,
  words: readonly string[],
  unknownRuns: readonly Run[],
  unknown: FileClassification['unknown'],
): FileClassification {
  if (isIdentifierList(text))
    return {
      expression: UNKNOWN_LICENSE,
      matches: [],
      unknown: [],
      declared: [],
      reason: 'a list of SPDX license identifiers (data), not license terms',
    };
  const reading = readNotice(text, words.length);
  if (reading?.kind === 'declares')
    return { expression: reading.license, matches: [], unknown: [], declared: [], declares: reading.license };
  if (reading?.kind === 'choice') {
    return {
      expression: reading.options.join(' OR '),
      matches: [],
      unknown: [],
      declared: [],
      choiceOf: reading.options,
    };
  }
  // Nothing matched: the reason says what the file is; only runs reading as terms are listed.
  const terms = unknownRuns.filter(
    (run) => isTermsLike(words, run.start, run.end) || isAddedClause(words, run.start, run.end),
  );
  return {
    expression: UNKNOWN_LICENSE,
    matches: [],
    unknown: unknown.filter((_, i) => i >= unknownRuns.length || terms.includes(unknownRuns[i])),
    declared: [],
    reason: reading?.reason ?? 'matches no SPDX license text',
  };
}
