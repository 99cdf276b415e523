import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { findCycles, readImportGraph, type FileImports } from '../test-support/import-graph.js';

// The layering, read from the code's own imports: ground floor (module semantics,
// the egress HTTP helpers, errors, findings) at the bottom; domains, each with its own input types;
// config, which parses the inputs into those types; report; steps and pipeline; edges on top.
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const GROUND_FILES = new Set([
  'src/errors.ts',
  'src/findings.ts',
  'src/plural.ts',
  'src/concurrency.ts',
  'src/files.ts',
]);
const GROUND_FOLDERS = ['src/module/', 'src/net/'];
const isGround = (file: string): boolean =>
  GROUND_FOLDERS.some((folder) => file.startsWith(folder)) || GROUND_FILES.has(file);

const DOMAIN = /^src\/(go|goproxy|sumdb|licenses|cache)\//;
const ABOVE_DOMAINS =
  /^src\/(config\/|report\/|steps\/|edges\/|pipeline\.ts$|run\.ts$|main\.ts$|post\.ts$|cli\.ts$)/;

// The edges: the only files that touch the runner (@actions/*).
const EDGE = /^src\/(edges\/|main\.ts$|post\.ts$|cli\.ts$)/;
// Known exception: the 'actions' cache backend speaks @actions/cache's protocol (save, and the v2
// lookup). Only the edges (action-main, action-post, cli) construct it, so the core never loads it;
// moving it under edges/ is a follow-up.
const ACTIONS_ALLOWED = new Set(['src/cache/actions-backend.ts']);

// Shared seams a domain may use besides the ground floor and go/: the logging surface, the run's
// clock, deadline and cancellation (plain values, no upward imports of their own).
const DOMAIN_SEAMS = new Set(['src/logger.ts', 'src/deadline.ts', 'src/cancel.ts', 'src/clock.ts']);

type Graph = ReadonlyMap<string, FileImports>;

const arrows = (graph: Graph): [string, string][] =>
  [...graph].flatMap(([file, imports]) => imports.ours.map((to): [string, string] => [file, to]));

function groundFloorEscapes(graph: Graph): string[] {
  return arrows(graph)
    .filter(([from, to]) => isGround(from) && !isGround(to))
    .map(([from, to]) => `${from} -> ${to}`);
}

function domainsReachingUp(graph: Graph): string[] {
  return arrows(graph)
    .filter(([from, to]) => DOMAIN.test(from) && ABOVE_DOMAINS.test(to))
    .map(([from, to]) => `${from} -> ${to}`);
}

function domainsSideways(graph: Graph): string[] {
  const folder = (file: string): string => file.split('/').slice(0, 2).join('/');
  return arrows(graph)
    .filter(([from, to]) => DOMAIN.test(from) && !ABOVE_DOMAINS.test(to))
    .filter(([, to]) => !isGround(to) && !to.startsWith('src/go/') && !DOMAIN_SEAMS.has(to))
    .filter(([from, to]) => folder(from) !== folder(to))
    .map(([from, to]) => `${from} -> ${to}`);
}

function actionsOutsideEdges(graph: Graph): string[] {
  return [...graph]
    .filter(([, imports]) => imports.packages.some((name) => name.startsWith('@actions/')))
    .map(([file]) => file)
    .filter((file) => !EDGE.test(file));
}

