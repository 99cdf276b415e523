import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { Deadline } from '../../src/deadline.js';
import { boundedRunner } from '../../src/go/bounded-runner.js';
import { spawnGo, type GoRunner } from '../../src/go/go-command.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import { runPipelineIn } from '../../test-support/pipeline-harness.js';

/** A clock that moves only when told to. */
function fakeClock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}

describe('one deadline for the whole run', () => {
  it('counts down from the start and never goes below zero', () => {
    const clock = fakeClock();
    const deadline = new Deadline(5_000, clock.now);
    expect(deadline.remainingMs()).toBe(5_000);
    clock.advance(3_000);
    expect(deadline.remainingMs()).toBe(2_000);
    expect(deadline.expired()).toBe(false);
    clock.advance(4_000);
    expect(deadline.remainingMs()).toBe(0);
    expect(deadline.expired()).toBe(true);
  });

  it('gives each go command what is left, not a fresh timeout', async () => {
    const clock = fakeClock();
    const given: (number | undefined)[] = [];
    const slow: GoRunner = async (_args, options) => {
      given.push(options.timeoutMs);
      clock.advance(2_000);
      return { code: 0, stdout: '', stderr: '', timedOut: false };
    };
    const run = boundedRunner(slow, { deadline: new Deadline(5_000, clock.now) });
    for (let i = 0; i < 4; i++) await run(['version'], { cwd: '.', env: {}, timeoutMs: 5_000 });
    expect(given).toEqual([5_000, 3_000, 1_000, 0]);
  });

  it('does not start go once the deadline has passed, and answers as a timeout', async () => {
    // PATH without go: starting it would fail with "go not found"; a spent deadline never starts it.
    let watchdog = 0;
    const result = await spawnGo(['version'], {
      cwd: '.',
      env: { PATH: '/nonexistent' },
      timeoutMs: 0,
      onTimeout: () => watchdog++,
    });
    expect(result).toEqual({ code: -1, stdout: '', stderr: '', timedOut: true });
    expect(watchdog).toBe(1);
  });
});

describe('the pipeline under one deadline (real go, fixture proxy)', () => {
  let world: FixtureWorld;
  beforeAll(async () => {
    world = await startFixtureWorld();
  });
  afterEach(() => world.proxy.clearFaults());
  afterAll(async () => {
    await world?.close();
  });

  it('passes download, list and list -deps what is left of one timeout (a fake clock, 15 s per command)', async () => {
    const clock = fakeClock();
    const given: { command: string; timeoutMs: number | undefined }[] = [];
    const recording: GoRunner = async (args, options) => {
      given.push({ command: args.slice(0, 2).join(' '), timeoutMs: options.timeoutMs });
      const result = await spawnGo(args, { ...options, timeoutMs: undefined });
      clock.advance(15_000);
      return result;
    };
    const sandbox = await world.freshSandbox();
    const { report } = await runPipelineIn(
      sandbox,
      world.project,
      // imports: one go list -deps -test, which a report-only run with a complete go.sum skips.
      { proxy: world.proxy.url, sumdb: world.sumdb.gosumdb, timeout: '60s', 'license-scope': 'imports' },
      {},
      { runGo: recording, now: clock.now },
    );
    expect(report.findings).toEqual([]);
    expect(given).toEqual([
      { command: 'env -json', timeoutMs: 60_000 },
      { command: 'mod download', timeoutMs: 45_000 },
      { command: 'list -mod=readonly', timeoutMs: 30_000 },
      { command: 'list -mod=readonly', timeoutMs: 15_000 },
    ]);
  });

  it('ends a run whose proxy hangs at the timeout, and starts no go list after it', async () => {
    world.proxy.setFault({ kind: 'zip' }, { kind: 'hang' });
    const commands: string[] = [];
    const recording: GoRunner = (args, options) => {
      commands.push(`${args.slice(0, 3).join(' ')} (${options.timeoutMs === 0 ? 'not started' : 'run'})`);
      return spawnGo(args, options);
    };
    const sandbox = await world.freshSandbox();
    const { report } = await runPipelineIn(
      sandbox,
      world.project,
      {
        proxy: world.proxy.url,
        sumdb: world.sumdb.gosumdb,
        timeout: '2s',
        'latency-budget': '1s',
        fallback: 'none',
      },
      {},
      { runGo: recording },
    );
    expect(report.status).toBe('failed');
    expect(report.findings.map((f) => f.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^priming did not finish within the timeout \(2s\)/),
        expect.stringMatching(/the run's timeout \(2s\) was reached while priming/),
      ]),
    );
    expect(commands.filter((c) => c.startsWith('list') && c.endsWith('(run)'))).toEqual([]);
  });
});
