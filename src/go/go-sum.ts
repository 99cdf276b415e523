import { ProjectError } from '../errors.js';

/** One line of go.sum (or go.work.sum). */
export interface GoSumLine {
  readonly path: string;
  /** `v1.2.3` for the module zip's hash, `v1.2.3/go.mod` for its go.mod's hash. */
  readonly version: string;
  readonly hash: string;
  /** 1-based line number in `file`, for messages. */
  readonly line: number;
  readonly file: string;
}

/**
 * Parses go.sum text. Mirrors cmd/go/internal/modfetch/fetch.go readGoSum: three fields per line,
 * blank lines skipped; a malformed line is an error naming file and line (go itself refuses them).
 */
export function parseGoSum(text: string, file: string): GoSumLine[] {
  const lines: GoSumLine[] = [];
  text.split('\n').forEach((raw, index) => {
    const fields = raw
      .trim()
      .split(/\s+/)
      .filter((f) => f !== '');
    if (fields.length === 0) return;
    if (fields.length !== 3 || !/^h\d+:/.test(fields[2])) {
      throw new ProjectError(
        `${file}:${index + 1}: malformed go.sum line '${raw.trim()}'; run 'go mod tidy' to rewrite go.sum`,
      );
    }
    lines.push({ path: fields[0], version: fields[1], hash: fields[2], line: index + 1, file });
  });
  return lines;
}

/** Looks up the `h1:` line for a module zip (`version`) or its go.mod (`version/go.mod`). */
export function findGoSumLine(
  lines: readonly GoSumLine[],
  path: string,
  version: string,
): GoSumLine | undefined {
  return h1Index(lines).get(`${path} ${version}`);
}

/**
 * Each list's first `h1:` line per `path version`, built once per list (and again if it grew):
 * a scan per lookup made checking n modules O(n²), which showed at 3,000 modules.
 */
const indexes = new WeakMap<readonly GoSumLine[], { size: number; byKey: Map<string, GoSumLine> }>();

function h1Index(lines: readonly GoSumLine[]): Map<string, GoSumLine> {
  const known = indexes.get(lines);
  if (known && known.size === lines.length) return known.byKey;
  const byKey = new Map<string, GoSumLine>();
  for (const line of lines) {
    const key = `${line.path} ${line.version}`;
    if (line.hash.startsWith('h1:') && !byKey.has(key)) byKey.set(key, line);
  }
  indexes.set(lines, { size: lines.length, byKey });
  return byKey;
}
