import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import spdxFull from 'spdx-license-list/full.js';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BuildListModule } from '../../src/go/build-list.js';
import { classifyLicenseText, UNKNOWN_LICENSE } from '../../src/licenses/classifier.js';
import { evaluateLicenses } from '../../src/licenses/evaluate.js';
import { selectLicenseFiles } from '../../src/licenses/license-file-names.js';
import { spdxIdentifierLines } from '../../src/licenses/normalize.js';
import type { LicensePolicy } from '../../src/licenses/policy.js';
import { escapeModulePath, escapeVersion } from '../../src/module/module-escape.js';
import { buildListModule } from '../../test-support/build-list-module.js';
import { createZip } from '../../test-support/zip-writer.js';

const SPDX = spdxFull as Record<string, { licenseText: string }>;
const text = (id: string): string => SPDX[id].licenseText;
const classify = (body: string): string | undefined => classifyLicenseText(body).expression;

const GPL_NOTICE = (version: string, later: boolean): string =>
  `Copyright (C) 2020 A Licensor\n\nThis program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, ${later ? `either version ${version} of the License, or (at your option) any later version` : `version ${version} of the License`}.\n\nThis program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details.\n\n`;

/** The GPL as gnu.org's Markdown rendering sets it: headings, emphasis, numbered lists. */
function markdown(plain: string): string {
  return plain
    .split('\n')
    .map((line) => {
      const t = line.trim();
      if (/^(GNU GENERAL PUBLIC LICENSE|Preamble|TERMS AND CONDITIONS|END OF TERMS AND CONDITIONS)$/.test(t))
        return `### ${t}`;
      if (/^\d+\. [A-Z][a-z]+/.test(t)) return `#### ${t.replace(/^(\d+\.) (.*?\.)/, '$1 **$2**')}`;
      return line.replace(/"([^"]+)"/g, '“$1”');
    })
    .join('\n');
}

describe('class 3: GPL -only or -or-later, and exceptions', () => {
  it('is -only for the plain text: its How to Apply appendix is not the licensor’s notice', () => {
    expect(classify(text('GPL-2.0-only'))).toBe('GPL-2.0-only');
    expect(classify(text('GPL-3.0-only'))).toBe('GPL-3.0-only');
    expect(classify(text('AGPL-3.0-only'))).toBe('AGPL-3.0-only');
  });

  it('is -or-later only when the licensor’s own notice says "or (at your option) any later version"', () => {
    expect(classify(GPL_NOTICE('3', true) + text('GPL-3.0-only'))).toBe('GPL-3.0-or-later');
    expect(classify(GPL_NOTICE('3', false) + text('GPL-3.0-only'))).toBe('GPL-3.0-only');
    expect(classify(GPL_NOTICE('2', true) + text('GPL-2.0-only'))).toBe('GPL-2.0-or-later');
  });

  it('gives the Markdown and plain renderings the same answer', () => {
    for (const id of ['GPL-2.0-only', 'GPL-3.0-only']) {
      expect(classify(markdown(text(id)))).toBe(id);
      expect(classify(markdown(GPL_NOTICE(id[4], true) + text(id)))).toBe(id.replace('-only', '-or-later'));
    }
  });

  it.each([
    [
      'GPL-2.0-only WITH Classpath-exception-2.0',
      `${text('GPL-2.0-only')}\n\nCLASSPATH EXCEPTION\n\nLinking this library statically or dynamically with other modules is making a combined work based on this library. Thus, the terms and conditions of the GNU General Public License cover the whole combination.\n\nAs a special exception, the copyright holders of this library give you permission to link this library with independent modules to produce an executable, regardless of the license terms of these independent modules, and to copy and distribute the resulting executable under terms of your choice, provided that you also meet, for each linked independent module, the terms and conditions of the license of that module. An independent module is a module which is not derived from or based on this library. If you modify this library, you may extend this exception to your version of the library, but you are not obligated to do so. If you do not wish to do so, delete this exception statement from your version.`,
    ],
    [
      'Apache-2.0 WITH LLVM-exception',
      `${text('Apache-2.0')}\n\n---- LLVM Exceptions to the Apache 2.0 License ----\n\nAs an exception, if, as a result of your compiling your source code, portions of this Software are embedded into an Object form of such source code, you may redistribute such embedded portions in such Object form without complying with the conditions of Sections 4(a), 4(b) and 4(d) of the License.\n\nIn addition, if you combine or link compiled forms of this Software with software that is licensed under the GPLv2 ("Combined Software") and if a court of competent jurisdiction determines that the patent provision (Section 3), the indemnity provision (Section 9) or other Section of the License conflicts with the conditions of the GPLv2, you may retroactively and prospectively choose to deem waived or otherwise exclude such Section(s) of the License, but only in their entirety and only with respect to the Combined Software.`,
    ],
    [
      'LGPL-3.0-only WITH LGPL-3.0-linking-exception',
      `As a special exception to the GNU Lesser General Public License version 3 ("LGPL3"), the copyright holders of this Library give you permission to convey to a third party a Combined Work that links statically or dynamically to this Library without providing any Minimal Corresponding Source or Minimal Application Code as set out in 4d or providing the installation information set out in section 4e, provided that you comply with the other provisions of LGPL3 and provided that you meet, for the Application the terms and conditions of the license(s) which apply to the Application.\n\n${text('LGPL-3.0-only')}`,
    ],
  ])('reads %s', (expected, body) => {
    expect(classify(body)).toBe(expected);
  });
});

