import parseSpdx from 'spdx-expression-parse';
import { UNKNOWN_LICENSE, type FileClassification } from './classification.js';
import { rulesOf, VARIANT_SUFFIX } from './template-rules.js';

/** A file's SPDX expression from its matches, its declarations and the licenses its residue names. */

export function fileExpression(
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

/**
 * A text that can't say its variant itself (a template with an `orLater` rule) has its own id
 * unless the licensor grants later versions: a notice template that stands for the later variant
 * (`grantsLater`), or one of the rule's phrases in the words no template matched.
 */
export function variantOf(id: string, unmatchedWords: string, grantsLater: boolean): string {
  const later = rulesOf(id).orLater;
  if (later === undefined) return id;
  return grantsLater || later.phrases.some((phrase) => phrase.test(unmatchedWords)) ? later.id : id;
}

export function familyOf(id: string): string {
  return id.replace(VARIANT_SUFFIX, '');
}

export function isValidExpression(expression: string): boolean {
  try {
    parseSpdx(expression);
    return true;
  } catch {
    return false;
  }
}
