import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startFixtureProxy } from '../../test-support/fixture-proxy.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import type { GoSandbox } from '../../test-support/go-sandbox.js';
import { killGroup, processesWithEnv, startChild } from '../../test-support/processes.js';
import { summaryContradictions } from '../../test-support/summary-facts.js';
import { until } from '../../test-support/until.js';

// SIGINT/SIGTERM while `go` waits on a hanging proxy: go's process group is killed, the relay
// stops, the partial report is written (marked cancelled) and the process exits 130/143, leaving
// no process and no temporary file behind. Through the TypeScript source (tsx) and the bundles.
// Each entry once, each signal on each entry kind and on each form (source, bundle).
type Entry = {
  name: string;
  args: (dist: string) => string[];
  action: boolean;
  signal: 'SIGINT' | 'SIGTERM';
};
const tsx = (file: string) => () => ['--import', 'tsx', path.resolve(file)];
const ENTRIES: Entry[] = [
  { name: 'src/cli.ts', args: tsx('src/cli.ts'), action: false, signal: 'SIGINT' },
  {
    name: 'dist/cli',
    args: (dist) => [path.join(dist, 'cli', 'index.js')],
    action: false,
    signal: 'SIGTERM',
  },
  { name: 'src/main.ts', args: tsx('src/main.ts'), action: true, signal: 'SIGTERM' },
  {
    name: 'dist/main',
    args: (dist) => [path.join(dist, 'main', 'index.js')],
    action: true,
    signal: 'SIGINT',
  },
];

describe('a run cancelled by a signal', () => {
  let world: FixtureWorld;
  let distCopy = '';
  const children: { child: import('node:child_process').ChildProcess }[] = [];

  beforeAll(async () => {
    distCopy = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-dist-'));
    await fs.cp(path.resolve('dist'), distCopy, { recursive: true });
    world = await startFixtureWorld();
  });
  afterEach(() => {
    world.proxy.clearFaults();
    for (const c of children.splice(0)) killGroup(c.child);
  });
  afterAll(async () => {
    await world?.close();
    if (distCopy) await fs.rm(distCopy, { recursive: true, force: true });
  });

  function inputs(sandbox: GoSandbox, overrides: Record<string, string> = {}): Record<string, string> {
    return {
      'working-directory': world.project,
      proxy: world.proxy.url,
      sumdb: world.sumdb.gosumdb,
      // Long enough that only the signal ends the run.
      'latency-budget': '10m',
      timeout: '20m',
      fallback: 'none',
      cache: 'false',
      'cache-backend': 'local',
      'report-file': path.join(sandbox.root, 'out', 'report.json'),
      ...overrides,
    };
  }

  async function startHangingRun(
    entry: Entry,
    sandbox: GoSandbox,
    marker: string,
    overrides: Record<string, string> = {},
    proxy = world.proxy,
    alsoHanging: () => boolean = () => true,
  ) {
    const env: NodeJS.ProcessEnv = { ...sandbox.env, RUNNER_TEMP: sandbox.root, GMW_TEST_RUN: marker };
    let args = entry.args(distCopy);
    if (entry.action) {
      env.GITHUB_ACTIONS = 'true';
      for (const name of ['summary.md', 'output.txt', 'state.txt']) {
        await fs.writeFile(path.join(sandbox.root, name), '');
      }
      env.GITHUB_STEP_SUMMARY = path.join(sandbox.root, 'summary.md');
      env.GITHUB_OUTPUT = path.join(sandbox.root, 'output.txt');
      env.GITHUB_STATE = path.join(sandbox.root, 'state.txt');
      for (const [name, value] of Object.entries(inputs(sandbox, overrides)))
        env[`INPUT_${name.toUpperCase()}`] = value;
    } else {
      const flags = Object.entries(inputs(sandbox, overrides)).flatMap(([name, value]) =>
        name === 'working-directory' ? [] : [`--${name}`, value],
      );
      args = [...args, 'check', world.project, ...flags];
    }
    const seen = proxy.requests.length;
    const started = startChild('node', args, env);
    children.push(started);
    // The moment to cancel: go is running and a zip request hangs at the proxy.
    await until(
      async () =>
        proxy.requests.slice(seen).some((r) => r.fault === 'hang') &&
        alsoHanging() &&
        (await processesWithEnv(`GMW_TEST_RUN=${marker}`)).some((p) => p.endsWith(' go')),
      { timeoutMs: 30_000, everyMs: 50, what: 'go running with a zip request hanging at the proxy' },
    );
    return started;
  }

  it.each(ENTRIES.map((entry) => ({ entry, signal: entry.signal, label: `${entry.name} ${entry.signal}` })))(
    '$label: kills go, writes the partial report and exits 128+n',
    async ({ entry, signal }) => {
      world.proxy.setFault({ kind: 'zip' }, { kind: 'hang' });
      const sandbox = await world.freshSandbox();
      const marker = randomUUID();
      const { child, exited, output } = await startHangingRun(entry, sandbox, marker);
      process.kill(child.pid as number, signal);
      const code = await exited;
      expect({ code, output: code === (signal === 'SIGINT' ? 130 : 143) ? '' : output() }).toEqual({
        code: signal === 'SIGINT' ? 130 : 143,
        output: '',
      });
      expect(await processesWithEnv(`GMW_TEST_RUN=${marker}`)).toEqual([]);
      const outDir = path.join(sandbox.root, 'out');
      expect(await fs.readdir(outDir)).toEqual(['report.json']);
      const report = JSON.parse(await fs.readFile(path.join(outDir, 'report.json'), 'utf8'));
      expect(report).toMatchObject({ status: 'failed', cancelled: true });
      expect(report.findings[0].message).toMatch(new RegExp(`^cancelled by ${signal}`));
      if (entry.action) {
        const summary = await fs.readFile(path.join(sandbox.root, 'summary.md'), 'utf8');
        expect(summary.split('\n')[0]).toMatch(/^## ❌ Go Module Warden failed/);
        expect(summary).toContain(`cancelled by ${signal}`);
        expect(summaryContradictions(summary, report)).toEqual([]);
        // A cancelled main step hands nothing to the post step: no cache save of a partial cache.
        expect(await fs.readFile(path.join(sandbox.root, 'state.txt'), 'utf8')).toBe('');
      }
    },
  );

  it('stops at once while checksum lookups hang in the relay (asked in process), with a 10-minute budget', async () => {
    // The default shape: the proxy relays the database, GOSUMDB names only the key.
    const relaying = await startFixtureProxy(world.graph.modules, { sumdbBase: world.sumdb.url });
    relaying.setFault({ kind: 'zip' }, { kind: 'hang' });
    world.sumdb.tamper.hang = true;
    try {
      const sandbox = await world.freshSandbox();
      const marker = randomUUID();
      const lookups = world.sumdb.requests.length;
      const { child, exited } = await startHangingRun(
        ENTRIES[0],
        sandbox,
        marker,
        { proxy: relaying.url, sumdb: world.sumdb.verifierKey },
        relaying,
        () => world.sumdb.requests.slice(lookups).some((r) => r.path.startsWith('/lookup/')),
      );
      process.kill(child.pid as number, 'SIGINT');
      expect(await exited).toBe(130);
      expect(await processesWithEnv(`GMW_TEST_RUN=${marker}`)).toEqual([]);
      const report = JSON.parse(await fs.readFile(path.join(sandbox.root, 'out', 'report.json'), 'utf8'));
      expect(report).toMatchObject({ status: 'failed', cancelled: true });
    } finally {
      world.sumdb.tamper.hang = false;
      await relaying.close();
    }
  });
});
