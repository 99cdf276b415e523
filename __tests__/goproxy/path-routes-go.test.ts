import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseGoSum } from '../../src/go/go-sum.js';
import { parseJsonObjects } from '../../src/go/json-stream.js';
import { parsePathRoutes } from '../../src/goproxy/path-routes.js';
import { planPrefetch } from '../../src/goproxy/prefetch-plan.js';
import { childGoproxy, type Relay } from '../../src/goproxy/relay.js';
import type { Fallback } from '../../src/goproxy/relay-types.js';
import { parseClientCertRules } from '../../src/net/client-certs.js';
import {
  fixtureModule,
  goModFile,
  mainSource,
  type FixtureGraph,
} from '../../test-support/fixture-modules.js';
import { type FixtureProxy, startFixtureProxy } from '../../test-support/fixture-proxy.js';
import {
  createFixtureProject,
  createGoSandbox,
  type GoSandbox,
  removeTree,
} from '../../test-support/go-sandbox.js';
import { relayPool } from '../../test-support/relay-pool.js';
import { makeTestPki, startTlsFront, type TestPki, type TlsFront } from '../../test-support/tls-fixture.js';

// proxy-routes and proxy-client-certs through the relay, with the real go: a corp proxy behind
// mutual TLS for corp.test/*, a public proxy for the rest. Both fixture proxies serve every module,
// so a path sent to the wrong one would be answered there, and show in its request log.
const NEXT_ONLY: Fallback[] = ['next-proxy', 'cache'];

function corpGraph(): FixtureGraph {
  const modules = [
    fixtureModule({
      path: 'corp.test/lib',
      version: 'v1.0.0',
      requires: { 'example.test/beta': 'v1.1.0' },
      license: 'MIT',
    }),
    fixtureModule({
      path: 'corp.test/lib',
      version: 'v1.1.0',
      requires: { 'example.test/beta': 'v1.1.0' },
      license: 'MIT',
    }),
    fixtureModule({ path: 'corp.test/tools', version: 'v0.2.0', license: 'MIT' }),
    fixtureModule({
      path: 'example.test/alpha',
      version: 'v1.0.0',
      requires: { 'example.test/beta': 'v1.1.0' },
      license: 'MIT',
    }),
    fixtureModule({ path: 'example.test/beta', version: 'v1.1.0', license: 'Apache-2.0' }),
  ];
  const direct = { 'corp.test/lib': 'v1.0.0', 'corp.test/tools': 'v0.2.0', 'example.test/alpha': 'v1.0.0' };
  return {
    modules,
    main: {
      path: 'example.test/app',
      goMod: goModFile('example.test/app', direct),
      files: { 'main.go': mainSource(Object.keys(direct)) },
    },
  };
}

