import { describe, expect, it } from '@jest/globals';
import { selectLicenseFiles } from '../../src/licenses/license-file-names.js';

describe('root license files under any name starting LICENSE, LICENCE, COPYING or UNLICENSE', () => {
  it.each([
    'LICENSE_BSD-2.txt',
    'license-bsd-2.TXT',
    'Licence2',
    'LICENSES',
    'COPYING3',
    'Copying.lib',
    'UNLICENSE.txt',
    'unlicence',
    'LICENSE (1).md',
    'LICENSE+MIT',
  ])('%s at the root is a license file candidate', (name) => {
    const found = selectLicenseFiles([name, 'main.go']);
    expect(found.map((f) => f.path)).toEqual([name]);
  });

  it.each(['license.go', 'licenses.json', 'LICENSE_test.go', 'copying.sh', 'README.md', 'mylicense'])(
    '%s is not',
    (name) => {
      expect(selectLicenseFiles([name, 'main.go'])).toEqual([]);
    },
  );

  it('keeps the narrower rule in subdirectories (a docs/licenses.txt page is not a license file)', () => {
    expect(selectLicenseFiles(['sub/LICENSE (1).md', 'sub/x.go']).map((f) => f.path)).toEqual([]);
  });
});
