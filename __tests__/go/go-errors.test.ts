import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { classifyGoFailure, isChecksumFailure } from '../../src/go/go-errors.js';

const run = promisify(execFile);
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'warden-go-errors-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** What the real `go` prints for `go mod download -json all` in a module with this go.mod. */
async function goStderr(goMod: string): Promise<string> {
  const mod = await fs.mkdtemp(path.join(dir, 'mod-'));
  await fs.writeFile(path.join(mod, 'go.mod'), goMod);
  try {
    await run('go', ['mod', 'download', '-json', 'all'], {
      cwd: mod,
      env: { ...process.env, GOFLAGS: '-mod=mod', GOPROXY: 'off', GOTOOLCHAIN: 'local' },
    });
  } catch (error) {
    return (error as { stderr: string }).stderr;
  }
  throw new Error('expected go to fail');
}

describe('classifyGoFailure', () => {
  it("calls a go.mod syntax error the user's to fix (config), with go's message and file:line", async () => {
    const stderr = await goStderr('module example.com/bad\n\ngo 1.22\n\nrequire (\n\tfoo bar baz\n)\n');
    const error = classifyGoFailure('go mod download -json all', stderr);
    expect(error.kind).toBe('config');
    expect(error.message).toMatch(/^go\.mod cannot be parsed; fix it and run 'go mod tidy'/);
    expect(error.message).toMatch(/go\.mod:6:2: usage: require module\/path v1\.2\.3/);
    expect(error.message).not.toMatch(/internal error/);
  });

  it('calls a checksum mismatch a security failure naming the module', () => {
    const error = classifyGoFailure(
      'go mod download',
      'verifying example.com/a@v1.0.0: checksum mismatch\n\tdownloaded: h1:x\n\tgo.sum:     h1:y\n\nSECURITY ERROR\n',
    );
    expect(error.kind).toBe('security');
    expect(error.subject).toEqual({ module: 'example.com/a', version: 'v1.0.0' });
  });

  it.each([
    ['SECURITY ERROR\nThis download does NOT match', true],
    ['verifying x@v1.0.0/go.mod: checksum mismatch', true],
    ['unrecognized import path "x": 404 Not Found', false],
  ])('tells a checksum failure from others: %s', (message, expected) => {
    expect(isChecksumFailure(message)).toBe(expected);
  });
});
