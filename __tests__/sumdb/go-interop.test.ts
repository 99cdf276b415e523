import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { toBuildListModule, type GoModule } from '../../src/go/build-list.js';
import { parseGoSum } from '../../src/go/go-sum.js';
import { MemoryLogger } from '../../src/logger.js';
import { parseSumdbSetting } from '../../src/sumdb/sumdb-setting.js';
import { verifyChecksums } from '../../src/sumdb/verify-go-sum.js';
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
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    graph = standardGraph();
    proxy = await startFixtureProxy(graph.modules);
    reference = await createGoSandbox();
    const dir = await createFixtureProject(reference, graph, proxy.url);
    referenceGoSum = await fs.readFile(path.join(dir, 'go.sum'), 'utf8');
    projectFiles = { ...graph.main.files, 'go.mod': await fs.readFile(path.join(dir, 'go.mod'), 'utf8') };
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

  async function ourVerify(
    db: TestSumdb,
    goSumText: string,
    dir: string,
    env: Record<string, string>,
    sb: GoSandbox,
  ) {
    const list = await sb.go(['list', '-m', '-json', 'all'], {
      cwd: dir,
      env: { ...env, GOFLAGS: '-modcacherw', GOPROXY: 'off' },
    });
    expect(list.stderr).toBe('');
    const modules = (JSON.parse(`[${list.stdout.replace(/}\s*{/g, '},{')}]`) as GoModule[]).map(
      toBuildListModule,
    );
    const stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-sumdb-state-'));
    cleanups.push(() => fs.rm(stateDir, { recursive: true, force: true }));
    return verifyChecksums({
      modules,
      goSum: parseGoSum(goSumText, 'go.sum'),
      setting: parseSumdbSetting('sumdb', db.gosumdb),
      noSumDb: [],
      baseUrl: db.url,
      stateDir,
      fetch,
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

    const report = await ourVerify(db, run.goSum, run.dir, run.env, run.sandbox);
    expect(report.findings).toEqual([]);
    expect(report.verified).toBe(graph.modules.length);
    expect(report.modules.find((m) => m.path === 'example.test/Upper')?.status).toBe('verified');
    expect(report.modules.find((m) => m.path === 'example.test/local')?.status).toBe('not-applicable');
    expect(report.tree?.size).toBe(db.treeSize());
  });
});
