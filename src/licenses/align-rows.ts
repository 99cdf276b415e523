/** The two rows of the alignment matrix (align.ts) and their shared buffers. */

/**
 * Two rows of the alignment matrix, the previous template token's and the current one's: for each
 * document offset j, the cheapest cost, where its span starts, the run of edits ending there, the
 * longest run on its path, and the template words matched on it. Cells of a row outside its dirty
 * range hold `inf` in `cost`.
 */
export interface Rows {
  prevCost: Int32Array;
  prevStart: Int32Array;
  prevRun: Int32Array;
  prevGap: Int32Array;
  prevMatch: Int32Array;
  curCost: Int32Array;
  curStart: Int32Array;
  curRun: Int32Array;
  curGap: Int32Array;
  curMatch: Int32Array;
  prevDirtyLo: number;
  prevDirtyHi: number;
  curDirtyLo: number;
  curDirtyHi: number;
}

export function newRows(n: number, inf: number): Rows {
  if (pool.length === 0 || pool[0].length < n + 1)
    pool = Array.from({ length: 10 }, () => new Int32Array(2 * (n + 1)));
  const [prevCost, prevStart, prevRun, prevGap, prevMatch, curCost, curStart, curRun, curGap, curMatch] =
    pool.map((buffer) => buffer.subarray(0, n + 1));
  // As fresh arrays would be: zeros, the previous row's starts, and the current row unset.
  for (const row of [prevCost, prevRun, prevGap, prevMatch, curStart, curRun, curGap, curMatch]) row.fill(0);
  curCost.fill(inf);
  for (let j = 0; j <= n; j++) prevStart[j] = j;
  return {
    prevCost,
    prevStart,
    prevRun,
    prevGap,
    prevMatch,
    curCost,
    curStart,
    curRun,
    curGap,
    curMatch,
    prevDirtyLo: 0,
    prevDirtyHi: n,
    curDirtyLo: 0,
    curDirtyHi: -1,
  };
}

/**
 * The rows' buffers, shared by every alignment (one runs at a time, start to end): a text is
 * aligned against hundreds of templates, and ten fresh arrays each time were garbage.
 */
let pool: Int32Array[] = [];

/** The current row becomes the previous one; the buffer reused next held the row before it. */
export function swapRows(rows: Rows): void {
  [rows.prevCost, rows.curCost] = [rows.curCost, rows.prevCost];
  [rows.prevStart, rows.curStart] = [rows.curStart, rows.prevStart];
  [rows.prevRun, rows.curRun] = [rows.curRun, rows.prevRun];
  [rows.prevGap, rows.curGap] = [rows.curGap, rows.prevGap];
  [rows.prevMatch, rows.curMatch] = [rows.curMatch, rows.prevMatch];
  [rows.prevDirtyLo, rows.curDirtyLo] = [rows.curDirtyLo, rows.prevDirtyLo];
  [rows.prevDirtyHi, rows.curDirtyHi] = [rows.curDirtyHi, rows.prevDirtyHi];
}
