import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseJsonObjects } from '../../src/go/json-stream.js';
import { toBuildListModule, type BuildListModule, type GoModule } from '../../src/go/build-list.js';
import { parseGoSum } from '../../src/go/go-sum.js';
import { MemoryLogger } from '../../src/logger.js';
import { parseSumdbSetting } from '../../src/module/sumdb-setting.js';
import { sumdbRoutes } from '../../src/sumdb/routes.js';
import { verifyChecksums } from '../../src/sumdb/verify-go-sum.js';
import { parseProxyList } from '../../src/module/proxy-list.js';
import { standardGraph, type FixtureGraph } from '../../test-support/fixture-modules.js';
import { startFixtureProxy, type FixtureProxy } from '../../test-support/fixture-proxy.js';
import { createFixtureProject, createGoSandbox, type GoSandbox } from '../../test-support/go-sandbox.js';
import { entryForModule, startTestSumdb, type TestSumdb } from '../../test-support/sumdb-server.js';

/** The real `go` is the oracle: the test DB must satisfy it, and its tampered variants must not. */
describe('the test checksum database, judged by the real go', () => {
  let graph: FixtureGraph;
  let proxy: FixtureProxy;
  let reference: GoSandbox;
  let referenceGoSum: string;
  let projectFiles: Record<string, string>;
  let buildList: BuildListModule[];
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    graph = standardGraph();
    proxy = await startFixtureProxy(graph.modules);
    reference = await createGoSandbox();
    const dir = await createFixtureProject(reference, graph, proxy.url);
    referenceGoSum = await fs.readFile(path.join(dir, 'go.sum'), 'utf8');
    projectFiles = { ...graph.main.files, 'go.mod': await fs.readFile(path.join(dir, 'go.mod'), 'utf8') };
    const list = await reference.go(['list', '-m', '-json', 'all'], {
      cwd: dir,
      env: { GOPROXY: proxy.url },
    });
    if (list.code !== 0) throw new Error(list.stderr);
    buildList = parseJsonObjects<GoModule>(list.stdout).map(toBuildListModule);
  });

  afterAll(async () => {
    for (const c of cleanups) await c();
    await reference.cleanup();
    await proxy.close();
  });

  /** A fresh sandbox, an empty go.sum, GOSUMDB pointing at `db`; runs `go mod download all`. */
  async function goDownload(db: TestSumdb, sandbox?: GoSandbox) {
    const sb = sandbox ?? (await createGoSandbox());
    if (!sandbox) cleanups.push(() => sb.cleanup());
    const dir = await sb.writeProject(`p-${Math.random().toString(36).slice(2)}`, projectFiles);
    const env = { GOPROXY: proxy.url, GOSUMDB: db.gosumdb, GONOSUMDB: '', GOFLAGS: '-modcacherw -mod=mod' };
    const result = await sb.go(['mod', 'download', 'all'], { cwd: dir, env });
    const goSum = await fs.readFile(path.join(dir, 'go.sum'), 'utf8').catch(() => '');
    return { ...result, goSum, dir, sandbox: sb, env };
  }

  async function startDb(): Promise<TestSumdb> {
    const db = await startTestSumdb(graph.modules.map(entryForModule));
    cleanups.push(() => db.close());
    return db;
  }

  async function ourVerify(db: TestSumdb, goSumText: string, noSumDb: string[] = []) {
    const stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-sumdb-state-'));
    cleanups.push(() => fs.rm(stateDir, { recursive: true, force: true }));
    return verifyChecksums({
      modules: buildList,
      goSum: parseGoSum(goSumText, 'go.sum'),
      setting: parseSumdbSetting('sumdb', db.gosumdb),
      noSumDb,
      baseUrl: db.url,
      stateDir,
      latencyBudgetMs: 5000,
      unavailable: 'fail',
      logger: new MemoryLogger(),
    });
  }

  it('accepts the test database with an empty go.sum, fills go.sum, and our client verifies the same modules', async () => {
    const db = await startDb();
    const run = await goDownload(db);
    expect(run.stderr).not.toMatch(/verifying|SECURITY/);
    expect(run.code).toBe(0);
    expect(db.requests.filter((r) => r.kind === 'lookup').length).toBeGreaterThanOrEqual(
      graph.modules.length,
    );
    const sorted = (t: string) => t.split('\n').filter(Boolean).sort();
    expect(sorted(run.goSum)).toEqual(sorted(referenceGoSum));

    const report = await ourVerify(db, run.goSum);
    expect(report.findings).toEqual([]);
    expect(report.verified).toBe(graph.modules.length);
    expect(report.modules.find((m) => m.path === 'example.test/Upper')?.status).toBe('verified');
    expect(report.modules.find((m) => m.path === 'example.test/local')?.status).toBe('not-applicable');
    expect(report.tree?.size).toBe(db.treeSize());
  });

  const tampers: {
    name: string;
    apply: (db: TestSumdb) => void;
    goSays: RegExp;
    weSay: RegExp;
    kind: 'security' | 'infrastructure';
  }[] = [
    {
      name: 'an altered record',
      apply: (db) => db.tamper.alterRecord.add('example.test/alpha@v1.0.0'),
      goSays: /example.test\/alpha@v1.0.0.*cannot authenticate record data/,
      weSay:
        /example.test\/alpha@v1.0.0: checksum database sum.test.example: cannot authenticate record data/,
      kind: 'security',
    },
    {
      name: 'a bad signature',
      apply: (db) => (db.tamper.badSignature = true),
      goSays: /invalid signature for key sum.test.example/,
      weSay: /invalid signature for key sum.test.example\+[0-9a-f]{8}/,
      kind: 'security',
    },
    {
      name: 'a note signed by a different key',
      apply: (db) => (db.tamper.otherKey = true),
      goSays: /no verifiable signatures|unknown key/,
      weSay: /note has no verifiable signatures \(signed only by sum.test.example\+[0-9a-f]{8}\)/,
      kind: 'security',
    },
    {
      name: 'an altered tile',
      apply: (db) => (db.tamper.alterTile = /^tile\/8\/0\//),
      goSays: /downloaded inconsistent tile/,
      weSay: /served tiles that do not match its signed tree of size 5/,
      kind: 'security',
    },
    {
      name: 'a truncated tile',
      apply: (db) => (db.tamper.truncateTile = /^tile\/8\/0\//),
      goSays: /bad result slice|inconsistent tile|short/,
      weSay: /served a bad tile: tile\/8\/0\/000.p\/5 has 80 bytes, want 160/,
      kind: 'infrastructure',
    },
    {
      name: 'a record id beyond the tree size',
      apply: (db) => (db.tamper.recordId = db.treeSize()),
      goSays: /cannot validate record 5 in tree of size 5/,
      weSay: /cannot validate record 5 in tree of size 5/,
      kind: 'security',
    },
  ];

  it.each(tampers)('rejects $name, and so does go', async ({ apply, goSays, weSay, kind }) => {
    const forGo = await startDb();
    apply(forGo);
    const run = await goDownload(forGo);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(goSays);

    const forUs = await startDb();
    apply(forUs);
    const report = await ourVerify(forUs, referenceGoSum);
    expect(report.verified).toBeLessThan(graph.modules.length);
    const finding = report.findings.find((f) => weSay.test(f.message));
    expect(finding).toMatchObject({ kind, area: 'checksum' });
  });

  it('reports an altered go.sum line with the module, the line and both hashes, and go refuses the download too', async () => {
    const db = await startDb();
    const alphaLine = referenceGoSum
      .split('\n')
      .find((l) => l.startsWith('example.test/alpha v1.0.0 h1:')) as string;
    const forged = `example.test/alpha v1.0.0 h1:${Buffer.alloc(32, 7).toString('base64')}`;
    const goSum = referenceGoSum.replace(alphaLine, forged);
    const lineNo = goSum.split('\n').indexOf(forged) + 1;

    const sb = await createGoSandbox();
    cleanups.push(() => sb.cleanup());
    const dir = await sb.writeProject('forged', { ...projectFiles, 'go.sum': goSum });
    const env = { GOPROXY: proxy.url, GOSUMDB: db.gosumdb, GONOSUMDB: '', GOFLAGS: '-modcacherw' };
    const run = await sb.go(['mod', 'download', 'all'], { cwd: dir, env });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/example.test\/alpha@v1.0.0: checksum mismatch/);

    const report = await ourVerify(db, goSum);
    expect(report.mismatched).toBe(1);
    expect(report.findings).toEqual([
      {
        kind: 'security',
        area: 'checksum',
        module: 'example.test/alpha',
        version: 'v1.0.0',
        file: 'go.sum',
        line: lineNo,
        message: `checksum mismatch for example.test/alpha v1.0.0: go.sum:${lineNo} has ${forged.split(' ')[2]}, the checksum database sum.test.example has ${alphaLine.split(' ')[2]}`,
      },
    ]);
  });

  it('calls a forked tree a security error against the tree remembered from an earlier run, as go does', async () => {
    const db = await startDb();
    const first = await goDownload(db);
    expect(first.code).toBe(0);
    const stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-sumdb-fork-'));
    cleanups.push(() => fs.rm(stateDir, { recursive: true, force: true }));
    const verify = async () => {
      return verifyChecksums({
        modules: buildList,
        goSum: parseGoSum(referenceGoSum, 'go.sum'),
        setting: parseSumdbSetting('sumdb', db.gosumdb),
        noSumDb: [],
        baseUrl: db.url,
        stateDir,
        latencyBudgetMs: 5000,
        unavailable: 'warn',
        logger: new MemoryLogger(),
      });
    };
    expect((await verify()).findings).toEqual([]);

    // History rewritten: record 2 altered, one record appended; every note is still validly signed.
    await db.fork(2, [{ path: 'example.test/extra', version: 'v1.0.0', zipHash: 'h1:x', goModHash: 'h1:y' }]);
    // go remembers the tree in GOPATH/pkg/sumdb; drop its lookup cache so it asks the server again.
    await fs.rm(path.join(first.sandbox.env.GOMODCACHE as string, 'cache', 'download', 'sumdb'), {
      recursive: true,
    });
    const second = await goDownload(db, first.sandbox);
    expect(second.code).not.toBe(0);
    // go notices when it re-reads the tiles of its remembered tree (or, with them cached, as a fork).
    expect(second.stderr).toMatch(
      /downloaded inconsistent tile|SECURITY ERROR\s+go.sum database server misbehavior/,
    );

    const report = await verify();
    expect(report.findings).toHaveLength(1);
    expect(report.findings.every((f) => f.kind === 'security')).toBe(true);
    expect(report.verified).toBe(0);
    expect(report.findings[0].message).toMatch(
      /checksum database sum.test.example forked: the tree of size 6 does not contain the tree of size 5 /,
    );
  });

  it('never asks the database about GONOSUMDB modules (request log), like go', async () => {
    const db = await startDb();
    const sb = await createGoSandbox();
    cleanups.push(() => sb.cleanup());
    const dir = await sb.writeProject('private', projectFiles);
    const env = {
      GOPROXY: proxy.url,
      GOSUMDB: db.gosumdb,
      GONOSUMDB: 'example.test/alpha,example.test/gamma',
      GOFLAGS: '-modcacherw -mod=mod',
    };
    expect((await sb.go(['mod', 'download', 'all'], { cwd: dir, env })).code).toBe(0);
    const goAsked = db.requests.filter((r) => r.kind === 'lookup').map((r) => r.path);
    expect(goAsked.some((p) => p.includes('/alpha@') || p.includes('/gamma/'))).toBe(false);
    expect(goAsked.some((p) => p.includes('/beta@'))).toBe(true);

    const ours = await startDb();
    const report = await ourVerify(ours, referenceGoSum, ['example.test/alpha', 'example.test/gamma']);
    expect([...report.privateModules].sort()).toEqual([
      'example.test/alpha@v1.0.0',
      'example.test/gamma/v2@v2.1.0',
    ]);
    expect(ours.requests.filter((r) => /alpha|gamma/.test(r.path))).toEqual([]);
    expect(report.verified).toBe(graph.modules.length - 2);
    expect(report.findings).toEqual([]);
  });

  it('reaches the database through the proxy /sumdb/<name>/ route like go when GOSUMDB has no URL', async () => {
    const db = await startDb();
    const relay = await startFixtureProxy(graph.modules, { sumdbBase: db.url });
    cleanups.push(() => relay.close());
    const sb = await createGoSandbox();
    cleanups.push(() => sb.cleanup());
    const dir = await sb.writeProject('via-proxy', projectFiles);
    const env = {
      GOPROXY: relay.url,
      GOSUMDB: db.verifierKey,
      GONOSUMDB: '',
      GOFLAGS: '-modcacherw -mod=mod',
    };
    const run = await sb.go(['mod', 'download', 'all'], { cwd: dir, env });
    expect(run.stderr).toBe('');
    expect(relay.requests.some((r) => r.path.startsWith('/sumdb/sum.test.example/lookup/'))).toBe(true);

    const setting = parseSumdbSetting('sumdb', db.verifierKey);
    if (setting.off) throw new Error('unexpected');
    const routes = sumdbRoutes({
      key: setting.key,
      url: setting.url,
      proxies: parseProxyList('proxy', `${relay.url},direct`),
    });
    expect(routes.map((r) => `${r.kind} ${r.url}`)).toEqual([
      `proxy ${relay.url}/sumdb/sum.test.example`,
      'direct https://sum.test.example',
    ]);
    const before = relay.requests.length;
    const stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-sumdb-relay-'));
    cleanups.push(() => fs.rm(stateDir, { recursive: true, force: true }));
    const report = await verifyChecksums({
      modules: buildList,
      goSum: parseGoSum(await fs.readFile(path.join(dir, 'go.sum'), 'utf8'), 'go.sum'),
      setting,
      noSumDb: [],
      routes,
      stateDir,
      latencyBudgetMs: 5000,
      unavailable: 'fail',
      logger: new MemoryLogger(),
    });
    expect(report.findings).toEqual([]);
    expect(report.verified).toBe(graph.modules.length);
    expect(report.database?.url).toBe(routes[0].url);
    expect(
      relay.requests.slice(before).filter((r) => r.path.includes('/sumdb/sum.test.example/lookup/')),
    ).toHaveLength(graph.modules.length);
  });
});
