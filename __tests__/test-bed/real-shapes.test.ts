import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseJsonObjects } from '../../src/go/json-stream.js';
import { realShapesBuildList, realShapesGraph } from '../../test-support/fixture-shapes.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import type { GoSandbox } from '../../test-support/go-sandbox.js';

interface Listed {
  Path: string;
  Version?: string;
  Main?: boolean;
  Replace?: { Path: string; Version?: string };
  Retracted?: string[];
  Error?: unknown;
}

// The real shapes of build lists, served by the fixture proxy straight to the real `go` (no
// relay): what go accepts here is what the relay must pass on (see pipeline/real-shapes.test.ts).
describe('the real-shapes graph, real go against the fixture proxy directly', () => {
  let world: FixtureWorld;
  let sandbox: GoSandbox;
  const goEnv = () => ({
    GOPROXY: world.proxy.url,
    GOSUMDB: world.sumdb.gosumdb,
    GOFLAGS: '-modcacherw -mod=readonly',
  });

  beforeAll(async () => {
    world = await startFixtureWorld(realShapesGraph());
    sandbox = await world.freshSandbox();
  });
  afterAll(async () => {
    await world?.close();
  });

  it('go mod tidy kept every version and the replace at its pseudo-version', async () => {
    const goMod = await fs.readFile(path.join(world.project, 'go.mod'), 'utf8');
    for (const line of [
      'example.test/incompat v2.1.0+incompatible',
      'gopkg.in/fixture.v3 v3.0.1',
      'example.test/pseudo/zero v0.0.0-20240102030405-0123456789ab',
      'example.test/pseudo/patch v1.2.4-0.20240102030405-0123456789ab',
      'example.test/pseudo/pre v1.3.0-pre.0.20240102030405-0123456789ab',
      'example.test/retracted v1.1.0',
      'example.test/deep/a/b/c/d/e v1.0.0',
      'dotted.example.test/x.y/z.name v1.4.0',
      'example.test/MixedCase/Go-Kit v0.9.0',
      'replace example.test/original => example.test/fork v0.0.0-20240102030405-fedcba987654',
      'example.test/meta v1.0.0\n',
    ])
      expect(goMod).toContain(line);
  });

  it('go turned the +metadata version into the canonical one, after asking the proxy for it as written', async () => {
    const goMod = await fs.readFile(path.join(world.project, 'go.mod'), 'utf8');
    expect(goMod).not.toContain('+build.5');
    expect(world.proxy.requests.map((r) => r.path)).toContain('/example.test/meta/@v/v1.0.0+build.5.info');
  });

  it('go mod download all fetches every shape, with the checksum database on', async () => {
    const result = await sandbox.go(['mod', 'download', '-json', 'all'], {
      cwd: world.project,
      env: goEnv(),
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const downloaded = parseJsonObjects<{ Path: string; Version: string; Error?: string }>(result.stdout);
    expect(downloaded.filter((d) => d.Error)).toEqual([]);
    expect(downloaded.map((d) => `${d.Path}@${d.Version}`).sort()).toEqual(realShapesBuildList().downloaded);
    // Case-encoded on disk, as in the proxy protocol.
    await expect(
      fs.stat(path.join(sandbox.env.GOMODCACHE as string, 'example.test', '!mixed!case', '!go-!kit@v0.9.0')),
    ).resolves.toBeTruthy();
  });

  it('go list -m all lists them, the replacement and the retraction included, and the build compiles', async () => {
    const list = await sandbox.go(['list', '-m', '-u', '-retracted', '-json', 'all'], {
      cwd: world.project,
      env: goEnv(),
    });
    expect(list.stderr).toBe('');
    expect(list.code).toBe(0);
    const byPath = new Map(parseJsonObjects<Listed>(list.stdout).map((m) => [m.Path, m]));
    expect(byPath.get('example.test/original')?.Replace).toMatchObject({
      Path: 'example.test/fork',
      Version: 'v0.0.0-20240102030405-fedcba987654',
    });
    expect(byPath.get('example.test/retracted')?.Retracted).toEqual(['a broken release']);
    expect(byPath.get('example.test/incompat')?.Version).toBe('v2.1.0+incompatible');
    const build = await sandbox.go(['build', './...'], { cwd: world.project, env: goEnv() });
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
  });
});
