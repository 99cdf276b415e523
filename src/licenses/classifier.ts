import parseSpdx from 'spdx-expression-parse';
import { alignTemplate, alignTemplateTightFirst, type Alignment } from './align.js';
import { findException, type ExceptionRule } from './exceptions.js';
import { readNotice } from './notice.js';
import { residueTerms } from './residue.js';
import { candidateRanges, WINDOWED_RATIO } from './windows.js';
import { normalizeText, spdxIdentifierLines } from './normalize.js';
import {
  GNU_OR_LATER_PHRASES,
  PARAMETER_BLOCKS,
  templates,
  versionWords,
  vocabularySize,
  wordId,
  type Template,
} from './templates.js';

/** The expression for text that looks like license terms but matches no template. */
export const UNKNOWN_LICENSE = 'LicenseRef-unknown';
export const DEFAULT_CONFIDENCE = 0.9;

/** One license found in a file. */
export interface LicenseMatch {
  readonly license: string;
  /** 1 − word edits ÷ template length. */
  readonly confidence: number;
  readonly startLine: number;
  readonly endLine: number;
}

export interface FileClassification {
  /** The file's SPDX expression; undefined for a file with no words at all. */
  readonly expression: string | undefined;
  readonly matches: readonly LicenseMatch[];
  /** Unrecognised spans that read like license terms. */
  readonly unknown: readonly {
    readonly startLine: number;
    readonly endLine: number;
    readonly words: number;
  }[];
  /** Why a file that matched nothing is unknown (a pointer, an EULA, a public-domain statement). */
  readonly reason?: string;
  /** The licenses a short notice offers as a choice ("dual-licensed under MIT and Apache 2.0"). */
  readonly choiceOf?: readonly string[];
  /** `SPDX-License-Identifier:` lines in the file. */
  readonly declared: readonly {
    readonly expression: string;
    readonly line: number;
    readonly valid: boolean;
  }[];
}

// Phrases whose presence on one side only means a different family of the same license. Phrases,
// not words: "library" or "patent" alone also turn up in holder names and ordinary clauses.
const FAMILY_PHRASES = [
  ' lesser general public ',
  ' library general public ',
  ' affero general public ',
  ' clear bsd ',
  ' no attribution ',
  ' sharealike ',
];
// Words that make an unmatched span read like license terms.
const TERMS_WORDS = new Set([
  'license',
  'licensed',
  'licenses',
  'permission',
  'permitted',
  'warranty',
  'warranties',
  'redistribute',
  'redistribution',
  'redistributions',
  'liable',
  'liability',
  'granted',
  'grant',
  'copy',
  'modify',
  'distribute',
  'merchantability',
  'infringement',
  'sublicense',
]);
const RESIDUE_MIN_WORDS = 20;
const GNU_TEXT = /^(A|L)?GPL-[0-9.]+-only$/;
const CHOICE_WORDS =
  /\b(dual licensed|dual license|at your option|at your choice|your choice of|choose either|you may choose|licensed under either)\b/;
const TITLE_WORDS = 8;
const QUICK_EDIT_RATIO = 0.03;
// A verbatim copy is found with a tighter budget still: the band is about twice the budget wide.
const TIGHT_EDIT_RATIO = 0.005;
/**
 * The most consecutive word edits a match may hold. A longer run is an added, dropped or
 * rewritten clause: a different license (BSD-2-Clause-Views is BSD-2-Clause plus one sentence),
 * never the template at high confidence. Rewrapping, a holder name, a typo stay under it.
 */
export const MAX_GAP = 5;
/** About ten GPL texts: more is not one module's license file, and is not classified past this. */
export const MAX_CLASSIFIED_WORDS = 60_000;
const RESIDUE_MIN_TERMS = 4;
const RESTRICTION =
  /\b(shall not|may not|must not|cannot|can not|prohibited|forbidden|not permitted|non commercial|noncommercial|no commercial|restricted to|only for|solely for)\b/;
