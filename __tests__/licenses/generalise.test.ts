import { describe, expect, it } from '@jest/globals';
import spdxFull from 'spdx-license-list/full.js';
import { classifyLicenseText } from '../../src/licenses/classifier.js';

const FULL = spdxFull as Record<string, { licenseText: string }>;

describe('texts and forms real projects use', () => {
  it.each(['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-3.0', 'Unicode-3.0', 'Unicode-DFS-2016'])(
    'the full %s text',
    (id) => {
      expect(classifyLicenseText(FULL[id].licenseText).expression).toBe(id);
    },
  );

  // creativecommons.org's legalcode.txt, as projects ship it (minio's docs/LICENSE): the title
  // without "Creative Commons", the considerations' links spelled out, and the closing notice's
  // sentence on CC0 that SPDX's copy lacks (a 20-word run: no match before).
  it.each(['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0'])('the legalcode.txt form of %s', (id) => {
    const legalcode = replaceEach(FULL[id].licenseText, [
      ['Creative Commons Attribution', 'Attribution'],
      [
        'More considerations for licensors.',
        'More considerations for licensors:\n\twiki.creativecommons.org/Considerations_for_licensors',
      ],
      [
        'More considerations for the public.',
        'More_considerations for the public:\n\twiki.creativecommons.org/Considerations_for_licensees',
      ],
      [
        'will be considered the “Licensor.”',
        'will be considered the “Licensor.” The text of the Creative Commons public licenses is dedicated to the public domain under the CC0 Public Domain Dedication.',
      ],
    ]);
    expect(classifyLicenseText(legalcode).expression).toBe(id);
  });

  // The Go gopher's note, copied into many Go modules' LICENSE after their own text (fatih/structtag).
  it('a BSD text with the Go gopher note names CC-BY-3.0 beside BSD-3-Clause, not unknown', () => {
    const text = `${FULL['BSD-3-Clause'].licenseText}\n\nThe Go gopher was designed by Renee French. http://reneefrench.blogspot.com/ The design is licensed under the Creative Commons 3.0 Attributions license. Read this article for more details: https://blog.golang.org/gopher\n`;
    expect(classifyLicenseText(text).expression).toBe('BSD-3-Clause AND CC-BY-3.0');
  });

  it.each([
    ['Images in docs/ are licensed under CC BY 4.0.', 'CC-BY-4.0'],
    ['The logo is licensed under the Creative Commons Attribution 4.0 International License.', 'CC-BY-4.0'],
    ['Documentation is licensed under CC-BY-SA-4.0.', 'CC-BY-SA-4.0'],
    ['The artwork is under the Creative Commons Attribution-ShareAlike 3.0 license.', 'CC-BY-SA-3.0'],
  ])('an MIT text followed by "%s" is MIT AND %s', (note, id) => {
    expect(classifyLicenseText(`${FULL.MIT.licenseText}\n\n${note}\n`).expression).toBe(`MIT AND ${id}`);
  });

  const GPL2 = FULL['GPL-2.0-only'].licenseText;
  it.each([
    ['This program is licensed under the GNU GPL version 2.0 or later.', 'GPL-2.0-or-later'],
    ['Licensed under GPLv2 or later.', 'GPL-2.0-or-later'],
    [
      'SPDX says GPL-2.0-or-later; this is GNU General Public License v2 or any later version.',
      'GPL-2.0-or-later',
    ],
    ['Released under the GNU General Public License, version 2 or newer.', 'GPL-2.0-or-later'],
    ['This program is licensed under the GNU General Public License version 2.', 'GPL-2.0-only'],
  ])('a GPL-2.0 text under the notice "%s" is %s', (notice, id) => {
    expect(classifyLicenseText(`${notice}\n\n${GPL2}`).expression).toBe(id);
  });

  it('the FSF copy of GPL-2.0, with the paragraph SPDX leaves out, is GPL-2.0-only alone', () => {
    const fsf = `${GPL2}\n\nThis General Public License does not permit incorporating your program into proprietary programs.  If your program is a subroutine library, you may consider it more useful to permit linking proprietary applications with the library.  If this is what you want to do, use the GNU Lesser General Public License instead of this License.\n`;
    expect(classifyLicenseText(fsf).expression).toBe('GPL-2.0-only');
  });

  it('an Apache text with a subordinate-components note citing the Apache license page stays Apache-2.0', () => {
    const text = `${FULL['Apache-2.0'].licenseText}\n\nThis product includes code from Apache Parquet.\n * format/parquet.go is based on Apache Parquet's thrift file\nCopyright: 2014 The Apache Software Foundation.\nLicense: http://www.apache.org/licenses/LICENSE-2.0\n`;
    expect(classifyLicenseText(text).expression).toBe('Apache-2.0');
  });

  it('an MIT text with a note that part of the code is under CC0 is MIT AND CC0-1.0', () => {
    const text = `${FULL.MIT.licenseText}\n\nThe file internal/sha3.go is released under CC0 (https://creativecommons.org/publicdomain/zero/1.0/).\n`;
    expect(classifyLicenseText(text).expression).toBe('MIT AND CC0-1.0');
  });
});

function replaceEach(text: string, edits: readonly (readonly [string, string])[]): string {
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`'${from}' is not in the text`);
    text = text.replace(from, to);
  }
  return text;
}
