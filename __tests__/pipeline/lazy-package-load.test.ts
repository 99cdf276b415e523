import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { LocalBackend } from '../../src/cache/local-backend.js';
import { MemoryLogger } from '../../src/logger.js';
import { runWarden } from '../../src/run.js';
import { installGoWrapper, type GoWrapper } from '../../test-support/go-wrapper.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import { removeTree, type GoSandbox } from '../../test-support/go-sandbox.js';

/**
 * A cold run loads packages (`go list -deps`, seconds on a large project) only when something
 * needs what it finds (issue #29): license-scope `imports`, the shipped scope of a gating policy,
 * or a go.sum that may lack a zip line the build needs. The real go runs behind a wrapper on PATH
 * that logs every invocation, so "no package was loaded" is checked on the processes themselves.
 */
describe('a cold run loads packages only when something needs them', () => {
  let world: FixtureWorld;
  let sandbox: GoSandbox;
  let go: GoWrapper;

  beforeAll(async () => {
    world = await startFixtureWorld();
    sandbox = await world.freshSandbox();
    go = await installGoWrapper(sandbox);
  });
  afterAll(async () => {
    await world?.close();
  });

  async function runCold(name: string, inputs: Record<string, string> = {}, project = world.project) {
    await removeTree(sandbox.env.GOMODCACHE as string);
    const temp = path.join(sandbox.root, `temp-${name}`);
    await fs.mkdir(temp, { recursive: true });
    await go.forget();
    const logger = new MemoryLogger();
    const result = await runWarden(
      {
        'working-directory': project,
        proxy: world.proxy.url,
        sumdb: `${world.sumdb.verifierKey} ${world.sumdb.url}`,
        cache: 'false',
        'report-file': path.join(temp, 'report.json'),
        ...inputs,
      },
      { ...sandbox.env, PATH: go.path, RUNNER_TEMP: temp },
      logger,
      { cacheBackend: (_kind, dir) => new LocalBackend(dir) },
    );
    const invocations = await go.invocations();
    return { ...result, packageLoads: invocations.filter((a) => /^list .*-deps/.test(a)) };
  }

  it('a report-only run with a complete go.sum loads no package', async () => {
    const cold = await runCold('report-only');
    expect(cold.report.status).toBe('passed');
    expect(cold.report.licenses?.gating).toBe(false);
    expect(cold.packageLoads).toEqual([]);
  });

  it('license-scope imports loads the packages once, tests included, and reports what they import', async () => {
    const cold = await runCold('imports', { 'license-scope': 'imports' });
    expect(cold.report.status).toBe('passed');
    expect(cold.packageLoads).toEqual([expect.stringMatching(/^list -mod=readonly -deps -test /)]);
    expect(cold.report.modules.find((m) => m.path === 'example.test/delta')?.imported).toBe(true);
  });

  it('a go.sum without the zip line of a module go.mod lists still fails, naming it, through go list -deps', async () => {
    const copy = path.join(sandbox.root, 'project-without-a-zip-line');
    await fs.cp(world.project, copy, { recursive: true });
    const goSum = await fs.readFile(path.join(copy, 'go.sum'), 'utf8');
    const trimmed = goSum
      .split('\n')
      .filter((l) => !l.startsWith('example.test/Upper v1.2.0 h1:'))
      .join('\n');
    await fs.writeFile(path.join(copy, 'go.sum'), trimmed);
    const cold = await runCold('missing-zip-line', {}, copy);
    expect(cold.packageLoads).toHaveLength(1);
    expect(cold.report.findings).toEqual([
      expect.objectContaining({
        kind: 'config',
        message: expect.stringMatching(/go\.sum is missing entries \(first: example\.test\/Upper\b/),
      }),
    ]);
    expect(await fs.readFile(path.join(copy, 'go.sum'), 'utf8')).toBe(trimmed);
  });
});
