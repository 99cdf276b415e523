import { newRows, swapRows, type Rows } from './align-rows.js';
import { TokenKind, type Template } from './templates.js';

/** The most words a variable span (a holder or organisation name) takes for free. */
export const MAX_VARIABLE_WORDS = 12;
/** No run of edits is longer than a template: the "none yet" of a row's shortest run. */
const MAX_RUN = 0x3fffffff;

export interface Alignment {
  /** Word edits (insertions, deletions, substitutions) between the template and the span. */
  readonly edits: number;
  /** The matched span of the document: [start, end) word indexes. */
  readonly start: number;
  readonly end: number;
  /**
   * The longest run of consecutive edits on the path: an added or rewritten clause shows as a
   * run, rewrapping and a changed holder name do not.
   */
  readonly longestGap: number;
  /** Template words matched on the path (the end of the span is chosen on matched − 2 × edits). */
  readonly matched: number;
  /** The least cost of any end: a smaller budget finds an alignment exactly when it is within it. */
  readonly lowest: number;
}

/**
 * alignWithin's answer when every path still within the budget already holds a run of more
 * than `maxGap` consecutive edits: its alignment, whatever its end, would hold one too.
 */
export const LONG_GAP = 'long-gap';

/** One row's bounds: cells [lo, cap] are computed; `hi` is the previous row's last cell in budget. */
interface RowBounds {
  readonly lo: number;
  readonly hi: number;
  readonly cap: number;
  readonly inf: number;
  readonly maxEdits: number;
}

/**
 * Where a row ended (`j`, one past its last computed cell), its cells within the budget, and the
 * shortest longest-run of edits among those cells.
 */
interface RowResult {
  readonly j: number;
  readonly newLo: number;
  readonly newHi: number;
  readonly minGap: number;
}

/**
 * Aligns the whole template against the best-matching span of `doc[from, to)` at word level
 * (semi-global edit distance: the document's words before and after the span are free).
 * Variable spans take up to MAX_VARIABLE_WORDS words for free; optional words may be missing for
 * free. Gives up (undefined) as soon as every path costs more than `maxEdits`: the minimum of a
 * row never decreases, so this bounds the work on candidates that cannot reach the threshold.
 */
export function alignTemplate(
  template: Template,
  doc: Int32Array,
  from: number,
  to: number,
  maxEdits: number,
): Alignment | undefined {
  const found = alignWithin(template, doc, from, to, maxEdits, Infinity);
  return found === LONG_GAP ? undefined : found;
}

/**
 * alignTemplate, stopping early with LONG_GAP once every cell of a row within the budget carries
 * a run of more than `maxGap` edits: a path's longest run never shrinks, and a path's cost never
 * drops back into the budget, so the alignment's longestGap would exceed `maxGap`.
 */
export function alignWithin(
  template: Template,
  doc: Int32Array,
  from: number,
  to: number,
  maxEdits: number,
  maxGap: number,
): Alignment | undefined | typeof LONG_GAP {
  const n = to - from;
  const inf = maxEdits + 1;
  const rows = newRows(n, inf);
  // Only cells within the budget matter: [lo, hi] bounds them in the previous row (Ukkonen's
  // cut-off); cells of a buffer outside its dirty range hold `inf`.
  let lo = 0;
  let hi = n;
  const literals = literalsThrough(template);
  const total = template.length;
  for (let i = 0; i < template.tokens.length; i++) {
    if (rows.curDirtyHi >= rows.curDirtyLo) rows.curCost.fill(inf, rows.curDirtyLo, rows.curDirtyHi + 1);
    // A band: the first i+1 tokens need about literals[i] document words, and the rest of the
    // template the rest of them, within the budget. Cells outside cost more than maxEdits.
    const floor = literals[i] - maxEdits;
    if (lo < floor) lo = floor;
    const bounds = { lo, hi, cap: smaller(n, n - (total - literals[i]) + maxEdits), inf, maxEdits };
    const kind = template.kinds[i];
    const row =
      kind === TokenKind.Variable
        ? variableRow(rows, bounds)
        : wordRow(rows, bounds, doc, from - 1, template.tokens[i], kind === TokenKind.Optional ? 0 : 1);
    if (row.newLo < 0) return undefined;
    if (row.minGap > maxGap) return LONG_GAP;
    rows.curDirtyLo = lo;
    rows.curDirtyHi = row.j < n ? row.j : n;
    swapRows(rows);
    lo = row.newLo;
    hi = row.newHi;
  }
  return bestEnd(rows, from, lo, hi, maxEdits);
}

/** A variable span's row: up to MAX_VARIABLE_WORDS document words for free, or one more as an edit. */
function variableRow(rows: Rows, { lo, hi, cap, inf, maxEdits }: RowBounds): RowResult {
  const { prevCost, prevStart, prevGap, prevMatch, curCost, curStart, curRun, curGap, curMatch } = rows;
  let newLo = -1;
  let newHi = -1;
  let minGap = MAX_RUN;
  let j = lo;
  for (; j <= cap; j++) {
    let best = prevCost[j];
    let start = prevStart[j];
    let run = 0;
    let gap = prevGap[j];
    let matched = prevMatch[j];
    const back = j < MAX_VARIABLE_WORDS ? j : MAX_VARIABLE_WORDS;
    for (let k = 1; k <= back; k++) {
      if (prevCost[j - k] < best) {
        best = prevCost[j - k];
        start = prevStart[j - k];
        gap = prevGap[j - k];
        matched = prevMatch[j - k];
      }
    }
    if (j > lo && curCost[j - 1] + 1 < best) {
      best = curCost[j - 1] + 1;
      start = curStart[j - 1];
      run = curRun[j - 1] + 1;
      gap = larger(curGap[j - 1], run);
      matched = curMatch[j - 1];
    }
    curCost[j] = best < inf ? best : inf;
    curStart[j] = start;
    curRun[j] = run;
    curGap[j] = gap;
    curMatch[j] = matched;
    if (best <= maxEdits) {
      if (newLo < 0) newLo = j;
      newHi = j;
      if (gap < minGap) minGap = gap;
    } else if (j > hi + MAX_VARIABLE_WORDS) break;
  }
  return { j, newLo, newHi, minGap };
}

