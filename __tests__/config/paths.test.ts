import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkPaths } from '../../src/config/paths.js';
import { ConfigError } from '../../src/errors.js';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'warden-paths-'));
  await fs.writeFile(path.join(dir, 'a-file'), 'x');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function refusal(workingDirectory: string, reportFile: string): Promise<ConfigError> {
  try {
    await checkPaths({ workingDirectory, reportFile });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('the paths a run needs, checked before anything runs', () => {
  it('accepts a folder and a report file in a folder still to be made', async () => {
    await expect(
      checkPaths({ workingDirectory: dir, reportFile: path.join(dir, 'new', 'deeper', 'r.json') }),
    ).resolves.toBeUndefined();
  });

  it.each([
    ['working-directory', () => [path.join(dir, 'missing'), path.join(dir, 'r.json')], /does not exist/],
    [
      'working-directory',
      () => [path.join(dir, 'a-file'), path.join(dir, 'r.json')],
      /is a file, not a folder/,
    ],
    ['report-file', () => [dir, dir], /is a folder; give a file name/],
    [
      'report-file',
      () => [dir, path.join(dir, 'a-file', 'r.json')],
      /'.*a-file' is a file, so nothing can be written under it/,
    ],
  ])('refuses a bad %s with a config error naming it', async (input, paths, message) => {
    const [workingDirectory, reportFile] = paths();
    const error = await refusal(workingDirectory, reportFile);
    expect(error.input).toBe(input);
    expect(error.kind).toBe('config');
    expect(error.message).toMatch(new RegExp(`^Input '${input}'`));
    expect(error.message).toMatch(message);
  });
});
