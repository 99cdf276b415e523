import { alignTemplate, type Alignment } from './align.js';
import { alignStaged, alignTemplateTightFirst, type Budgets } from './staged-align.js';
import { RESTRICTION } from './residue-runs.js';
import { everyRule } from './template-rules.js';
import { versionWords, vocabularySize, type Template } from './templates.js';
import { candidateRanges, WINDOWED_RATIO } from './windows.js';

/**
 * Matching: every template aligned against a file's words, best first, each match masked and
 * the pieces beside it rescanned (findMatches).
 */

// Phrases whose presence on one side only means a different family of the same license (the
// templates' `family` rules). Phrases, not words: one word alone also turns up in holder names.
const FAMILY_PHRASES = [...new Set(everyRule('family').flat())];
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
// A license's own clause in a wording that reads like a restriction (the templates' `ownClauses`):
// the clause itself, not an added restriction.
const OWN_CLAUSES = everyRule('ownClauses').flat();

export interface Candidate {
  readonly template: Template;
  readonly confidence: number;
  readonly start: number;
  readonly end: number;
}

/** Finds licenses best first, masking each match and rescanning what is left beside it. */
export function findMatches(
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
      const lacking = missingFamilyPhrases(words, from, to);
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
        if (beaten || familyPhrasesOf(template).some((phrase) => lacking.has(phrase))) continue;
        // Most texts are near-verbatim: a tight budget first keeps the alignment band narrow.
        const quick = Math.min(maxEdits, Math.ceil(template.length * QUICK_EDIT_RATIO));
        const tight = Math.ceil(template.length * TIGHT_EDIT_RATIO);
        const ranges: [number, number][] =
          to - from > template.length * WINDOWED_RATIO
            ? candidateRanges(template, doc, from, to, maxEdits, vocabularySize())
            : [[from, to]];
        const alignment = alignInRanges(template, doc, ranges, { tight, quick, max: maxEdits });
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

/**
 * The template's alignment in the ranges where it can be. One range: an alignment with too long
 * a run of edits is no match, so its search may stop there. Among several, the fewest edits is
 * taken before the run is looked at.
 */
function alignInRanges(
  template: Template,
  doc: Int32Array,
  ranges: readonly (readonly [number, number])[],
  budgets: Budgets,
): Alignment | undefined {
  if (ranges.length === 1) return alignStaged(template, doc, ranges[0][0], ranges[0][1], budgets, MAX_GAP);
  const { tight, quick, max } = budgets;
  let alignment: Alignment | undefined;
  for (const [start, end] of ranges) {
    const found =
      alignTemplateTightFirst(template, doc, start, end, quick, tight) ??
      (quick < max ? alignTemplate(template, doc, start, end, max) : undefined);
    if (found !== undefined && (alignment === undefined || found.edits < alignment.edits)) alignment = found;
  }
  return alignment;
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

/**
 * The family phrases nowhere in the segment (nor in the title words before it). A template whose
 * required words hold one of them differs in family from any span of the segment
 * (differsInFamily), so it is not aligned there at all.
 */
function missingFamilyPhrases(words: readonly string[], from: number, to: number): Set<string> {
  const segment = ` ${words.slice(Math.max(0, from - TITLE_WORDS), to).join(' ')} `;
  return new Set(FAMILY_PHRASES.filter((phrase) => !segment.includes(phrase)));
}

const familyPhrases = new WeakMap<Template, readonly string[]>();

/** The family phrases a template requires (read once per template). */
function familyPhrasesOf(template: Template): readonly string[] {
  let phrases = familyPhrases.get(template);
  if (phrases === undefined) {
    phrases = FAMILY_PHRASES.filter((phrase) => template.requiredText.includes(phrase));
    familyPhrases.set(template, phrases);
  }
  return phrases;
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
  const rest = OWN_CLAUSES.reduce((left, clause) => left.replace(clause, ' '), text);
  return rest.match(new RegExp(RESTRICTION.source, 'g'))?.length ?? 0;
}
