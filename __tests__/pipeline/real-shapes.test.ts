import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { realShapesBuildList, realShapesGraph } from '../../test-support/fixture-shapes.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import { runPipelineIn } from '../../test-support/pipeline-harness.js';

// The real-shapes graph (test-support/fixture-shapes.ts) through the whole pipeline and the relay.
// Goes green once the relay accepts every version form go does (issue #15: `+incompatible` was
// answered with the relay's own 404); test-bed/real-shapes.test.ts shows go itself accepts them.
describe('the pipeline through the relay on the real shapes of build lists', () => {
  let world: FixtureWorld;
  beforeAll(async () => {
    world = await startFixtureWorld(realShapesGraph());
  });
  afterAll(async () => {
    await world?.close();
  });

  it('relays, verifies and reports every shape: +incompatible, gopkg.in, pseudo-versions, a retracted version, a replace at a pseudo-version, deep, dotted and upper-case paths', async () => {
    const sandbox = await world.freshSandbox();
    const { report } = await runPipelineIn(sandbox, world.project, {
      proxy: world.proxy.url,
      sumdb: world.sumdb.gosumdb,
      fallback: 'none',
      'license-allow': 'MIT,ISC,BSD-3-Clause,Apache-2.0',
    });
    expect(report.findings).toEqual([]);
    expect(report.status).toBe('passed');
    const proxied = report.modules.filter((m) => !m.main);
    expect(proxied.map((m) => `${m.path}@${m.version}`).sort()).toEqual(realShapesBuildList().listed);
    for (const m of proxied) {
      expect({ module: m.path, checksum: m.checksum, route: m.route?.kind }).toEqual({
        module: m.path,
        checksum: 'verified',
        route: 'proxy',
      });
    }
  });
});
