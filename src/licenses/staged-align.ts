import { alignTemplate, alignWithin, LONG_GAP, type Alignment } from './align.js';
import { TokenKind, type Template } from './templates.js';

/**
 * Alignment in growing budgets: most texts are near-verbatim, and a narrow budget keeps the
 * alignment band narrow; a text that is a different license is given up on as soon as its
 * answer is decided (a run of edits too long to match), not after the widest budget's band.
 */

/** The budgets tried in turn: `tight` (decisive only when provably the answer), `quick`, `max`. */
export interface Budgets {
  readonly tight: number;
  readonly quick: number;
  readonly max: number;
}

/**
 * alignTemplate(template, doc, from, to, maxEdits), found with a tighter budget first when that
 * gives the same answer. Cells within the tighter budget hold the same values under any larger
 * one (a path never gets cheaper, and the band and cut-off only drop cells whose every path
 * costs more), so only the choice of the end could differ: a cell costing c > tight can score at
 * most (literal and optional words) − 2c. When the tight answer scores more than that, no such
 * cell can beat or tie it, and it is the answer.
 */
export function alignTemplateTightFirst(
  template: Template,
  doc: Int32Array,
  from: number,
  to: number,
  maxEdits: number,
  tight: number,
): Alignment | undefined {
  if (tight < maxEdits) {
    const found = alignTemplate(template, doc, from, to, tight);
    if (found !== undefined && decisive(template, found, tight)) return found;
  }
  return alignTemplate(template, doc, from, to, maxEdits);
}

/**
 * What `alignTemplateTightFirst(…, quick, tight) ?? (quick < max ? alignTemplate(…, max) : undefined)`
 * gives, except that an alignment whose longestGap would exceed `maxGap` may come back as
 * undefined (both are no match), found without finishing a band that cannot give a match:
 * - a tight pass stopped at a long run is not decisive: the quick pass follows, as before;
 * - a quick pass stopped at a long run would have ended either with an alignment holding that
 *   run (its cells are the max pass's cells within `quick`: when the max pass's cheapest end
 *   costs no more than `quick`) or with none, and then the max pass's answer stands;
 * - a max pass stopped at a long run ends the search: its answer would hold the run.
 */
export function alignStaged(
  template: Template,
  doc: Int32Array,
  from: number,
  to: number,
  budgets: Budgets,
  maxGap: number,
): Alignment | undefined {
  const { tight, quick, max } = budgets;
  if (tight < quick) {
    const found = alignWithin(template, doc, from, to, tight, maxGap);
    if (found !== undefined && found !== LONG_GAP && decisive(template, found, tight)) return found;
    if ((found === undefined || found === LONG_GAP) && quick < max)
      return widestFirst(template, doc, from, to, budgets, maxGap);
  }
  const first = alignWithin(template, doc, from, to, quick, maxGap);
  if (first !== undefined && first !== LONG_GAP) return first;
  if (quick >= max) return undefined;
  const full = alignWithin(template, doc, from, to, max, maxGap);
  if (full === undefined || full === LONG_GAP) return undefined;
  if (first === LONG_GAP && full.lowest <= quick) return undefined;
  return full;
}

/**
 * alignStaged's answer after a tight pass that stopped short (a text far from verbatim, mostly
 * another license), the max pass first: stopped at a long run or finding nothing, it decides
 * alone (the quick pass's cells are its cells within `quick`); with its cheapest end over
 * `quick` the quick pass would have found nothing and its answer stands; otherwise the quick
 * pass's answer is the answer, as before.
 */
function widestFirst(
  template: Template,
  doc: Int32Array,
  from: number,
  to: number,
  { quick, max }: Budgets,
  maxGap: number,
): Alignment | undefined {
  const full = alignWithin(template, doc, from, to, max, maxGap);
  if (full === undefined || full === LONG_GAP) return undefined;
  if (full.lowest > quick) return full;
  const first = alignWithin(template, doc, from, to, quick, maxGap);
  return first === LONG_GAP ? undefined : first;
}

/** True when no end costing more than `tight` can score as much as `found` (see above). */
function decisive(template: Template, found: Alignment, tight: number): boolean {
  return found.matched - 2 * found.edits > wordTokens(template) - 2 * (tight + 1);
}

const wordTokenCounts = new WeakMap<Template, number>();

/** Tokens that can be matched (literal and optional words, not variable spans). */
function wordTokens(template: Template): number {
  let count = wordTokenCounts.get(template);
  if (count === undefined) {
    count = template.kinds.filter((kind) => kind !== TokenKind.Variable).length;
    wordTokenCounts.set(template, count);
  }
  return count;
}
