import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { exitCodeFor } from '../../src/report/outcome.js';
import { type FixtureProxy, startFixtureProxy } from '../../test-support/fixture-proxy.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import { runPipelineIn } from '../../test-support/pipeline-harness.js';

// The relay's verdict on altered bytes, as the whole run reports it.
describe('the pipeline when one upstream serves altered bytes and the next one serves them right', () => {
  let world: FixtureWorld;
  let secondary: FixtureProxy;

  beforeAll(async () => {
    world = await startFixtureWorld();
    secondary = await startFixtureProxy(world.graph.modules, { name: 'secondary' });
  });

  afterAll(async () => {
    await secondary?.close();
    await world?.close();
  });

  it('fails with a security finding naming the upstream, even in warn-only, though go got the right bytes', async () => {
    world.proxy.setFault({ module: 'example.test/delta', kind: 'zip' }, { kind: 'alter' });
    const sandbox = await world.freshSandbox();
    const { report } = await runPipelineIn(sandbox, world.project, {
      proxy: `${world.proxy.url},${secondary.url}`,
      sumdb: world.sumdb.gosumdb,
      'warn-only': 'true',
    });
    expect(report.download).toMatchObject({ failed: [] });
    expect(report.status).toBe('failed');
    expect(report.findings[0]).toMatchObject({
      kind: 'security',
      area: 'checksum',
      module: 'example.test/delta',
      message: expect.stringContaining(
        `upstream ${new URL(world.proxy.url).host} served a .zip that does not match go.sum`,
      ),
    });
    expect(report.proxy?.security).toHaveLength(1);
    expect(exitCodeFor(report.status, report.findings)).toBe(1);
  });
});
