import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli } from '../../src/edges/cli-main.js';

// A go.mod that needs a newer Go than the one installed (GOTOOLCHAIN=local forbids the switch):
// on ff66157 exit 3 and "'go mod download' failed", no fix. Now exit 2, naming the `go` line, the
// installed version and a fix that runs as printed.
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'warden-newer-go-'));
  await fs.writeFile(path.join(dir, 'go.mod'), 'module example.test/app\n\ngo 1.99\n');
  await fs.writeFile(path.join(dir, 'main.go'), 'package main\n\nfunc main() {}\n');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('a go.mod that needs a newer Go', () => {
  it('exits 2 naming the go line, the installed Go and the fix', async () => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(
      ['check', dir, '--cache', 'false', `--report-file=${path.join(dir, 'report.json')}`],
      {
        PATH: process.env.PATH,
        HOME: dir,
        RUNNER_TEMP: dir,
        GOPROXY: 'off',
        GOTOOLCHAIN: 'local',
        GOMODCACHE: path.join(dir, 'modcache'),
        GOCACHE: path.join(dir, 'gocache'),
        NO_COLOR: '1',
      },
      { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), stdoutIsTTY: false },
    );
    const output = stdout + stderr;
    expect(output).not.toMatch(/internal error/);
    expect(code).toBe(2);
    expect(output).toMatch(/go\.mod:3: 'go 1\.99'/);
    expect(output).toMatch(/installed Go is go1\.\d+/);
    expect(output).toContain('go-version-file: go.mod');
    expect(output).toContain('GOTOOLCHAIN=go1.99.0');
  });
});

describe("cmd/go's 'requires go >=' from any command", () => {
  it('is a project error with the fix, not an infrastructure failure', async () => {
    const { classifyGoFailure } = await import('../../src/go/go-errors.js');
    const error = classifyGoFailure(
      'go mod download -json all',
      'go: example.test/dep@v1.0.0 requires go >= 1.99.1 (running go 1.26.8; GOTOOLCHAIN=local)\n',
    );
    expect(error.kind).toBe('config');
    expect(error.message).toContain('example.test/dep@v1.0.0 needs Go 1.99.1 or newer');
    expect(error.message).toContain('GOTOOLCHAIN=go1.99.1');
  });
});
