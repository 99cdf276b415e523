import { createHash } from 'node:crypto';

/**
 * The fingerprint of a word sequence (what the known-text table and the per-run memo are keyed
 * by). Its own file: exact-templates.ts reads the SPDX texts, which a run never loads.
 */
export function wordsFingerprint(words: readonly string[]): string {
  return createHash('sha256').update(words.join(' ')).digest('base64');
}
