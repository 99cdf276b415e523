import parseSpdx from 'spdx-expression-parse';
import { UNKNOWN_LICENSE } from './classifier.js';
import type { LicenseFileReport } from './license-report.js';
import { namedLicenses, offersChoice } from './notice.js';
import { readmeLicenseSection } from './readme-license.js';

/** License files of a subdirectory with Go code (or, at the root, under another name). */
export interface AlsoInModule {
  /** The directory, '' for the root. */
  readonly dir: string;
  readonly paths: readonly string[];
  readonly expression: string;
}

export interface ModuleExpression {
  /** The module's expression as pkg.go.dev shows it: its root license files. */
  readonly root: string;
  /** Listed and gated separately: "also in this module: internal/difflib: BSD-3-Clause". */
  readonly also: readonly AlsoInModule[];
}

/**
 * The module's expression from its root files; subdirectory licenses (where Go code is) apart.
 * Root files combine with AND, except where one of them, or the README's license section,
 * offers them as a choice: then OR, and the option files are not ANDed in again.
 */
export function moduleExpression(
  files: readonly LicenseFileReport[],
  readme: string | undefined,
): ModuleExpression {
  const counted = files.filter((file) => file.appliesToCode && file.expression !== undefined);
  const standardRoot = counted.filter((file) => file.dir === '' && file.standardName !== false);
  const otherRoot = counted.filter((file) => file.dir === '' && file.standardName === false);
  // pkg.go.dev's names decide the root; another name decides it only when there is none.
  const rootFiles = standardRoot.length > 0 ? standardRoot : otherRoot;
  const root = rootFiles.length === 0 ? UNKNOWN_LICENSE : combine(rootFiles, readme);
  const also: AlsoInModule[] = [];
  const rest = counted.filter((file) => !rootFiles.includes(file));
  for (const dir of [...new Set(rest.map((file) => file.dir))]) {
    const inDir = rest.filter((file) => file.dir === dir);
    also.push({ dir, paths: inDir.map((file) => file.path), expression: combine(inDir, undefined) });
  }
  return { root, also };
}

function combine(files: readonly LicenseFileReport[], readme: string | undefined): string {
  const expressions = [...new Set(files.map((file) => file.expression as string))];
  if (expressions.length === 1) return expressions[0];
  // A file that offers a choice whose options cover the other files: the choice alone.
  for (const expression of expressions) {
    const options = orOptions(expression);
    if (options === undefined) continue;
    if (expressions.every((other) => other === expression || options.includes(other))) return expression;
  }
  // The README presents the root's licenses as a choice ("dual-licensed under MIT and Apache 2.0").
  if (readme !== undefined) {
    const section = readmeLicenseSection(readme);
    const named = namedLicenses(section);
    if (
      offersChoice(section) &&
      expressions.every((expression) => named.includes(expression)) &&
      !expressions.includes(UNKNOWN_LICENSE)
    ) {
      return expressions.join(' OR ');
    }
  }
  return expressions.map((part) => (/ OR /.test(part) ? `(${part})` : part)).join(' AND ');
}

/** The ids of an expression that is an OR of plain ids; undefined for anything else. */
function orOptions(expression: string): string[] | undefined {
  if (!/ OR /.test(expression)) return undefined;
  try {
    const ids: string[] = [];
    const walk = (node: ReturnType<typeof parseSpdx>): boolean => {
      if ('conjunction' in node) return node.conjunction === 'or' && walk(node.left) && walk(node.right);
      ids.push(node.exception ? `${node.license} WITH ${node.exception}` : node.license);
      return true;
    };
    return walk(parseSpdx(expression)) ? ids : undefined;
  } catch {
    return undefined;
  }
}
