import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fixtureModule, goModFile, mainSource } from '../../test-support/fixture-modules.js';
import { type FixtureProxy, startFixtureProxy } from '../../test-support/fixture-proxy.js';
import { gitRepoFromModule, directModeEnv } from '../../test-support/git-repos.js';
import { createGoSandbox, type GoSandbox } from '../../test-support/go-sandbox.js';

describe('a module fetched in direct mode from a local git repository', () => {
  // The same module content is in git and on the fixture proxy: `go` must hash both alike.
  const lib = fixtureModule({ path: 'vcs.test/lib.git', version: 'v1.0.0', license: 'MIT' });
  const sub = fixtureModule({ path: 'vcs.test/mono.git/sub', version: 'v0.2.0', license: 'BSD-3-Clause' });
  const main = {
    'go.mod': goModFile('example.test/direct', { [lib.path]: lib.version, [sub.path]: sub.version }),
    'main.go': mainSource([lib.path, sub.path]),
  };
  let sandbox: GoSandbox;
  let proxySandbox: GoSandbox;
  let proxy: FixtureProxy;
  let project: string;

  beforeAll(async () => {
    sandbox = await createGoSandbox();
    proxySandbox = await createGoSandbox();
    proxy = await startFixtureProxy([lib, sub]);
    await gitRepoFromModule(sandbox, lib);
    await gitRepoFromModule(sandbox, sub);
    project = await sandbox.writeProject('direct', main);
  });

  afterAll(async () => {
    await proxy?.close();
    await sandbox?.cleanup();
    await proxySandbox?.cleanup();
  });

  it('is resolved by go mod tidy through the real git, including a module in a repository subdirectory', async () => {
    const tidy = await sandbox.go(['mod', 'tidy'], { cwd: project, env: directModeEnv('vcs.test') });
    expect(tidy.stderr).not.toMatch(/error|fatal/i);
    expect(tidy.code).toBe(0);
    const goSum = await fs.readFile(path.join(project, 'go.sum'), 'utf8');
    expect(goSum).toContain(`${lib.path} ${lib.version} h1:`);
    expect(goSum).toContain(`${sub.path} ${sub.version} h1:`);
  });

  it('is downloaded with a git origin and builds', async () => {
    const res = await sandbox.go(['mod', 'download', '-json', 'all'], {
      cwd: project,
      env: directModeEnv('vcs.test'),
    });
    expect(res.code).toBe(0);
    // The .info that `go` wrote records where the module came from.
    const info = JSON.parse(
      await fs.readFile(
        path.join(sandbox.env.GOMODCACHE ?? '', 'cache/download/vcs.test/mono.git/sub/@v/v0.2.0.info'),
        'utf8',
      ),
    );
    expect(info.Origin).toMatchObject({
      VCS: 'git',
      URL: 'https://vcs.test/mono',
      Subdir: 'sub',
      Ref: 'refs/tags/sub/v0.2.0',
    });
    const build = await sandbox.go(['build', './...'], { cwd: project, env: directModeEnv('vcs.test') });
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
  });

  it('hashes the same as the fixture proxy serving the same files, so go.sum is shared by both routes', async () => {
    const viaProxy = await proxySandbox.go(['mod', 'download', '-json', 'all'], {
      cwd: project,
      env: { GOPROXY: proxy.url, GOFLAGS: '-modcacherw -mod=mod' },
    });
    expect(viaProxy.stderr).toBe('');
    expect(viaProxy.code).toBe(0);
    expect(proxy.requests.filter((r) => r.kind === 'zip').map((r) => r.module)).toEqual(
      expect.arrayContaining([lib.path, sub.path]),
    );
  });

  it('serves a second tagged version added to the same repository', async () => {
    const v2 = fixtureModule({ path: lib.path, version: 'v1.1.0', license: 'MIT' });
    v2.files['extra.go'] = 'package lib\n\n// Extra exists only in v1.1.0.\nfunc Extra() int { return 1 }\n';
    await gitRepoFromModule(sandbox, v2);
    const res = await sandbox.go(['list', '-m', '-versions', lib.path], {
      cwd: project,
      env: directModeEnv('vcs.test'),
    });
    expect(res.code).toBe(0);
    expect(res.stdout.trim()).toBe(`${lib.path} v1.0.0 v1.1.0`);
  });
});
