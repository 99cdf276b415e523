import { TokenKind, type Template } from './templates.js';

/** The most words a variable span (a holder or organisation name) takes for free. */
export const MAX_VARIABLE_WORDS = 12;

export interface Alignment {
  /** Word edits (insertions, deletions, substitutions) between the template and the span. */
  readonly edits: number;
  /** The matched span of the document: [start, end) word indexes. */
  readonly start: number;
  readonly end: number;
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
  const n = to - from;
  const m = template.tokens.length;
  const inf = maxEdits + 1;
  let prevCost = new Int32Array(n + 1);
  let prevStart = new Int32Array(n + 1);
  let curCost = new Int32Array(n + 1).fill(inf);
  let curStart = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prevStart[j] = j;
  // Only cells within the budget matter; [lo, hi] bounds them in the previous row (Ukkonen's
  // cut-off), and cells outside the computed range hold `inf`.
  let lo = 0;
  let hi = n;
  // The range of each buffer that may hold values below `inf`.
  let prevDirty: [number, number] = [0, n];
  let curDirty: [number, number] = [0, -1];
  for (let i = 0; i < m; i++) {
    const token = template.tokens[i];
    const kind = template.kinds[i];
    if (curDirty[1] >= curDirty[0]) curCost.fill(inf, curDirty[0], curDirty[1] + 1);
    const reach = kind === TokenKind.Variable ? MAX_VARIABLE_WORDS : 1;
    const deletion = kind === TokenKind.Optional ? 0 : 1;
    let newLo = -1;
    let newHi = -1;
    let j = lo;
    for (; j <= n; j++) {
      let best: number;
      let start: number;
      if (kind === TokenKind.Variable) {
        best = prevCost[j];
        start = prevStart[j];
        const back = Math.min(j, MAX_VARIABLE_WORDS);
        for (let k = 1; k <= back; k++) {
          if (prevCost[j - k] < best) {
            best = prevCost[j - k];
            start = prevStart[j - k];
          }
        }
      } else {
        // The template word is missing from the document.
        best = prevCost[j] + deletion;
        start = prevStart[j];
        // Substitution or match, from the diagonal (preferred on ties: keeps matched titles in).
        if (j > 0) {
          const diagonal = prevCost[j - 1] + (doc[from + j - 1] === token ? 0 : 1);
          if (diagonal <= best) {
            best = diagonal;
            start = prevStart[j - 1];
          }
        }
      }
      // An extra document word inside the span.
      if (j > lo && curCost[j - 1] + 1 < best) {
        best = curCost[j - 1] + 1;
        start = curStart[j - 1];
      }
      curCost[j] = best < inf ? best : inf;
      curStart[j] = start;
      if (best <= maxEdits) {
        if (newLo < 0) newLo = j;
        newHi = j;
      } else if (j > hi + reach) {
        break;
      }
    }
    if (newLo < 0) return undefined;
    curDirty = [lo, Math.min(j, n)];
    [prevCost, curCost] = [curCost, prevCost];
    [prevStart, curStart] = [curStart, prevStart];
    [prevDirty, curDirty] = [curDirty, prevDirty];
    lo = newLo;
    hi = newHi;
  }
  let end = lo;
  for (let j = lo; j <= hi; j++) {
    // Ties go to the longest span, so that optional appendices present in the text are in it.
    if (prevCost[j] <= prevCost[end]) end = j;
  }
  return { edits: prevCost[end], start: from + prevStart[end], end: from + end };
}
