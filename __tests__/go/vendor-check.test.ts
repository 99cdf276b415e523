import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import { createFixtureProject, run, type GoSandbox } from '../../test-support/go-sandbox.js';
import { copyDist } from '../../test-support/dist-copy.js';

// Issue #24 §6: a tampered vendored file still gave PASSED (`go mod verify` never reads vendor/).
// The fixture project is vendored by the real `go mod vendor`; the CLI runs on it with an empty
// module cache, as it was, then with one vendored file edited, through a copy of the built dist/cli.
let world: FixtureWorld;
let distCopy = '';
let tidy: GoSandbox;
let project: string;

beforeAll(async () => {
  distCopy = await copyDist();
  world = await startFixtureWorld();
  tidy = await world.freshSandbox();
  project = await createFixtureProject(tidy, world.graph, world.proxy.url, 'vendored');
  const vendor = await tidy.go(['mod', 'vendor'], {
    cwd: project,
    env: { GOPROXY: world.proxy.url, GOSUMDB: 'off', GOFLAGS: '-modcacherw' },
  });
  if (vendor.code !== 0) throw new Error(vendor.stderr);
}, 120_000);
afterAll(async () => {
  await world?.close();
  if (distCopy) await fs.rm(distCopy, { recursive: true, force: true });
});

async function check(): Promise<{ code: number; stdout: string }> {
  const sandbox = await world.freshSandbox();
  const result = await run(
    'node',
    [
      path.join(distCopy, 'cli', 'index.js'),
      'check',
      project,
      '--cache',
      'false',
      '--proxy',
      world.proxy.url,
      '--sumdb',
      `${world.sumdb.verifierKey} ${world.sumdb.url}`,
      '--report-file',
      path.join(sandbox.root, 'report.json'),
    ],
    { env: { ...sandbox.env, RUNNER_TEMP: sandbox.root, NO_COLOR: '1' } },
  );
  const { code, stdout } = result;
  return { code, stdout };
}

describe('vendor/', () => {
  it('passes as go mod vendor wrote it, and fails naming the one vendored file edited', async () => {
    const clean = await check();
    expect(clean.stdout).not.toMatch(/vendor\//);
    expect(clean.code).toBe(0);

    const files = (await fs.readdir(path.join(project, 'vendor'), { recursive: true }))
      .map(String)
      .filter((f) => f.endsWith('.go'))
      .sort();
    expect(files.length).toBeGreaterThan(0);
    const edited = files[0];
    await fs.appendFile(path.join(project, 'vendor', edited), '\nfunc init() { println("owned") }\n');
    const tampered = await check();
    expect(tampered.code).not.toBe(0);
    const module = edited.split('/').slice(0, -1).join('/');
    const finding = tampered.stdout.split('\n').find((l) => l.startsWith('  SECURITY [checksum] vendor/'));
    expect(finding).toContain(
      `vendor/${edited} (${module}@v1.2.0) differs from the module's verified zip; a -mod=vendor build compiles it as it is.`,
    );
    expect(tampered.stdout).not.toContain('served by upstream');
    expect(tampered.stdout.trimEnd().split('\n').at(-1)).toMatch(/^go-module-warden: FAILED/);
  }, 240_000);
});
