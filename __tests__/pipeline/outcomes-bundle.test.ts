import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Report } from '../../src/report/model.js';
import { copyDist } from '../../test-support/dist-copy.js';
import {
  fixtureModule,
  goModFile,
  goSource,
  largeModule,
  mainSource,
  standardGraph,
  type FixtureGraph,
} from '../../test-support/fixture-modules.js';
import { parseCommandFile, startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import { run, type GoSandbox } from '../../test-support/go-sandbox.js';
import { summaryContradictions } from '../../test-support/summary-facts.js';

// The UX issue's acceptance through the committed bundles, as the runner runs them: each outcome's
// summary says what its report holds (and the post step agrees with main), annotations lead with
// what ships, and priming reports progress against the known total.
const GPL3 = (
  createRequire(import.meta.url)('spdx-license-list/full') as Record<string, { licenseText: string }>
)['GPL-3.0-only'].licenseText;
const ALL = 'MIT, Apache-2.0, BSD-3-Clause, ISC';

interface Step {
  readonly code: number;
  readonly stdout: string;
  readonly summary: string;
  readonly report: Report;
  readonly outputs: Record<string, string>;
  readonly state: Record<string, string>;
  readonly env: NodeJS.ProcessEnv;
}

/** dist/main with INPUT_* and the runner's files, in its own temp dir under the sandbox. */
async function mainStep(
  dist: string,
  world: FixtureWorld,
  sandbox: GoSandbox,
  name: string,
  inputs: Record<string, string>,
): Promise<Step> {
  const temp = path.join(sandbox.root, name);
  await fs.mkdir(temp, { recursive: true });
  const files = { summary: 'summary.md', output: 'output.txt', state: 'state.txt' };
  for (const file of Object.values(files)) await fs.writeFile(path.join(temp, file), '');
  const env: NodeJS.ProcessEnv = {
    ...sandbox.env,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    RUNNER_TEMP: temp,
    GITHUB_STEP_SUMMARY: path.join(temp, files.summary),
    GITHUB_OUTPUT: path.join(temp, files.output),
    GITHUB_STATE: path.join(temp, files.state),
  };
  const all: Record<string, string> = {
    'working-directory': world.project,
    proxy: world.proxy.url,
    sumdb: world.sumdb.gosumdb,
    'license-allow': ALL,
    'report-file': path.join(temp, 'report.json'),
    ...inputs,
  };
  for (const [input, value] of Object.entries(all)) env[`INPUT_${input.toUpperCase()}`] = value;
  const result = await run('node', [path.join(dist, 'main', 'index.js')], { env });
  const read = (file: string) => fs.readFile(path.join(temp, file), 'utf8');
  return {
    code: result.code,
    stdout: result.stdout + result.stderr,
    summary: await read(files.summary),
    report: JSON.parse(await read('report.json')) as Report,
    outputs: parseCommandFile(await read(files.output)),
    state: parseCommandFile(await read(files.state)),
    env,
  };
}

/** dist/post with the state main left (STATE_<name>), as the runner hands it over. */
async function postStep(dist: string, step: Step): Promise<{ code: number; stdout: string }> {
  const env: NodeJS.ProcessEnv = { ...step.env };
  for (const [key, value] of Object.entries(step.state)) env[`STATE_${key}`] = value;
  const result = await run('node', [path.join(dist, 'post', 'index.js')], { env });
  return { code: result.code, stdout: result.stdout + result.stderr };
}

/** `example.test/x@v1.0.0` of each `::error` line, in the order the runner shows them. */
function errorAnnotations(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('::error '))
    .map((line) => line.slice(line.indexOf('::', 2) + 2))
    .map((message) => /^(\S+@v\S+?):/.exec(message)?.[1] ?? message);
}

