import { describe, expect, it } from '@jest/globals';
import { classifyLicenseText, UNKNOWN_LICENSE } from '../../src/licenses/classifier.js';
import { classifyModuleFiles } from '../../src/licenses/evaluate.js';
import spdxIds from 'spdx-license-ids/index.json' with { type: 'json' };

/** General rules found on the fresh evaluation set's misses, each with its limits. */
describe('general rules', () => {
  it('reads the Lucent licence (SMLNJ) under another holder and without its title', () => {
    const text = `Copyright (C) 1998, 1999 by Acme Labs
All Rights Reserved

Permission to use, copy, modify, and distribute this software and
its documentation for any purpose and without fee is hereby
granted, provided that the above copyright notice appear in all
copies and that both that the copyright notice and this
permission notice and warranty disclaimer appear in supporting
documentation, and that the name of Acme Labs or any of its entities
not be used in advertising or publicity pertaining to
distribution of the software without specific, written prior
permission.

ACME LABS DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE,
INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS.
IN NO EVENT SHALL ACME LABS OR ANY OF ITS ENTITIES BE LIABLE FOR ANY
SPECIAL, INDIRECT OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER
IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION,
ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF
THIS SOFTWARE.
`;
    expect(classifyLicenseText(text).expression).toBe('SMLNJ');
  });

  it('drops a list of SPDX identifiers (data), but not a list with a sentence in it', () => {
    // As go-spdx keeps them (cmd/license_ids.txt): long enough for the ids' words to read as terms.
    const ids = (spdxIds as string[]).map((id) => `"${id}",`);
    const list = `\t\t${ids.join('\n\t\t')}\n`;
    const read = classifyLicenseText(list);
    expect(read.unknown).toEqual([]);
    const files = classifyModuleFiles(
      [
        {
          path: 'cmd/license_ids.txt',
          dir: 'cmd',
          appliesToCode: true,
          standardName: false,
          text: list,
          problem: undefined,
        },
      ],
      0.9,
    );
    expect(files).toEqual([]);
    const withTerms = `${list}You shall not use this software for any commercial purpose whatsoever, and you must\npay the author a licensing fee before any redistribution of the software is permitted.\n`;
    expect(classifyLicenseText(withTerms).expression).toBe(UNKNOWN_LICENSE);
  });

  it('reads "no copyright assignment is required" as a contribution policy, not a clause', () => {
    const apache = `Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.`;
    const policy = `Copyrights in the widget project are retained by their contributors. No
copyright assignment is required to contribute to the widget project.

Except as otherwise noted, widget is licensed under the Apache License, Version 2.0.

${apache}`;
    expect(classifyLicenseText(policy).expression).toBe('Apache-2.0');
    const withDuty = policy.replace(
      'No\ncopyright assignment is required to contribute to the widget project.',
      'Every user must notify the widget project before any commercial use.',
    );
    expect(classifyLicenseText(withDuty).expression).toContain(UNKNOWN_LICENSE);
  });

  it('takes a one-sentence declaration of one license as that license, and nothing looser', () => {
    const read = (text: string) => classifyLicenseText(text).expression;
    expect(read('Copyright (c) The Widget Authors.\nLicensed under the Apache License 2.0.\n')).toBe(
      'Apache-2.0',
    );
    expect(
      read(
        '   Apache License\n   Version 2.0, January 2004\n   http://www.apache.org/licenses/\n\nYou can find the full license at the following link:\nhttps://example.com/LICENSE\n',
      ),
    ).toBe('Apache-2.0');
    // Limited, added to, or naming two: not a declaration of the one license.
    expect(read('Licensed under the MIT License, except for the files in vendor/.\n')).toBe(UNKNOWN_LICENSE);
    expect(read('Licensed under the MIT License. Commercial use must be approved first.\n')).toBe(
      UNKNOWN_LICENSE,
    );
    expect(read('Some parts are licensed under the MIT License.\n')).toBe(UNKNOWN_LICENSE);
    expect(read('Licensed under the MIT License and the Apache License 2.0.\n')).toBe(UNKNOWN_LICENSE);
    // A pointer that names no license stays what it was.
    expect(read('See the LICENSE file in the repository root.\n')).toBe(UNKNOWN_LICENSE);
  });
});
