import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { largeModule, manyModules, moduleZip, standardGraph } from '../../test-support/fixture-modules.js';
import { startFixtureProxy } from '../../test-support/fixture-proxy.js';
import {
  createFixtureProject,
  createGoSandbox,
  type GoSandbox,
  run,
  sharedGoCache,
} from '../../test-support/go-sandbox.js';
import { createZip } from '../../test-support/zip-writer.js';

describe('createZip', () => {
  let sandbox: GoSandbox;
  beforeAll(async () => {
    // unzip is the independent reader the writer is checked against: missing, it fails, never skips.
    const probe = await run('unzip', ['-v']).catch((error: unknown) => ({ code: -1, stderr: String(error) }));
    if (probe.code !== 0) {
      throw new Error(`unzip is not installed (${probe.stderr.trim()}): install it (apt-get install unzip)`);
    }
    sandbox = await createGoSandbox();
  });
  afterAll(async () => {
    await sandbox?.cleanup();
  });

  it('writes an archive that unzip lists and extracts byte for byte', async () => {
    const entries = [
      { name: 'm@v1.0.0/go.mod', data: Buffer.from('module m\n'.repeat(20)) },
      { name: 'm@v1.0.0/empty.txt', data: Buffer.alloc(0) },
      { name: 'm@v1.0.0/dir/ünïcode.go', data: Buffer.from('package dir\n') },
      { name: 'm@v1.0.0/random.bin', data: randomBytes(70_000) },
    ];
    const file = path.join(sandbox.root, 'a.zip');
    await fs.writeFile(file, createZip(entries));
    const test = await run('unzip', ['-t', file]);
    expect(test.stdout).toContain('No errors detected');
    const out = path.join(sandbox.root, 'out');
    expect((await run('unzip', ['-q', file, '-d', out])).code).toBe(0);
    for (const e of entries) expect((await fs.readFile(path.join(out, e.name))).equals(e.data)).toBe(true);
  });

  it('puts every module file under path@version/ without case encoding', async () => {
    const upper = standardGraph().modules.find((m) => m.path === 'example.test/Upper')!;
    const file = path.join(sandbox.root, 'upper.zip');
    await fs.writeFile(file, moduleZip(upper));
    const list = await run('unzip', ['-Z1', file]);
    expect(list.stdout.trim().split('\n').sort()).toEqual([
      'example.test/Upper@v1.2.0/LICENSE',
      'example.test/Upper@v1.2.0/go.mod',
      'example.test/Upper@v1.2.0/upper.go',
    ]);
  });
});

describe('manyModules', () => {
  it('names modules in order with zero-padded numbers', () => {
    const g = manyModules(120);
    expect(g.modules).toHaveLength(120);
    expect(g.modules[0].path).toBe('example.test/m/mod000');
    expect(g.modules[119].path).toBe('example.test/m/mod119');
    expect(new Set(g.modules.map((m) => m.path)).size).toBe(120);
    expect(g.main.goMod).toContain('example.test/m/mod119 v1.0.0');
  });

  it('gives a graph that the real go tidies and builds', async () => {
    const graph = manyModules(12);
    const proxy = await startFixtureProxy(graph.modules);
    const sandbox = await createGoSandbox();
    try {
      const dir = await createFixtureProject(sandbox, graph, proxy.url);
      const goSum = await fs.readFile(path.join(dir, 'go.sum'), 'utf8');
      expect(goSum.trim().split('\n')).toHaveLength(24);
      const build = await sandbox.go(['build', './...'], { cwd: dir });
      expect(build.stderr).toBe('');
      expect(build.code).toBe(0);
    } finally {
      await proxy.close();
      await sandbox.cleanup();
    }
  });
});

