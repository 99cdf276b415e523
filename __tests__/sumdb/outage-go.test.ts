import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { exitCodeFor } from '../../src/report/outcome.js';
import { startFixtureProxy, type FixtureProxy } from '../../test-support/fixture-proxy.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import { runPipelineIn } from '../../test-support/pipeline-harness.js';
import { MemoryLogger } from '../../src/logger.js';
import { until } from '../../test-support/until.js';

/**
 * The checksum database down on every route, with the real go and the real pipeline: the relay
 * (a proxy that relays /sumdb/ to the test database, which answers 503) and the database itself
 * at https://<name> (through HTTPS_PROXY, an egress proxy on loopback that refuses CONNECT).
 */
describe('a checksum database outage, with the real go', () => {
  let world: FixtureWorld;
  let proxy: FixtureProxy;
  let egress: http.Server;
  let egressUrl: string;
  const connects: string[] = [];

  beforeAll(async () => {
    world = await startFixtureWorld();
    proxy = await startFixtureProxy(world.graph.modules, { sumdbBase: world.sumdb.url });
    egress = http.createServer((_, res) => res.writeHead(502).end());
    egress.on('connect', (req, socket) => {
      connects.push(req.url ?? '');
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    });
    await new Promise<void>((resolve) => egress.listen(0, '127.0.0.1', resolve));
    egressUrl = `http://127.0.0.1:${(egress.address() as AddressInfo).port}`;
  });
  afterEach(() => {
    world.sumdb.tamper.status = undefined;
    world.sumdb.tamper.lookup.clear();
  });
  afterAll(async () => {
    await proxy?.close();
    await new Promise((resolve) => egress?.close(resolve));
    await world?.close();
  });

  const inputs = () => ({ proxy: proxy.url, sumdb: world.sumdb.verifierKey, 'latency-budget': '500ms' });

  it('passes a warm run with one offline-proof warning and no lookup', async () => {
    const sandbox = await world.freshSandbox();
    const env = { HTTPS_PROXY: egressUrl };
    const cold = await runPipelineIn(sandbox, world.project, inputs(), env);
    // The cold run only fills the cache (its proxy may be slow on a loaded machine: a warning, not the subject).
    expect(cold.report.findings.filter((f) => f.area !== 'proxy')).toEqual([]);
    expect(cold.report.checksums?.verified).toBe(world.graph.modules.length);

    // Warm and reachable: every line proven from the stored records; one request refreshes the tree.
    const reachable = world.sumdb.requests.length;
    const warm = await runPipelineIn(sandbox, world.project, inputs(), env);
    expect(warm.report.findings).toEqual([]);
    expect(warm.report.checksums?.requests).toMatchObject({ lookups: 0, sent: 1 });
    expect(world.sumdb.requests.slice(reachable).map((r) => r.path)).toEqual(['/latest']);

    world.sumdb.tamper.status = 503;
    const before = world.sumdb.requests.length;
    const { report } = await runPipelineIn(sandbox, world.project, inputs(), env);
    expect(report.status).toBe('warned');
    expect(exitCodeFor(report.status, report.findings)).toBe(0);
    expect(report.checksums?.requests.lookups).toBe(0);
    expect(world.sumdb.requests.slice(before).filter((r) => r.kind === 'lookup')).toEqual([]);
    expect(report.findings).toEqual([
      expect.objectContaining({
        kind: 'infrastructure',
        severity: 'warning',
        area: 'checksum',
        message: expect.stringMatching(
          new RegExp(
            `${world.graph.modules.length} module\\(s\\) verified offline against tree \\d+ .*not refreshed`,
          ),
        ),
      }),
    ]);
    for (const m of world.graph.modules)
      expect(report.modules.find((e) => e.path === m.path)?.checksum).toBe('verified-offline');
    // The reason names the relay by its upstream, never by its loopback URL and masked token.
    const offline = report.findings[0].message;
    expect(offline).toContain(`/latest through the relay (${new URL(proxy.url).host})`);
    expect(offline).not.toMatch(/127\.0\.0\.1:\d+\/[^ ]*sumdb/);
    // Both routes were tried: the relay (503 from the database behind it) and the database itself.
    expect(connects).toContain(`${world.sumdb.name}:443`);
  }, 120_000);

  it('fails a cold run per sumdb-unavailable, naming each module', async () => {
    const sandbox = await world.freshSandbox();
    world.sumdb.tamper.status = 503;
    const { report } = await runPipelineIn(sandbox, world.project, inputs(), { HTTPS_PROXY: egressUrl });
    expect(report.status).toBe('failed');
    const unavailable = report.findings.filter((f) => f.area === 'checksum');
    expect(unavailable).toHaveLength(1);
    expect(unavailable[0]).toMatchObject({ kind: 'infrastructure' });
    expect(unavailable[0].severity).toBeUndefined();
    for (const m of world.graph.modules) expect(unavailable[0].message).toContain(`${m.path}@${m.version}`);
    for (const m of world.graph.modules)
      expect(report.modules.find((e) => e.path === m.path)?.checksum).toBe('unchecked');
  }, 120_000);
  it('calls a 404 for one line "no record" (a warning), verifies the others, and names a targeted failure', async () => {
    const [first, second] = world.graph.modules;
    world.sumdb.tamper.lookup.set(`${first.path}@${first.version}`, 404);
    const { report } = await runPipelineIn(await world.freshSandbox(), world.project, inputs(), {
      HTTPS_PROXY: egressUrl,
    });
    expect(report.status).toBe('warned');
    expect(report.modules.find((m) => m.path === first.path)?.checksum).toBe('no-record');
    expect(report.checksums?.verified).toBe(world.graph.modules.length - 1);
    expect(report.findings).toEqual([
      expect.objectContaining({ kind: 'policy', severity: 'warning', module: first.path }),
    ]);

    world.sumdb.tamper.lookup.set(`${first.path}@${first.version}`, 503);
    world.sumdb.tamper.lookup.set(`${second.path}@${second.version}`, 503);
    const targeted = await runPipelineIn(await world.freshSandbox(), world.project, inputs(), {
      HTTPS_PROXY: egressUrl,
    });
    expect(targeted.report.status).toBe('failed');
    // (The relay may add a warning of its own: today one breaker per upstream counts sumdb 503s too.)
    const checksumFindings = targeted.report.findings.filter((f) => f.area === 'checksum');
    expect(checksumFindings.map((f) => [f.kind, f.module])).toEqual([
      ['infrastructure', first.path],
      ['infrastructure', second.path],
    ]);
    expect(targeted.report.checksums?.verified).toBe(world.graph.modules.length - 2);
  }, 120_000);

  it('stops with a security failure (exit 1) when the remembered tree note was edited', async () => {
    const sandbox = await world.freshSandbox();
    const cold = await runPipelineIn(sandbox, world.project, inputs(), { HTTPS_PROXY: egressUrl });
    expect(cold.report.status).toBe('passed');
    const file = path.join(
      sandbox.env.GOMODCACHE as string,
      'cache',
      'download',
      'sumdb',
      world.sumdb.name,
      'latest',
    );
    const note = await fs.readFile(file, 'utf8');
    await fs.writeFile(
      file,
      note.replace(
        /^(go.sum database tree\n)(\d+)/,
        (_, head: string, n: string) => `${head}${Number(n) + 1}`,
      ),
    );
    const { report } = await runPipelineIn(sandbox, world.project, inputs(), { HTTPS_PROXY: egressUrl });
    expect(report.status).toBe('failed');
    expect(exitCodeFor(report.status, report.findings)).toBe(1);
    expect(report.findings).toEqual([
      expect.objectContaining({
        kind: 'security',
        message: expect.stringMatching(/reading tree note .*latest: .*invalid signature/),
      }),
    ]);
  }, 120_000);

  it('asks a hanging database for its latest tree while go primes a warm cache, not after: the wait overlaps', async () => {
    const sandbox = await world.freshSandbox();
    const env = { HTTPS_PROXY: egressUrl };
    expect((await runPipelineIn(sandbox, world.project, inputs(), env)).report.status).toBe('passed');
    world.sumdb.tamper.hang = true;
    const latest = (): number => world.sumdb.requests.filter((r) => r.path === '/latest').length;
    const before = latest();
    // How many /latest requests the database had seen before the checksum step could begin: it
    // begins after the build list (beside the license step, so its own group comes later).
    let seenAtStep: number | undefined;
    const logger = new MemoryLogger();
    const group = logger.group.bind(logger);
    logger.group = async (title, fn) => {
      if (title === 'Build list (go list -m -json all)') {
        // A warm exact hit reuses its build list and skips priming, so the step can begin a moment
        // after the request left: one already in flight arrives on its own; one the step would
        // send never does, and the count stays 0.
        await until(() => latest() - before >= 1, {
          timeoutMs: 5_000,
          what: '/latest at the database',
        }).catch(() => undefined);
        seenAtStep = latest() - before;
      }
      return group(title, fn);
    };
    try {
      const { report } = await runPipelineIn(sandbox, world.project, inputs(), env, { logger });
      expect(report.status).toBe('warned');
      expect(report.checksums?.verifiedOffline).toBe(world.graph.modules.length);
      expect(report.checksums?.requests.lookups).toBe(0);
    } finally {
      world.sumdb.tamper.hang = false;
    }
    expect(seenAtStep).toBeGreaterThanOrEqual(1);
  }, 120_000);
});
