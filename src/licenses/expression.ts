import parseSpdx from 'spdx-expression-parse';
import { UNKNOWN_LICENSE, type FileClassification } from './classification.js';

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

/** GPL-family texts can't say -only or -or-later themselves: -only unless a notice says "or later". */
export function gplVariant(id: string, orLater: boolean): string {
  return orLater && /^(A|L)?GPL-/.test(id) ? id.replace(/-only$/, '-or-later') : id;
}

export function familyOf(id: string): string {
  return id.replace(/-(only|or-later)$/, '');
}

export function isValidExpression(expression: string): boolean {
  try {
    parseSpdx(expression);
    return true;
  } catch {
    return false;
  }
}