const RESTRICTION_MIN_WORDS = 5;
// The BSD non-endorsement clause in its other wording ("The names of its contributors may not be
// used to endorse or promote products", go-difflib's): the clause itself, not an added restriction.
const ENDORSEMENT_CLAUSE = /\b(may|shall|must) not be used to endorse or promote\b/g;

interface Candidate {
  readonly template: Template;
  readonly confidence: number;
  readonly start: number;
  readonly end: number;
}

/** Identifies the licenses in one license file's text. */
export function classifyLicenseText(text: string, threshold = DEFAULT_CONFIDENCE): FileClassification {
  const all = templates(); // compiles the vocabulary before the document is mapped onto it
  const normalized = normalizeText(text);
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
  let choice = CHOICE_WORDS.test(residueWords);

  // An exception's sentences (Classpath, LLVM) are not unknown words: they qualify the license.
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

  const variant = (id: string): string => {
    const gnu = gplVariant(id, orLater);
    return exception?.appliesTo.some((prefix) => gnu.startsWith(prefix))
      ? `${gnu} WITH ${exception.id}`
      : gnu;
  };
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
  if (
    /\beclipse distribution license\b/.test(residueWords) &&
    ids.length === 1 &&
    ids[0].startsWith('EPL-')
  ) {
    ids.push('BSD-3-Clause');
    choice = true;
  }

  const notTemplateText = unexplained
    // The rest of the FSF's appendix after a GNU text is the FSF's words, not an added clause.
    .filter((run) => !(gnuText && run.start >= appendix && run.start < gnuEnd))
    // The licensor's own GNU notice above the text says which version: it adds no terms.
    .filter((run) => !(gnuText && isGnuNotice(words.slice(run.start, run.end).join(' '))))
    // Creative Commons' own preamble above a CC text ("… is not a law firm …", considerations for
    // licensors and the public; older copies word it differently from SPDX's) adds no terms.
    .filter((run) => !isCcPreambleBefore(kept, words, run));
  // The residue rule (residue.ts): a block that reads as added terms is unknown; any other block
  // about licensing ends in its own term or in unknown, never nowhere.
  const extra: string[] = [];
  const unknownRuns = notTemplateText.filter((run) => {
    if (isTermsLike(words, run.start, run.end) || isAddedClause(words, run.start, run.end)) return true;
    const terms = residueTerms(
      words,
      run,
      ids,
      kept.some((match) => match.start === run.end),
    );
    if (terms === 'unknown') return true;
    for (const id of terms) if (!extra.includes(id)) extra.push(id);
    return false;
  });
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

  // A short file no template matched: a choice between licenses, or not a license (and why).
  if (matches.length === 0 && declared.length === 0 && words.length > 0) {
    const reading = readNotice(text, words.length);
    if (reading?.kind === 'choice') {
      return {
        expression: reading.options.join(' OR '),
        matches,
        unknown: [],
        declared,
        choiceOf: reading.options,
      };
    }
    // Nothing matched: the reason says what the file is; only runs reading as terms are listed.
    const terms = unknownRuns.filter(
      (run) => isTermsLike(words, run.start, run.end) || isAddedClause(words, run.start, run.end),
    );
    return {
      expression: UNKNOWN_LICENSE,
      matches,
      unknown: unknown.filter((_, i) => i >= unknownRuns.length || terms.includes(unknownRuns[i])),
      declared,
      reason: reading?.reason ?? 'matches no SPDX license text',
    };
  }

  const expression = fileExpression(ids, choice, unknown.length > 0, declared, words.length, extra);
  return { expression, matches, unknown, declared };
}