describe('the import graph of src/', () => {
  const graph = readImportGraph(ROOT);

  it('reads every source file and resolves every relative import to one of them', () => {
    expect(graph.size).toBeGreaterThan(100);
    const unresolved = arrows(graph).filter(([, to]) => !graph.has(to));
    expect(unresolved).toEqual([]);
  });

  it('has no import cycles (type-only imports included)', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it('keeps the ground floor free of imports from above it', () => {
    expect(groundFloorEscapes(graph)).toEqual([]);
  });

  it('lets no domain import config, the report, the steps, the pipeline, run or the edges', () => {
    expect(domainsReachingUp(graph)).toEqual([]);
  });

  it('lets domains import only the ground floor, go/ and the shared seams besides their own folder', () => {
    expect(domainsSideways(graph)).toEqual([]);
  });

  it('touches @actions/* only at the edges, apart from the actions cache backend', () => {
    expect(actionsOutsideEdges(graph).filter((file) => !ACTIONS_ALLOWED.has(file))).toEqual([]);
    expect([...ACTIONS_ALLOWED].filter((file) => !actionsOutsideEdges(graph).includes(file))).toEqual([]);
  });
});

describe('the layering checks themselves (each can fail)', () => {
  const graphOf = (edges: Record<string, string[]>, packages: Record<string, string[]> = {}): Graph =>
    new Map(Object.entries(edges).map(([file, ours]) => [file, { ours, packages: packages[file] ?? [] }]));

  it('finds a cycle, including one through three files', () => {
    const graph = graphOf({ 'src/a.ts': ['src/b.ts'], 'src/b.ts': ['src/c.ts'], 'src/c.ts': ['src/a.ts'] });
    expect(findCycles(graph)).toEqual([['src/a.ts', 'src/b.ts', 'src/c.ts', 'src/a.ts']]);
  });

  it('flags each kind of wrong arrow', () => {
    const graph = graphOf(
      {
        'src/module/proxy-list.ts': ['src/config/config.ts'],
        'src/net/egress-proxy.ts': ['src/goproxy/relay.ts'],
        'src/licenses/evaluate.ts': ['src/report/model.ts', 'src/licenses/policy.ts'],
        'src/licenses/policy.ts': ['src/config/config.ts', 'src/module/prefix-patterns.ts'],
        'src/cache/keys.ts': ['src/diff/git.ts', 'src/go/go-sum.ts', 'src/logger.ts'],
        'src/sumdb/sumdb-http.ts': ['src/goproxy/upstream.ts', 'src/net/egress-proxy.ts'],
        'src/config/config.ts': ['src/goproxy/relay-types.ts', 'src/module/proxy-list.ts'],
        'src/goproxy/relay.ts': [],
        'src/goproxy/relay-types.ts': [],
        'src/goproxy/upstream.ts': [],
        'src/module/prefix-patterns.ts': [],
        'src/go/go-sum.ts': [],
        'src/logger.ts': [],
        'src/report/model.ts': [],
        'src/diff/git.ts': [],
      },
      { 'src/cache/keys.ts': ['@actions/core'] },
    );
    expect(groundFloorEscapes(graph)).toEqual([
      'src/module/proxy-list.ts -> src/config/config.ts',
      'src/net/egress-proxy.ts -> src/goproxy/relay.ts',
    ]);
    expect(domainsReachingUp(graph)).toEqual([
      'src/licenses/evaluate.ts -> src/report/model.ts',
      'src/licenses/policy.ts -> src/config/config.ts',
    ]);
    expect(domainsSideways(graph)).toEqual([
      'src/cache/keys.ts -> src/diff/git.ts',
      'src/sumdb/sumdb-http.ts -> src/goproxy/upstream.ts',
    ]);
    expect(actionsOutsideEdges(graph)).toEqual(['src/cache/keys.ts']);
  });
});

// Size and duplication, read with the TypeScript compiler API.
const FILE_LINES = 350;
const FUNCTION_LINES = 100;

/**
 * Files and functions still over the limits, each with the split it waits for. The list only
 * shrinks: an entry that fits the limits fails the test below.
 */
const OVERSIZED: Record<string, string> = {};

/** The helpers written once, each with exactly one definition in src/, and where it is. */
const WRITTEN_ONCE: Record<string, string> = {
  moduleCachePaths: 'src/module/module-path.ts',
  moduleId: 'src/module/module-path.ts',
  describeError: 'src/errors.ts',
  readIfExists: 'src/files.ts',
  writeFileAtomic: 'src/files.ts',
};

/**
 * Copies still written in files another helper of this round owns (the lead switches them to the
 * one definition after merging): `<file> <name>`, with who. Atomic writes not named
 * writeFileAtomic (src/report/json-report.ts writeJsonReport, i24; src/sbom/write-artifacts.ts
 * writeAtomically and src/cache/local-backend.ts, i23) are listed in the report, not here.
 */
const COPIES: Record<string, string> = {};

interface Sized {
  readonly file: string;
  readonly lines: number;
  readonly functions: { name: string; lines: number }[];
  /** Top-level and nested function or const-arrow declarations, by name. */
  readonly declared: string[];
}

function functionName(node: ts.Node, sf: ts.SourceFile): string {
  const named = (node as ts.FunctionLikeDeclaration).name;
  if (named) return named.getText(sf);
  let up: ts.Node | undefined = node.parent;
  while (up && !(ts.isFunctionLike(up) && (up as ts.FunctionLikeDeclaration).name)) {
    if (ts.isVariableDeclaration(up)) return up.name.getText(sf);
    up = up.parent;
  }
  return up ? `<arrow in ${(up as ts.FunctionLikeDeclaration).name?.getText(sf)}>` : '<arrow>';
}

function sizeOf(root: string, file: string): Sized {
  const text = readFileSync(join(root, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lineOf = (pos: number): number => sf.getLineAndCharacterOfPosition(pos).line;
  const functions: Sized['functions'] = [];
  const declared: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && (node as ts.FunctionLikeDeclaration).body)
      functions.push({
        name: functionName(node, sf),
        lines: lineOf(node.end) - lineOf(node.getStart(sf)) + 1,
      });
    if (ts.isFunctionDeclaration(node) && node.name && node.body) declared.push(node.name.text);
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
    )
      declared.push(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { file, lines: lineOf(sf.end) + 1, functions, declared };
}

function sourcesOf(root: string): Sized[] {
  const list = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return list(rel);
      return rel.endsWith('.ts') && !rel.endsWith('.d.ts') ? [rel] : [];
    });
  return list('src').map((file) => sizeOf(root, file));
}

