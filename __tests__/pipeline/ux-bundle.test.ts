import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import { run } from '../../test-support/go-sandbox.js';
import { copyDist } from '../../test-support/dist-copy.js';

// What a user sees of the CLI, through the committed bundle run from a shell: every bad input at
// once, a failing run's fix that runs as printed, --quiet with its problems, a table that fits an
// 80-column log with no box drawing, and the verdict last.
describe('dist/cli as a user reads it', () => {
  let world: FixtureWorld;
  let cli = '';
  let distCopy = '';

  beforeAll(async () => {
    distCopy = await copyDist();
    cli = path.join(distCopy, 'cli', 'index.js');
    world = await startFixtureWorld();
  });
  afterAll(async () => {
    await world?.close();
    if (distCopy) await fs.rm(distCopy, { recursive: true, force: true });
  });

  /** The CLI from bash, as a user pastes it; `extra` is shell text appended as printed. */
  async function check(extra: string, env: NodeJS.ProcessEnv = {}) {
    const sandbox = await world.freshSandbox();
    const command = `node '${cli}' check '${world.project}' --proxy '${world.proxy.url}' --sumdb '${world.sumdb.gosumdb}' --cache false ${extra}`;
    return run('bash', ['-c', command], { env: { ...sandbox.env, RUNNER_TEMP: sandbox.root, ...env } });
  }

  it('names every bad input in one run, with exit 2 and no stack trace', async () => {
    const result = await check(
      "--latency-budget 2300 --private 'x/*;y' --license-scope everything --unknown-license maybe",
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--latency-budget: '2300' has no unit; did you mean '2300ms'/);
    expect(result.stderr).toMatch(/--private: 'x\/\*;y' contains ';'/);
    expect(result.stderr).toMatch(/--license-scope/);
    expect(result.stderr).toMatch(/--unknown-license/);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
  }, 120_000);

  it('prints a fix that runs as printed: the failing run passes with the --license-allow line pasted', async () => {
    const failed = await check("--license-allow 'MIT, BSD-3-Clause, ISC'", { COLUMNS: '80' });
    expect(failed.code).toBe(1);
    const lines = failed.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^go-module-warden: FAILED/);
    // Off a terminal: plain text that fits the log's 80 columns, no box drawing, no colour.
    const wide = lines.filter((line) => line.length > 80);
    expect(wide).toEqual([]);
    expect(failed.stdout).not.toMatch(/[\u2500-\u257f]/);
    expect(failed.stdout).not.toContain('\u001b['); // no colour codes
    const allow = /--license-allow '[^']*'/.exec(failed.stdout);
    expect(allow).not.toBeNull();
    expect(allow![0]).toContain('Apache-2.0');
    const fixed = await check(allow![0]);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout.trimEnd().split('\n').at(-1)).toMatch(/^go-module-warden: PASSED/);

    const exceptions = /--license-exceptions '[^']*'/.exec(failed.stdout);
    expect(exceptions).not.toBeNull();
    const excepted = await check(`--license-allow 'MIT, BSD-3-Clause, ISC' ${exceptions![0]}`);
    expect(excepted.code).toBe(0);
  }, 300_000);

  it('--quiet prints the problems and then the verdict', async () => {
    const result = await check("--license-allow 'MIT, BSD-3-Clause, ISC' --quiet");
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^go-module-warden: FAILED/);
    expect(lines.slice(0, -1).some((l) => /Apache-2\.0/.test(l) && /example\.test\//.test(l))).toBe(true);
  }, 120_000);
});
