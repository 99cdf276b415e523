import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { readZipLicenses } from '../../src/licenses/discovery.js';
import {
  isLicenseFileName,
  isOtherLicenseFileName,
  LICENSE_FILE_NAMES,
  selectLicenseFiles,
} from '../../src/licenses/license-file-names.js';
import { mayBeNamedBytes } from '../../src/licenses/zip-license-files.js';
import { createZip } from '../../test-support/zip-writer.js';

const PREFIX = 'example.com/m@v1.0.0/';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-license-files-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Paths that exercise every rule of selectLicenseFiles: excluded directories, a nested module,
// code below a directory or not, a REUSE sidecar, other names, non-ASCII names, READMEs.
const PATHS = [
  'LICENSE',
  'COPYING.LIB',
  'Licence2',
  'LICENSE_BSD-2.txt',
  'license.go',
  'main.go',
  'main_test.go',
  'README.md',
  'readme.txt',
  'sub/LICENSE',
  'sub/x.go',
  'tests/LICENSE',
  'tests/x_test.go',
  'docs/LICENSE.md',
  'docs/guide.md',
  'vendor/a/LICENSE',
  'vendor/a/a.go',
  'testdata/LICENSE',
  '.github/LICENSE',
  'nested/go.mod',
  'nested/LICENSE',
  'nested/y.go',
  'nested/deeper/LICENSE',
  'img/gopher.png',
  'img/gopher.png.license',
  'img/other.svg.license',
  'gen/types.go.license',
  'gen/types.go',
  'a/LICENSE',
  'a/b/c/d.go',
  'third_party/BSD-LICENSE',
  'third_party/x/LICENSE-THIRD-PARTY.txt',
  'pkg/ünïcode/LICENSE',
  'pkg/ünïcode/a.go',
  'pkg/LİCENSE',
  'pkg/Copyright',
  '.go',
];

const content = (p: string): Buffer => Buffer.from(`The text of ${p}.\nPermission is hereby granted.\n`);

async function viaZip(
  entries: { name: string; data: Buffer }[],
  name: string,
  rootOnly = false,
): Promise<unknown> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, createZip(entries));
  return readZipLicenses(file, PREFIX, { rootOnly });
}

function expected(paths: readonly string[], rootOnly = false): unknown {
  const files = selectLicenseFiles(paths, { rootOnly }).map((candidate) => ({
    ...candidate,
    text: content(candidate.path).toString(),
    problem: undefined,
  }));
  const readme = paths
    .filter((p) => !p.includes('/') && /^readme(?:\.(?:md|markdown|txt|rst))?$/i.test(p))
    .sort()[0];
  return { files, readme: readme === undefined ? undefined : content(readme).toString() };
}

describe('readZipLicenses (the directory scanned as bytes)', () => {
  const entries = [
    ...PATHS.map((p) => ({ name: `${PREFIX}${p}`, data: content(p) })),
    // Not the module's files: another prefix, a directory entry.
    { name: 'example.com/other@v1.0.0/LICENSE', data: content('other') },
    { name: `${PREFIX}sub/`, data: Buffer.alloc(0) },
  ];

  it('chooses and reads what selectLicenseFiles chooses from the whole path list', async () => {
    expect(await viaZip(entries, 'small.zip')).toEqual(expected(PATHS));
    expect(await viaZip(entries, 'root.zip', true)).toEqual(expected(PATHS, true));
  });

  it('reads a directory larger than its first read, and a zip ending in a comment', async () => {
    const many = Array.from({ length: 600 }, (_, i) => `pkg${i % 7}/file${i}.go`);
    const big = [
      ...entries,
      ...many.map((p) => ({ name: `${PREFIX}${p}`, data: Buffer.from('package x\n') })),
    ];
    expect(await viaZip(big, 'big.zip')).toEqual(expected([...PATHS, ...many]));

    const zip = createZip(entries);
    const comment = Buffer.from('a zip comment');
    zip.writeUInt16LE(comment.length, zip.length - 2);
    fs.writeFileSync(path.join(dir, 'comment.zip'), Buffer.concat([zip, comment]));
    expect(await readZipLicenses(path.join(dir, 'comment.zip'), PREFIX)).toEqual(expected(PATHS));
  });

  it('refuses a zip whose directory is cut, as the whole-directory reader does', async () => {
    const zip = createZip(entries);
    fs.writeFileSync(
      path.join(dir, 'cut.zip'),
      Buffer.concat([zip.subarray(0, zip.length - 40), zip.subarray(-22)]),
    );
    await expect(readZipLicenses(path.join(dir, 'cut.zip'), PREFIX)).rejects.toThrow(/central directory/);
  });
});

describe('readZipLicenses and the README', () => {
  it('reads the README only when the root has two license files or more (a choice it may state)', async () => {
    const one = ['LICENSE', 'README.md', 'main.go'].map((p) => ({ name: `${PREFIX}${p}`, data: content(p) }));
    expect(await viaZip(one, 'one.zip')).toEqual({
      ...(expected(['LICENSE', 'README.md', 'main.go']) as object),
      readme: undefined,
    });
    const two = ['LICENSE-MIT', 'LICENSE-APACHE', 'README.md', 'main.go'];
    const found = (await viaZip(
      two.map((p) => ({ name: `${PREFIX}${p}`, data: content(p) })),
      'two.zip',
    )) as { readme?: string };
    expect(found.readme).toBe(content('README.md').toString());
  });
});

describe('mayBeNamedBytes', () => {
  it('keeps every name selection or a README could take', () => {
    const names = [
      ...LICENSE_FILE_NAMES,
      ...LICENSE_FILE_NAMES.map((name) => name.toLowerCase()),
      'COPYING.LIB',
      'Licence2',
      'UNLICENSE.txt',
      'license (1).md',
      'BSD-LICENSE',
      'LICENSE-THIRD-PARTY.txt',
      'COPYRIGHT',
      'copyright.txt',
      'gopher.png.license',
      'README',
      'ReadMe.rst',
      'go.mod',
    ];
    for (const name of names) {
      const counts =
        isLicenseFileName(name) ||
        isOtherLicenseFileName(name, true) ||
        /^readme/i.test(name) ||
        name === 'go.mod';
      expect([name, counts && mayBeNamedBytes(Buffer.from(name), 0, Buffer.byteLength(name))]).toEqual([
        name,
        counts,
      ]);
    }
    for (const name of ['main.go', 'doc.md', 'go.sum', 'x.mod', 'ünïcode.txt'])
      expect([name, mayBeNamedBytes(Buffer.from(name), 0, Buffer.byteLength(name))]).toEqual([name, false]);
  });
});