function oversized(sources: readonly Sized[]): string[] {
  return sources.flatMap((s) => [
    ...(s.lines > FILE_LINES ? [`${s.file}`] : []),
    ...s.functions.filter((f) => f.lines > FUNCTION_LINES).map((f) => `${s.file} ${f.name}`),
  ]);
}

function definitions(sources: readonly Sized[], name: string): string[] {
  return sources.flatMap((s) => s.declared.filter((d) => d === name).map(() => s.file));
}

describe('the size of src/ (read with the TypeScript compiler API)', () => {
  const sources = sourcesOf(ROOT);

  it(`has no file over ${FILE_LINES} lines and no function over ${FUNCTION_LINES}, beyond the named exceptions`, () => {
    expect(oversized(sources).filter((what) => !(what in OVERSIZED))).toEqual([]);
  });

  it('names no exception that is already within the limits (the list only shrinks)', () => {
    const over = new Set(oversized(sources));
    expect(Object.keys(OVERSIZED).filter((what) => !over.has(what))).toEqual([]);
  });

  it.each(Object.entries(WRITTEN_ONCE))('defines %s once, in %s', (name, home) => {
    const copies = definitions(sources, name).filter((file) => !(`${file} ${name}` in COPIES));
    expect(copies).toEqual([home]);
  });

  it('points at no issue number in src/ (a newcomer has no tracker: say why in words)', () => {
    const pointers = (text: string) => text.match(/\bissue #\d+|\(#\d+\)/g) ?? [];
    expect(pointers('see the speed issue (#29) and issue #24 §8')).toHaveLength(2);
    const found = sources.flatMap((s) =>
      pointers(readFileSync(join(ROOT, s.file), 'utf8')).map((p) => `${s.file}: ${p}`),
    );
    expect(found).toEqual([]);
  });

  it('finds an oversized file and function, and a helper written twice (each check can fail)', () => {
    const long = Array.from({ length: 120 }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const file: Sized = {
      file: 'src/x.ts',
      lines: 400,
      functions: [{ name: 'big', lines: 120 }],
      declared: ['describeError'],
    };
    const twice: Sized = { file: 'src/y.ts', lines: 10, functions: [], declared: ['describeError'] };
    expect(oversized([file])).toEqual(['src/x.ts', 'src/x.ts big']);
    expect(definitions([file, twice], 'describeError')).toEqual(['src/x.ts', 'src/y.ts']);
    // And the reader measures real source: a 122-line function declared as a const arrow.
    const dir = mkdtempSync(join(tmpdir(), 'gmw-arch-'));
    try {
      mkdirSync(join(dir, 'src'));
      writeFileSync(join(dir, 'src', 'z.ts'), `export const z = () => {\n${long}\n};\n`);
      const [z] = sourcesOf(dir);
      expect(z.functions).toEqual([{ name: 'z', lines: 122 }]);
      expect(z.declared).toEqual(['z']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