function fileExpression(
  ids: readonly string[],
  choice: boolean,
  hasUnknown: boolean,
  declared: FileClassification['declared'],
  wordCount: number,
  extra: readonly string[] = [],
): string | undefined {
  const parts: string[] = [];
  if (declared.length > 0) {
    for (const entry of declared) {
      const part = entry.valid ? entry.expression : UNKNOWN_LICENSE;
      if (!parts.includes(part)) parts.push(part);
    }
    // Text that names a license the declaration does not is still evidence.
    // "X WITH exception" declares X with the exception, not X itself (arrow-go's LLVM part).
    const declaredFamilies = new Set(
      declared
        .flatMap((entry) => entry.expression.split(/\s+(?:AND|OR)\s+|[()]/))
        .map((id) => id.trim())
        .filter((id) => id !== '')
        .map((id) => familyOf(id.replace(/\+$/, ''))),
    );
    for (const id of ids) if (!declaredFamilies.has(familyOf(id))) parts.push(id);
  } else if (ids.length > 0) {
    parts.push(ids.length > 1 && choice ? ids.join(' OR ') : ids.join(' AND '));
  } else if (wordCount > 0) {
    return UNKNOWN_LICENSE;
  }
  // Licenses a residue block names are their own terms, ANDed after the text's (never an option).
  for (const id of extra) if (!parts.includes(id) && !ids.includes(id)) parts.push(id);
  if (hasUnknown && !parts.includes(UNKNOWN_LICENSE)) parts.push(UNKNOWN_LICENSE);
  if (parts.length === 0) return undefined;
  if (parts.length === 1) return parts[0];
  return parts.map((part) => (/ OR /.test(part) ? `(${part})` : part)).join(' AND ');
}

/** Finds licenses best first, masking each match and rescanning what is left beside it. */
function findMatches(
  all: readonly Template[],
  words: readonly string[],
  doc: Int32Array,
  threshold: number,
): Candidate[] {
  const accepted: Candidate[] = [];
  // Each round takes the best match of the whole text, then rescans the two pieces beside it; the
  // other segments keep their candidates. (Taking several per round let a worse template claim a
  // second BSD block that the better one would have matched next.)
  let segments: { from: number; to: number; found?: Candidate[] }[] = [{ from: 0, to: doc.length }];
  while (segments.length > 0) {
    for (const segment of segments) {
      if (segment.found !== undefined) continue;
      const { from, to } = segment;
      const counts = wordCounts(doc, from, to);
      // Every template word occurrence the span lacks costs an edit: a bound on the confidence.
      const bounded: { template: Template; bound: number }[] = [];
      for (const template of all) {
        if (to - from < template.length * threshold) continue;
        const allowed = template.length * (1 - threshold);
        const ids = template.requiredIds;
        const need = template.requiredCounts;
        let missing = 0;
        for (let k = 0; k < ids.length && missing <= allowed; k++) {
          const have = counts[ids[k]];
          if (need[k] > have) missing += need[k] - have;
        }
        // The best score it could reach: every missing word is an edit (score() counts edits twice).
        if (missing <= allowed) bounded.push({ template, bound: template.length - 2 * missing });
      }
      bounded.sort((a, b) => b.bound - a.bound || b.template.length - a.template.length);
      releaseCounts(doc, from, to);
      const found: Candidate[] = [];
      for (const { template, bound } of bounded) {
        const maxEdits = Math.floor(template.length * (1 - threshold));
        // A template that can't beat a match already found, nor fit beside it, would never be taken.
        const minSpan = template.length - maxEdits;
        const beaten = found.some(
          (other) =>
            (score(other) > bound || (score(other) === bound && other.template.length >= template.length)) &&
            other.start - from < minSpan &&
            to - other.end < minSpan,
        );
        if (beaten) continue;
        // Most texts are near-verbatim: a tight budget first keeps the alignment band narrow.
        const quick = Math.min(maxEdits, Math.ceil(template.length * QUICK_EDIT_RATIO));
        const tight = Math.ceil(template.length * TIGHT_EDIT_RATIO);
        const ranges: [number, number][] =
          to - from > template.length * WINDOWED_RATIO
            ? candidateRanges(template, doc, from, to, maxEdits, vocabularySize())
            : [[from, to]];
        let alignment: Alignment | undefined;
        for (const [start, end] of ranges) {
          const found =
            alignTemplateTightFirst(template, doc, start, end, quick, tight) ??
            (quick < maxEdits ? alignTemplate(template, doc, start, end, maxEdits) : undefined);
          if (found !== undefined && (alignment === undefined || found.edits < alignment.edits))
            alignment = found;
        }
        if (alignment === undefined) continue;
        const confidence = 1 - alignment.edits / template.length;
        if (
          confidence < threshold ||
          alignment.longestGap > MAX_GAP ||
          differsInFamily(template, words, alignment.start, alignment.end)
        )
          continue;
        found.push({ template, confidence, start: alignment.start, end: alignment.end });
      }
      segment.found = found;
    }
    segments = segments.filter((segment) => segment.found!.length > 0);
    // Most words matched first (a whole GPL text over the notice in its appendix, JSON over MIT
    // on a JSON text); between equals, the more confident, then the longer template.
    let best: { segment: (typeof segments)[number]; candidate: Candidate } | undefined;
    for (const segment of segments) {
      for (const candidate of segment.found!) {
        if (best === undefined || better(candidate, best.candidate)) best = { segment, candidate };
      }
    }
    if (best === undefined) break;
    const { segment, candidate } = best;
    accepted.push(candidate);
    const pieces = [
      { from: segment.from, to: candidate.start },
      { from: candidate.end, to: segment.to },
    ].filter((piece) => piece.to > piece.from);
    segments = segments.flatMap((other) => (other === segment ? pieces : [other]));
  }
  return accepted;
}

