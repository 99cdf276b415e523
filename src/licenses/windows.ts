import type { Template } from './templates.js';
import { MAX_VARIABLE_WORDS } from './align.js';

/** A segment this many times longer than a template is searched in windows first. */
export const WINDOWED_RATIO = 4;

let need = new Int32Array(0);
let have = new Int32Array(0);

/**
 * The ranges of doc[from, to) where a window the template's size could hold it within
 * `maxMissing` missing words (the word-count bound of classifier.ts, slid along the text), merged.
 * A long file (a third-party notices file) then aligns each small template only where it can be.
 */
export function candidateRanges(
  template: Template,
  doc: Int32Array,
  from: number,
  to: number,
  maxMissing: number,
  vocabularySize: number,
): [number, number][] {
  if (need.length < vocabularySize) {
    need = new Int32Array(vocabularySize);
    have = new Int32Array(vocabularySize);
  }
  const ids = template.requiredIds;
  const counts = template.requiredCounts;
  for (let k = 0; k < ids.length; k++) need[ids[k]] = counts[k];
  const width = Math.min(to - from, template.length + maxMissing + MAX_VARIABLE_WORDS * 2);
  let missing = template.length;
  const add = (w: number): void => {
    if (w < 0) return;
    if (have[w] < need[w]) missing--;
    have[w]++;
  };
  const remove = (w: number): void => {
    if (w < 0) return;
    have[w]--;
    if (have[w] < need[w]) missing++;
  };
  const ranges: [number, number][] = [];
  for (let i = from; i < from + width; i++) add(doc[i]);
  for (let start = from; ; start++) {
    if (missing <= maxMissing) {
      const last = ranges[ranges.length - 1];
      const end = start + width;
      if (last !== undefined && last[1] >= start) last[1] = end;
      else ranges.push([start, end]);
    }
    if (start + width >= to) break;
    remove(doc[start]);
    add(doc[start + width]);
  }
  for (let i = to - width; i < to; i++) if (doc[i] >= 0) have[doc[i]] = 0;
  for (let i = from; i < to; i++) if (doc[i] >= 0) have[doc[i]] = 0;
  for (let k = 0; k < ids.length; k++) need[ids[k]] = 0;
  return ranges;
}
