import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseJsonObjects } from '../../src/go/json-stream.js';
import { standardGraph } from '../../test-support/fixture-modules.js';
import { type FixtureProxy, startFixtureProxy } from '../../test-support/fixture-proxy.js';
import { createGoSandbox, type GoSandbox } from '../../test-support/go-sandbox.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';

interface Downloaded {
  Path: string;
  Version: string;
  Error?: string;
  Zip?: string;
  Dir?: string;
  Sum?: string;
}

describe('the standard fixture graph served by the fixture proxy', () => {
  const graph = standardGraph();
  let world: FixtureWorld;
  let proxy: FixtureProxy;
  let sandbox: GoSandbox;
  let project: string;

  beforeAll(async () => {
    world = await startFixtureWorld(graph);
    ({ proxy, project } = world);
    sandbox = await world.freshSandbox();
  });

  afterAll(async () => {
    await world?.close();
  });

  it('lets go mod tidy write a go.sum line for every proxied module and its go.mod', async () => {
    const goSum = await fs.readFile(path.join(project, 'go.sum'), 'utf8');
    for (const m of graph.modules) {
      expect(goSum).toContain(`${m.path} ${m.version} h1:`);
      expect(goSum).toContain(`${m.path} ${m.version}/go.mod h1:`);
    }
    expect(goSum).not.toContain('example.test/local');
    const goMod = await fs.readFile(path.join(project, 'go.mod'), 'utf8');
    expect(goMod).toMatch(/example\.test\/beta v1\.1\.0 \/\/ indirect/);
    expect(goMod).toMatch(/example\.test\/delta v0\.3\.0 \/\/ indirect/);
  });

  it('downloads every module of the graph with a fresh module cache and checks it against go.sum', async () => {
    proxy.requests.length = 0;
    const res = await sandbox.go(['mod', 'download', '-json', 'all'], {
      cwd: project,
      env: { GOPROXY: proxy.url },
    });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const downloaded = parseJsonObjects<Downloaded>(res.stdout);
    expect(downloaded.map((d) => `${d.Path}@${d.Version}`).sort()).toEqual(
      graph.modules.map((m) => `${m.path}@${m.version}`).sort(),
    );
    for (const d of downloaded) {
      expect(d.Error).toBeUndefined();
      expect(d.Sum).toMatch(/^h1:/);
      await expect(fs.stat(path.join(d.Dir ?? '', 'go.mod'))).resolves.toBeTruthy();
    }
  });

  it('receives case-encoded paths percent-decoded, as !upper', () => {
    const upper = proxy.requests.filter((r) => r.module === 'example.test/Upper');
    expect(upper.map((r) => r.kind)).toContain('zip');
    for (const r of upper) expect(r.path.startsWith('/example.test/!upper/@v/')).toBe(true);
    expect(proxy.requests.every((r) => r.status === 200)).toBe(true);
  });

  it('builds the main module from the downloaded cache and go mod verify accepts it', async () => {
    const build = await sandbox.go(['build', './...'], {
      cwd: project,
      env: { GOPROXY: 'off', GOFLAGS: '-modcacherw -mod=readonly' },
    });
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    const verify = await sandbox.go(['mod', 'verify'], { cwd: project, env: { GOPROXY: 'off' } });
    expect(verify.stdout.trim()).toBe('all modules verified');
    expect(verify.code).toBe(0);
  });

  it('lists the replace and the indirect flags with go list -m -json all', async () => {
    const res = await sandbox.go(['list', '-m', '-json', 'all'], { cwd: project, env: { GOPROXY: 'off' } });
    expect(res.code).toBe(0);
    const mods = parseJsonObjects<Downloaded>(res.stdout) as unknown as {
      Path: string;
      Indirect?: boolean;
      Replace?: { Dir?: string };
    }[];
    const byPath = new Map(mods.map((m) => [m.Path, m]));
    expect(byPath.get('example.test/beta')?.Indirect).toBe(true);
    expect(byPath.get('example.test/alpha')?.Indirect).toBeUndefined();
    expect(byPath.get('example.test/local')?.Replace?.Dir).toBe(path.join(project, 'local'));
  });
});

describe('a private fixture proxy under a base path with basic auth', () => {
  const graph = standardGraph();
  let proxy: FixtureProxy;
  let sandbox: GoSandbox;

  beforeAll(async () => {
    proxy = await startFixtureProxy(graph.modules, {
      basePath: '/corp/goproxy',
      auth: { username: 'ci', password: 's3cret' },
    });
    sandbox = await createGoSandbox();
  });

  afterAll(async () => {
    await proxy?.close();
    await sandbox?.cleanup();
  });

  it('refuses requests without the credentials and paths outside its base path', async () => {
    expect(proxy.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/corp\/goproxy$/);
    const anonymous = await fetch(`${proxy.url}/example.test/alpha/@v/list`);
    expect(anonymous.status).toBe(401);
    const auth = { Authorization: `Basic ${Buffer.from('ci:s3cret').toString('base64')}` };
    expect((await fetch(`${proxy.url}/example.test/alpha/@v/list`, { headers: auth })).status).toBe(200);
    const outside = await fetch(proxy.url.replace('/corp/goproxy', '/example.test/alpha/@v/list'), {
      headers: auth,
    });
    expect(outside.status).toBe(404);
  });

  // Pinned because the relay must carry credentials itself: go refuses to send them over http.
  it('is not sent credentials by the real go over plain http, which redacts the password', async () => {
    const withCredentials = proxy.url.replace('http://', 'http://ci:s3cret@');
    const res = await sandbox.go(['mod', 'download', '-json', 'example.test/alpha@v1.0.0'], {
      env: { GOPROXY: withCredentials },
    });
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('refusing to pass credentials to insecure URL: http://ci:xxxxx@127.0.0.1:');
    expect(res.stdout).not.toContain('s3cret');
  });
});