/**
 * A word's row (a literal, or an optional word whose deletion is free): the word missing, matched
 * or substituted, or an extra document word inside the span. `base` is the document index of
 * offset 0 less one.
 */
function wordRow(
  rows: Rows,
  { lo, hi, cap, inf, maxEdits }: RowBounds,
  doc: Int32Array,
  base: number,
  token: number,
  deletion: number,
): RowResult {
  const { prevCost, prevStart, prevRun, prevGap, prevMatch, curCost, curStart, curRun, curGap, curMatch } =
    rows;
  let newLo = -1;
  let newHi = -1;
  let minGap = MAX_RUN;
  let j = lo;
  if (j === 0 && cap >= 0) {
    // Before the first document word only deletions are possible.
    const best = prevCost[0] + deletion;
    curCost[0] = best < inf ? best : inf;
    curStart[0] = prevStart[0];
    curRun[0] = prevRun[0] + deletion;
    curGap[0] = larger(prevGap[0], curRun[0]);
    curMatch[0] = prevMatch[0];
    if (best <= maxEdits) {
      newLo = newHi = 0;
      minGap = curGap[0];
    }
    j = 1;
  }
  let left = j - 1 < lo ? inf : curCost[j - 1];
  let leftStart = curStart[j - 1];
  let leftRun = curRun[j - 1];
  let leftGap = curGap[j - 1];
  let leftMatch = curMatch[j - 1];
  for (; j <= cap; j++) {
    // The template word missing from the document.
    let best = prevCost[j] + deletion;
    let start = prevStart[j];
    let run = prevRun[j] + deletion;
    let gap = larger(prevGap[j], run);
    let matched = prevMatch[j];
    // Substitution or match, from the diagonal (preferred on ties: keeps matched titles in).
    const same = doc[base + j] === token;
    const diagonal = prevCost[j - 1] + (same ? 0 : 1);
    const diagonalRun = same ? 0 : prevRun[j - 1] + 1;
    const diagonalGap = larger(prevGap[j - 1], diagonalRun);
    if (diagonal < best || (diagonal === best && diagonalGap <= gap)) {
      best = diagonal;
      start = prevStart[j - 1];
      run = diagonalRun;
      gap = diagonalGap;
      matched = prevMatch[j - 1] + (same ? 1 : 0);
    }
    // An extra document word inside the span.
    if (left + 1 < best || (left + 1 === best && larger(leftGap, leftRun + 1) < gap)) {
      best = left + 1;
      start = leftStart;
      run = leftRun + 1;
      gap = larger(leftGap, run);
      matched = leftMatch;
    }
    if (best > inf) best = inf;
    curCost[j] = best;
    curStart[j] = start;
    curRun[j] = run;
    curGap[j] = gap;
    curMatch[j] = matched;
    left = best;
    leftStart = start;
    leftRun = run;
    leftGap = gap;
    leftMatch = matched;
    if (best <= maxEdits) {
      if (newLo < 0) newLo = j;
      newHi = j;
      if (gap < minGap) minGap = gap;
    } else if (j > hi + 1) break;
  }
  return { j, newLo, newHi, minGap };
}

/**
 * The end with the most words matched less twice its edits: an optional appendix present with an
 * edit or two (a filled-in placeholder) is in the span, not left over as unknown words. Ties go
 * to the longest span.
 */
function bestEnd(rows: Rows, from: number, lo: number, hi: number, maxEdits: number): Alignment {
  const { prevCost, prevMatch } = rows;
  let end = lo;
  let lowest = prevCost[lo];
  for (let j = lo; j <= hi; j++) {
    if (prevCost[j] > maxEdits) continue;
    if (prevCost[j] < lowest) lowest = prevCost[j];
    const value = prevMatch[j] - 2 * prevCost[j];
    const best = prevMatch[end] - 2 * prevCost[end];
    if (prevCost[end] > maxEdits || value >= best) end = j;
  }
  return {
    edits: prevCost[end],
    start: from + rows.prevStart[end],
    end: from + end,
    longestGap: rows.prevGap[end],
    matched: prevMatch[end],
    lowest,
  };
}

// Not Math.max/min: under jest's sandboxed globals V8 cannot inline them, and a call per cell
// made the alignment some 40 times slower there than in node.
function larger(a: number, b: number): number {
  return a > b ? a : b;
}

function smaller(a: number, b: number): number {
  return a < b ? a : b;
}

const literalCounts = new WeakMap<Template, Int32Array>();

/** For each token index, how many literal (required) tokens there are up to and including it. */
function literalsThrough(template: Template): Int32Array {
  let counts = literalCounts.get(template);
  if (counts === undefined) {
    counts = new Int32Array(template.kinds.length);
    let seen = 0;
    for (let i = 0; i < counts.length; i++) {
      if (template.kinds[i] === TokenKind.Literal) seen++;
      counts[i] = seen;
    }
    literalCounts.set(template, counts);
  }
  return counts;
}
