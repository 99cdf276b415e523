import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { makeTestPki, startTlsFront, type TestPki } from '../../test-support/tls-fixture.js';
import { fixtureModule, goModFile, mainSource } from '../../test-support/fixture-modules.js';
import { startFixtureProxy } from '../../test-support/fixture-proxy.js';
import { createFixtureProject, createGoSandbox } from '../../test-support/go-sandbox.js';

// The CLI from source, as a user runs it: a client certificate that cannot work stops the run
// before anything else, exit 2, naming the input line (and, expired, its date).
const CLI = path.resolve('src/cli.ts');
let dir: string;
let pki: TestPki;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'warden-mtls-cli-'));
  pki = makeTestPki(path.join(dir, 'pki'), ['good'], ['old']);
  await fs.mkdir(path.join(dir, 'app'));
  await fs.writeFile(path.join(dir, 'app', 'go.mod'), 'module example.com/app\n\ngo 1.22\n');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function cli(
  args: string[],
  more: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    PATH: process.env.PATH,
    HOME: dir,
    RUNNER_TEMP: dir,
    GOPROXY: 'off',
    GOTOOLCHAIN: 'local',
    GOMODCACHE: path.join(dir, 'modcache'),
    GOCACHE: path.join(dir, 'gocache'),
    NO_COLOR: '1',
    ...more,
  };
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', CLI, ...args], { env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe('proxy-client-certs on the CLI', () => {
  it('an expired certificate: exit 2 at once, naming the line and the expiry date, never the PEM', async () => {
    const old = pki.client('old');
    const good = pki.client('good');
    const value = `https://goproxy.corp.example cert=${good.bothFile}\nhttps://mirror.corp.example:8443 cert=${old.certFile} key=${old.keyFile}`;
    const result = await cli([
      'check',
      path.join(dir, 'app'),
      '--cache',
      'false',
      '--proxy-client-certs',
      value,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /proxy-client-certs line 2 \(https:\/\/mirror.corp.example:8443\): the certificate in .*old.pem expired on 2020-01-02T00:00:00.000Z/,
    );
    expect(result.stderr).not.toContain('line 1');
    expect(result.stderr + result.stdout).not.toMatch(/BEGIN|internal error|\n\s+at /);
  });

  it('a client certificate over plain http: exit 2, naming the line', async () => {
    const result = await cli([
      'check',
      path.join(dir, 'app'),
      '--cache',
      'false',
      '--proxy-client-certs',
      `http://goproxy.corp.example cert=${pki.client('good').bothFile}`,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/line 1: http:\/\/ refused: a client certificate goes only over https/);
  });

  it('a certificate for a host GOINSECURE names: exit 2 before any request, naming the line', async () => {
    const result = await cli(
      [
        'check',
        path.join(dir, 'app'),
        '--cache',
        'false',
        '--proxy',
        'https://goproxy.corp.example',
        '--proxy-client-certs',
        `https://goproxy.corp.example cert=${pki.client('good').bothFile}`,
      ],
      { GOINSECURE: '*.corp.example' },
    );
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toMatch(
      /proxy-client-certs line 1 \(https:\/\/goproxy.corp.example\): GOINSECURE covers this host/,
    );
  });

  it('the right certificate: a corp proxy asking for it serves real go, and the run PASSES', async () => {
    const modules = [fixtureModule({ path: 'corp.test/lib', version: 'v1.0.0', license: 'MIT' })];
    const proxy = await startFixtureProxy(modules, { name: 'corp' });
    const front = await startTlsFront(pki, { target: proxy.url });
    const sandbox = await createGoSandbox();
    try {
      const project = await createFixtureProject(
        sandbox,
        {
          modules,
          main: {
            path: 'example.com/corpapp',
            goMod: goModFile('example.com/corpapp', { 'corp.test/lib': 'v1.0.0' }),
            files: { 'main.go': mainSource(['corp.test/lib']) },
          },
        },
        proxy.url,
      );
      const good = pki.client('good');
      const result = await cli(
        [
          'check',
          project,
          '--cache',
          'false',
          '--sumdb',
          'off',
          '--fallback',
          'next-proxy',
          '--proxy',
          front.url,
          '--proxy-client-certs',
          `${front.url} cert=${good.certFile} key=${good.keyFile} ca=${pki.caFile}`,
        ],
        { GOMODCACHE: path.join(dir, 'modcache-corp'), GOPATH: sandbox.env.GOPATH, GOFLAGS: '-mod=mod' },
      );
      expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^go-module-warden: PASSED/);
      expect(result.code).toBe(0);
      // go's own download of the module went through the relay to the corp proxy, certificate shown.
      expect(front.log.some((r) => r.path?.includes('/corp.test/lib/@v/v1.0.0.zip'))).toBe(true);
      expect(front.log.every((r) => r.clientCert === 'good')).toBe(true);
    } finally {
      await front.close();
      await proxy.close();
      await sandbox.cleanup();
    }
  });
});
