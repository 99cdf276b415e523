import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseJsonObjects } from '../../src/go/json-stream.js';
import { standardGraph } from '../../test-support/fixture-modules.js';
import { type FixtureProxy, startFixtureProxy } from '../../test-support/fixture-proxy.js';
import { createGoSandbox, type GoSandbox } from '../../test-support/go-sandbox.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import { until } from '../../test-support/until.js';

const ALPHA = { module: 'example.test/alpha', version: 'v1.0.0' };
const ALPHA_ZIP = '/example.test/alpha/@v/v1.0.0.zip';

/** GET with node:http, collecting what arrives until the server ends or drops the connection. */
function rawGet(
  url: string,
): Promise<{ status: number; contentLength: number; received: number; outcome: 'end' | 'dropped' }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false }, (res) => {
      let received = 0;
      let done = false;
      const finish = (outcome: 'end' | 'dropped'): void => {
        if (done) return;
        done = true;
        resolve({
          status: res.statusCode ?? 0,
          contentLength: Number(res.headers['content-length']),
          received,
          outcome,
        });
      };
      res.on('data', (d: Buffer) => (received += d.length));
      res.on('end', () => finish('end'));
      res.on('aborted', () => finish('dropped'));
      res.on('error', () => finish('dropped'));
      res.on('close', () => finish(res.complete ? 'end' : 'dropped'));
    });
    req.on('error', reject);
  });
}

