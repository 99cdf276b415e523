import fs from 'node:fs/promises';
import path from 'node:path';
import { parseGoSum, type GoSumLine } from './go-sum.js';
import { readIfExists, writeFileAtomic } from '../files.js';

/**
 * `go mod download all` quietly adds missing lines to go.sum. A verifier must not repair the
 * file it verifies: we keep each go.sum as it was, put it back after go ran, and report the lines
 * go wanted to add (the user runs `go mod tidy` and commits them).
 */
export class GoSumGuard {
  private constructor(private readonly before: ReadonlyMap<string, string | undefined>) {}

  static async snapshot(files: readonly string[]): Promise<GoSumGuard> {
    const before = new Map<string, string | undefined>();
    for (const file of files) before.set(file, await readText(file));
    return new GoSumGuard(before);
  }

  /** The lines as they were before go ran (what the user committed). */
  lines(): GoSumLine[] {
    return [...this.before].flatMap(([file, text]) =>
      text === undefined ? [] : parseGoSum(text, path.basename(file)),
    );
  }

  /** Restores every file go changed (atomically) and returns the lines go had added. */
  async restore(): Promise<GoSumLine[]> {
    const added: GoSumLine[] = [];
    for (const [file, original] of this.before) {
      const now = await readText(file);
      if (now === original) continue;
      const had = new Set((original ?? '').split('\n').map((l) => l.trim()));
      if (now !== undefined)
        added.push(
          ...parseGoSum(now, path.basename(file)).filter((l) => !had.has(`${l.path} ${l.version} ${l.hash}`)),
        );
      if (original === undefined) await fs.rm(file, { force: true });
      else {
        await writeFileAtomic(file, original);
      }
    }
    return added;
  }
}

/** go.sum's text, or undefined when it is not there or cannot be read (then it is not guarded). */
async function readText(file: string): Promise<string | undefined> {
  return (await readIfExists(file).catch(() => undefined))?.toString('utf8');
}
