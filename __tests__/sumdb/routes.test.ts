import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseGoSum } from '../../src/go/go-sum.js';
import { startRelay } from '../../src/goproxy/relay.js';
import { MemoryLogger } from '../../src/logger.js';
import { parseProxyList, redactUrl } from '../../src/module/proxy-list.js';
import { sumdbRoutes } from '../../src/sumdb/routes.js';
import type { SumdbRoute } from '../../src/sumdb/sumdb-http.js';
import { parseSumdbSetting, SUM_GOLANG_ORG_KEY } from '../../src/module/sumdb-setting.js';
import { verifyChecksums, type VerifyChecksumsInput } from '../../src/sumdb/verify-go-sum.js';
import { buildListModule } from '../../test-support/build-list-module.js';
import { FakeClock, InstantClock } from '../../test-support/fake-clock.js';
import { until } from '../../test-support/until.js';
import { startFixtureProxy, type FixtureProxy } from '../../test-support/fixture-proxy.js';
import {
  fakeH1,
  recordText,
  startTestSumdb,
  type SumdbEntry,
  type TestSumdb,
} from '../../test-support/sumdb-server.js';

const h = fakeH1;
const ENTRIES: SumdbEntry[] = [1, 2, 3].map((n) => ({
  path: `example.test/m${n}`,
  version: 'v1.0.0',
  zipHash: h(n),
  goModHash: h(n + 100),
}));
const MODULES = ENTRIES.map((e) => buildListModule(e.path, e.version));