describe('the fixture proxy', () => {
  const graph = standardGraph();
  let proxy: FixtureProxy;

  beforeAll(async () => {
    proxy = await startFixtureProxy(graph.modules);
  });

  afterAll(async () => {
    await proxy?.close();
  });

  it('serves list, info, mod, zip and latest for a known module', async () => {
    const list = await fetch(`${proxy.url}/example.test/!upper/@v/list`);
    expect(await list.text()).toBe('v1.2.0\n');
    const info = await fetch(`${proxy.url}/example.test/gamma/v2/@v/v2.1.0.info`);
    expect(await info.json()).toEqual({ Version: 'v2.1.0', Time: '2024-01-02T03:04:05Z' });
    const mod = await fetch(`${proxy.url}/example.test/alpha/@v/v1.0.0.mod`);
    expect(await mod.text()).toContain('example.test/beta v1.1.0');
    const zip = await fetch(`${proxy.url}${ALPHA_ZIP}`);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    expect(Buffer.from(await zip.arrayBuffer()).subarray(0, 4)).toEqual(
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
    );
    const latest = await fetch(`${proxy.url}/example.test/delta/@latest`);
    expect(await latest.json()).toMatchObject({ Version: 'v0.3.0' });
  });

  it('answers 404 text/plain "not found" for unknown modules, versions and badly escaped paths', async () => {
    for (const p of [
      '/example.test/nope/@v/list',
      '/example.test/alpha/@v/v9.9.9.info',
      '/example.test/Upper/@v/list',
      '/robots.txt',
    ]) {
      const res = await fetch(proxy.url + p);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await res.text()).toMatch(/^not found: /);
    }
  });

  it('answers 404 for a checksum DB it does not proxy', async () => {
    const res = await fetch(`${proxy.url}/sumdb/sum.golang.org/supported`);
    expect(res.status).toBe(404);
    expect(proxy.requests.at(-1)).toMatchObject({ kind: 'sumdb', status: 404 });
  });

  it('serves a module added after it started, and its newest version as @latest', async () => {
    const alpha = graph.modules[0];
    proxy.addModule({ ...alpha, version: 'v1.3.0', files: { ...alpha.files } });
    expect(await (await fetch(`${proxy.url}/example.test/alpha/@v/list`)).text()).toBe('v1.0.0\nv1.3.0\n');
    expect(await (await fetch(`${proxy.url}/example.test/alpha/@latest`)).json()).toMatchObject({
      Version: 'v1.3.0',
    });
  });

  it('answers normally after a delay fault, which a shorter client deadline cuts off', async () => {
    proxy.setFault({ ...ALPHA, kind: 'info' }, { kind: 'delay', ms: 400 });
    await expect(
      fetch(`${proxy.url}/example.test/alpha/@v/v1.0.0.info`, { signal: AbortSignal.timeout(50) }),
    ).rejects.toThrow();
    const res = await fetch(`${proxy.url}/example.test/alpha/@v/v1.0.0.info`);
    expect(await res.json()).toMatchObject({ Version: 'v1.0.0' });
    proxy.clearFaults();
  });

  it('never answers under a hang fault, until the client gives up', async () => {
    proxy.setFault({ ...ALPHA, kind: 'zip' }, { kind: 'hang' });
    const before = proxy.requests.length;
    await expect(fetch(proxy.url + ALPHA_ZIP, { signal: AbortSignal.timeout(150) })).rejects.toMatchObject({
      name: 'TimeoutError',
    });
    expect(proxy.requests[before]).toMatchObject({
      kind: 'zip',
      module: 'example.test/alpha',
      status: 0,
      fault: 'hang',
    });
    proxy.setFault({ ...ALPHA, kind: 'zip' }, undefined);
    expect((await fetch(proxy.url + ALPHA_ZIP)).status).toBe(200);
  });

  it('answers an injected status only as many times as asked, then normally', async () => {
    proxy.setFault({ module: 'example.test/beta' }, { kind: 'status', status: 500, body: 'boom', times: 1 });
    const first = await fetch(`${proxy.url}/example.test/beta/@v/list`);
    expect(first.status).toBe(500);
    expect(await first.text()).toBe('boom');
    const second = await fetch(`${proxy.url}/example.test/beta/@v/list`);
    expect(second.status).toBe(200);
    proxy.clearFaults();
  });

  it('prefers the most specific fault and applies "*" to every route, sumdb included', async () => {
    proxy.setFault('*', { kind: 'status', status: 503 });
    proxy.setFault({ ...ALPHA, kind: 'mod' }, { kind: 'status', status: 410 });
    expect((await fetch(`${proxy.url}/example.test/alpha/@v/v1.0.0.mod`)).status).toBe(410);
    expect((await fetch(`${proxy.url}/example.test/alpha/@v/v1.0.0.info`)).status).toBe(503);
    expect((await fetch(`${proxy.url}/sumdb/sum.golang.org/supported`)).status).toBe(503);
    proxy.clearFaults();
    expect((await fetch(`${proxy.url}/example.test/alpha/@v/v1.0.0.info`)).status).toBe(200);
  });

  it('drops the connection without a response under a reset fault', async () => {
    proxy.setFault({ ...ALPHA, kind: 'zip' }, { kind: 'reset' });
    await expect(fetch(proxy.url + ALPHA_ZIP)).rejects.toThrow();
    proxy.clearFaults();
  });

  it('sends fewer body bytes than its Content-Length under a truncate fault', async () => {
    proxy.setFault({ ...ALPHA, kind: 'zip' }, { kind: 'truncate', bytes: 100 });
    const res = await rawGet(proxy.url + ALPHA_ZIP);
    expect(res.status).toBe(200);
    expect(res.contentLength).toBeGreaterThan(100);
    expect(res.received).toBe(100);
    expect(res.outcome).toBe('dropped');
    proxy.clearFaults();
  });

  it('sends headers and the first bytes then goes silent under a stall fault', async () => {
    proxy.setFault({ ...ALPHA, kind: 'zip' }, { kind: 'stall', afterBytes: 10 });
    const res = await fetch(proxy.url + ALPHA_ZIP, { signal: AbortSignal.timeout(300) });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(first.value?.length).toBe(10);
    await expect(reader.read()).rejects.toMatchObject({ name: 'TimeoutError' });
    proxy.clearFaults();
  });

  it('answers headers at once and the whole body piece by piece under a slow fault', async () => {
    const good = Buffer.from(await (await fetch(proxy.url + ALPHA_ZIP)).arrayBuffer());
    proxy.setFault({ ...ALPHA, kind: 'zip' }, { kind: 'slow', chunkBytes: 100, intervalMs: 40 });
    const res = await fetch(proxy.url + ALPHA_ZIP);
    const record = proxy.requests.at(-1)!;
    expect(res.status).toBe(200);
    expect(record.bytes).toBeLessThan(good.length);
    expect(Buffer.from(await res.arrayBuffer()).equals(good)).toBe(true);
    expect(record).toMatchObject({ fault: 'slow', bytes: good.length });
    proxy.clearFaults();
  });

  it('changes the zip it serves under an alter fault, still a zip of the same size', async () => {
    const good = Buffer.from(await (await fetch(proxy.url + ALPHA_ZIP)).arrayBuffer());
    proxy.setFault({ ...ALPHA, kind: 'zip' }, { kind: 'alter' });
    const bad = Buffer.from(await (await fetch(proxy.url + ALPHA_ZIP)).arrayBuffer());
    expect(bad.equals(good)).toBe(false);
    expect(bad.subarray(0, 4)).toEqual(good.subarray(0, 4));
    proxy.clearFaults();
  });

  it('forwards /sumdb/<name>/ to the given checksum DB and says it is supported', async () => {
    const db = http.createServer((req, res) => res.end(`db saw ${req.url}`));
    await new Promise<void>((r) => db.listen(0, '127.0.0.1', r));
    const withDb = await startFixtureProxy([], {
      sumdbBase: `http://127.0.0.1:${(db.address() as AddressInfo).port}`,
    });
    try {
      expect((await fetch(`${withDb.url}/sumdb/sum.test/supported`)).status).toBe(200);
      expect(
        await (await fetch(`${withDb.url}/sumdb/sum.test/lookup/example.test/alpha@v1.0.0`)).text(),
      ).toBe('db saw /lookup/example.test/alpha@v1.0.0');
    } finally {
      await withDb.close();
      await new Promise((r) => db.close(r));
    }
  });

  it('closes promptly while requests hang and stall', async () => {
    const p = await startFixtureProxy(graph.modules);
    p.setFault({ kind: 'zip' }, { kind: 'hang' });
    p.setFault({ kind: 'mod' }, { kind: 'stall', afterBytes: 5 });
    const hanging = fetch(p.url + ALPHA_ZIP).then(
      () => 'answered',
      () => 'failed',
    );
    const stalled = fetch(`${p.url}/example.test/alpha/@v/v1.0.0.mod`)
      .then((r) => r.text())
      .then(
        () => 'answered',
        () => 'failed',
      );
    await until(() => p.requests.length >= 2, { what: 'both requests at the proxy' });
    await p.close();
    expect(await hanging).toBe('failed');
    expect(await stalled).toBe('failed');
  });
});