describe('largeModule', () => {
  it('gives a stored, incompressible zip that the real go downloads and extracts intact', async () => {
    const big = largeModule('example.test/big', 'v1.0.0', 8 * 1024 * 1024);
    expect(moduleZip(big).length).toBeGreaterThan(8 * 1024 * 1024);
    const proxy = await startFixtureProxy([big]);
    const sandbox = await createGoSandbox();
    try {
      const res = await sandbox.go(['mod', 'download', '-json', 'example.test/big@v1.0.0'], {
        env: { GOPROXY: proxy.url },
      });
      expect(res.code).toBe(0);
      const { Dir } = JSON.parse(res.stdout) as { Dir: string };
      expect((await fs.readFile(path.join(Dir, 'data.bin'))).equals(big.blobs!['data.bin'])).toBe(true);
    } finally {
      await proxy.close();
      await sandbox.cleanup();
    }
  });
});

describe('a go sandbox', () => {
  it('pins the go environment to its own directories and keeps go off the network', async () => {
    const sandbox = await createGoSandbox();
    try {
      const res = await sandbox.go([
        'env',
        '-json',
        'GOPATH',
        'GOMODCACHE',
        'GOCACHE',
        'GOPROXY',
        'GOSUMDB',
        'GOFLAGS',
        'GOTOOLCHAIN',
      ]);
      const env = JSON.parse(res.stdout) as Record<string, string>;
      for (const key of ['GOPATH', 'GOMODCACHE']) expect(env[key].startsWith(sandbox.root)).toBe(true);
      expect(env.GOCACHE).toBe(sharedGoCache());
      expect(env).toMatchObject({
        GOPROXY: 'off',
        GOSUMDB: 'off',
        GOFLAGS: '-modcacherw',
        GOTOOLCHAIN: 'local',
      });
    } finally {
      await sandbox.cleanup();
    }
  });

  it('removes itself even when the module cache is read-only', async () => {
    const sandbox = await createGoSandbox({ gocache: 'private' });
    expect(sandbox.env.GOCACHE).toBe(path.join(sandbox.root, 'gocache'));
    const dir = path.join(sandbox.env.GOMODCACHE!, 'x@v1.0.0');
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, 'f'), 'x');
    await fs.chmod(path.join(dir, 'f'), 0o444);
    await fs.chmod(dir, 0o555);
    await sandbox.cleanup();
    expect(existsSync(sandbox.root)).toBe(false);
  });

  it('can share a module cache with other sandboxes and leaves it in place on cleanup', async () => {
    const owner = await createGoSandbox();
    const shared = path.join(owner.root, 'shared-modcache');
    const graph = standardGraph();
    const proxy = await startFixtureProxy(graph.modules);
    try {
      const first = await createGoSandbox({ gomodcache: shared });
      await createFixtureProject(first, graph, proxy.url);
      await first.cleanup();
      expect(existsSync(path.join(shared, 'cache/download/example.test/!upper/@v/v1.2.0.zip'))).toBe(true);
      const zipsBefore = proxy.requests.filter((r) => r.kind === 'zip').length;
      const second = await createGoSandbox({ gomodcache: shared });
      await createFixtureProject(second, graph, proxy.url);
      await second.cleanup();
      expect(proxy.requests.filter((r) => r.kind === 'zip').length).toBe(zipsBefore);
    } finally {
      await proxy.close();
      await owner.cleanup();
    }
  });

  it('kills a go command that runs past its timeout', async () => {
    const sandbox = await createGoSandbox();
    try {
      // A proxy that hangs on every request: go would wait forever.
      const proxy = await startFixtureProxy(standardGraph().modules);
      proxy.setFault('*', { kind: 'hang' });
      const res = await sandbox.go(['mod', 'download', '-json', 'example.test/alpha@v1.0.0'], {
        env: { GOPROXY: proxy.url, GOFLAGS: '-modcacherw' },
        timeoutMs: 1500,
      });
      await proxy.close();
      expect(res.code).toBe(-1);
      expect(proxy.requests.length).toBeGreaterThan(0);
    } finally {
      await sandbox.cleanup();
    }
  });
});
