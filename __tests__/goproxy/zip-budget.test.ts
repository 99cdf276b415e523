import { describe, expect, it } from '@jest/globals';
import type { Fallback, Relay } from '../../src/goproxy/relay-types.js';
import { KNOWN_VERSION_FACTOR, ZipBudgets } from '../../src/goproxy/zip-budget.js';
import { moduleZip, standardGraph } from '../../test-support/fixture-modules.js';
import type { FixtureProxy } from '../../test-support/fixture-proxy.js';
import { primaryAndSecondary, relayPool } from '../../test-support/relay-pool.js';
import { getFully } from '../../test-support/relay-upstreams.js';
import { FakeClock, until } from '../../test-support/fake-clock.js';

const graph = standardGraph();
const ALPHA = { module: 'example.test/alpha', version: 'v1.0.0' };
const ALPHA_INFO = '/example.test/alpha/@v/v1.0.0.info';
const ALPHA_ZIP = '/example.test/alpha/@v/v1.0.0.zip';
const ALL: Fallback[] = ['next-proxy', 'cache', 'direct'];
const BUDGET_MS = 500;

describe('a zip’s time to first byte, sized from what is known (issue 22 point 5)', () => {
  let primary: FixtureProxy;
  let secondary: FixtureProxy;
  const relays = relayPool({ latencyBudgetMs: BUDGET_MS, stallTimeoutMs: 5000, fallback: ALL, probe: false });
  primaryAndSecondary(graph.modules, relays, (p, s) => {
    [primary, secondary] = [p, s];
  });

  const asked = (proxy: FixtureProxy, p: string): number => proxy.requests.filter((r) => r.path === p).length;

  /**
   * Holds the primary's alpha zip until the clock moved by `ms`, notes which upstreams the request
   * then waits on (a breach starts its race at once, on the fake clock), and lets it answer.
   */
  async function lateZip(
    r: Relay,
    clock: FakeClock,
    ms: number,
  ): Promise<{ status: number; body: Buffer; racing: readonly string[] }> {
    let release = (): void => {};
    const open = new Promise<void>((resolve) => (release = resolve));
    primary.setFault({ ...ALPHA, kind: 'zip' }, { kind: 'gate', open });
    const answer = getFully(r.url + ALPHA_ZIP);
    await until(() => primary.requests.some((q) => q.fault === 'gate' && q.status === 0));
    clock.advance(ms);
    const racing = r.pending().find((p) => p.kind === 'zip')?.upstreams ?? [];
    release();
    return { ...(await answer), racing };
  }

  it('starts no race for a zip answering after 3 × the budget when its upstream answered the version’s .info in time', async () => {
    const clock = new FakeClock();
    const { relay: r } = await relays.start(`${primary.url},${secondary.url}`, { clock });
    expect((await getFully(r.url + ALPHA_INFO)).status).toBe(200);
    const answer = await lateZip(r, clock, 3 * BUDGET_MS);
    expect(answer.status).toBe(200);
    expect(answer.body.equals(moduleZip(graph.modules[0]))).toBe(true);
    // Nobody else was asked: the late first byte of a zip from an upstream that just answered its
    // version is a big or cold zip, not an outage.
    expect(answer.racing).toEqual([new URL(primary.url).host]);
    expect([asked(primary, ALPHA_ZIP), asked(secondary, ALPHA_ZIP)]).toEqual([1, 0]);
    const report = r.report();
    expect(report.fallbacks).toBe(0);
    expect(report.upstreams[0].lateWins ?? 0).toBe(0);
    expect(report.upstreams[0].hedgesFired).toBe(0);
    expect(report.upstreams[0].outcomes).not.toHaveProperty('timeout');
  });

  it('still races a zip at the plain budget when nothing is known of its version, and serves the first answer', async () => {
    const clock = new FakeClock();
    const { relay: r } = await relays.start(`${primary.url},${secondary.url}`, { clock });
    const answer = await lateZip(r, clock, BUDGET_MS);
    expect(answer.racing).toEqual([new URL(primary.url).host, new URL(secondary.url).host]);
    expect(answer.status).toBe(200);
    expect(answer.body.equals(moduleZip(graph.modules[0]))).toBe(true);
    expect(r.report().fallbacks).toBe(1);
  });

  it('races a known version’s zip once its own budget passes, and the late attempt stays in the race', async () => {
    const clock = new FakeClock();
    const { relay: r } = await relays.start(`${primary.url},${secondary.url}`, { clock });
    expect((await getFully(r.url + ALPHA_INFO)).status).toBe(200);
    secondary.setFault({ ...ALPHA, kind: 'zip' }, { kind: 'status', status: 503 });
    const answer = await lateZip(r, clock, KNOWN_VERSION_FACTOR * BUDGET_MS);
    expect(answer.racing).toEqual([new URL(primary.url).host, new URL(secondary.url).host]);
    expect(answer.status).toBe(200);
    expect(r.report().upstreams[0]).toMatchObject({ lateWins: 1, outcomes: { timeout: 1 } });
  });
});

describe('ZipBudgets', () => {
  const zip = { kind: 'zip', ...ALPHA } as const;
  const info = { kind: 'info', ...ALPHA } as const;

  it('gives a zip the plain budget when nothing is known, and every other file the plain budget always', () => {
    const budgets = new ZipBudgets();
    expect(budgets.budgetMs('proxy', zip, 1000)).toBe(1000);
    budgets.learn('proxy', info, false, '100');
    expect(budgets.budgetMs('proxy', info, 1000)).toBe(1000);
    expect(budgets.budgetMs('proxy', { kind: 'list', module: ALPHA.module }, 1000)).toBe(1000);
  });

  it('gives the zip more from the upstream that answered its .info or .mod in time, and only from that one', () => {
    const budgets = new ZipBudgets();
    budgets.learn('late', { kind: 'mod', ...ALPHA }, true, undefined);
    budgets.learn('proxy', { kind: 'mod', ...ALPHA }, false, undefined);
    expect(budgets.budgetMs('proxy', zip, 1000)).toBe(KNOWN_VERSION_FACTOR * 1000);
    expect(budgets.budgetMs('late', zip, 1000)).toBe(1000);
    expect(budgets.budgetMs('other', zip, 1000)).toBe(1000);
    expect(budgets.budgetMs('proxy', { kind: 'zip', ...ALPHA, version: 'v2.0.0' }, 1000)).toBe(1000);
  });

  it('sizes the budget from a zip size learned from a Content-Length: the budget plus reading it at 8 MB/s', () => {
    const budgets = new ZipBudgets();
    budgets.learn('proxy', zip, true, String(286_000_000));
    expect(budgets.budgetMs('proxy', zip, 2300)).toBe(2300 + 35_750);
    // A small zip's size never shortens what a known version gives.
    budgets.learn('proxy', zip, false, '1000');
    budgets.learn('proxy', info, false, undefined);
    expect(budgets.budgetMs('proxy', zip, 2300)).toBe(KNOWN_VERSION_FACTOR * 2300);
    budgets.learn('proxy', zip, false, 'not a number');
    expect(budgets.budgetMs('other', zip, 2300)).toBe(2300);
  });
});