describe('every outcome through dist/main and dist/post: the summary says what the report holds', () => {
  let world: FixtureWorld;
  let sandbox: GoSandbox;
  let dist = '';

  beforeAll(async () => {
    dist = await copyDist();
    world = await startFixtureWorld();
    sandbox = await world.freshSandbox();
  });
  afterEach(() => world.proxy.clearFaults());
  afterAll(async () => {
    await world?.close();
    if (dist) await fs.rm(dist, { recursive: true, force: true });
  });

  it('pass on a miss saves in post; the next run hits exactly and needs no save', async () => {
    const local = { 'cache-backend': 'local', 'cache-dir': path.join(sandbox.root, 'cache-pass') };
    const miss = await mainStep(dist, world, sandbox, 'pass-miss', local);
    expect(miss.code).toBe(0);
    expect(miss.report).toMatchObject({ status: 'passed', cache: { hit: 'miss' } });
    expect(summaryContradictions(miss.summary, miss.report)).toEqual([]);
    const post = await postStep(dist, miss);
    expect(post.code).toBe(0);
    expect(post.stdout).toMatch(/saved/i);
    expect(post.stdout).not.toMatch(/the run failed/);
    // What a save leaves (the failed run below must leave none).
    expect(await fs.readdir(path.join(sandbox.root, 'cache-pass', 'entries'))).toHaveLength(1);

    const hit = await mainStep(dist, world, sandbox, 'pass-hit', local);
    expect(hit.code).toBe(0);
    expect(hit.report).toMatchObject({ status: 'passed', cache: { hit: 'exact' } });
    expect(summaryContradictions(hit.summary, hit.report)).toEqual([]);
    expect((await postStep(dist, hit)).stdout).not.toMatch(/the run failed/);
  }, 240_000);

  it('passed with warnings (warn-only): the post step saves, never says the run failed', async () => {
    const step = await mainStep(dist, world, sandbox, 'warn', {
      'license-allow': 'MIT, Apache-2.0, ISC',
      'warn-only': 'true',
      'cache-backend': 'local',
      'cache-dir': path.join(sandbox.root, 'cache-warn'),
    });
    expect(step.code).toBe(0);
    expect(step.report.status).toBe('warned');
    expect(step.summary.split('\n')[0]).toMatch(/^## ⚠️ Go Module Warden passed with warnings/);
    expect(summaryContradictions(step.summary, step.report)).toEqual([]);
    const post = await postStep(dist, step);
    expect(post.code).toBe(0);
    expect(post.stdout).toMatch(/saved/i);
    expect(post.stdout).not.toMatch(/the run failed/);
  }, 240_000);

  it('failed: the summary promises no save and hands nothing to a post step', async () => {
    const step = await mainStep(dist, world, sandbox, 'fail', {
      'license-allow': 'MIT, Apache-2.0, ISC',
      'cache-backend': 'local',
      'cache-dir': path.join(sandbox.root, 'cache-fail'),
    });
    expect(step.code).toBe(1);
    expect(step.report.status).toBe('failed');
    expect(summaryContradictions(step.summary, step.report)).toEqual([]);
    expect(step.summary).not.toContain('licenses reported, not gated');
    // GitHub runs no post step after a failed main (post-if: success()); were one run anyway (a
    // workflow that overrides it), the state main left must not let it save a failed run's cache.
    const post = await postStep(dist, step);
    expect(post.code).toBe(0);
    const entries = path.join(sandbox.root, 'cache-fail', 'entries');
    expect(await fs.readdir(entries).catch(() => [])).toEqual([]);
  }, 240_000);

  it('not gated: says the licenses are reported, not gated', async () => {
    const step = await mainStep(dist, world, sandbox, 'ungated', { 'license-allow': '', cache: 'false' });
    expect(step.code).toBe(0);
    expect(step.report.licenses?.gating).toBe(false);
    expect(summaryContradictions(step.summary, step.report)).toEqual([]);
  }, 240_000);
});

/**
 * alpha's go.mod brings in 12 GPL tools no package imports (graph only); beta compiles in a GPL
 * module (indirect); the main module requires a GPL tool only a `tools` build tag imports (direct,
 * not compiled in); delta's zip is altered at the proxy (a checksum failure).
 */
function weightedGraph(): FixtureGraph {
  const graph = standardGraph();
  const gpl = (modulePath: string) => {
    const m = fixtureModule({ path: modulePath, version: 'v1.0.0' });
    m.files.LICENSE = GPL3;
    graph.modules.push(m);
    return m.path;
  };
  const tools = Array.from({ length: 12 }, (_, i) =>
    gpl(`example.test/aa-tool${String(i).padStart(2, '0')}`),
  );
  const ships = gpl('example.test/zz-ships');
  const directTool = gpl('example.test/zy-direct-tool');
  const alpha = graph.modules.find((m) => m.path === 'example.test/alpha')!;
  alpha.files['go.mod'] = goModFile(alpha.path, {
    'example.test/beta': 'v1.1.0',
    ...Object.fromEntries(tools.map((t) => [t, 'v1.0.0'])),
  });
  const beta = graph.modules.find((m) => m.path === 'example.test/beta')!;
  beta.files['go.mod'] = goModFile(beta.path, { [ships]: 'v1.0.0' });
  beta.files['beta.go'] = goSource(beta.path, [ships]);
  graph.main.goMod = goModFile(
    graph.main.path,
    {
      'example.test/alpha': 'v1.0.0',
      'example.test/Upper': 'v1.2.0',
      'example.test/gamma/v2': 'v2.1.0',
      'example.test/local': 'v0.0.0',
      [directTool]: 'v1.0.0',
    },
    'replace example.test/local => ./local\n',
  );
  graph.main.files['tools.go'] = `//go:build tools\n\npackage main\n\nimport _ "${directTool}"\n`;
  return graph;
}

describe('annotations through dist/main lead with what ships', () => {
  let world: FixtureWorld;
  let dist = '';

  beforeAll(async () => {
    dist = await copyDist();
    world = await startFixtureWorld(weightedGraph());
  });
  afterAll(async () => {
    await world?.close();
    if (dist) await fs.rm(dist, { recursive: true, force: true });
  });

  it('checksum failure, then compiled in, then direct, then the rest; 10 at most, the last counting the others', async () => {
    world.proxy.setFault({ module: 'example.test/delta', kind: 'zip' }, { kind: 'alter' });
    const sandbox = await world.freshSandbox();
    const step = await mainStep(dist, world, sandbox, 'weights', {
      'license-allow': ALL,
      'license-scope': 'build-list',
      cache: 'false',
      'cache-backend': 'local',
    });
    expect(step.code).toBe(1);
    expect(summaryContradictions(step.summary, step.report)).toEqual([]);
    const errors = errorAnnotations(step.stdout);
    expect(errors.slice(0, 3)).toEqual([
      'example.test/delta@v0.3.0',
      'example.test/zz-ships@v1.0.0',
      'example.test/zy-direct-tool@v1.0.0',
    ]);
    expect(errors).toHaveLength(10);
    expect(errors[9]).toMatch(/^\d+ more problems? \(.*\): see the job summary$/);
    const errorCount = step.report.findings.filter((f) => f.severity !== 'warning').length;
    expect(errors[9]).toMatch(new RegExp(`^${errorCount - 9} more`));
  }, 240_000);
});

describe('priming progress through dist/cli, off a terminal', () => {
  let world: FixtureWorld;
  let dist = '';

  beforeAll(async () => {
    dist = await copyDist();
    const graph = standardGraph();
    const big = largeModule('example.test/big', 'v1.0.0', 3 * 1024 * 1024);
    graph.modules.push(big);
    graph.main.goMod = goModFile(
      graph.main.path,
      {
        'example.test/alpha': 'v1.0.0',
        'example.test/Upper': 'v1.2.0',
        'example.test/gamma/v2': 'v2.1.0',
        'example.test/local': 'v0.0.0',
        [big.path]: big.version,
      },
      'replace example.test/local => ./local\n',
    );
    graph.main.files['main.go'] = mainSource([
      'example.test/alpha',
      'example.test/Upper',
      'example.test/gamma/v2',
      'example.test/local',
      big.path,
    ]);
    world = await startFixtureWorld(graph);
  });
  afterAll(async () => {
    await world?.close();
    if (dist) await fs.rm(dist, { recursive: true, force: true });
  });

  it('says modules and bytes done against the known total, with a rate and the time left', async () => {
    // The big zip's body trickles (32 kB every 100 ms, about 10 s): long enough for progress lines.
    world.proxy.setFault(
      { module: 'example.test/big', kind: 'zip' },
      { kind: 'slow', chunkBytes: 32 * 1024, intervalMs: 100 },
    );
    const sandbox = await world.freshSandbox();
    const result = await run(
      'node',
      [
        path.join(dist, 'cli', 'index.js'),
        'check',
        world.project,
        '--proxy',
        world.proxy.url,
        '--sumdb',
        world.sumdb.gosumdb,
        '--cache',
        'false',
      ],
      { env: { ...sandbox.env, COLUMNS: '120' } },
    );
    expect(result.code).toBe(0);
    const lines = (result.stdout + result.stderr).split('\n').filter((l) => l.includes('priming: '));
    expect(lines.length).toBeGreaterThan(0);
    const known = world.graph.modules.length;
    for (const line of lines) {
      expect(line).toMatch(new RegExp(`priming: \\d+ of ${known} modules \\(\\d+%\\), `));
      expect(line.length).toBeLessThanOrEqual(120);
    }
    expect(lines.join('\n')).toMatch(/ of about [\d.]+ [kM]B, [\d.]+ [kM]?B\/s, about [\d.]+ s left/);
    const done = lines.map((l) => Number(/priming: (\d+) of/.exec(l)?.[1]));
    expect(done).toEqual([...done].sort((a, b) => a - b));
  }, 240_000);
});
