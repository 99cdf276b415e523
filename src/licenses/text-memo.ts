import type { Words } from './normalize.js';
import type { FileClassification } from './classification.js';

/**
 * This run's classifications by normalized text: license files that differ only in their
 * copyright lines (or not at all: every golang.org/x module's LICENSE) are classified once. A
 * classification depends on the words alone, except for the lines it names (shifted here) and
 * for SPDX-License-Identifier lines and short notices read from the raw text, which are never
 * memoized. It lives in memory for one process (one run), never in a cache.
 */
const MAX_ENTRIES = 4096;
const memo = new Map<string, { readonly result: FileClassification; readonly firstLine: number }>();

/** The key: threshold, word fingerprint and each word's line relative to the first word's. */
export function memoKey(fingerprint: string, normalized: Words, threshold: number): string {
  const first = normalized.lines[0] ?? 0;
  let relative = '';
  for (let i = 1; i < normalized.lines.length; i++) relative += `${normalized.lines[i] - first},`;
  return `${threshold}\0${fingerprint}\0${relative}`;
}

export function recall(key: string, normalized: Words): FileClassification | undefined {
  const entry = memo.get(key);
  if (entry === undefined) return undefined;
  return shiftLines(entry.result, (normalized.lines[0] ?? 1) - entry.firstLine);
}

/** Keeps a classification that the words alone decided (it matched a template; nothing declared). */
export function remember(key: string, normalized: Words, result: FileClassification): void {
  if (result.matches.length === 0 || result.declared.length > 0 || result.choiceOf !== undefined) return;
  if (memo.size >= MAX_ENTRIES) memo.clear();
  memo.set(key, { result, firstLine: normalized.lines[0] ?? 1 });
}

function shiftLines(result: FileClassification, delta: number): FileClassification {
  if (delta === 0) return result;
  return {
    ...result,
    matches: result.matches.map((m) => ({
      ...m,
      startLine: m.startLine + delta,
      endLine: m.endLine + delta,
    })),
    unknown: result.unknown.map((u) => ({
      ...u,
      startLine: u.startLine + delta,
      endLine: u.endLine + delta,
    })),
  };
}

/** Empties the memo (a bench measuring a fresh run's work; tests). */
export function forgetClassifications(): void {
  memo.clear();
}
