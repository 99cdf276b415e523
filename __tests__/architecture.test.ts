import { describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { findCycles, readImportGraph, type FileImports } from '../test-support/import-graph.js';

// The layering of issue #11, read from the code's own imports: ground floor (module semantics,
// the egress HTTP helpers, errors, findings) at the bottom; domains, each with its own input types;
// config, which parses the inputs into those types; report; steps and pipeline; edges on top.
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const GROUND_FILES = new Set(['src/errors.ts', 'src/findings.ts', 'src/plural.ts', 'src/concurrency.ts']);
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
// deadline and cancellation (plain values, no upward imports of their own).
const DOMAIN_SEAMS = new Set(['src/logger.ts', 'src/deadline.ts', 'src/cancel.ts']);

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
