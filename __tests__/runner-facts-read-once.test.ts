import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// The runner's facts (the event, the base ref, the workspace, the temp dir, the repository) are
// read once, at the edges or in config (src/config/runner-facts.ts), into a typed RunnerFacts that
// is handed down: the steps and domains take plain values. Read with the TypeScript compiler API.
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where the environment may be read: the edges and config. */
const MAY_READ = /^src\/(edges\/|config\/|main\.ts$|post\.ts$|cli\.ts$)/;

/** The runner's facts, by the variable that carries each. */
const RUNNER_VARIABLES = new Set([
  'GITHUB_ACTIONS',
  'GITHUB_BASE_REF',
  'GITHUB_EVENT_NAME',
  'GITHUB_EVENT_PATH',
  'GITHUB_REPOSITORY',
  'GITHUB_WORKSPACE',
  'RUNNER_TEMP',
]);

/**
 * Reads left outside the edges and config, each with why: `<file> <what>`. The list only shrinks.
 * GMW_TIMELINE is a developer's trace switch, read when the module loads; the relay's
 * `options.env ?? process.env` is its library default (every caller passes the job's env).
 */
const ALLOWED: Record<string, string> = {
  'src/goproxy/timeline.ts process.env': 'GMW_TIMELINE, a developer trace switch',
  'src/goproxy/relay.ts process.env': 'startRelay default for a library caller',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** `process.env`, and any `<x>.GITHUB_…`/`<x>['RUNNER_TEMP']` naming a runner fact, in one file's text. */
export function environmentReads(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const name = node.name.text;
      if (name === 'env' && node.expression.getText(sf) === 'process') found.push(`${file} process.env`);
      else if (RUNNER_VARIABLES.has(name)) found.push(`${file} ${name}`);
    } else if (
      ts.isElementAccessExpression(node) &&
      ts.isStringLiteralLike(node.argumentExpression) &&
      RUNNER_VARIABLES.has(node.argumentExpression.text)
    ) {
      found.push(`${file} ${node.argumentExpression.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return [...new Set(found)];
}

function readsOutsideTheEdges(): string[] {
  return sourceFiles(join(ROOT, 'src'))
    .map((full) => relative(ROOT, full).split('\\').join('/'))
    .filter((file) => !MAY_READ.test(file))
    .flatMap((file) => environmentReads(file, readFileSync(join(ROOT, file), 'utf8')));
}

describe('the runner facts, read once at the edge', () => {
  it('are read nowhere in src/ but the edges and config (beyond the named exceptions)', () => {
    expect(readsOutsideTheEdges().filter((read) => !(read in ALLOWED))).toEqual([]);
  });

  it('names no exception that no longer reads (the list only shrinks)', () => {
    const reads = new Set(readsOutsideTheEdges());
    expect(Object.keys(ALLOWED).filter((read) => !reads.has(read))).toEqual([]);
  });

  it('finds process.env, a runner variable by property and by string index (the check can fail)', () => {
    const text = [
      'const a = process.env.HOME;',
      'const b = env.GITHUB_EVENT_NAME;',
      "const c = io.env['RUNNER_TEMP'];",
      'const d = env.PATH;',
      'const e = facts.tempDir;',
    ].join('\n');
    expect(environmentReads('src/x.ts', text)).toEqual([
      'src/x.ts process.env',
      'src/x.ts GITHUB_EVENT_NAME',
      'src/x.ts RUNNER_TEMP',
    ]);
  });
});