describe('module-path routes and client certificates, through the relay with the real go', () => {
  const graph = corpGraph();
  let sandbox: GoSandbox;
  let project: string;
  let goSumText: string;
  let pkiDir: string;
  let pki: TestPki;
  let corp: FixtureProxy;
  let corpMirror: FixtureProxy;
  let pub: FixtureProxy;
  let corpTls: TlsFront;
  const caches: string[] = [];
  const relays = relayPool({
    latencyBudgetMs: 1000,
    stallTimeoutMs: 2000,
    fallback: NEXT_ONLY,
    probe: false,
  });

  beforeAll(async () => {
    pkiDir = mkdtempSync(path.join(os.tmpdir(), 'gmw-routes-pki-'));
    pki = makeTestPki(pkiDir, ['corp-client', 'other-client']);
    corp = await startFixtureProxy(graph.modules, { name: 'corp' });
    corpMirror = await startFixtureProxy(graph.modules, { name: 'corp-mirror' });
    pub = await startFixtureProxy(graph.modules, { name: 'public' });
    corpTls = await startTlsFront(pki, { target: corp.url });
    sandbox = await createGoSandbox();
    project = await createFixtureProject(sandbox, graph, pub.url);
    goSumText = await fs.readFile(path.join(project, 'go.sum'), 'utf8');
    // go mod tidy asked the public proxy directly (setup, not the relay): start from an empty log.
    pub.requests.length = 0;
  });
  afterEach(async () => {
    await relays.closeAll();
    for (const p of [corp, corpMirror, pub]) {
      p.clearFaults();
      p.requests.length = 0;
    }
    corpTls.log.length = 0;
  });
  afterAll(async () => {
    for (const p of [corp, corpMirror, pub]) await p?.close();
    await corpTls?.close();
    for (const dir of caches) await removeTree(dir);
    await sandbox?.cleanup();
    rmSync(pkiDir, { recursive: true, force: true });
  });

  const certLine = (origin: string, name: string): string => {
    const c = pki.client(name);
    return `${origin} cert=${c.certFile} key=${c.keyFile} ca=${pki.caFile}`;
  };

  // A budget far over a loopback answer on a loaded machine, except where a hang is the point.
  async function start(routes: string, certs: string, latencyBudgetMs = 10_000): Promise<Relay> {
    const { relay } = await relays.start(pub.url, {
      routes: parsePathRoutes(routes),
      clientCerts: parseClientCertRules(certs),
      latencyBudgetMs,
    });
    return relay;
  }

  async function goRun(relay: Relay, args: string[]) {
    const cache = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-routes-cache-'));
    caches.push(cache);
    return sandbox.go(args, {
      cwd: project,
      env: {
        GOPROXY: childGoproxy(relay.url, NEXT_ONLY),
        GOSUMDB: 'off',
        GOMODCACHE: cache,
        GOFLAGS: '-mod=mod',
      },
      timeoutMs: 60_000,
    });
  }

  const corpPaths = (proxy: FixtureProxy): string[] =>
    proxy.requests.filter((r) => r.path.includes('corp.test')).map((r) => r.path);

  it('primes with the right certificate: corp.test only to the corp proxy (mTLS), the rest only to the public one, across a prefetch, a full run and @latest', async () => {
    const relay = await start(
      `corp.test/* => ${corpTls.url}\n* => ${pub.url}`,
      certLine(corpTls.url, 'corp-client'),
    );
    relay.prefetch(
      planPrefetch({ goSum: parseGoSum(goSumText, 'go.sum'), neverProxied: [], inCache: new Set() }),
    );
    const download = await goRun(relay, ['mod', 'download', '-json', 'all']);
    const downloaded = parseJsonObjects<{ Path: string; Error?: string }>(download.stdout);
    expect(downloaded.filter((d) => d.Error)).toEqual([]);
    expect(download.stderr).toBe('');
    expect(download.code).toBe(0);
    expect(downloaded.map((d) => d.Path)).toEqual(
      expect.arrayContaining(['corp.test/lib', 'example.test/beta']),
    );
    const latest = await goRun(relay, ['list', '-m', '-json', 'corp.test/lib@latest']);
    expect(latest.code).toBe(0);
    expect(latest.stdout).toContain('"Version": "v1.1.0"');

    expect(corpPaths(pub)).toEqual([]);
    expect(corp.requests.filter((r) => !r.path.includes('corp.test'))).toEqual([]);
    expect(corp.requests.some((r) => r.kind === 'list' || r.kind === 'latest')).toBe(true);
    expect(corpTls.log.length).toBeGreaterThan(0);
    expect(corpTls.log.every((r) => r.clientCert === 'corp-client')).toBe(true);
    expect(relay.requestLog().some((e) => e.prefetch && e.route === 'corp.test/*')).toBe(true);
    const report = relay.report();
    expect(report.routes?.map((r) => [r.route, r.upstreams])).toEqual([
      ['(default)', [new URL(pub.url).host]],
      ['corp.test/*', [new URL(corpTls.url).host]],
      ['*', [new URL(pub.url).host]],
    ]);
    expect(report.routes?.[1].served).toBeGreaterThan(0);
    expect(report.upstreams.map((u) => u.route)).toEqual(['(default)', 'corp.test/*', '*']);
    expect(relay.routeOf('corp.test/lib', 'v1.0.0')).toBe(new URL(corpTls.url).host);
  });

  it('a corp proxy that hangs: hedges and next-proxy stay inside the route, the public proxy never sees a corp.test path', async () => {
    corp.setFault('*', { kind: 'hang' });
    const relay = await start(
      `corp.test/* => ${corpTls.url},${corpMirror.url}\n* => ${pub.url}`,
      certLine(corpTls.url, 'corp-client'),
      2000,
    );
    relay.prefetch(
      planPrefetch({ goSum: parseGoSum(goSumText, 'go.sum'), neverProxied: [], inCache: new Set() }),
    );
    const download = await goRun(relay, ['mod', 'download', '-json', 'all']);
    expect(download.code).toBe(0);
    const latest = await goRun(relay, ['list', '-m', '-json', 'corp.test/lib@latest']);
    expect(latest.code).toBe(0);
    expect(corpPaths(pub)).toEqual([]);
    expect(corpPaths(corpMirror).length).toBeGreaterThan(0);
    expect(corpMirror.requests.filter((r) => !r.path.includes('corp.test'))).toEqual([]);
    const corpState = relay
      .report()
      .upstreams.find((u) => u.route === 'corp.test/*' && u.name === new URL(corpTls.url).host);
    expect(corpState?.outcomes.timeout).toBeGreaterThan(0);
    expect(corpState?.hedgesFired).toBeGreaterThan(0);
    expect(relay.routeOf('corp.test/lib', 'v1.0.0')).toBe(new URL(corpMirror.url).host);
  });

  it('a route whose only proxy hangs fails its paths with a 502 rather than leave the route', async () => {
    corp.setFault('*', { kind: 'hang' });
    const relay = await start(`corp.test/* => ${corpTls.url}`, certLine(corpTls.url, 'corp-client'), 1000);
    const latest = await goRun(relay, ['list', '-m', '-json', 'corp.test/lib@latest']);
    expect(latest.code).not.toBe(0);
    expect(latest.stderr).toMatch(/502|no upstream could serve it/);
    expect(corpPaths(pub)).toEqual([]);
  });

  it('a certificate the corp proxy does not accept: the handshake is refused and go is told which input line', async () => {
    // Signed by another CA: presented (it is for this origin), and refused by the server.
    const strangerDir = mkdtempSync(path.join(os.tmpdir(), 'gmw-routes-pki2-'));
    try {
      const stranger = makeTestPki(strangerDir, ['stranger']).client('stranger');
      const relay = await start(
        `corp.test/* => ${corpTls.url}`,
        `${corpTls.url} cert=${stranger.bothFile} ca=${pki.caFile}`,
      );
      const latest = await goRun(relay, ['list', '-m', '-json', 'corp.test/lib@latest']);
      expect(latest.code).not.toBe(0);
      expect(latest.stderr).toContain(
        `refused the client certificate of proxy-client-certs line 1 (${corpTls.url})`,
      );
      expect(corpTls.log.every((r) => r.path === undefined)).toBe(true);
      expect(corp.requests).toEqual([]);
      expect(corpPaths(pub)).toEqual([]);
    } finally {
      rmSync(strangerDir, { recursive: true, force: true });
    }
  });

  it('checksum lookups go by their module’s route, GONOSUMDB ones nowhere, tiles by the default list', async () => {
    const { relay } = await relays.start(pub.url, {
      routes: parsePathRoutes(`corp.test/* => ${corpMirror.url}\n* => ${pub.url}`),
      noSumDb: ['corp.test/private'],
    });
    const get = async (p: string): Promise<number> => (await fetch(`${relay.url}${p}`)).status;
    await get('/sumdb/sum.golang.org/lookup/corp.test/lib@v1.0.0');
    expect(await get('/sumdb/sum.golang.org/lookup/corp.test/private@v1.0.0')).toBe(403);
    await get('/sumdb/sum.golang.org/tile/8/0/000');
    expect(corpPaths(pub)).toEqual([]);
    expect(corpMirror.requests.map((r) => r.path)).toEqual([
      '/sumdb/sum.golang.org/lookup/corp.test/lib@v1.0.0',
    ]);
    expect(pub.requests.map((r) => r.path)).toEqual(['/sumdb/sum.golang.org/tile/8/0/000']);
  });
});
