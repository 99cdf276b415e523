import { describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { findCycles, readImportGraph, type FileImports } from '../test-support/import-graph.js';

// The layering of issue #11, read from the code's own imports: ground floor (module semantics,
// errors, findings) at the bottom; domains; report; steps and pipeline; edges on top.
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const GROUND_FILES = new Set(['src/errors.ts', 'src/findings.ts', 'src/plural.ts', 'src/concurrency.ts']);
const isGround = (file: string): boolean => file.startsWith('src/module/') || GROUND_FILES.has(file);

const DOMAIN = /^src\/(go|goproxy|sumdb|licenses|cache)\//;
const ABOVE_DOMAINS = /^src\/(report\/|steps\/|edges\/|pipeline\.ts$|run\.ts$|main\.ts$|post\.ts$|cli\.ts$)/;

// The edges: the only files that touch the runner (@actions/*).
const EDGE = /^src\/(edges\/|main\.ts$|post\.ts$|cli\.ts$)/;
// Known exception: the 'actions' cache backend speaks @actions/cache's protocol (save, and the v2
// lookup). Only the edges (action-main, action-post, cli) construct it, so the core never loads it;
// moving it under edges/ is a follow-up.
const ACTIONS_ALLOWED = new Set(['src/cache/actions-backend.ts']);

// Shared seams a domain may use besides the ground floor and go/: the logging surface, the run's
// deadline and cancellation (plain values, no upward imports of their own).
const DOMAIN_SEAMS = new Set(['src/logger.ts', 'src/deadline.ts', 'src/cancel.ts']);
// Known sideways arrows that break "domains import only ground floor and go/" (listed, not hidden;
// each is a follow-up): typed config read inside a domain, and the checksum DB's HTTP reusing the
// relay's egress proxy.
const DOMAIN_SIDEWAYS_ALLOWED = new Set([
  'src/go/settings.ts -> src/config/config.ts',
  'src/go/settings.ts -> src/sumdb/sumdb-setting.ts',
  'src/goproxy/relay-types.ts -> src/config/config.ts',
  'src/goproxy/relay.ts -> src/config/config.ts',
  'src/licenses/policy.ts -> src/config/config.ts',
  'src/licenses/policy.ts -> src/config/license-exceptions.ts',
  'src/sumdb/egress-get.ts -> src/goproxy/egress-proxy.ts',
  'src/sumdb/sumdb-http.ts -> src/goproxy/egress-proxy.ts',
]);

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

  it('lets no domain import the report, the steps, the pipeline, run or the edges', () => {
    expect(domainsReachingUp(graph)).toEqual([]);
  });

  it('lets domains import only the ground floor, go/ and the shared seams, apart from the listed exceptions', () => {
    expect(domainsSideways(graph).filter((arrow) => !DOMAIN_SIDEWAYS_ALLOWED.has(arrow))).toEqual([]);
    // An exception that no longer exists is removed from the list, so the list stays true.
    expect([...DOMAIN_SIDEWAYS_ALLOWED].filter((arrow) => !domainsSideways(graph).includes(arrow))).toEqual(
      [],
    );
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
        'src/licenses/evaluate.ts': ['src/report/model.ts'],
        'src/cache/keys.ts': ['src/diff/git.ts'],
        'src/config/config.ts': [],
        'src/report/model.ts': [],
        'src/diff/git.ts': [],
      },
      { 'src/cache/keys.ts': ['@actions/core'] },
    );
    expect(groundFloorEscapes(graph)).toEqual(['src/module/proxy-list.ts -> src/config/config.ts']);
    expect(domainsReachingUp(graph)).toEqual(['src/licenses/evaluate.ts -> src/report/model.ts']);
    expect(domainsSideways(graph)).toEqual(['src/cache/keys.ts -> src/diff/git.ts']);
    expect(actionsOutsideEdges(graph)).toEqual(['src/cache/keys.ts']);
  });
});
