import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fixtureModule, goModFile, mainSource, standardGraph } from '../../test-support/fixture-modules.js';
import type { FixtureProxy } from '../../test-support/fixture-proxy.js';
import { parseCommandFile, startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import { cacheServiceEnv, startCacheService, type CacheService } from '../../test-support/cache-service.js';
import { gitRepoFromModule } from '../../test-support/git-repos.js';
import { removeTree, run, type GoSandbox } from '../../test-support/go-sandbox.js';
import type { TestSumdb } from '../../test-support/sumdb-server.js';
import { copyDist } from '../../test-support/dist-copy.js';

// The cache across runs, through the built bundles as the runner runs them: dist/main, then
// dist/post with the state main left in GITHUB_STATE (handed over as STATE_<name> variables).
const MODULE_KINDS = new Set(['list', 'info', 'mod', 'zip', 'latest']);

describe('the verified module cache across runs, through dist/main and dist/post', () => {
  const graph = standardGraph();
  let world: FixtureWorld;
  let proxy: FixtureProxy;
  let sumdb: TestSumdb;
  let service: CacheService;
  let sandbox: GoSandbox;
  let project: string;
  let dist = '';

  beforeAll(async () => {
    dist = await copyDist();
    world = await startFixtureWorld(graph);
    ({ proxy, sumdb, project } = world);
    service = await startCacheService();
    sandbox = await world.freshSandbox();
  });
  afterEach(() => proxy.clearFaults());
  afterAll(async () => {
    await world?.close();
    await service?.close();
    await fs.rm(dist, { recursive: true, force: true });
  });

  /**
   * One job on a fresh runner: the same GOMODCACHE path every time (as on hosted runners, and the
   * cache service keys entries by their paths), emptied first unless the runner keeps it.
   */
  async function mainStep(
    name: string,
    inputs: Record<string, string>,
    options: { gomodcache: string; keepModuleCache?: boolean; env?: Record<string, string> },
  ) {
    if (!options.keepModuleCache) await removeTree(options.gomodcache);
    const temp = path.join(sandbox.root, `runner-${name}`);
    await fs.mkdir(temp, { recursive: true });
    const files = {
      summary: path.join(temp, 'summary.md'),
      output: path.join(temp, 'output'),
      state: path.join(temp, 'state'),
    };
    for (const file of Object.values(files)) await fs.writeFile(file, '');
    const env: NodeJS.ProcessEnv = {
      ...sandbox.env,
      GOMODCACHE: options.gomodcache,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      RUNNER_TEMP: temp,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_OUTPUT: files.output,
      GITHUB_STATE: files.state,
      ...options.env,
    };
    for (const [input, value] of Object.entries({
      'working-directory': project,
      proxy: proxy.url,
      sumdb: sumdb.gosumdb,
      ...inputs,
    })) {
      env[`INPUT_${input.toUpperCase()}`] = value;
    }
    const main = await run('node', [path.join(dist, 'main', 'index.js')], { env });
    return {
      main,
      env,
      temp,
      summary: await fs.readFile(files.summary, 'utf8'),
      outputs: parseCommandFile(await fs.readFile(files.output, 'utf8')),
      state: parseCommandFile(await fs.readFile(files.state, 'utf8')),
    };
  }

  /** The post step, with the state main left, as the runner hands it over. */
  async function postStep(step: Awaited<ReturnType<typeof mainStep>>) {
    const env: NodeJS.ProcessEnv = { ...step.env };
    for (const [key, value] of Object.entries(step.state)) env[`STATE_${key}`] = value;
    return run('node', [path.join(dist, 'post', 'index.js')], { env });
  }

  async function job(
    name: string,
    inputs: Record<string, string>,
    options: { gomodcache: string; keepModuleCache?: boolean; env?: Record<string, string> },
  ) {
    const step = await mainStep(name, inputs, options);
    return { ...step, post: await postStep(step) };
  }

  const moduleRequests = () => proxy.requests.filter((r) => MODULE_KINDS.has(r.kind));

  it('misses and saves on the first run, then hits exactly with no module request and everything verified', async () => {
    const actions = { 'cache-backend': 'actions' };
    const options = {
      env: cacheServiceEnv(service.url),
      gomodcache: path.join(sandbox.root, 'runner-gomodcache'),
    };
    const first = await job('actions-1', actions, options);
    expect(first.main.code).toBe(0);
    expect(first.outputs['cache-hit']).toBe('miss');
    expect(first.post.code).toBe(0);
    expect(service.entries.filter((e) => e.finalized)).toHaveLength(1);
    expect(first.post.stdout).toMatch(/saved/i);

    proxy.requests.length = 0;
    const second = await job('actions-2', actions, options);
    expect(second.main.code).toBe(0);
    expect(second.outputs).toMatchObject({
      'cache-hit': 'exact',
      result: 'passed',
      'checksum-failures': '0',
    });
    expect(moduleRequests()).toEqual([]);
    expect(second.summary.split('\n')[0]).toMatch(/^## ✅ Go Module Warden passed/);
    expect(second.summary).toMatch(/Verified \*\*5 of 5\*\* modules/);
    expect(second.outputs.route).toBe('mixed'); // cache for the downloaded modules, local for ./local
    expect(service.entries.filter((e) => e.finalized)).toHaveLength(1); // an exact hit saves nothing
  });

  it('detects a poisoned zip and a poisoned extracted tree, purges only those two, fetches them again and passes', async () => {
    const local = { 'cache-backend': 'local', 'cache-dir': path.join(sandbox.root, 'local-cache') };
    const gomodcache = path.join(sandbox.root, 'self-hosted-gomodcache');
    // Run 1 primes and verifies; the cache is poisoned between its main and post steps (a tampered
    // runner), so the entry saved carries a bad zip, and the extracted tree stays bad on disk.
    const first = await mainStep('poison-1', local, { gomodcache });
    expect(first.outputs['cache-hit']).toBe('miss');
    const zip = path.join(gomodcache, 'cache', 'download', 'example.test', 'alpha', '@v', 'v1.0.0.zip');
    const bytes = await fs.readFile(zip);
    bytes[bytes.length >> 1] ^= 0xff;
    await fs.writeFile(zip, bytes);
    const treeFile = path.join(gomodcache, 'example.test', 'beta@v1.1.0', 'beta.go');
    await fs.appendFile(treeFile, '\n// tampered\n');
    expect((await postStep(first)).code).toBe(0);

    proxy.requests.length = 0;
    const next = await job('poison-2', local, { gomodcache, keepModuleCache: true });
    expect(next.main.code).toBe(0);
    expect(next.outputs['cache-hit']).toBe('exact');
    expect(next.outputs.result).toBe('warned');
    const zips = moduleRequests()
      .filter((r) => r.kind === 'zip')
      .map((r) => r.module)
      .sort();
    expect(zips).toEqual(['example.test/alpha', 'example.test/beta']);
    expect(next.summary).toMatch(/example\.test\/alpha/);
    expect(next.summary).toMatch(/example\.test\/beta/);
    expect(next.summary).toMatch(/Purged|purged/);
    // Everything else in the cache was left alone and go agrees the tree is whole again.
    const verify = await sandbox.go(['mod', 'verify'], {
      cwd: project,
      env: { GOMODCACHE: gomodcache, GOPROXY: 'off' },
    });
    expect(verify.stdout).toMatch(/all modules verified/);
  });

  it('completes from an older partial cache plus direct when the only proxy hangs, and says so', async () => {
    const local = { 'cache-backend': 'local', 'cache-dir': path.join(sandbox.root, 'fallback-cache') };
    // Run 1: the project as it was (alpha, beta, …) primes and saves a cache.
    const gomodcache = path.join(sandbox.root, 'fallback-gomodcache');
    const first = await job('fallback-1', local, { gomodcache });
    expect(first.outputs['cache-hit']).toBe('miss');

    // The project moves on: it now also needs a module that only its git repository has.
    const lib = fixtureModule({ path: 'vcs.test/lib.git', version: 'v1.0.0', license: 'MIT' });
    await gitRepoFromModule(sandbox, lib);
    const moved = path.join(sandbox.root, 'moved-project');
    await fs.cp(project, moved, { recursive: true });
    await fs.writeFile(
      path.join(moved, 'go.mod'),
      goModFile(
        'example.test/app',
        {
          'example.test/alpha': 'v1.0.0',
          'example.test/Upper': 'v1.2.0',
          'example.test/gamma/v2': 'v2.1.0',
          'example.test/local': 'v0.0.0',
          [lib.path]: lib.version,
        },
        'replace example.test/local => ./local\n',
      ),
    );
    await fs.writeFile(
      path.join(moved, 'main.go'),
      mainSource([
        'example.test/alpha',
        'example.test/Upper',
        'example.test/gamma/v2',
        'example.test/local',
        lib.path,
      ]),
    );
    const tidy = await sandbox.go(['mod', 'tidy'], {
      cwd: moved,
      env: {
        GOPROXY: `${proxy.url},direct`,
        GOSUMDB: 'off',
        GOFLAGS: '-modcacherw -mod=mod',
        GOPRIVATE: 'vcs.test',
      },
    });
    expect(tidy.stderr).not.toMatch(/error/i);
    const goSum = await fs.readFile(path.join(moved, 'go.sum'), 'utf8');
    const hashOf = (suffix: string) =>
      new RegExp(`^${lib.path.replace(/\./g, '\\.')} ${lib.version}${suffix} (h1:\\S+)$`, 'm').exec(
        goSum,
      )?.[1] ?? '';
    await sumdb.add([
      { path: lib.path, version: lib.version, zipHash: hashOf(''), goModHash: hashOf('/go.mod') },
    ]);

    proxy.setFault('*', { kind: 'hang' });
    proxy.requests.length = 0;
    const second = await job(
      'fallback-2',
      { ...local, 'working-directory': moved, 'latency-budget': '400ms', timeout: '2m' },
      { gomodcache },
    );
    expect(second.main.stdout).not.toMatch(/::error/);
    expect(second.main.code).toBe(0);
    expect(second.outputs['cache-hit']).toBe('partial');
    const report = JSON.parse(
      await fs.readFile(
        path.join(sandbox.root, 'runner-fallback-2', 'go-module-warden', 'report.json'),
        'utf8',
      ),
    );
    const routeOf = (p: string) => report.modules.find((m: { path: string }) => m.path === p)?.route?.kind;
    expect(routeOf('example.test/alpha')).toBe('cache');
    expect(routeOf('example.test/beta')).toBe('cache');
    expect(routeOf(lib.path)).toBe('direct');
    expect(second.summary).toMatch(/Proxy health/);
    expect(report.checksums.verified).toBe(report.checksums.checkable);
  });
});
