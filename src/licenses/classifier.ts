import { findException, type ExceptionRule } from './exceptions.js';
import { wordsFingerprint } from './words-fingerprint.js';
import { fileExpression, isValidExpression, variantOf } from './expression.js';
import { findMatches } from './match.js';
import { isIdentifierList } from './identifier-list.js';
import { knownText } from './known-texts.js';
import { normalizeText, spdxIdentifierLines, type Words } from './normalize.js';
import { readNotice } from './notice.js';
import { residueTerms } from './residue.js';
import {
  appendixSpans,
  CHOICE_WORDS,
  isAddedClause,
  isLicensorNotice,
  isPreambleBefore,
  isTermsLike,
  residueRuns,
} from './residue-runs.js';
import { baseTemplate, rulesOf } from './template-rules.js';
import { memoKey, recall, remember } from './text-memo.js';
import { templates, wordId } from './templates.js';
import { DEFAULT_CONFIDENCE, UNKNOWN_LICENSE, type FileClassification } from './classification.js';

export { DEFAULT_CONFIDENCE, UNKNOWN_LICENSE } from './classification.js';
export type { FileClassification, LicenseMatch } from './classification.js';
export { MAX_GAP } from './match.js';

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
  // The table first: its answer is what the memo would recall, without the memo's key to build.
  const known = knownText(fingerprint, normalized, threshold);
  if (known !== undefined) return known;
  const key = memoKey(fingerprint, normalized, threshold);
  const recalled = recall(key, normalized);
  if (recalled !== undefined) return recalled;
  const result = classifyFully(text, normalized, threshold);
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

  // A license's own appendix (the `appendix` rules) is part of its text, not the licensor's
  // notice: a grant of later versions inside it says nothing about this work. Only each text's
  // own appendix is: a block after a text's end is the licensor's again.
  // A notice template that stands for a text's later variant (baseTemplate) grants later versions.
  const grantsLater = (id: string): boolean => baseTemplate(id) !== id;
  const appendices = appendixSpans(words, accepted, grantsLater);
  const inAppendix = (at: number): boolean => appendices.some((span) => span.start <= at && at < span.end);
  const kept = accepted.filter((match) => !(grantsLater(match.template.id) && inAppendix(match.start)));
  const masked = new Uint8Array(words.length);
  for (const match of accepted) masked.fill(1, match.start, match.end);
  const residue = residueRuns(words, masked);
  const notice = residue.filter((run) => !inAppendix(run.start));
  const residueWords = notice.map((run) => words.slice(run.start, run.end).join(' ')).join(' | ');
  const laterGranted = kept.some((m) => grantsLater(m.template.id));

  const { unexplained, exception } = explainedRuns(words, kept, residue);
  const variant = (id: string): string => {
    const named = variantOf(id, residueWords, laterGranted);
    return exception?.appliesTo.some((prefix) => named.startsWith(prefix))
      ? `${named} WITH ${exception.id}`
      : named;
  };
  const named = fileIds(kept, variant, residueWords);
  const ids = named.ids;
  const choice = named.choice || CHOICE_WORDS.test(residueWords);

  const notTemplateText = notLicenseWords(words, unexplained, { inAppendix, kept });
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
 * The unmatched runs that are not a matched license's own words (its `appendix`, `notice` and
 * `preamble` rules): the rest of its own appendix (appendixSpans), the licensor's notice of it (which
 * says which version), its preamble above its text. None of these adds terms.
 */
function notLicenseWords(
  words: readonly string[],
  runs: readonly Run[],
  found: { inAppendix: (at: number) => boolean; kept: readonly Match[] },
): Run[] {
  const { inAppendix, kept } = found;
  const notices = kept.map((match) => rulesOf(match.template.id).notice).filter((notice) => notice);
  return runs
    .filter((run) => !inAppendix(run.start))
    .filter((run) => {
      const text = words.slice(run.start, run.end).join(' ');
      return !notices.some((notice) => isLicensorNotice(text, notice));
    })
    .filter((run) => !isPreambleBefore(kept, words, run));
}

/**
 * Residue runs that are part of what matched: a parameter block the licensor fills in before
 * the text (the `parameters` rules), and an exception's sentences (exceptions.ts), which qualify
 * the license rather than being unknown words.
 */
function explainedRuns(
  words: readonly string[],
  kept: readonly Match[],
  residue: readonly Run[],
): { unexplained: Run[]; exception: ExceptionRule | undefined } {
  let exception: ExceptionRule | undefined;
  const unexplained = residue.filter((run) => {
    const parameters = kept.find((match) => match.start === run.end && rulesOf(match.template.id).parameters)
      ?.template.id;
    if (parameters !== undefined) {
      const present = new Set(words.slice(run.start, run.end));
      if (rulesOf(parameters).parameters!.every((word) => present.has(word))) return false;
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
  const found = kept
    .slice()
    .sort((a, b) => a.start - b.start)
    .map((match) => ({ base: baseTemplate(match.template.id), id: variant(match.template.id) }));
  // A text that comes with another as one license (its `includes` rule) stands for both.
  const included = new Set(found.flatMap((entry) => rulesOf(entry.base).includes ?? []));
  let ids = found.filter((entry) => !included.has(entry.base)).map((entry) => entry.id);
  // A notice granting later versions and the license text it points to are one license.
  ids = ids.filter((id) => {
    const later = rulesOf(id).orLater?.id;
    return later === undefined || !ids.includes(later);
  });
  ids = [...new Set(ids)];
  // A license the licensor offers beside the one matched, named in the unmatched words (its
  // `offeredWith` rule): a choice between the two.
  const offered =
    ids.length === 1 ? rulesOf(found.find((entry) => entry.id === ids[0])!.base).offeredWith : undefined;
  if (offered !== undefined && offered.named.test(residueWords))
    return { ids: [...ids, offered.id], choice: true };
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
    for (const id of terms.terms) if (!extra.includes(id)) extra.push(id);
    return terms.unknown;
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
