import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { run } from '../../test-support/go-sandbox.js';
import { copyDist } from '../../test-support/dist-copy.js';

// The CLI bundle loads at start only what every invocation needs: the S3 SDK, the GitHub cache
// (Azure SDK) and the CycloneDX library are chunks beside index.js, loaded by the runs that use
// them (`--help` went from 138 to 43 MiB of RSS). Run from a copy outside the
// repository, the chunks must be found there.
describe('the CLI bundle, loaded lazily', () => {
  let distCopy = '';

  beforeAll(async () => {
    distCopy = await copyDist();
  });
  afterAll(async () => {
    if (distCopy) await fs.rm(distCopy, { recursive: true, force: true });
  });

  it.each([
    ['the S3 SDK', '@aws-sdk/'],
    ['the Azure SDK of @actions/cache', '@azure/'],
    ['the CycloneDX library', 'CycloneDX'],
  ])('keeps %s out of the entry file', async (_what, marker) => {
    const entry = await fs.readFile(path.join(distCopy, 'cli', 'index.js'), 'utf8');
    expect(entry.includes(marker)).toBe(false);
    const chunks = (await fs.readdir(path.join(distCopy, 'cli'))).filter((f) => /^\d+\.index\.js$/.test(f));
    const texts = await Promise.all(chunks.map((f) => fs.readFile(path.join(distCopy, 'cli', f), 'utf8')));
    expect(texts.some((text) => text.includes(marker))).toBe(true);
  });

  // A run reads the templates' generated words (template-words-data.ts), never the 5 MB of SPDX
  // texts they were made from (template-texts.ts): in no file of any bundle.
  it('leaves the SPDX license texts out of every bundle', async () => {
    for (const bundle of ['cli', 'main', 'post']) {
      const files = (await fs.readdir(path.join(distCopy, bundle))).filter((f) => f.endsWith('.js'));
      for (const file of files) {
        const text = await fs.readFile(path.join(distCopy, bundle, file), 'utf8');
        expect([file, text.includes('"licenseText":')]).toEqual([file, false]);
      }
    }
  });

  it('prints --help without the run, and loads the S3 chunk for gc from the copy', async () => {
    const cli = path.join(distCopy, 'cli', 'index.js');
    const help = await run('node', [cli, '--help'], { env: { PATH: process.env.PATH ?? '' } });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/go-module-warden/);
    const gc = await run('node', [cli, 'gc'], { env: { PATH: process.env.PATH ?? '' } });
    expect(gc.stderr).not.toMatch(/internal error|Cannot find module|\n\s+at /);
    expect(gc.stderr).toMatch(/Input 'cache-url': '' is not an s3:\/\/ URL/);
    expect(gc.code).toBe(2);
  });
});
