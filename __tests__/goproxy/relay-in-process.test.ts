import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Fallback } from '../../src/goproxy/relay-types.js';
import { standardGraph } from '../../test-support/fixture-modules.js';
import { type FixtureProxy, startFixtureProxy } from '../../test-support/fixture-proxy.js';
import { relayPool } from '../../test-support/relay-pool.js';
import { entryForModule, startTestSumdb, type TestSumdb } from '../../test-support/sumdb-server.js';
import { FakeClock, until } from '../../test-support/fake-clock.js';

const graph = standardGraph();
const ALL: Fallback[] = ['next-proxy', 'cache', 'direct'];
const DB = '/sumdb/sum.test.example';
const LOOKUP = `${DB}/lookup/example.test/alpha@v1.0.0`;
const MIB = 1 << 20;

describe('the relay asked in this process (the checksum client’s way in)', () => {
  let db: TestSumdb;
  let primary: FixtureProxy;
  let secondary: FixtureProxy;
  const relays = relayPool({ latencyBudgetMs: 500, stallTimeoutMs: 500, fallback: ALL, probe: false });

  beforeAll(async () => {
    db = await startTestSumdb(graph.modules.map(entryForModule));
    primary = await startFixtureProxy(graph.modules, { name: 'primary', sumdbBase: db.url });
    secondary = await startFixtureProxy(graph.modules, { name: 'secondary', sumdbBase: db.url });
  });
  afterEach(async () => {
    primary.clearFaults();
    secondary.clearFaults();
    await relays.closeAll();
  });
  afterAll(async () => {
    await primary.close();
    await secondary.close();
    await db.close();
  });

  const host = (proxy: FixtureProxy): string => new URL(proxy.url).host;
  const sumdbAsked = (proxy: FixtureProxy): number => proxy.requests.filter((r) => r.kind === 'sumdb').length;

  it('answers a lookup through the upstreams go uses, logged as in-process, on the sumdb breaker', async () => {
    const { relay: r } = await relay(`${primary.url},${secondary.url}`);
    const answer = await r.getInProcess(LOOKUP, MIB, AbortSignal.timeout(10_000));
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toMatch(/^\d+\nexample\.test\/alpha v1\.0\.0 h1:/);
    expect(r.requestLog()).toEqual([
      expect.objectContaining({ path: LOOKUP, status: 200, inProcess: true, upstream: host(primary) }),
    ]);
    const report = r.report();
    expect(report.upstreams[0]).toMatchObject({ requests: 1, outcomes: { '200': 1 } });
    expect(report.upstreams[0].bytes).toBe(answer.body.length);
    expect(report.requests).toBe(1);
    expect(sumdbAsked(secondary)).toBe(0);
  });

  it('hedges to the next upstream when the first breaches the budget, as for go’s requests', async () => {
    primary.setFault({ kind: 'sumdb' }, { kind: 'hang' });
    const clock = new FakeClock();
    const { relay: r } = await relay(`${primary.url},${secondary.url}`, { clock });
    const before = sumdbAsked(primary);
    const pending = r.getInProcess(LOOKUP, MIB, AbortSignal.timeout(10_000));
    await until(() => sumdbAsked(primary) > before);
    clock.advance(500);
    const answer = await pending;
    expect(answer.status).toBe(200);
    expect(r.requestLog()[0]).toMatchObject({ upstream: host(secondary) });
    const [first] = r.report().upstreams;
    expect(first).toMatchObject({ hedgesFired: 1, outcomes: { timeout: 1 } });
    expect(first.breaker.transitions).toEqual([]);
  });

  it('refuses a GONOSUMDB lookup (403) and a module file (404) without asking any upstream', async () => {
    const { relay: r } = await relay(primary.url, { noSumDb: ['corp.example'] });
    const before = primary.requests.length;
    const secret = await r.getInProcess(
      `${DB}/lookup/corp.example/x@v1.0.0`,
      MIB,
      AbortSignal.timeout(10_000),
    );
    expect(secret.status).toBe(403);
    expect(secret.body.toString()).toMatch(/corp\.example\/x is private/);
    const file = await r.getInProcess('/example.test/alpha/@v/v1.0.0.zip', MIB, AbortSignal.timeout(10_000));
    expect(file.status).toBe(404);
    expect(file.body.toString()).toMatch(/not a checksum database path/);
    expect(primary.requests.length).toBe(before);
  });

  it('answers 502 naming the limit for a body over maxBytes, counted on the sumdb breaker only', async () => {
    const { relay: r, logger } = await relay(primary.url);
    const answer = await r.getInProcess(LOOKUP, 64, AbortSignal.timeout(10_000));
    expect(answer.status).toBe(502);
    expect(answer.body.toString()).toMatch(new RegExp(`${host(primary)} passed 64 bytes`));
    expect(r.report().upstreams[0].outcomes).toMatchObject({ 'too-large': 1 });
    expect(r.report().upstreams[0].breaker.state).toBe('closed');
    expect(logger.lines.join('\n')).toMatch(/the checksum client sees a failed download/);
  });

  it('answers 502 when the body stalls past the stall timeout', async () => {
    primary.setFault({ kind: 'sumdb' }, { kind: 'stall', afterBytes: 10 });
    const clock = new FakeClock();
    const { relay: r } = await relay(primary.url, { clock });
    const pending = r.getInProcess(LOOKUP, MIB, AbortSignal.timeout(10_000));
    await until(() => r.pending()[0]?.phase === 'body');
    clock.advance(500);
    const answer = await pending;
    expect(answer.status).toBe(502);
    expect(answer.body.toString()).toMatch(/stalled for 500 ms/);
    expect(r.report().upstreams[0].outcomes).toMatchObject({ stalled: 1 });
  });

  it('rejects as fetch does when the caller gives up, and cancels the upstream request', async () => {
    primary.setFault({ kind: 'sumdb' }, { kind: 'hang' });
    const { relay: r } = await relay(primary.url, { latencyBudgetMs: 60_000 });
    const controller = new AbortController();
    const pending = r.getInProcess(LOOKUP, MIB, controller.signal);
    await until(() => r.pending().length === 1);
    controller.abort(new DOMException('gave up', 'TimeoutError'));
    await expect(pending).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(r.pending()).toEqual([]);
    expect(r.report().upstreams[0].outcomes).toEqual({ cancelled: 1 });
  });

  it('answers 503 when the relay closes under a request, and rejects a caller who gave up before asking', async () => {
    primary.setFault({ kind: 'sumdb' }, { kind: 'hang' });
    const { relay: r } = await relay(primary.url, { latencyBudgetMs: 60_000 });
    const pending = r.getInProcess(LOOKUP, MIB, AbortSignal.timeout(60_000));
    await until(() => r.pending().length === 1);
    await r.close();
    const answer = await pending;
    expect(answer).toMatchObject({ status: 503, statusText: 'Service Unavailable' });
    expect(answer.body.toString()).toBe('relay closed\n');

    const { relay: open } = await relay(primary.url);
    const before = primary.requests.length;
    const gaveUp = AbortSignal.abort(new DOMException('gave up', 'TimeoutError'));
    await expect(open.getInProcess(LOOKUP, MIB, gaveUp)).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(primary.requests.length).toBe(before);
  });

  it('answers 503 once closed, asking no upstream', async () => {
    const { relay: r } = await relay(primary.url);
    await r.close();
    const before = primary.requests.length;
    expect((await r.getInProcess(LOOKUP, MIB, AbortSignal.timeout(10_000))).status).toBe(503);
    expect(primary.requests.length).toBe(before);
  });

  function relay(goproxy: string, options?: Parameters<typeof relays.start>[1]) {
    return relays.start(goproxy, options);
  }
});