describe('class 4: SPDX-License-Identifier in markup', () => {
  it.each([
    ['SPDX-License-Identifier: `MIT`', 'MIT'],
    ['`SPDX-License-Identifier: Apache-2.0`', 'Apache-2.0'],
    ['**SPDX-License-Identifier:** MIT OR Apache-2.0', 'MIT OR Apache-2.0'],
    ['_SPDX-License-Identifier: ISC_', 'ISC'],
    ['<!-- SPDX-License-Identifier: BSD-3-Clause -->', 'BSD-3-Clause'],
    ['// SPDX-License-Identifier: MIT', 'MIT'],
    ['# SPDX-License-Identifier: (MIT OR Apache-2.0)', 'MIT OR Apache-2.0'],
    ['/* SPDX-License-Identifier: MPL-2.0 */', 'MPL-2.0'],
  ])('parses %s', (line, expression) => {
    expect(spdxIdentifierLines(line)[0]?.expression).toBe(expression);
    // and keeps the license matched beside it
    const result = classifyLicenseText(`${line}\n\n${text('MIT')}`);
    expect(result.declared[0].valid).toBe(true);
    expect(result.expression).toContain(expression.split(' ')[0]);
  });
});

describe('class 5: choice or conjunction', () => {
  it.each([
    [
      'This project is dual licensed under the MIT license and the Apache License, Version 2.0.',
      'MIT OR Apache-2.0',
    ],
    [
      'Licensed under either of Apache License, Version 2.0 or MIT license at your option.',
      'Apache-2.0 OR MIT',
    ],
    ['You may choose either the MIT License or the BSD 3-Clause License.', 'MIT OR BSD-3-Clause'],
    ['Dual-licensed under EPL 2.0 and EDL 1.0.', 'EPL-2.0 OR BSD-3-Clause'],
  ])('reads a notice "%s" as %s', (notice, expected) => {
    expect(classify(notice)).toBe(expected);
  });

  it('keeps AND for licenses that all apply, and OR for a choice between texts in one file', () => {
    expect(classify(`${text('MIT')}\n\n${text('BSD-3-Clause')}`)).toBe('MIT AND BSD-3-Clause');
    expect(
      classify(
        `You may use this under the MIT license or, at your option, the Apache License.\n\n${text('MIT')}\n\n${text('Apache-2.0')}`,
      ),
    ).toBe('MIT OR Apache-2.0');
  });
});

describe('class 6: license files under other names, historical notices', () => {
  it('finds LICENSE_list, LICENSE.BSD, LICENSE-BSD, COPYING.txt, edl-v10 next to Go code, not source files', () => {
    const found = selectLicenseFiles([
      'LICENSE',
      'LICENSE-BSD',
      'LICENSE.BSD',
      'license.go',
      'license_test.go',
      'simplelru/LICENSE_list',
      'simplelru/list.go',
      'docs/COPYING.txt',
      'vendor/x/LICENSE',
      'a.go',
    ]);
    expect(found.map((f) => [f.path, f.appliesToCode, f.standardName])).toEqual([
      ['LICENSE', true, true],
      ['LICENSE-BSD', true, false],
      ['LICENSE.BSD', true, false],
      ['docs/COPYING.txt', false, true],
      ['simplelru/LICENSE_list', true, false],
    ]);
  });

  it('identifies the Plan 9 / Lucent notice (SPDX dtoa) rather than calling it unknown', () => {
    expect(classify(text('dtoa'))).toBe('dtoa');
    expect(classify(text('LPL-1.02'))).toBe('LPL-1.02');
    expect(classify(text('HPND'))).toBe('HPND');
  });
});

describe('class 8: files that are not licenses', () => {
  it.each([
    ['See LICENSE-BSL for the terms of this software.', 'only points'],
    ['This software is in the public domain. Do what you like with it.', 'public-domain'],
    [
      'END USER LICENSE AGREEMENT. By installing this software you agree to these terms.',
      'end-user license agreement',
    ],
    [
      'Licensed under the Elastic License; you may not use this file except in compliance with the Elastic License.',
      'Elastic License v1',
    ],
  ])('makes "%s" unknown, with a reason', (body, reason) => {
    const result = classifyLicenseText(body);
    expect(result.expression).toBe(UNKNOWN_LICENSE);
    expect(result.reason).toContain(reason);
  });
});

