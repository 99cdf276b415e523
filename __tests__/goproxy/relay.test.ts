import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Fallback } from '../../src/goproxy/relay-types.js';
import { childGoproxy } from '../../src/goproxy/relay.js';
import { moduleZip, standardGraph } from '../../test-support/fixture-modules.js';
import { type FixtureProxy, startFixtureProxy } from '../../test-support/fixture-proxy.js';
import { primaryAndSecondary, relayPool } from '../../test-support/relay-pool.js';
import { getFully, startEgressProxy, startRecordingServer } from '../../test-support/relay-upstreams.js';
import { FakeClock, until } from '../../test-support/fake-clock.js';

const graph = standardGraph();
const ALPHA = { module: 'example.test/alpha', version: 'v1.0.0' };
const ALPHA_INFO = '/example.test/alpha/@v/v1.0.0.info';
const ALPHA_ZIP = '/example.test/alpha/@v/v1.0.0.zip';
const UPPER_MOD = '/example.test/%21upper/@v/v1.2.0.mod';
const DELTA_INFO = '/example.test/delta/@v/v0.3.0.info';
const ALL: Fallback[] = ['next-proxy', 'cache', 'direct'];
const NO_NEXT: Fallback[] = ['cache', 'direct'];

describe('the loopback relay', () => {
  let primary: FixtureProxy;
  let secondary: FixtureProxy;
  const relays = relayPool({ latencyBudgetMs: 500, stallTimeoutMs: 500, fallback: ALL, probe: false });
  primaryAndSecondary(graph.modules, relays, (p, s) => {
    [primary, secondary] = [p, s];
  });

  const relay = relays.start.bind(relays);

  /** Waits until the request reached `proxy`, then moves the clock past the budget (or `ms`). */
  async function pastBudget<T>(
    clock: FakeClock,
    proxy: FixtureProxy,
    request: Promise<T>,
    ms = 500,
  ): Promise<T> {
    const n = proxy.requests.length;
    await until(() => proxy.requests.length > n);
    clock.advance(ms);
    return request;
  }

  /** A promise for the fixture proxy's `gate` fault, and the cue that opens it. */
  function opening(): { open: Promise<void>; release: () => void } {
    let release = (): void => {};
    const open = new Promise<void>((resolve) => (release = resolve));
    return { open, release };
  }

  /** Waits until the primary holds the request at its gate, moves the clock by `ms`, then opens the gate. */
  async function lateAnswer<T>(
    clock: FakeClock,
    gate: { release: () => void },
    request: Promise<T>,
    ms: number,
  ): Promise<T> {
    await until(() => primary.requests.some((q) => q.fault === 'gate' && q.status === 0));
    clock.advance(ms);
    gate.release();
    return request;
  }

  const asked = (proxy: FixtureProxy, p: string): number =>
    proxy.requests.filter((r) => r.path === decodeURIComponent(p)).length;

  it('serves info, mod and zip from the first upstream, byte for byte, and records the route', async () => {
    const { relay: r } = await relay(`${primary.url},${secondary.url}`);
    const info = await getFully(r.url + ALPHA_INFO);
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body.toString())).toMatchObject({ Version: 'v1.0.0' });
    const zip = await getFully(r.url + ALPHA_ZIP);
    expect(zip.contentType).toBe('application/zip');
    expect(zip.body.equals(moduleZip(graph.modules[0]))).toBe(true);
    const mod = await getFully(r.url + UPPER_MOD);
    expect(mod.body.toString()).toContain('module example.test/Upper');
    expect(r.routeOf('example.test/alpha', 'v1.0.0')).toBe(new URL(primary.url).host);
    expect(r.routeOf('example.test/Upper', 'v1.2.0')).toBe(new URL(primary.url).host);
    expect(r.routeOf('example.test/beta', 'v1.1.0')).toBeUndefined();
    const report = r.report();
    expect(report.upstreams[0]).toMatchObject({ requests: 3, outcomes: { '200': 3 } });
    expect(report.upstreams[0].bytes).toBeGreaterThan(zip.body.length);
    expect(report.upstreams[1].requests).toBe(0);
    expect(report.fallbacks).toBe(0);
    expect(report.requests).toBe(3);
  });

  it('passes a request on to the secondary after a 404 on the primary with `,`', async () => {
    primary.setFault({ ...ALPHA, kind: 'info' }, { kind: 'status', status: 404, body: 'gone here' });
    const { relay: r } = await relay(`${primary.url},${secondary.url}`, { fallback: NO_NEXT });
    const res = await getFully(r.url + ALPHA_INFO);
    expect(res.status).toBe(200);
    expect(r.report().upstreams[0].outcomes).toEqual({ '404': 1 });
    expect(r.report().fallbacks).toBe(0);
  });

  it('answers 404 with the last upstream body when every upstream says not found', async () => {
    const { relay: r } = await relay(`${primary.url},${secondary.url}`);
    const res = await getFully(`${r.url}/example.test/nope/@v/list`);
    expect(res.status).toBe(404);
    expect(res.body.toString()).toMatch(/^not found: module example.test\/nope/);
  });

  it('stops at a 500 on the primary with `,` when next-proxy is not allowed, as cmd/go does', async () => {
    primary.setFault({ ...ALPHA, kind: 'info' }, { kind: 'status', status: 500 });
    const before = asked(secondary, ALPHA_INFO);
    const { relay: r } = await relay(`${primary.url},${secondary.url}`, { fallback: NO_NEXT });
    const res = await getFully(r.url + ALPHA_INFO);
    expect(res.status).toBe(502);
    expect(res.body.toString()).toMatch(/500 Internal Server Error/);
    expect(asked(secondary, ALPHA_INFO)).toBe(before);
    expect(r.report().failures).toEqual([
      expect.objectContaining({ module: 'example.test/alpha', version: 'v1.0.0', kind: 'info', status: 502 }),
    ]);
  });

  it('moves on from a 500 on the primary with `,` when next-proxy is allowed (our documented policy)', async () => {
    primary.setFault({ ...ALPHA, kind: 'info' }, { kind: 'status', status: 500 });
    const before = asked(secondary, ALPHA_INFO);
    const { relay: r } = await relay(`${primary.url},${secondary.url}`, { fallback: ALL });
    expect((await getFully(r.url + ALPHA_INFO)).status).toBe(200);
    expect(asked(secondary, ALPHA_INFO)).toBe(before + 1);
    expect(r.report().fallbacks).toBe(1);
  });

  it('moves on from a 500 on the primary with `|` even without next-proxy', async () => {
    primary.setFault({ ...ALPHA, kind: 'info' }, { kind: 'status', status: 500 });
    const { relay: r } = await relay(`${primary.url}|${secondary.url}`, { fallback: NO_NEXT });
    expect((await getFully(r.url + ALPHA_INFO)).status).toBe(200);
  });

  it('hedges a hanging primary to the secondary, aborts the primary and opens its breaker after 3 breaches', async () => {
    primary.setFault('*', { kind: 'hang' });
    const clock = new FakeClock();
    const { relay: r, logger } = await relay(`${primary.url},${secondary.url}`, { clock });
    for (const p of [ALPHA_INFO, DELTA_INFO, UPPER_MOD])
      expect((await pastBudget(clock, primary, getFully(r.url + p))).status).toBe(200);
    const primaryAsked = primary.requests.length;
    expect((await getFully(`${r.url}/example.test/beta/@v/v1.1.0.mod`)).status).toBe(200);
    // The fourth request skipped the open primary altogether.
    expect(primary.requests.length).toBe(primaryAsked);
    const report = r.report();
    expect(report.upstreams[0]).toMatchObject({
      outcomes: { timeout: 3, skipped: 1 },
      hedgesFired: 3,
      breaker: { state: 'open' },
    });
    expect(report.upstreams[0].breaker.transitions[0]).toMatchObject({
      from: 'closed',
      to: 'open',
      reason: expect.stringContaining('3 consecutive timeouts'),
    });
    expect(report.upstreams[1]).toMatchObject({ hedgesWon: 3, outcomes: { '200': 4 } });
    expect(report.fallbacks).toBe(4);
    expect(r.routeOf('example.test/alpha', 'v1.0.0')).toBe(new URL(secondary.url).host);
    expect(logger.lines.join('\n')).toMatch(/circuit closed → open: 3 consecutive timeouts/);
  });

  it('answers 502 when every hanging upstream is past its budget and then stall-timeout, naming each one', async () => {
    primary.setFault('*', { kind: 'hang' });
    secondary.setFault('*', { kind: 'hang' });
    const clock = new FakeClock();
    const { relay: r } = await relay(`${primary.url},${secondary.url}`, { clock });
    const n = secondary.requests.length;
    let settled = false;
    const res = pastBudget(clock, primary, getFully(r.url + ALPHA_ZIP)).finally(() => (settled = true));
    await until(() => secondary.requests.length > n);
    clock.advance(500);
    // Both past the budget: a breach starts a race, it never ends one.
    expect(r.pending()).toHaveLength(1);
    expect(settled).toBe(false);
    clock.advance(1000);
    const answer = await res;
    expect(answer.status).toBe(502);
    const text = answer.body.toString();
    expect(text).toContain(`${new URL(primary.url).host}: no response headers within 500 ms`);
    expect(text).toContain(`${new URL(secondary.url).host}: no response headers within 500 ms`);
    expect(r.pending()).toEqual([]);
  });

  it('serves the only proxy’s zip that answers after 3× the budget: a breach starts a race, never ends one', async () => {
    const gate = opening();
    primary.setFault({ ...ALPHA, kind: 'zip' }, { kind: 'gate', open: gate.open });
    const clock = new FakeClock();
    const { relay: r } = await relay(primary.url, { clock, stallTimeoutMs: 5000 });
    const answer = await lateAnswer(clock, gate, getFully(r.url + ALPHA_ZIP), 1500);
    expect(answer.status).toBe(200);
    expect(answer.body.equals(moduleZip(graph.modules[0]))).toBe(true);
    expect(r.routeOf(ALPHA.module, ALPHA.version)).toBe(new URL(primary.url).host);
    expect(r.report().upstreams[0]).toMatchObject({ lateWins: 1, outcomes: { timeout: 1 } });
  });

  it('keeps sending to the only proxy that answers late after its breaker opened: the last working route is never closed', async () => {
    const clock = new FakeClock();
    const { relay: r } = await relay(primary.url, { clock, stallTimeoutMs: 5000 });
    for (const p of [ALPHA_INFO, UPPER_MOD, DELTA_INFO]) {
      const gate = opening();
      primary.setFault('*', { kind: 'gate', open: gate.open });
      expect((await lateAnswer(clock, gate, getFully(r.url + p), 1000)).status).toBe(200);
    }
    expect(r.report().upstreams[0].breaker.state).toBe('open');
    primary.clearFaults();
    const asked = primary.requests.length;
    expect((await getFully(`${r.url}/example.test/beta/@v/v1.1.0.info`)).status).toBe(200);
    expect(primary.requests.length).toBe(asked + 1);
    expect(r.report().upstreams[0]).toMatchObject({ lateWins: 3, kept: 1 });
  });

  it('holds a zip’s late first byte against nobody: it starts a race, but three late zips leave the breaker closed', async () => {
    const clock = new FakeClock();
    const { relay: r } = await relay(primary.url, { clock, stallTimeoutMs: 5000 });
    for (const m of ['alpha/@v/v1.0.0', 'beta/@v/v1.1.0', 'delta/@v/v0.3.0']) {
      const gate = opening();
      primary.setFault('*', { kind: 'gate', open: gate.open });
      expect((await lateAnswer(clock, gate, getFully(`${r.url}/example.test/${m}.zip`), 1000)).status).toBe(
        200,
      );
    }
    expect(r.report().upstreams[0]).toMatchObject({
      lateWins: 3,
      outcomes: { timeout: 3 },
      breaker: { state: 'closed', transitions: [] },
    });
  });

  it('answers 502 at once, asking nobody, when every breaker is open', async () => {
    primary.setFault('*', { kind: 'status', status: 503 });
    secondary.setFault('*', { kind: 'status', status: 503 });
    const { relay: r } = await relay(`${primary.url},${secondary.url}`);
    for (let i = 0; i < 3; i++) await getFully(r.url + ALPHA_INFO);
    const asked1 = primary.requests.length + secondary.requests.length;
    const res = await getFully(r.url + ALPHA_INFO);
    expect(res.status).toBe(502);
    expect(res.body.toString()).toMatch(/circuit open.*circuit open/);
    expect(primary.requests.length + secondary.requests.length).toBe(asked1);
  });

  it('gives up on a hanging primary at the budget without next-proxy (an error: `|` moves on)', async () => {
    primary.setFault('*', { kind: 'hang' });
    const clock = new FakeClock();
    const comma = await relay(`${primary.url},${secondary.url}`, { fallback: NO_NEXT, clock });
    expect((await pastBudget(clock, primary, getFully(comma.relay.url + ALPHA_INFO))).status).toBe(502);
    const pipe = await relay(`${primary.url}|${secondary.url}`, { fallback: NO_NEXT, clock });
    expect((await pastBudget(clock, primary, getFully(pipe.relay.url + ALPHA_INFO))).status).toBe(200);
    expect(pipe.relay.report().upstreams[0].hedgesFired).toBe(0);
  });

  it('opens the breaker of a primary past its budget 3 times, then after the cool-down lets exactly one half-open trial through', async () => {
    primary.setFault('*', { kind: 'hang' });
    const clock = new FakeClock();
    const start = primary.requests.length;
    const { relay: r } = await relay(`${primary.url},${secondary.url}`, {
      clock,
      breaker: { coolDownMs: 1500, consecutiveFailures: 3, window: 20 },
    });
    for (const p of [ALPHA_INFO, UPPER_MOD, DELTA_INFO])
      expect((await pastBudget(clock, primary, getFully(r.url + p))).status).toBe(200);
    // Open: the next request goes straight to the secondary.
    expect((await getFully(`${r.url}/example.test/beta/@v/v1.1.0.info`)).status).toBe(200);
    expect(primary.requests.length - start).toBe(3);
    clock.advance(1500);
    // Two requests at once after the cool-down: only one of them may try the primary.
    const both = Promise.all([getFully(r.url + ALPHA_INFO), getFully(r.url + UPPER_MOD)]);
    // The trial waits on the primary; the other request skipped it and is done.
    await until(() => primary.requests.length - start === 4 && r.pending().length === 1);
    clock.advance(500);
    expect((await both).map((b) => b.status)).toEqual([200, 200]);
    expect(primary.requests.length - start).toBe(4);
    const { breaker, hedgesFired } = r.report().upstreams[0];
    expect(hedgesFired).toBe(4);
    expect(breaker.transitions.map((t) => `${t.from}→${t.to}`)).toEqual([
      'closed→open',
      'open→half-open',
      'half-open→open',
    ]);
    expect(breaker.transitions[2].reason).toBe('trial request no response headers within 500 ms');
    expect(r.report().upstreams[1].hedgesWon).toBe(4);
    expect(Date.parse(breaker.transitions[1].at) - Date.parse(breaker.transitions[0].at)).toBe(1500);
  });

  it('hedges early once the recent median of an upstream is over the budget, before its breaker opens', async () => {
    primary.setFault('*', { kind: 'hang' });
    const clock = new FakeClock();
    const { relay: r, logger } = await relay(`${primary.url},${secondary.url}`, {
      clock,
      breaker: { consecutiveFailures: 10 },
    });
    const early = (): number => logger.lines.filter((l) => l.includes('hedging early')).length;
    for (const p of [ALPHA_INFO, UPPER_MOD, DELTA_INFO])
      expect((await pastBudget(clock, primary, getFully(r.url + p))).status).toBe(200);
    expect(early()).toBe(0);
    // A quarter of the budget is enough now.
    expect(
      (await pastBudget(clock, primary, getFully(`${r.url}/example.test/beta/@v/v1.1.0.info`), 125)).status,
    ).toBe(200);
    expect(early()).toBe(1);
    expect(r.report().upstreams[0]).toMatchObject({ hedgesFired: 4, breaker: { state: 'closed' } });
  });

  it('opens every breaker of an upstream whose start-up probe hangs, before any request', async () => {
    primary.setFault('*', { kind: 'hang' });
    const clock = new FakeClock();
    const n = primary.requests.length;
    const { relay: r } = await relay(`${primary.url},${secondary.url}`, { probe: undefined, clock });
    await until(() => primary.requests.length > n && r.report().upstreams[1].probe !== 'pending');
    clock.advance(500);
    expect(r.report().upstreams.map((u) => u.probe)).toEqual([
      'no response headers within 500 ms',
      expect.stringMatching(/^answered 404 in \d+ ms$/),
    ]);
    expect(r.report().upstreams[0].breaker).toMatchObject({
      state: 'open',
      transitions: [{ reason: 'start-up probe: no response headers within 500 ms' }],
    });
    expect(r.report().upstreams[0].sumdbBreaker?.state).toBe('open');
    expect(r.report().upstreams[1].breaker.state).toBe('closed');
    expect((await getFully(r.url + ALPHA_INFO)).status).toBe(200);
  });

  it('never hands go part of a module file: a zip that stalls on the only upstream is a 502 naming the stall', async () => {
    primary.setFault({ ...ALPHA, kind: 'zip' }, { kind: 'stall', afterBytes: 50 });
    const clock = new FakeClock();
    const { relay: r } = await relay(primary.url, { clock });
    const res = getFully(r.url + ALPHA_ZIP);
    // The headers are in (the relay reads the body): only the stall clock runs now.
    await until(() => r.pending()[0]?.phase === 'body');
    clock.advance(500);
    const answer = await res;
    expect(answer.status).toBe(502);
    expect(answer.body.toString()).toMatch(/body stalled for 500 ms/);
    expect(r.report().upstreams[0].outcomes).toMatchObject({ stalled: 1 });
    expect(r.routeOf('example.test/alpha', 'v1.0.0')).toBeUndefined();
  });

  it('stops at a zip cut off on the primary with `,` when next-proxy is not allowed, as cmd/go stops at an error', async () => {
    primary.setFault({ ...ALPHA, kind: 'zip' }, { kind: 'truncate', bytes: 100 });
    const { relay: r } = await relay(`${primary.url},${secondary.url}`, { fallback: NO_NEXT });
    const res = await getFully(r.url + ALPHA_ZIP);
    expect(res.status).toBe(502);
    expect(res.body.toString()).toMatch(/body ended early/);
    expect(r.report().upstreams[0].outcomes).toMatchObject({ truncated: 1 });
    expect(r.report().upstreams[1].requests).toBe(0);
  });

  it('passes a streamed list cut off on the upstream on as cut off, never as a shorter complete file', async () => {
    primary.setFault({ module: ALPHA.module, kind: 'list' }, { kind: 'truncate', bytes: 3 });
    const { relay: r } = await relay(primary.url);
    const res = await getFully(`${r.url}/example.test/alpha/@v/list`);
    expect(res.complete).toBe(false);
    expect(r.report().upstreams[0].outcomes).toMatchObject({ truncated: 1 });
  });

  it('lists a request waiting on a hanging upstream as pending, with its module, version and upstream', async () => {
    primary.setFault('*', { kind: 'hang' });
    const { relay: r } = await relay(primary.url, { latencyBudgetMs: 60_000, fallback: NO_NEXT });
    const controller = new AbortController();
    const request = fetch(r.url + ALPHA_ZIP, { signal: controller.signal }).catch(() => undefined);
    while (r.pending().length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(r.pending()).toEqual([
      expect.objectContaining({
        module: 'example.test/alpha',
        version: 'v1.0.0',
        kind: 'zip',
        phase: 'headers',
        upstreams: [new URL(primary.url).host],
      }),
    ]);
    expect(r.report().pending).toHaveLength(1);
    controller.abort();
    await request;
    while (r.pending().length > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(r.report().upstreams[0].outcomes).toEqual({ cancelled: 1 });
  });

  it('relays the checksum database paths when an upstream supports them, else 404', async () => {
    const db = await startRecordingServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(`db:${req.url}`);
    });
    const withDb = await startFixtureProxy([], { sumdbBase: db.url });
    try {
      const { relay: r } = await relay(`${primary.url},${withDb.url}`);
      expect((await getFully(`${r.url}/sumdb/sum.golang.org/supported`)).status).toBe(200);
      const lookup = await getFully(`${r.url}/sumdb/sum.golang.org/lookup/example.test/alpha@v1.0.0`);
      expect(lookup.body.toString()).toBe('db:/lookup/example.test/alpha@v1.0.0');
      const only = await relay(primary.url);
      expect((await getFully(`${only.relay.url}/sumdb/sum.golang.org/supported`)).status).toBe(404);
    } finally {
      await withDb.close();
      await db.close();
    }
  });

  it('sends userinfo credentials to their own upstream only, and never shows them', async () => {
    const first = await startRecordingServer((_req, res) => {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found: here');
    });
    const second = await startRecordingServer((_req, res) => {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('boom');
    });
    try {
      const withUser = first.url.replace('http://', 'http://alice:s3cr%40t-pass@');
      const { relay: r, logger } = await relay(`${withUser},${second.url}`, { fallback: NO_NEXT });
      const res = await getFully(r.url + ALPHA_INFO);
      expect(res.status).toBe(502);
      expect(first.requests[0].authorization).toBe(
        `Basic ${Buffer.from('alice:s3cr@t-pass').toString('base64')}`,
      );
      expect(second.requests[0].authorization).toBeUndefined();
      expect(r.secrets()).toEqual(expect.arrayContaining(['s3cr@t-pass', 'alice:s3cr@t-pass']));
      const everything = [JSON.stringify(r.report()), logger.lines.join('\n'), res.body.toString()].join(
        '\n',
      );
      expect(everything).not.toContain('s3cr');
      expect(everything).not.toContain(Buffer.from('alice:s3cr@t-pass').toString('base64'));
      expect(r.report().upstreams[0].name).toBe(new URL(first.url).host);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('takes credentials from the netrc for an upstream host, and keeps them off a redirect to another origin', async () => {
    const cdn = await startRecordingServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"Version":"v1.0.0"}');
    });
    const origin = await startRecordingServer((req, res) => {
      res.writeHead(302, { Location: `${cdn.url}/blob${req.url}` });
      res.end();
    });
    try {
      const host = new URL(origin.url).host;
      const { relay: r } = await relay(origin.url, {
        netrc: `machine ${host} login bob password n3trc-pass\n`, // the port is part of the machine (Go 1.24+)
      });
      const res = await getFully(r.url + ALPHA_INFO);
      expect(res.status).toBe(200);
      expect(origin.requests[0].authorization).toBe(
        `Basic ${Buffer.from('bob:n3trc-pass').toString('base64')}`,
      );
      expect(cdn.requests[0]).toEqual({ path: `/blob${ALPHA_INFO}`, authorization: undefined });
      expect(r.secrets()).toContain('n3trc-pass');
    } finally {
      await cdn.close();
      await origin.close();
    }
  });

  it('reaches an http upstream through HTTP_PROXY with Proxy-Authorization, and never proxies loopback', async () => {
    const egress = await startEgressProxy(primary.url, 1);
    try {
      const proxyUrl = egress.url.replace('http://', 'http://me:pr0xy-pass@');
      const { relay: r, logger } = await relay('http://goproxy.corp.test,' + secondary.url, {
        env: { HTTP_PROXY: proxyUrl },
      });
      const res = await getFully(r.url + ALPHA_INFO);
      expect(res.status).toBe(200);
      expect(r.routeOf('example.test/alpha', 'v1.0.0')).toBe('goproxy.corp.test');
      expect(egress.requests).toEqual([
        {
          method: 'GET',
          target: `http://goproxy.corp.test${ALPHA_INFO}`,
          proxyAuthorization: `Basic ${Buffer.from('me:pr0xy-pass').toString('base64')}`,
          authorization: undefined,
        },
      ]);
      expect(r.secrets()).toContain('pr0xy-pass');
      expect(JSON.stringify(r.report()) + logger.lines.join('\n')).not.toContain('pr0xy-pass');
      const loopback = await relay(secondary.url, { env: { HTTP_PROXY: proxyUrl } });
      expect((await getFully(loopback.relay.url + ALPHA_INFO)).status).toBe(200);
      expect(egress.requests).toHaveLength(1);
    } finally {
      await egress.close();
    }
  });

  it('tunnels an https upstream through HTTPS_PROXY with CONNECT, keeping the upstream credentials inside the tunnel', async () => {
    // The tunnel leads to a plain-HTTP server, so the TLS handshake fails: what counts is the CONNECT.
    const egress = await startEgressProxy(primary.url, Number(new URL(primary.url).port));
    try {
      const { relay: r } = await relay('https://bot:upstream-pass@goproxy.corp.test', {
        env: { HTTPS_PROXY: egress.url.replace('http://', 'http://me:pr0xy-pass@') },
      });
      const res = await getFully(r.url + ALPHA_INFO);
      expect(res.status).toBe(502);
      expect(egress.requests).toEqual([
        {
          method: 'CONNECT',
          target: 'goproxy.corp.test:443',
          proxyAuthorization: `Basic ${Buffer.from('me:pr0xy-pass').toString('base64')}`,
          authorization: undefined,
        },
      ]);
      expect(res.body.toString()).not.toContain('pass');
    } finally {
      await egress.close();
    }
  });

  it('serves a file:// upstream laid out like the module cache download directory', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-relay-file-'));
    try {
      await fs.mkdir(path.join(dir, 'example.test/alpha/@v'), { recursive: true });
      await fs.writeFile(path.join(dir, 'example.test/alpha/@v/v1.0.0.info'), '{"Version":"v1.0.0"}');
      const { relay: r } = await relay(pathToFileURL(dir).href);
      const res = await getFully(r.url + ALPHA_INFO);
      expect(res.body.toString()).toBe('{"Version":"v1.0.0"}');
      expect((await getFully(`${r.url}/example.test/beta/@v/list`)).status).toBe(404);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('answers 404 to anything that is not a module proxy request, without asking an upstream', async () => {
    const { relay: r } = await relay(primary.url);
    const before = primary.requests.length;
    expect((await getFully(`${r.url}/example.test/Upper/@v/list`)).status).toBe(404);
    expect((await getFully(`${r.url}/example.test/a/@v/%ZZ.zip`)).status).toBe(404);
    // The URL resolves the dots away: outside the door.
    expect((await getFully(`${r.url}/../../etc/passwd`)).status).toBe(403);
    expect(primary.requests.length).toBe(before);
  });

  it('keeps module files coming from an upstream whose checksum database paths fail: one breaker per kind', async () => {
    primary.setFault({ kind: 'sumdb' }, { kind: 'status', status: 500 });
    const { relay: r } = await relay(`${primary.url},${secondary.url}`, { probe: undefined });
    while (r.report().upstreams[0].sumdbBreaker?.state !== 'open')
      await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await getFully(r.url + ALPHA_INFO)).status).toBe(200);
    expect(r.routeOf(ALPHA.module, ALPHA.version)).toBe(new URL(primary.url).host);
    const health = r.report().upstreams[0];
    expect(health.breaker).toEqual({ state: 'closed', transitions: [] });
    expect(health.sumdbBreaker?.transitions[0].reason).toMatch(
      /start-up probe \/sumdb\/sum.golang.org\/supported: answered 500/,
    );
    // The checksum database paths skip it while its sumdb breaker is open.
    const before = asked(primary, '/sumdb/sum.golang.org/supported');
    await getFully(`${r.url}/sumdb/sum.golang.org/supported`);
    expect(asked(primary, '/sumdb/sum.golang.org/supported')).toBe(before);
  });

  it('answers 403 to any path outside its per-run prefix, asking no upstream (the closed door)', async () => {
    const { relay: r } = await relay(primary.url);
    const before = primary.requests.length;
    const origin = new URL(r.url).origin;
    expect(r.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[A-Za-z0-9_-]{24}$/);
    expect((await getFully(`${origin}${ALPHA_INFO}`)).status).toBe(403);
    expect((await getFully(`${origin}/sumdb/sum.golang.org/supported`)).status).toBe(403);
    expect((await getFully(`${origin}/${'x'.repeat(24)}${ALPHA_INFO}`)).status).toBe(403);
    expect((await getFully(`${r.url}${ALPHA_INFO}`)).status).toBe(200);
    expect(primary.requests.length).toBe(before + 1);
  });

  it('refuses private module paths (GONOPROXY, GONOSUMDB) with 403, asking no upstream', async () => {
    const { relay: r } = await relay(primary.url, {
      noProxy: ['example.test/alpha'],
      noSumDb: ['corp.example'],
    });
    const before = primary.requests.length;
    for (const p of [
      ALPHA_INFO,
      ALPHA_ZIP,
      '/example.test/alpha/@v/list',
      '/example.test/alpha/sub/@latest',
    ]) {
      const res = await getFully(r.url + p);
      expect(res.status).toBe(403);
      expect(res.body.toString()).toMatch(/is private/);
    }
    expect((await getFully(`${r.url}/sumdb/sum.golang.org/lookup/corp.example/x@v1.0.0`)).status).toBe(403);
    expect(primary.requests.length).toBe(before);
    expect((await getFully(`${r.url}${UPPER_MOD}`)).status).toBe(200);
  });
});

describe('the GOPROXY value for the child go', () => {
  it.each<[Fallback[], string]>([
    [['next-proxy', 'cache', 'direct'], 'http://127.0.0.1:1234|direct'],
    [['direct'], 'http://127.0.0.1:1234|direct'],
    [['next-proxy', 'cache'], 'http://127.0.0.1:1234'],
    [[], 'http://127.0.0.1:1234'],
  ])('with fallbacks %j is %s', (fallback, expected) => {
    expect(childGoproxy('http://127.0.0.1:1234', fallback)).toBe(expected);
  });
});