/** A loopback egress proxy: forwards absolute-URL GETs, tunnels CONNECT; DB hostnames map to 127.0.0.1. */
async function startEgressProxy(): Promise<{ url: string; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const target = new URL(req.url ?? '/');
    const upstream = http.get(
      { host: '127.0.0.1', port: target.port, path: target.pathname, headers: { host: target.host } },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    const port = Number((req.url ?? '').split(':')[1]);
    const upstream = net.connect(port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('sumdbRoutes (where checksum-database requests may go, as go decides)', () => {
  const setting = parseSumdbSetting('sumdb', SUM_GOLANG_ORG_KEY);
  if (setting.off) throw new Error('unreachable');
  const routesOf = (goproxy: string, url?: string, proxyAttemptMs?: number): string[] =>
    sumdbRoutes({ key: setting.key, url, proxies: parseProxyList('proxy', goproxy), proxyAttemptMs }).map(
      (r) => `${r.kind} ${r.url}${r.fallBackOnError ? ' |' : ''}${r.attemptMs ? ` ${r.attemptMs} ms` : ''}`,
    );
  const DB = 'direct https://sum.golang.org';

  // Whether a proxy relays the database (404/410 on /supported) is asked lazily along these
  // routes: see 'checksum database routes' below.
  it.each<[string, string, string | undefined, string[]]>([
    [
      'an explicit GOSUMDB URL alone, asking no proxy',
      'https://a.example,direct',
      'http://db.example',
      ['explicit http://db.example'],
    ],
    [
      'each proxy in GOPROXY order, then the database itself',
      'https://plain.example,https://relaying.example,direct',
      undefined,
      [
        'proxy https://plain.example/sumdb/sum.golang.org',
        'proxy https://relaying.example/sumdb/sum.golang.org',
        DB,
      ],
    ],
    [
      'the database itself at direct',
      'https://plain.example,direct,https://after.example',
      undefined,
      ['proxy https://plain.example/sumdb/sum.golang.org', DB],
    ],
    ['the database itself at off', 'off', undefined, [DB]],
    [
      'the database itself at the end of the list',
      'https://plain.example',
      undefined,
      ['proxy https://plain.example/sumdb/sum.golang.org', DB],
    ],
    [
      'no falling through a proxy error after a comma',
      'https://broken.example,https://relaying.example',
      undefined,
      [
        'proxy https://broken.example/sumdb/sum.golang.org',
        'proxy https://relaying.example/sumdb/sum.golang.org',
        DB,
      ],
    ],
    [
      'falling through a proxy error after a pipe',
      'https://broken.example|https://relaying.example',
      undefined,
      [
        'proxy https://broken.example/sumdb/sum.golang.org |',
        'proxy https://relaying.example/sumdb/sum.golang.org',
        DB,
      ],
    ],
    [
      'falling through to direct after a pipe',
      'https://broken.example|direct',
      undefined,
      ['proxy https://broken.example/sumdb/sum.golang.org |', DB],
    ],
  ])('gives %s', (_, goproxy, url, expected) => {
    expect(routesOf(goproxy, url)).toEqual(expected);
  });

  it('gives proxy routes, and only them, their own request deadline', () => {
    expect(routesOf('https://a.example|direct', undefined, 1500)).toEqual([
      'proxy https://a.example/sumdb/sum.golang.org | 1500 ms',
      DB,
    ]);
  });

  it('keeps proxy credentials in the route URL, and they are not in what it shows', () => {
    const [route] = sumdbRoutes({
      key: setting.key,
      url: undefined,
      proxies: parseProxyList('proxy', 'https://u:pw@relaying.example,direct'),
    });
    expect(route.url).toBe('https://u:pw@relaying.example/sumdb/sum.golang.org');
    expect(redactUrl(route.url)).not.toContain('pw');
  });
});

describe('checksum database routes', () => {
  let db: TestSumdb;
  const dirs: string[] = [];
  const closers: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    db = await startTestSumdb(ENTRIES);
  });
  afterAll(async () => {
    for (const close of closers.reverse()) await close();
    await db.close();
    for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
  });

  async function proxy(options: { relaysDb: boolean }): Promise<FixtureProxy> {
    const p = await startFixtureProxy([], options.relaysDb ? { sumdbBase: db.url } : {});
    closers.push(() => p.close());
    return p;
  }

  async function verify(overrides: Partial<VerifyChecksumsInput>) {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-routes-'));
    dirs.push(dir);
    return verifyChecksums({
      modules: MODULES,
      goSum: parseGoSum(ENTRIES.map(recordText).join(''), 'go.sum'),
      setting: parseSumdbSetting('sumdb', db.gosumdb),
      noSumDb: [],
      stateDir: dir,
      latencyBudgetMs: 1000,
      unavailable: 'fail',
      // Retries without sleeping.
      clock: new InstantClock(),
      random: () => 0,
      logger: new MemoryLogger(),
      ...overrides,
    });
  }

  /** Our relay over `goproxy`, as the pipeline starts it (no probe, every fallback allowed). */
  const relayOver = (goproxy: string, latencyBudgetMs: number, clock?: FakeClock) =>
    startRelay({
      ...(clock ? { clock } : {}),
      upstreams: parseProxyList('proxy', goproxy),
      latencyBudgetMs,
      stallTimeoutMs: 2000,
      fallback: ['next-proxy', 'cache', 'direct'],
      probe: false,
      logger: new MemoryLogger(),
      env: {},
    });

  const route = (url: string, kind: SumdbRoute['kind'], fallBackOnError = true): SumdbRoute => ({
    url,
    kind,
    fallBackOnError,
  });

  it('moves past a proxy that answers 500 for the database to the database itself', async () => {
    const failing = await proxy({ relaysDb: true });
    failing.setFault({ kind: 'sumdb' }, { kind: 'status', status: 500 });
    const report = await verify({
      routes: [route(`${failing.url}/sumdb/${db.name}`, 'proxy'), route(db.url, 'direct')],
    });
    expect(report.findings).toEqual([]);
    expect(report.verified).toBe(3);
    // It answers (500), so it stays a route: each request asks it first (retried once), then the DB.
    expect(failing.requests.map((r) => r.path)).toEqual([
      `/sumdb/${db.name}/supported`,
      `/sumdb/${db.name}/supported`,
      `/sumdb/${db.name}/tile/8/0/000.p/3`,
      `/sumdb/${db.name}/tile/8/0/000.p/3`,
    ]);
  });

  it('stops asking a proxy that never answers after two requests, for the rest of the run', async () => {
    const hanging = await proxy({ relaysDb: true });
    hanging.setFault({ kind: 'sumdb' }, { kind: 'hang' });
    const report = await verify({
      latencyBudgetMs: 300,
      routes: [route(`${hanging.url}/sumdb/${db.name}`, 'proxy'), route(db.url, 'direct')],
    });
    expect(report.verified).toBe(3);
    // `/supported` timed out twice (one retry) for all three waiting lookups; the tile never went there.
    expect(hanging.requests.map((r) => r.path)).toEqual([
      `/sumdb/${db.name}/supported`,
      `/sumdb/${db.name}/supported`,
    ]);
  });

  it('a database failing a few versions (500) while serving the rest: each is named, the others verified', async () => {
    const many: SumdbEntry[] = Array.from({ length: 40 }, (_, i) => ({
      path: `example.test/n${i}`,
      version: 'v1.0.0',
      zipHash: h(i),
      goModHash: h(i + 100),
    }));
    const big = await startTestSumdb(many);
    closers.push(() => big.close());
    const failing = [3, 4, 5, 6, 7].map((i) => `example.test/n${i}@v1.0.0`);
    for (const f of failing) big.tamper.lookup.set(f, 500);
    const report = await verify({
      setting: parseSumdbSetting('sumdb', big.gosumdb),
      routes: [route(big.url, 'explicit', false)],
      modules: many.map((e) => buildListModule(e.path, e.version)),
      goSum: parseGoSum(many.map(recordText).join(''), 'go.sum'),
    });
    expect(report.verified).toBe(35);
    expect(report.unchecked).toEqual(failing);
    expect(report.findings.map((f) => `${f.module}@${f.version}`)).toEqual(failing);
    expect(
      report.findings.every((f) => /its lookup failed while others succeeded: .*500/.test(f.message)),
    ).toBe(true);
  });

  it('skips a proxy that does not relay the database (404 on /supported), as go does', async () => {
    const plain = await proxy({ relaysDb: false });
    const relaying = await proxy({ relaysDb: true });
    const report = await verify({
      routes: [
        route(`${plain.url}/sumdb/${db.name}`, 'proxy', false),
        route(`${relaying.url}/sumdb/${db.name}`, 'proxy', false),
        route('http://127.0.0.1:9/', 'direct', false),
      ],
    });
    expect(report.verified).toBe(3);
    expect(plain.requests.map((r) => r.path)).toEqual([`/sumdb/${db.name}/supported`]);
    expect(report.database?.url).toBe(`${relaying.url}/sumdb/${db.name}`);
  });

  it('stops at a proxy that fails when its separator is `,`, as go does', async () => {
    const failing = await proxy({ relaysDb: true });
    failing.setFault({ kind: 'sumdb' }, { kind: 'status', status: 503 });
    const before = db.requests.length;
    const report = await verify({
      routes: [route(`${failing.url}/sumdb/${db.name}`, 'proxy', false), route(db.url, 'direct')],
    });
    expect(report.unchecked).toHaveLength(3);
    expect(db.requests.length).toBe(before);
  });

  it('reaches the database directly through HTTP_PROXY, and not around it', async () => {
    const egress = await startEgressProxy();
    closers.push(() => egress.close());
    const port = new URL(db.url).port;
    // A name that does not resolve: only the egress proxy can reach it.
    const direct = `http://sum.test.example:${port}`;
    const report = await verify({
      routes: [route(direct, 'direct', false)],
      env: { HTTP_PROXY: egress.url },
    });
    expect(report.findings).toEqual([]);
    expect(report.verified).toBe(3);
    expect(egress.seen.filter((s) => s.startsWith(`GET ${direct}/lookup/`))).toHaveLength(3);
  });

  it('asks our own relay in this process, never over its loopback door, and falls back past it to the database', async () => {
    const relaying = await proxy({ relaysDb: true });
    const setting = parseSumdbSetting('sumdb', db.verifierKey);
    if (setting.off) throw new Error('unreachable');
    const relay = await relayOver(relaying.url, 1000);
    try {
      const routes = sumdbRoutes({
        key: setting.key,
        url: undefined,
        proxies: [{ kind: 'url', url: relay.url, fallBackOnError: true }],
        relay,
      });
      expect(routes.map((r) => [r.kind, r.inProcess !== undefined])).toEqual([
        ['proxy', true],
        ['direct', false],
      ]);
      const report = await verify({ setting, routes });
      expect(report.verified).toBe(3);
      const log = relay.requestLog();
      // /supported, 3 lookups and the tiles: every one asked in this process.
      expect(log.length).toBeGreaterThan(4);
      expect(log.filter((e) => !e.inProcess)).toEqual([]);
      expect(relaying.requests.filter((r) => r.kind === 'sumdb')).toHaveLength(log.length);

      // The relay's upstream breaks: the next route (the database at its own URL here) answers.
      relaying.setFault({ kind: 'sumdb' }, { kind: 'status', status: 500 });
      const fallback = await verify({
        setting,
        routes: [routes[0], { url: db.url, kind: 'explicit', fallBackOnError: false }],
      });
      expect(fallback.verified).toBe(3);
      expect(fallback.database?.url).toBe(db.url);
    } finally {
      await relay.close();
    }
  });

  it('through the relay, a slow primary and a healthy secondary with a 500 ms budget never leave the database unavailable (50 runs)', async () => {
    // The relay runs on a fake clock: its budget passes when the test says so, right after each
    // request reached the primary (which never answers, the limit of "slow"), never by waiting.
    const slow = await proxy({ relaysDb: true });
    const healthy = await proxy({ relaysDb: true });
    slow.setFault({ kind: 'sumdb' }, { kind: 'hang' });
    const setting = parseSumdbSetting('sumdb', db.verifierKey);
    if (setting.off) throw new Error('unreachable');
    const outcomes: Record<string, number> = {};
    for (let run = 0; run < 50; run++) {
      const clock = new FakeClock();
      const relay = await relayOver(`${slow.url}|${healthy.url}`, 500, clock);
      try {
        let done = false;
        const verifying = verify({
          setting,
          latencyBudgetMs: 500,
          // As checkChecksums builds them: the relay (one budget per upstream), then the DB itself.
          routes: sumdbRoutes({
            key: setting.key,
            url: undefined,
            proxies: [{ kind: 'url', url: relay.url, fallBackOnError: false }],
            proxyAttemptMs: 500 * 3,
            relay,
          }),
        }).finally(() => (done = true));
        // Time moves only while every request in the relay waits on the primary alone: its budget
        // passes then (the hedge starts), never while the healthy secondary is answering.
        const primary = new URL(slow.url).host;
        const waitingOnPrimaryAlone = (): boolean => {
          const pending = relay.pending();
          return pending.length > 0 && pending.every((p) => p.upstreams.every((u) => u === primary));
        };
        while (!done) {
          await until(() => done || waitingOnPrimaryAlone(), { what: 'a request waiting on the primary' });
          if (!done) clock.advance(500);
        }
        const report = await verifying;
        const outcome =
          report.verified === 3
            ? 'verified'
            : report.findings.some((f) => /unavailable/.test(f.message))
              ? 'unavailable'
              : 'other';
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      } finally {
        await relay.close();
      }
    }
    expect(outcomes).toEqual({ verified: 50 });
    // The primary was asked, and never answered: every record came through the hedge.
    expect(slow.requests.filter((r) => r.kind === 'sumdb').length).toBeGreaterThan(0);
  });
});
