import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createGoSandbox, run as spawnRun, type GoSandbox } from '../../test-support/go-sandbox.js';
import { copyDist } from '../../test-support/dist-copy.js';

// Issue #24 §6: a private module without credentials showed git's raw output. The real go and git
// fetch github.com/acme-private/lib; git's config sends github.com to a loopback server that
// answers 401 (as GitHub does without a token), so git fails with "terminal prompts disabled".
const run = promisify(execFile);
let sandbox: GoSandbox;
let server: http.Server;
let project: string;
let distCopy = '';
const asked: string[] = [];

beforeAll(async () => {
  // Through a copy of the built dist/cli, as a user runs it.
  distCopy = await copyDist();
  server = http.createServer((req, res) => {
    asked.push(req.url ?? '');
    res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"' }).end('credentials wanted');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  sandbox = await createGoSandbox();
  await fs.appendFile(
    sandbox.env.GIT_CONFIG_GLOBAL!,
    `[url "http://127.0.0.1:${port}/"]\n\tinsteadOf = https://github.com/\n`,
  );
  project = await sandbox.writeProject('app', {
    'go.mod': 'module example.test/app\n\ngo 1.21\n\nrequire github.com/acme-private/lib v1.0.0\n',
    'main.go': 'package main\n\nimport _ "github.com/acme-private/lib"\n\nfunc main() {}\n',
  });
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await sandbox?.cleanup();
  if (distCopy) await fs.rm(distCopy, { recursive: true, force: true });
});

describe('a private module without credentials', () => {
  it('is named with the three fixes, not git output; the netrc line runs as printed', async () => {
    const result = await spawnRun(
      'node',
      [
        path.join(distCopy, 'cli', 'index.js'),
        'check',
        project,
        '--cache',
        'false',
        '--private',
        'github.com/acme-private/*',
        '--report-file',
        path.join(sandbox.root, 'report.json'),
      ],
      { env: { ...sandbox.env, RUNNER_TEMP: sandbox.root, NO_COLOR: '1' } },
    );
    const { code, stdout, stderr } = result;
    expect(asked.some((url) => url.startsWith('/acme-private/lib/info/refs'))).toBe(true);
    expect(code).not.toBe(0);
    const text = stdout + stderr;
    expect(stdout).toContain(
      'config [go] github.com/acme-private/lib@v1.0.0: github.com wants credentials that go was not given (fatal: could not read Username',
    );
    expect(stdout).toContain("set --private to 'github.com/acme-private'");
    // Priming and the build list meet the same failure: it is said once.
    expect(stdout.split('config [go] github.com/acme-private/lib@v1.0.0:').length - 1).toBe(1);
    expect(stdout).toMatch(/2\. GOAUTH \(Go 1\.24 and later\)/);
    expect(stdout).toMatch(/3\. A module proxy that serves it: .* first in --proxy\./);
    // go's and git's raw hints are gone.
    expect(text).not.toContain('Confirm the import path was entered correctly');
    expect(text).not.toContain('git ls-remote');

    const printed = /run: (printf .*? >> ~\/\.netrc)/.exec(stdout)?.[1];
    expect(printed).toBeDefined();
    const home = path.join(sandbox.root, 'netrc-home');
    await fs.mkdir(home);
    await run('bash', ['-c', printed!], { env: { PATH: process.env.PATH, HOME: home, GH_TOKEN: 't0ken' } });
    expect(await fs.readFile(path.join(home, '.netrc'), 'utf8')).toBe(
      'machine github.com login x-access-token password t0ken\n',
    );
  }, 120_000);
});
