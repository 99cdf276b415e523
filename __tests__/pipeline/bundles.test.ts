import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { startFixtureProxy, type FixtureProxy } from '../../test-support/fixture-proxy.js';
import { parseCommandFile, startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import { run, type GoSandbox } from '../../test-support/go-sandbox.js';
import type { TestSumdb } from '../../test-support/sumdb-server.js';
import { copyDist } from '../../test-support/dist-copy.js';

// The committed bundles, run the way users run them: the CLI from a shell, the action by the runner
// (INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE files). They run from a
// copy outside the repository, where no node_modules can stand in for what the bundle lacks.
let CLI = '';
let MAIN = '';

describe('the built bundles against the fixture proxy', () => {
  let world: FixtureWorld;
  let proxy: FixtureProxy;
  let sumdb: TestSumdb;
  let project: string;
  let distCopy = '';
  const freshSandbox = () => world.freshSandbox();

  beforeAll(async () => {
    distCopy = await copyDist();
    CLI = path.join(distCopy, 'cli', 'index.js');
    MAIN = path.join(distCopy, 'main', 'index.js');
    world = await startFixtureWorld();
    ({ proxy, sumdb, project } = world);
  });

  afterEach(() => proxy.clearFaults());
  afterAll(async () => {
    await world?.close();
    if (distCopy) await fs.rm(distCopy, { recursive: true, force: true });
  });

  it('dist/cli prints the JSON report and exits 0 when everything passes', async () => {
    const sandbox = await freshSandbox();
    const result = await run(
      'node',
      [CLI, 'check', project, '--proxy', proxy.url, '--sumdb', sumdb.gosumdb, '--json'],
      {
        env: { ...sandbox.env, RUNNER_TEMP: sandbox.root },
      },
    );
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.status).toBe('passed');
    expect(report.modules.map((m: { path: string }) => m.path)).toEqual(
      expect.arrayContaining([
        'example.test/app',
        'example.test/alpha',
        'example.test/beta',
        'example.test/Upper',
        'example.test/local',
      ]),
    );
    await expect(
      fs.readFile(path.join(sandbox.root, 'go-module-warden', 'report.json'), 'utf8'),
    ).resolves.toContain('"schemaVersion": 1');
  });

  it("dist/cli never prints the relay's per-run path token, whichever step quotes a relay URL", async () => {
    const sandbox = await freshSandbox();
    const result = await run(
      'node',
      [CLI, 'check', project, '--proxy', proxy.url, '--sumdb', sumdb.gosumdb],
      {
        env: { ...sandbox.env, RUNNER_TEMP: sandbox.root },
      },
    );
    expect(result.code).toBe(0);
    // The checksum step names the route it took (the relay's /sumdb/), so a relay URL is in the log.
    expect(result.stderr).toMatch(/http:\/\/127\.0\.0\.1:\d+\/(\*\*\*|<token>)/);
    expect(result.stderr).not.toMatch(/127\.0\.0\.1:\d+\/(?!\*\*\*|<token>)[A-Za-z0-9_-]{16,}/);
  });

  it('dist/cli exits 3 and names the module when the proxy fails it', async () => {
    const sandbox = await freshSandbox();
    proxy.setFault(
      { module: 'example.test/gamma/v2', kind: 'zip' },
      { kind: 'status', status: 503, body: 'maintenance window' },
    );
    const result = await run(
      'node',
      [CLI, 'check', project, '--proxy', proxy.url, '--sumdb', sumdb.gosumdb],
      {
        env: { ...sandbox.env, RUNNER_TEMP: sandbox.root },
      },
    );
    expect(result.code).toBe(3);
    // The verdict is the last line, so it is what stays on screen.
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^go-module-warden: FAILED/);
    // go tried direct after the relay failed; the report still leads with the upstream's answer.
    expect(result.stdout).toMatch(
      /example\.test\/gamma\/v2@v2\.1\.0: the relay answered 502: .*503 Service Unavailable: maintenance window/,
    );
  });

  it('dist/cli exits 2 with one clear line for a bad flag value, and no stack trace', async () => {
    const sandbox = await freshSandbox();
    const result = await run('node', [CLI, 'check', project, '--latency-budget', '2300'], {
      env: sandbox.env,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--latency-budget: '2300' has no unit; did you mean '2300ms'/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  async function runAction(sandbox: GoSandbox, inputs: Record<string, string>) {
    const files = { summary: 'summary.md', output: 'output.txt', state: 'state.txt' };
    for (const name of Object.values(files)) await fs.writeFile(path.join(sandbox.root, name), '');
    const env: NodeJS.ProcessEnv = {
      ...sandbox.env,
      GITHUB_ACTIONS: 'true',
      RUNNER_TEMP: sandbox.root,
      GITHUB_STEP_SUMMARY: path.join(sandbox.root, files.summary),
      GITHUB_OUTPUT: path.join(sandbox.root, files.output),
      GITHUB_STATE: path.join(sandbox.root, files.state),
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const result = await run('node', [MAIN], { env });
    const read = (name: string) => fs.readFile(path.join(sandbox.root, name), 'utf8');
    return {
      result,
      summary: await read(files.summary),
      outputs: parseCommandFile(await read(files.output)),
    };
  }

  it('dist/main writes outputs and a summary whose first line says it passed', async () => {
    const sandbox = await freshSandbox();
    const { result, summary, outputs } = await runAction(sandbox, {
      'working-directory': project,
      proxy: proxy.url,
      sumdb: sumdb.gosumdb,
      cache: 'false',
      'cache-backend': 'local',
    });
    expect(result.code).toBe(0);
    expect(summary.split('\n')[0]).toBe('## ✅ Go Module Warden passed: 7 modules');
    expect(outputs).toMatchObject({ result: 'passed', modules: '7', 'checksum-failures': '0' });
    expect(outputs['report-file']).toBe(path.join(sandbox.root, 'go-module-warden', 'report.json'));
  });

  it('dist/main fails the step, says so in the first line of the summary and annotates the module', async () => {
    const sandbox = await freshSandbox();
    proxy.setFault({ module: 'example.test/beta', kind: 'zip' }, { kind: 'alter' });
    const { result, summary, outputs } = await runAction(sandbox, {
      'working-directory': project,
      proxy: proxy.url,
      sumdb: sumdb.gosumdb,
      'warn-only': 'true',
      cache: 'false',
      'cache-backend': 'local',
    });
    expect(result.code).toBe(1);
    expect(summary.split('\n')[0]).toMatch(/^## ❌ Go Module Warden failed/);
    expect(summary).toMatch(/\*\*SECURITY\*\* \(checksum\) <code>example\.test\/beta&#64;v1\.1\.0<\/code>/);
    expect(outputs.result).toBe('failed');
    expect(result.stdout).toMatch(
      /::error title=Go Module Warden%3A checksum::example\.test\/beta@v1\.1\.0: /,
    );
  });

  it('dist/main keeps a proxy credential out of the log, the summary, the outputs and the JSON report', async () => {
    const sandbox = await freshSandbox();
    const secret = 's3cr3t-T0ken-9f2';
    const privateProxy = await startFixtureProxy(world.graph.modules, {
      auth: { username: 'ci-bot', password: secret },
    });
    try {
      const withUser = privateProxy.url.replace('http://', `http://ci-bot:${secret}@`);
      const { result, summary, outputs } = await runAction(sandbox, {
        'working-directory': project,
        proxy: withUser,
        sumdb: sumdb.gosumdb,
        cache: 'false',
        'cache-backend': 'local',
      });
      expect(result.code).toBe(0);
      expect(outputs.result).toBe('passed');
      // The credential did reach the proxy (every module came through it) ...
      expect(privateProxy.requests.filter((r) => r.kind === 'zip' && r.status === 200)).toHaveLength(5);
      // ... and nothing we wrote holds it.
      const report = await fs.readFile(outputs['report-file'], 'utf8');
      // (The runner reads ::add-mask:: commands and never prints them; everything else must be clean.)
      const log = result.stdout.replace(/^::add-mask::.*$/gm, '');
      for (const text of [log, result.stderr, summary, JSON.stringify(outputs), report]) {
        expect(text).not.toContain(secret);
      }
      expect(result.stdout).toContain(`::add-mask::${secret}`);
    } finally {
      await privateProxy.close();
    }
  });

  it('dist/main stops on a bad input before running anything, naming the input in the summary', async () => {
    const sandbox = await freshSandbox();
    const { result, summary } = await runAction(sandbox, {
      'working-directory': project,
      fallback: 'mirror',
    });
    expect(result.code).toBe(1);
    expect(summary.split('\n')[0]).toMatch(
      /^## ❌ Go Module Warden failed: Input &#39;fallback&#39;: &#39;mirror&#39; is not a fallback/,
    );
    expect(result.stdout).toMatch(/::error::Input 'fallback': 'mirror' is not a fallback/);
    expect(result.stdout).not.toMatch(/\n\s+at /);
  });
});