let countBuffer = new Int32Array(0);

/** Word counts of doc[from, to) in a shared buffer; releaseCounts zeroes what it set. */
function wordCounts(doc: Int32Array, from: number, to: number): Int32Array {
  if (countBuffer.length < vocabularySize()) countBuffer = new Int32Array(vocabularySize());
  for (let i = from; i < to; i++) if (doc[i] >= 0) countBuffer[doc[i]]++;
  return countBuffer;
}

function releaseCounts(doc: Int32Array, from: number, to: number): void {
  for (let i = from; i < to; i++) if (doc[i] >= 0) countBuffer[doc[i]] = 0;
}

function better(a: Candidate, b: Candidate): boolean {
  return (
    (score(a) - score(b) ||
      a.confidence - b.confidence ||
      a.template.length - b.template.length ||
      b.start - a.start) > 0
  );
}

/**
 * Template words matched less the edits. Edits count twice so that a longer template with a few
 * words more than the text (a variant naming its holder) does not beat the exact shorter one.
 */
function score(candidate: Candidate): number {
  const edits = Math.round(candidate.template.length * (1 - candidate.confidence));
  return candidate.template.length - 2 * edits;
}

/** True when the span and the template differ by a family phrase, a version or a restriction. */
function differsInFamily(template: Template, words: readonly string[], start: number, end: number): boolean {
  // A title just before the span ("The Clear BSD License") counts too.
  const span = ` ${words.slice(Math.max(0, start - TITLE_WORDS), end).join(' ')} `;
  for (const phrase of FAMILY_PHRASES) {
    if (span.includes(phrase) ? !template.text.includes(phrase) : template.requiredText.includes(phrase))
      return true;
  }
  for (const version of versionWords(words, start, end)) {
    if (!template.versions.has(version)) return true;
  }
  // A restriction the template does not have, inserted inside the matched text.
  const added = countRestrictions(span);
  if (added > 0 && added > templateRestrictions(template)) return true;
  return false;
}

const restrictionCounts = new WeakMap<Template, number>();

function templateRestrictions(template: Template): number {
  let count = restrictionCounts.get(template);
  if (count === undefined) {
    count = countRestrictions(template.text);
    restrictionCounts.set(template, count);
  }
  return count;
}

function countRestrictions(text: string): number {
  return text.replace(ENDORSEMENT_CLAUSE, ' ').match(new RegExp(RESTRICTION.source, 'g'))?.length ?? 0;
}

