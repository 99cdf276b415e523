import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cacheServiceEnv } from '../../test-support/cache-service.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import type { GoSandbox } from '../../test-support/go-sandbox.js';
import { CLI, runEntry } from './cli-harness.js';

/** A cache service that accepts every connection and request and never answers. */
async function startHangingService(): Promise<{ url: string; calls: string[]; close(): Promise<void> }> {
  const calls: string[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((req) => {
    calls.push(req.url?.split('/').pop()?.split('?')[0] ?? '');
    // Read the body, answer nothing.
    req.resume();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

interface Finding {
  severity: string;
  message: string;
}

// Every wait bounded: a GitHub cache service that accepts the connection and never answers held
// the step 300 s (undici's header timeout), whatever `timeout` said. Every call now gets what the
// run's one deadline leaves it: the restore goes on as a miss, the save is skipped, one warning each,
// and the process exits (no request left hanging on a socket).
describe('a GitHub cache service that never answers', () => {
  let world: FixtureWorld;
  let sandbox: GoSandbox;
  let service: Awaited<ReturnType<typeof startHangingService>>;

  beforeAll(async () => {
    world = await startFixtureWorld();
    sandbox = await world.freshSandbox();
    service = await startHangingService();
  });
  afterAll(async () => {
    await service?.close();
    await world?.close();
  });

  it('bounds the lookup and the save by the run deadline: a miss, no save, a verdict, an exit', async () => {
    // The run passes; the two cache warnings make it 'warned'.
    const report = path.join(sandbox.root, 'report.json');
    const runnerTemp = path.join(sandbox.root, 'runner-temp');
    await fs.mkdir(runnerTemp, { recursive: true });
    const result = await runEntry(
      CLI,
      [
        'check',
        world.project,
        `--proxy=${world.proxy.url}`,
        `--sumdb=${world.sumdb.gosumdb}`,
        '--cache-backend=actions',
        '--timeout=40s',
        '--unknown-license=warn',
        `--report-file=${report}`,
      ],
      {
        ...sandbox.env,
        ...cacheServiceEnv(service.url),
        RUNNER_TEMP: runnerTemp,
        GITHUB_WORKSPACE: world.project,
        NO_COLOR: '1',
      },
      // Far above the 40 s deadline: on ff66157 the lookup alone waited 300 s, and this kills it.
      150_000,
    );
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.code).toBe(0);
    const json = JSON.parse(await fs.readFile(report, 'utf8')) as {
      status: string;
      cache: { hit: string; save?: { saved: boolean; failed?: boolean; reason?: string } };
      findings: Finding[];
    };
    expect(json.status).toBe('warned');
    expect(json.cache.hit).toBe('miss');
    expect(json.cache.save).toEqual(
      expect.objectContaining({
        saved: false,
        failed: true,
        reason: expect.stringMatching(/did not answer the save/),
      }),
    );
    const lookup = json.findings.filter((f) => /did not answer the lookup/.test(f.message));
    expect(lookup).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(service.calls).toEqual(expect.arrayContaining(['GetCacheEntryDownloadURL', 'CreateCacheEntry']));
  }, 200_000);
});
