import { describe, expect, it } from '@jest/globals';
import {
  type Attempt,
  type AttemptState,
  nextRouteAction,
  type RouteAction,
} from '../../src/goproxy/route-plan.js';

const waiting: AttemptState = { kind: 'waiting', overtaken: false };
const overtaken: AttemptState = { kind: 'waiting', overtaken: true };
const breached: AttemptState = { kind: 'breached' };
const found: AttemptState = { kind: 'found' };
const notFound: AttemptState = { kind: 'not-found' };
const failed: AttemptState = { kind: 'failed' };
const refused: AttemptState = { kind: 'refused' };

/** `a,b` → upstreams whose separators are `,`; `a|b` → `|` after a. */
function list(spec: string): { fallBackOnError: boolean }[] {
  const out: { fallBackOnError: boolean }[] = [];
  for (let i = 0; i < spec.length; i++)
    if (/[a-z]/.test(spec[i])) out.push({ fallBackOnError: spec[i + 1] === '|' });
  return out;
}

const attempts = (...states: [number, AttemptState][]): Attempt[] =>
  states.map(([upstream, state]) => ({ upstream, state }));

// The README's routing rules, case by case (section "Relay", "The routing policy, exactly").
describe('nextRouteAction', () => {
  it.each<[string, string, boolean, Attempt[], RouteAction, number[]]>([
    ['starts with the first upstream', 'a,b', true, [], { kind: 'try', upstream: 0, hedge: false }, []],
    ['waits on an attempt within its budget', 'a,b', true, attempts([0, waiting]), { kind: 'wait' }, []],
    [
      'serves the first 200',
      'a,b',
      true,
      attempts([0, breached], [1, found]),
      { kind: 'serve', attempt: 1 },
      [],
    ],
    // 404 and 410 always move on; not found everywhere is a 404.
    [
      'moves on after a not-found with `,`',
      'a,b',
      false,
      attempts([0, notFound]),
      { kind: 'try', upstream: 1, hedge: false },
      [],
    ],
    [
      'answers 404 when every upstream said not found',
      'a,b',
      false,
      attempts([0, notFound], [1, notFound]),
      { kind: 'not-found' },
      [],
    ],
    ['answers 404 with no upstream at all', '', true, [], { kind: 'not-found' }, []],
    // Without next-proxy: cmd/go's semantics.
    [
      'stops after an error with `,` (no next-proxy)',
      'a,b',
      false,
      attempts([0, failed]),
      { kind: 'fail' },
      [],
    ],
    [
      'moves on after an error with `|` (no next-proxy)',
      'a|b',
      false,
      attempts([0, failed]),
      { kind: 'try', upstream: 1, hedge: false },
      [],
    ],
    [
      'reports an error before a not-found',
      'a|b',
      false,
      attempts([0, failed], [1, notFound]),
      { kind: 'fail' },
      [],
    ],
    // With next-proxy: errors and breaches move on whatever the separator, with a hedge.
    [
      'moves on after an error with `,` (next-proxy)',
      'a,b',
      true,
      attempts([0, failed]),
      { kind: 'try', upstream: 1, hedge: false },
      [],
    ],
    [
      'hedges to the next upstream when the budget passes',
      'a,b',
      true,
      attempts([0, breached]),
      { kind: 'try', upstream: 1, hedge: true },
      [],
    ],
    [
      'hedges early from an attempt predicted to breach',
      'a,b',
      true,
      attempts([0, overtaken]),
      { kind: 'try', upstream: 1, hedge: true },
      [],
    ],
    [
      'waits for the hedge while the breached attempt races on',
      'a,b',
      true,
      attempts([0, breached], [1, waiting]),
      { kind: 'wait' },
      [],
    ],
    // A breach starts a race and never ends one.
    [
      'waits for breached attempts when nothing is left: a late answer still wins',
      'a,b',
      true,
      attempts([0, breached], [1, breached]),
      { kind: 'wait' },
      [],
    ],
    ['waits for the only upstream past its budget', 'a', true, attempts([0, breached]), { kind: 'wait' }, []],
    [
      'fails once the breached attempts failed or stalled',
      'a,b',
      true,
      attempts([0, failed], [1, failed]),
      { kind: 'fail' },
      [],
    ],
    [
      'waits on an early-hedged attempt still within its budget when nothing is left',
      'a,b',
      true,
      attempts([0, overtaken], [1, failed]),
      { kind: 'wait' },
      [],
    ],
    [
      'skips an open circuit like a failure (next-proxy)',
      'a,b,c',
      true,
      attempts([0, refused], [1, failed]),
      { kind: 'try', upstream: 2, hedge: false },
      [],
    ],
    [
      'stops at an open circuit with `,` (no next-proxy)',
      'a,b',
      false,
      attempts([0, refused]),
      { kind: 'fail' },
      [],
    ],
    // Upstreams whose body already failed for this request are not asked again.
    ['skips excluded upstreams', 'a,b,c', true, [], { kind: 'try', upstream: 1, hedge: false }, [0]],
    [
      'answers 404 when only excluded upstreams are left',
      'a,b',
      true,
      attempts([1, notFound]),
      { kind: 'not-found' },
      [0],
    ],
  ])('%s', (_name, spec, nextProxy, tried, expected, exclude) => {
    expect(
      nextRouteAction({ upstreams: list(spec), nextProxy, attempts: tried, exclude: new Set(exclude) }),
    ).toEqual(expected);
  });

  // The breaker never closes the last working route.
  it.each<[string, string, Attempt[], number[], RouteAction]>([
    [
      'sends to an open-circuit upstream that answers in this run when every other route failed',
      'a,b',
      attempts([0, refused], [1, failed]),
      [0],
      { kind: 'keep', upstream: 0 },
    ],
    [
      'does not keep an open-circuit upstream that never answered',
      'a,b',
      attempts([0, refused], [1, failed]),
      [],
      { kind: 'fail' },
    ],
    [
      'keeps it only once per request',
      'a,b',
      attempts([0, refused], [1, failed], [0, failed]),
      [0],
      { kind: 'fail' },
    ],
    [
      'waits for a route still racing before keeping anyone',
      'a,b',
      attempts([0, refused], [1, breached]),
      [0],
      { kind: 'wait' },
    ],
  ])('%s', (_name, spec, tried, keep, expected) => {
    expect(
      nextRouteAction({ upstreams: list(spec), nextProxy: true, attempts: tried, keep: new Set(keep) }),
    ).toEqual(expected);
  });
});