describe('the real go against an altering fixture proxy', () => {
  const graph = standardGraph();
  let world: FixtureWorld;
  let proxy: FixtureProxy;
  let fresh: GoSandbox;
  let project: string;

  beforeAll(async () => {
    world = await startFixtureWorld(graph);
    ({ proxy, project } = world);
    fresh = await world.freshSandbox();
  });

  afterAll(async () => {
    await world?.close();
  });

  // go 1.26 reports a mismatch as a fatal error on stderr, not as an Error in the -json stream.
  it('reports a checksum mismatch against go.sum for an altered go.mod', async () => {
    proxy.setFault({ module: 'example.test/delta', kind: 'mod' }, { kind: 'alter' });
    const res = await fresh.go(['mod', 'download', '-json', 'all'], {
      cwd: project,
      env: { GOPROXY: proxy.url },
    });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/verifying example\.test\/delta@v0\.3\.0\/go\.mod: checksum mismatch/);
    expect(res.stderr).toContain('SECURITY ERROR');
    proxy.clearFaults();
  });

  it('reports a checksum mismatch against go.sum for an altered zip', async () => {
    proxy.setFault({ ...ALPHA, kind: 'zip' }, { kind: 'alter' });
    const res = await fresh.go(['mod', 'download', '-json', 'all'], {
      cwd: project,
      env: { GOPROXY: proxy.url },
    });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/verifying example\.test\/alpha@v1\.0\.0: checksum mismatch/);
    expect(res.stderr).toContain('SECURITY ERROR');
  });

  it('lets go name the module and the proxy message in the -json stream when a zip answers 500', async () => {
    proxy.clearFaults();
    proxy.setFault(
      { module: 'example.test/beta', kind: 'zip' },
      { kind: 'status', status: 500, body: 'upstream exploded' },
    );
    const isolated = await createGoSandbox();
    try {
      const res = await isolated.go(['mod', 'download', '-json', 'all'], {
        cwd: project,
        env: { GOPROXY: proxy.url },
      });
      expect(res.code).toBe(1);
      const beta = parseJsonObjects<{ Path: string; Error?: string }>(res.stdout).find(
        (d) => d.Path === 'example.test/beta',
      );
      expect(beta?.Error).toMatch(
        /^example\.test\/beta@v1\.1\.0: reading http:\/\/127\.0\.0\.1:\d+\/example\.test\/beta\/@v\/v1\.1\.0\.zip: 500 Internal Server Error/,
      );
      expect(beta?.Error).toContain('server response: upstream exploded');
    } finally {
      await isolated.cleanup();
    }
  });

  it('lets go fail on a truncated zip and succeed once the fault is spent', async () => {
    proxy.clearFaults();
    proxy.setFault(
      { module: 'example.test/gamma/v2', kind: 'zip' },
      { kind: 'truncate', bytes: 50, times: 1 },
    );
    const env = { GOPROXY: proxy.url };
    const first = await fresh.go(['mod', 'download', 'example.test/gamma/v2'], { cwd: project, env });
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/example\.test\/gamma\/v2@v2\.1\.0/);
    const second = await fresh.go(['mod', 'download', 'example.test/gamma/v2'], { cwd: project, env });
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
  });
});