/** Where the FSF's "How to Apply These Terms" appendix starts; the text's length without one. */
function appendixStart(words: readonly string[]): number {
  for (let i = 0; i + 4 < words.length; i++) {
    if (
      words[i] === 'how' &&
      words[i + 1] === 'to' &&
      words[i + 2] === 'apply' &&
      words[i + 3] === 'these' &&
      words[i + 4] === 'terms'
    )
      return i;
  }
  return words.length;
}

function residueRuns(words: readonly string[], masked: Uint8Array): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let start = -1;
  for (let i = 0; i <= words.length; i++) {
    const free = i < words.length && masked[i] === 0;
    if (free && start < 0) start = i;
    if (!free && start >= 0) {
      runs.push({ start, end: i });
      start = -1;
    }
  }
  return runs;
}

// Words of an obligation, a prohibition or a condition: a sentence beside a license text that
// holds one changes the terms (BSD-2-Clause-Views' disclaimer, JSON's "Good, not Evil", an
// advertising clause). Prose that says where code came from, or which license covers it, does not.
const CLAUSE =
  /\b(shall|must|may not|may only|cannot|can not|prohibited|forbidden|not permitted|requires?|required|you agree|agree to|provided that|on condition|conditions|only for|solely|non commercial|noncommercial|commercial use|advertising|acknowledgement|acknowledgment|should not be interpreted|not be used|evil|military|nuclear)\b/;
const CLAUSE_MIN_WORDS = 6;

function isGnuNotice(text: string): boolean {
  return (
    /\bgnu (?:affero |lesser |library )?general public license\b/.test(text) &&
    /\bfree software foundation\b/.test(text) &&
    !CLAUSE.test(text.replace(/\bshould have received\b/g, ''))
  );
}

/** A sentence with clause words, not a choice between licenses ("you may choose either"). */
function isAddedClause(words: readonly string[], start: number, end: number): boolean {
  if (end - start < CLAUSE_MIN_WORDS) return false;
  const text = words.slice(start, end).join(' ');
  return CLAUSE.test(text) && !CHOICE_WORDS.test(text);
}

function isTermsLike(words: readonly string[], start: number, end: number): boolean {
  // A short added restriction ("shall not be used for ...") changes the license: never ignore it.
  if (end - start >= RESTRICTION_MIN_WORDS && RESTRICTION.test(words.slice(start, end).join(' ')))
    return true;
  if (end - start < RESIDUE_MIN_WORDS) return false;
  const terms = new Set(words.slice(start, end).filter((word) => TERMS_WORDS.has(word)));
  return terms.size >= RESIDUE_MIN_TERMS;
}

/** GPL-family texts can't say -only or -or-later themselves: -only unless a notice says "or later". */
function gplVariant(id: string, orLater: boolean): string {
  return orLater && /^(A|L)?GPL-/.test(id) ? id.replace(/-only$/, '-or-later') : id;
}

function familyOf(id: string): string {
  return id.replace(/-(only|or-later)$/, '');
}

function isValidExpression(expression: string): boolean {
  try {
    parseSpdx(expression);
    return true;
  } catch {
    return false;
  }
}

/** A residue run ending where a Creative Commons match starts, in Creative Commons' own words. */
function isCcPreambleBefore(
  kept: readonly { readonly start: number; readonly template: { readonly id: string } }[],
  words: readonly string[],
  run: { readonly start: number; readonly end: number },
): boolean {
  const cc = kept.find((match) => match.template.id.startsWith('CC-') && match.start >= run.end);
  if (!cc || run.start !== 0) return false;
  const text = words.slice(run.start, run.end).join(' ');
  // An added restriction hidden in it still counts (it is then unknown, as anywhere else).
  return (
    /\bcreative commons corporation\b/.test(text) &&
    /\bis not a law firm\b/.test(text) &&
    !RESTRICTION.test(text)
  );
}