describe('modules read from their zip when not extracted (class 9)', () => {
  let cache: string;
  const policy: LicensePolicy = {
    allow: ['MIT', 'BSD-3-Clause'],
    deny: [],
    exceptions: [],
    confidence: 0.9,
    unknownLicense: 'fail',
    warnOnly: false,
  };
  const module = (p: string, version: string): BuildListModule => buildListModule(p, version);

  beforeAll(() => {
    cache = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-zip-licenses-'));
    const put = (p: string, version: string, files: Record<string, string>): void => {
      const dir = path.join(cache, 'cache', 'download', ...escapeModulePath(p).split('/'), '@v');
      fs.mkdirSync(dir, { recursive: true });
      const entries = Object.entries(files).map(([name, data]) => ({
        name: `${p}@${version}/${name}`,
        data: Buffer.from(data),
      }));
      const plus = version.indexOf('+');
      const escaped =
        plus < 0 ? escapeVersion(version) : escapeVersion(version.slice(0, plus)) + version.slice(plus);
      fs.writeFileSync(path.join(dir, `${escaped}.zip`), createZip(entries));
    };
    put('example.com/Upper', 'v1.0.0', {
      LICENSE: text('MIT'),
      'x.go': 'package x\n',
      'internal/difflib/LICENSE': text('BSD-3-Clause'),
      'internal/difflib/d.go': 'package difflib\n',
      'testdata/LICENSE': text('GPL-3.0-only'),
    });
    put('example.com/old', 'v2.0.0+incompatible', { LICENSE: text('BSD-3-Clause'), 'x.go': 'package x\n' });
  });
  afterAll(() => fs.rmSync(cache, { recursive: true, force: true }));

  it('finds the same files in the zip as in a tree, and lists the subdirectory apart', async () => {
    const report = await evaluateLicenses([module('example.com/Upper', 'v1.0.0')], policy, {
      modCache: cache,
    });
    const [entry] = report.modules;
    expect(entry.files.map((f) => f.path)).toEqual(['LICENSE', 'internal/difflib/LICENSE']);
    expect([entry.expression, entry.verdict]).toEqual(['MIT', 'allowed']);
    expect(entry.also?.map((a) => `${a.dir}: ${a.expression}`)).toEqual(['internal/difflib: BSD-3-Clause']);
    expect(entry.rule).toContain('also in this module: internal/difflib: BSD-3-Clause');
  });

  it('finds the zip of a +incompatible version', async () => {
    const report = await evaluateLicenses([module('example.com/old', 'v2.0.0+incompatible')], policy, {
      modCache: cache,
    });
    expect([report.modules[0].expression, report.modules[0].verdict]).toEqual(['BSD-3-Clause', 'allowed']);
  });

  it('says the module was not downloaded when there is no zip either', async () => {
    const report = await evaluateLicenses([module('example.com/missing', 'v1.0.0')], policy, {
      modCache: cache,
    });
    expect(report.modules[0].problem).toBe('module not downloaded: no files to read');
    expect(report.modules[0].verdict).toBe('unknown');
  });
});

describe('class 5 at the module: a README or root notice that offers a choice', () => {
  let root: string;
  const policy: LicensePolicy = {
    allow: ['MIT'],
    deny: [],
    exceptions: [],
    confidence: 0.9,
    unknownLicense: 'fail',
    warnOnly: false,
  };
  const tree = (name: string, files: Record<string, string>): BuildListModule => {
    const dir = path.join(root, name);
    for (const [file, body] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), body);
    }
    return buildListModule(`example.com/${name}`, 'v1.0.0', { dir });
  };
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-choice-'));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('is OR when the README presents the files as a choice, AND when nothing does, and never ANDs an OR again', async () => {
    const both = { 'LICENSE-APACHE': text('Apache-2.0'), 'LICENSE-MIT': text('MIT'), 'x.go': 'package x\n' };
    const modules = [
      tree('readme-choice', {
        ...both,
        'README.md':
          '# x\n\nA library.\n\n## License\n\nLicensed under either of Apache License, Version 2.0 or MIT license at your option.\n\n## Contributing\n\nSend patches.\n',
      }),
      tree('no-choice', { ...both, 'README.md': '# x\n\nA library.\n' }),
      tree('notice-choice', {
        ...both,
        LICENSE: 'This project is dual licensed under the MIT license and the Apache License, Version 2.0.\n',
      }),
    ];
    const report = await evaluateLicenses(modules, policy);
    expect(report.modules.map((m) => [m.path, m.expression, m.verdict])).toEqual([
      ['example.com/readme-choice', 'Apache-2.0 OR MIT', 'allowed'],
      ['example.com/no-choice', 'Apache-2.0 AND MIT', 'denied'],
      ['example.com/notice-choice', 'MIT OR Apache-2.0', 'allowed'],
    ]);
  });
});
