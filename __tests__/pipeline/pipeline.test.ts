import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fixtureModule, goModFile, mainSource } from '../../test-support/fixture-modules.js';
import { startFixtureProxy, type FixtureProxy } from '../../test-support/fixture-proxy.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import type { GoSandbox } from '../../test-support/go-sandbox.js';
import { runPipelineIn } from '../../test-support/pipeline-harness.js';
import { removeTree } from '../../test-support/go-sandbox.js';
import { LocalBackend } from '../../src/cache/local-backend.js';
import { MemoryLogger } from '../../src/logger.js';
import { runWarden } from '../../src/run.js';
import { entryForModule, type TestSumdb } from '../../test-support/sumdb-server.js';
import { exitCodeFor } from '../../src/report/outcome.js';

describe('the pipeline with the real go against the fixture proxy', () => {
  let world: FixtureWorld;
  let graph: FixtureWorld['graph'];
  let proxy: FixtureProxy;
  let sumdb: TestSumdb;
  let project: string;
  const freshSandbox = () => world.freshSandbox();

  beforeAll(async () => {
    world = await startFixtureWorld();
    ({ graph, proxy, sumdb, project } = world);
  });

  afterEach(() => proxy.clearFaults());

  afterAll(async () => {
    await world?.close();
  });

  /**
   * A copy of the project that also imports `carrier`, whose go.mod requires `carried` without
   * importing it: `carried` is a graph-only module of the build list. Tidied by the real go.
   */
  async function projectWithGraphOnlyModule(
    sandbox: GoSandbox,
    name: string,
    spec: { carrier: string; carried: string; license: 'MIT' | 'ISC' },
  ) {
    const carried = fixtureModule({ path: spec.carried, version: 'v1.0.0', license: spec.license });
    const carrier = fixtureModule({ path: spec.carrier, version: 'v1.0.0', license: 'MIT' });
    carrier.files['go.mod'] = goModFile(carrier.path, { [carried.path]: carried.version });
    proxy.addModule(carried);
    proxy.addModule(carrier);
    await sumdb.add([entryForModule(carried), entryForModule(carrier)]);
    const copy = path.join(sandbox.root, name);
    await fs.cp(project, copy, { recursive: true });
    const imports = [
      'example.test/alpha',
      'example.test/Upper',
      'example.test/gamma/v2',
      'example.test/local',
    ];
    await fs.writeFile(path.join(copy, 'main.go'), mainSource([...imports, carrier.path]));
    const tidy = await sandbox.go(['mod', 'tidy'], {
      cwd: copy,
      env: { GOPROXY: proxy.url, GOFLAGS: '-mod=mod' },
    });
    expect(tidy.code).toBe(0);
    return { copy, carried, carrier };
  }

  it('reports every module of the graph with its version, Dir, replacement and indirect flag', async () => {
    const sandbox = await freshSandbox();
    const { report } = await runPipelineIn(sandbox, project, { proxy: proxy.url, sumdb: sumdb.gosumdb });
    expect(report.findings).toEqual([]);
    expect(report.status).toBe('passed');
    const byPath = new Map(report.modules.map((m) => [m.path, m]));
    expect([...byPath.keys()].sort()).toEqual(
      ['example.test/app', 'example.test/local', ...graph.modules.map((m) => m.path)].sort(),
    );
    expect(byPath.get('example.test/app')).toMatchObject({ main: true, version: '', indirect: false });
    expect(byPath.get('example.test/alpha')).toMatchObject({ version: 'v1.0.0', indirect: false });
    expect(byPath.get('example.test/beta')).toMatchObject({ version: 'v1.1.0', indirect: true });
    expect(byPath.get('example.test/delta')).toMatchObject({ version: 'v0.3.0', indirect: true });
    expect(byPath.get('example.test/Upper')).toMatchObject({ version: 'v1.2.0', indirect: false });
    expect(byPath.get('example.test/gamma/v2')).toMatchObject({ version: 'v2.1.0' });
    expect(byPath.get('example.test/local')).toMatchObject({
      replace: { kind: 'local', dir: './local' },
      dir: path.join(project, 'local'),
    });
    const upperDir = byPath.get('example.test/Upper')?.dir ?? '';
    expect(upperDir).toBe(path.join(sandbox.env.GOMODCACHE as string, 'example.test', '!upper@v1.2.0'));
    await expect(fs.stat(path.join(upperDir, 'go.mod'))).resolves.toBeTruthy();
    expect(report.download).toEqual({ downloaded: graph.modules.length, failed: [] });
    expect(report.project).toMatchObject({
      mode: 'module',
      vendor: false,
      mainModules: ['example.test/app'],
    });
    for (const m of graph.modules) expect(byPath.get(m.path)?.checksum).toBe('verified');
    expect(byPath.get('example.test/app')?.checksum).toBe('not-applicable');
    expect(byPath.get('example.test/local')?.checksum).toBe('not-applicable');
    expect(report.checksums).toMatchObject({
      enabled: true,
      verified: graph.modules.length,
      checkable: graph.modules.length,
      mismatched: 0,
    });
  });

  it('warns loudly, and passes with a warning, when the checksum database is turned off', async () => {
    const sandbox = await freshSandbox();
    const { report } = await runPipelineIn(sandbox, project, { proxy: proxy.url, sumdb: 'off' });
    expect(report.status).toBe('warned');
    expect(report.findings).toEqual([
      expect.objectContaining({
        area: 'checksum',
        severity: 'warning',
        message: expect.stringMatching(/GOSUMDB=off: go\.sum is NOT checked/),
      }),
    ]);
  });

  it('fails on a forbidden license with an annotation at its require line, and an exception lets it pass', async () => {
    const sandbox = await freshSandbox();
    const gated = {
      proxy: proxy.url,
      sumdb: sumdb.gosumdb,
      'license-allow': 'MIT, Apache-2.0, BSD-3-Clause',
    };
    const failing = await runPipelineIn(sandbox, project, gated);
    expect(failing.report.status).toBe('failed');
    const goMod = await fs.readFile(path.join(project, 'go.mod'), 'utf8');
    const requireLine = goMod.split('\n').findIndex((l) => l.includes('example.test/Upper v1.2.0')) + 1;
    expect(failing.report.findings).toEqual([
      expect.objectContaining({
        kind: 'policy',
        area: 'license',
        module: 'example.test/Upper',
        version: 'v1.2.0',
        file: 'go.mod',
        line: requireLine,
      }),
    ]);
    expect(failing.report.modules.find((m) => m.path === 'example.test/Upper')?.license).toMatchObject({
      expression: 'ISC',
      verdict: 'denied',
    });

    const excepted = await runPipelineIn(sandbox, project, {
      ...gated,
      'license-exceptions': 'example.test/Upper@>=1.0.0 <2 ignore',
    });
    expect(excepted.report.status).toBe('passed');
    const upper = excepted.report.modules.find((m) => m.path === 'example.test/Upper');
    expect(upper?.license?.verdict).toBe('ignored');
    expect(upper?.license?.rule).toMatch(/example\.test\/Upper@>=1\.0\.0 <2 ignore/);
  });

  it('annotates a module go.mod does not list at the require line of what brings it in, and says so', async () => {
    const sandbox = await freshSandbox();
    // carrier requires zeta (ISC) in its go.mod but imports nothing from it: zeta is in the build
    // list, and the main go.mod, pruned, does not list it.
    const {
      copy,
      carried: zeta,
      carrier,
    } = await projectWithGraphOnlyModule(sandbox, 'carried', {
      carrier: 'example.test/carrier',
      carried: 'example.test/zeta',
      license: 'ISC',
    });
    const goMod = await fs.readFile(path.join(copy, 'go.mod'), 'utf8');
    expect(goMod).not.toContain(zeta.path);
    const { report } = await runPipelineIn(sandbox, copy, {
      proxy: proxy.url,
      sumdb: sumdb.gosumdb,
      'license-allow': 'MIT, Apache-2.0, BSD-3-Clause',
      'license-exceptions': 'example.test/Upper ignore',
    });
    const carrierLine = goMod.split('\n').findIndex((l) => l.includes(`${carrier.path} v1.0.0`)) + 1;
    expect(carrierLine).toBeGreaterThan(0);
    expect(report.findings).toEqual([
      expect.objectContaining({
        area: 'license',
        module: zeta.path,
        file: 'go.mod',
        line: carrierLine,
        message: expect.stringMatching(/\(required by example\.test\/carrier\)$/),
      }),
    ]);
  });

  it('gets past a hanging primary through the secondary, routes every module there and warns about the primary', async () => {
    const sandbox = await freshSandbox();
    const primary = await startFixtureProxy(graph.modules);
    primary.setFault('*', { kind: 'hang' });
    try {
      const { report } = await runPipelineIn(sandbox, project, {
        proxy: `${primary.url},${proxy.url}`,
        sumdb: sumdb.gosumdb,
        // Long enough that the healthy secondary never breaches it on a loaded 2-core machine.
        'latency-budget': '1s',
      });
      expect(report.status).toBe('warned');
      expect(report.findings).toEqual([
        expect.objectContaining({
          area: 'proxy',
          severity: 'warning',
          message: expect.stringMatching(
            /^upstream 127\.0\.0\.1:\d+ breached the 1s budget or failed .*circuit opened/,
          ),
        }),
      ]);
      const secondary = new URL(proxy.url).host;
      for (const m of graph.modules) {
        expect(report.modules.find((e) => e.path === m.path)?.route).toEqual({
          kind: 'proxy',
          host: secondary,
        });
      }
      expect(report.proxy?.upstreams[0]).toMatchObject({ breaker: { state: 'open' } });
    } finally {
      await primary.close();
    }
  });

  it('names a module the proxy fails, with the proxy message, as an infrastructure failure (exit 3)', async () => {
    const sandbox = await freshSandbox();
    proxy.setFault(
      { module: 'example.test/beta', kind: 'zip' },
      { kind: 'status', status: 500, body: 'backend exploded' },
    );
    const { report } = await runPipelineIn(sandbox, project, {
      proxy: proxy.url,
      sumdb: sumdb.gosumdb,
      fallback: 'next-proxy',
    });
    expect(report.status).toBe('failed');
    expect(report.download.failed).toEqual([
      expect.objectContaining({
        path: 'example.test/beta',
        version: 'v1.1.0',
        error: expect.stringMatching(/500 Internal Server Error: backend exploded/),
      }),
    ]);
    expect(report.findings[0]).toMatchObject({
      kind: 'infrastructure',
      area: 'proxy',
      module: 'example.test/beta',
      version: 'v1.1.0',
    });
    expect(exitCodeFor(report.status, report.findings)).toBe(3);
  });

  it('fails as a security failure when the proxy serves altered zip bytes, whatever warn-only says', async () => {
    const sandbox = await freshSandbox();
    proxy.setFault({ module: 'example.test/delta', kind: 'zip' }, { kind: 'alter' });
    const { report } = await runPipelineIn(sandbox, project, {
      proxy: proxy.url,
      sumdb: sumdb.gosumdb,
      'warn-only': 'true',
    });
    expect(report.status).toBe('failed');
    expect(report.findings[0]).toMatchObject({
      kind: 'security',
      area: 'checksum',
      module: 'example.test/delta',
    });
    expect(report.findings[0].message).toMatch(/checksum mismatch/);
    expect(exitCodeFor(report.status, report.findings)).toBe(1);
  });

  it('says go.sum lacks a line the build needs, names it, and leaves go.sum as the user committed it', async () => {
    const sandbox = await freshSandbox();
    const copy = path.join(sandbox.root, 'project-copy');
    await fs.cp(project, copy, { recursive: true });
    const goSum = await fs.readFile(path.join(copy, 'go.sum'), 'utf8');
    const trimmed = goSum
      .split('\n')
      .filter((l) => !l.startsWith('example.test/delta v0.3.0 h1:'))
      .join('\n');
    await fs.writeFile(path.join(copy, 'go.sum'), trimmed);
    const { report } = await runPipelineIn(sandbox, copy, { proxy: proxy.url, sumdb: sumdb.gosumdb });
    expect(await fs.readFile(path.join(copy, 'go.sum'), 'utf8')).toBe(trimmed);
    expect(report.findings).toEqual([
      expect.objectContaining({
        kind: 'config',
        message: expect.stringMatching(
          /go\.sum is missing entries \(first: example\.test\/delta\b.*run 'go mod tidy'/s,
        ),
      }),
    ]);
    expect(exitCodeFor(report.status, report.findings)).toBe(2);
  });

  it('accepts a tidy go.sum without the lines go mod download all would add for graph-only modules', async () => {
    const sandbox = await freshSandbox();
    // toolish requires epsilon in its go.mod but imports nothing from it: epsilon is in the
    // build list, and a tidy go.sum holds no line for it (as for golang.org/x/tools behind x/text).
    const { copy, carried: epsilon } = await projectWithGraphOnlyModule(sandbox, 'graph-only', {
      carrier: 'example.test/toolish',
      carried: 'example.test/epsilon',
      license: 'MIT',
    });
    const goSum = await fs.readFile(path.join(copy, 'go.sum'), 'utf8');
    expect(goSum).not.toMatch(/^example\.test\/epsilon v1\.0\.0 h1:/m);

    const { report } = await runPipelineIn(sandbox, copy, { proxy: proxy.url, sumdb: sumdb.gosumdb });
    expect(await fs.readFile(path.join(copy, 'go.sum'), 'utf8')).toBe(goSum);
    expect(report.findings).toEqual([]);
    // Its zip was still fetched, and checked against the database with the hash go computed.
    expect(report.modules.find((m) => m.path === epsilon.path)?.checksum).toBe('verified');
  });

  it('on a warm exact hit, proves the graph-only modules go.sum leaves out from the cached files, and keeps them cached', async () => {
    const sandbox = await freshSandbox();
    const { copy, carried: zeta } = await projectWithGraphOnlyModule(sandbox, 'graph-only-warm', {
      carrier: 'example.test/toolkit',
      carried: 'example.test/zeta',
      license: 'MIT',
    });
    const cacheDir = path.join(sandbox.root, 'warden-cache');
    const run = async (name: string) => {
      const temp = path.join(sandbox.root, `temp-${name}`);
      await fs.mkdir(temp, { recursive: true });
      const logger = new MemoryLogger();
      const { report } = await runWarden(
        {
          'working-directory': copy,
          proxy: proxy.url,
          sumdb: sumdb.gosumdb,
          'cache-backend': 'local',
          'cache-dir': cacheDir,
          'report-file': path.join(temp, 'report.json'),
        },
        { ...sandbox.env, RUNNER_TEMP: temp },
        logger,
        { cacheBackend: (_kind, dir) => new LocalBackend(dir) },
      );
      return { report, logger };
    };
    const cold = await run('cold');
    expect(cold.report.findings).toEqual([]);
    expect(cold.report.modules.find((m) => m.path === zeta.path)?.checksum).toBe('verified');
    const [entry] = await new LocalBackend(cacheDir).entries();

    // A new machine: the exact hit restores everything and go downloads nothing.
    await removeTree(sandbox.env.GOMODCACHE as string);
    const warm = await run('warm');
    expect(warm.logger.lines.join('\n')).toMatch(/Priming skipped: exact cache hit/);
    expect(warm.report.findings).toEqual([]);
    expect(warm.report.status).toBe('passed');
    expect(warm.report.modules.find((m) => m.path === zeta.path)?.checksum).toBe('verified');
    expect(warm.report.cache?.leftOut ?? []).toEqual([]);
    // The entry stands as saved: nothing was proven less than before.
    expect(await new LocalBackend(cacheDir).entries()).toEqual([entry]);
  });

  it('handles a vendor directory explicitly instead of failing to compute all', async () => {
    const sandbox = await freshSandbox();
    const copy = path.join(sandbox.root, 'vendored');
    await fs.cp(project, copy, { recursive: true });
    const vendor = await sandbox.go(['mod', 'vendor'], { cwd: copy, env: { GOPROXY: proxy.url } });
    expect(vendor.code).toBe(0);
    const { report } = await runPipelineIn(sandbox, copy, { proxy: proxy.url, sumdb: sumdb.gosumdb });
    expect(report.findings).toEqual([]);
    expect(report.project.vendor).toBe(true);
    expect(report.modules.length).toBe(graph.modules.length + 2);
  });

  it('understands a go.work workspace: several main modules, go.sum of each', async () => {
    const sandbox = await freshSandbox();
    const ws = path.join(sandbox.root, 'ws');
    await fs.cp(project, path.join(ws, 'app'), { recursive: true });
    await sandbox.writeProject('ws/tool', {
      'go.mod': 'module example.test/tool\n\ngo 1.21\n\nrequire example.test/alpha v1.0.0\n',
      'tool.go': 'package tool\n\nimport "example.test/alpha"\n\nvar Name = alpha.Name\n',
    });
    await fs.copyFile(path.join(project, 'go.sum'), path.join(ws, 'tool', 'go.sum'));
    await fs.writeFile(path.join(ws, 'go.work'), 'go 1.21\n\nuse (\n\t./app\n\t./tool\n)\n');
    const { report } = await runPipelineIn(
      sandbox,
      path.join(ws, 'app'),
      { proxy: proxy.url, sumdb: sumdb.gosumdb },
      { GOWORK: '' },
    );
    expect(report.findings).toEqual([]);
    expect(report.project.mode).toBe('workspace');
    expect([...report.project.mainModules].sort()).toEqual(['example.test/app', 'example.test/tool']);
    expect(report.modules.find((m) => m.path === 'example.test/alpha')?.checksum).toBe('verified');
  });

  it('says there is no go.mod and which input to set', async () => {
    const sandbox = await freshSandbox();
    const { report } = await runPipelineIn(sandbox, sandbox.root, { sumdb: sumdb.gosumdb });
    expect(report.findings).toEqual([
      expect.objectContaining({
        kind: 'config',
        message: expect.stringMatching(/no go\.mod found in .*set the 'working-directory' input/),
      }),
    ]);
  });

  it('says go is missing from PATH and how to get it', async () => {
    const sandbox = await freshSandbox();
    await expect(
      runPipelineIn(sandbox, project, { sumdb: sumdb.gosumdb }, { PATH: '/nonexistent' }),
    ).resolves.toMatchObject({
      report: {
        status: 'failed',
        findings: [
          expect.objectContaining({
            kind: 'infrastructure',
            message: expect.stringMatching(/'go' command was not found on PATH; add actions\/setup-go/),
          }),
        ],
      },
    });
  });
});
