import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  findLicenseFiles,
  isLicenseFileName,
  LICENSE_FILE_NAMES,
  ReadBudget,
  readModuleFile,
} from '../../src/licenses/discovery.js';

describe('license file names', () => {
  it('are pkg.go.dev’s 40, matched case-insensitively', () => {
    expect(LICENSE_FILE_NAMES).toHaveLength(40);
    expect(new Set(LICENSE_FILE_NAMES.map((name) => name.toLowerCase())).size).toBe(40);
    expect(isLicenseFileName('license')).toBe(true);
    expect(isLicenseFileName('Copying.Md')).toBe(true);
    expect(isLicenseFileName('mit-licence.markdown')).toBe(true);
    expect(isLicenseFileName('LICENSE.go')).toBe(false);
    expect(isLicenseFileName('NOTICE')).toBe(false);
  });
});

describe('findLicenseFiles', () => {
  let root: string;
  const write = (rel: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-discovery-'));
    write('go.mod', 'module example.com/m\n');
    write('LICENSE', 'root license');
    write('copying.MD', 'second root license');
    write('README.md', 'not a license');
    write('third_party/lib/LICENSE.txt', 'sub license');
    write('third_party/lib/deeper/UNLICENSE', 'deeper license');
    // Go code below both third_party licenses; none under big/ (its license covers no code).
    write('third_party/lib/deeper/pkg/p.go', 'package p\n');
    write('vendor/example.com/x/LICENSE', 'vendored');
    write('testdata/LICENSE', 'a fixture');
    write('.github/LICENSE', 'hidden');
    write('nested/go.mod', 'module example.com/m/nested\n');
    write('nested/LICENSE', 'another module');
    fs.symlinkSync(path.join(root, 'LICENSE'), path.join(root, 'LICENSE-MIT'));
    // One byte over the 16 MiB module limit: listed, not read.
    fs.mkdirSync(path.join(root, 'big'));
    const fd = fs.openSync(path.join(root, 'big', 'LICENSE'), 'w');
    fs.ftruncateSync(fd, (16 << 20) + 1);
    fs.closeSync(fd);
  });

  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('finds root and subdirectory licenses, skipping vendor, testdata, dot-dirs, nested modules and symlinks', async () => {
    const found = await findLicenseFiles(root);
    expect(found.map((file) => [file.path, file.dir, file.appliesToCode])).toEqual([
      ['LICENSE', '', true],
      ['copying.MD', '', true],
      ['big/LICENSE', 'big', false],
      ['third_party/lib/LICENSE.txt', 'third_party/lib', true],
      ['third_party/lib/deeper/UNLICENSE', 'third_party/lib/deeper', true],
    ]);
    expect(found[0].text).toBe('root license');
  });

  it('reads only the root when asked (the main module)', async () => {
    const found = await findLicenseFiles(root, { rootOnly: true });
    expect(found.map((file) => file.path)).toEqual(['LICENSE', 'copying.MD']);
  });

  it('does not read a license file over 16 MiB and says why', async () => {
    const big = (await findLicenseFiles(root)).find((file) => file.path === 'big/LICENSE');
    expect(big?.text).toBeUndefined();
    expect(big?.problem).toMatch(/larger than 16 MiB/);
  });
});

describe('readModuleFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-read-'));
    fs.writeFileSync(path.join(dir, 'LICENSE'), 'x'.repeat(1000));
    fs.symlinkSync('/proc/self/environ', path.join(dir, 'NOTICE'));
    execFileSync('mkfifo', [path.join(dir, 'COPYING')]);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses links and fifos without opening them, and charges the module budget by bytes read', async () => {
    const budget = new ReadBudget(1500);
    expect(await readModuleFile(path.join(dir, 'NOTICE'), budget)).toEqual({
      problem: 'a symbolic link, not read',
    });
    expect(await readModuleFile(path.join(dir, 'COPYING'), budget)).toEqual({ problem: 'a fifo, not read' });
    expect((await readModuleFile(path.join(dir, 'LICENSE'), budget)).text).toHaveLength(1000);
    expect(budget.left).toBe(500);
    expect((await readModuleFile(path.join(dir, 'LICENSE'), budget)).problem).toMatch(/64 MiB in all/);
    expect(budget.left).toBe(500);
  });
});
