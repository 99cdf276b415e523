// Builds the labelled license corpus: every template's SPDX text (placeholders filled in as a
// project would), plus hand-made hard variants. Run: node __fixtures__/licenses/make-corpus.mjs
// The files are committed; this script documents how they were assembled.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const full = require('spdx-license-list/full');
const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, 'corpus');

const TEMPLATES = [
  '0BSD', 'AFL-3.0', 'AGPL-3.0-only', 'Apache-2.0', 'Artistic-2.0', 'BlueOak-1.0.0', 'BSD-2-Clause',
  'BSD-2-Clause-Patent', 'BSD-3-Clause', 'BSD-3-Clause-Clear', 'BSD-4-Clause', 'BSL-1.0', 'BUSL-1.1', 'CC-BY-4.0',
  'CC-BY-SA-4.0', 'CC0-1.0', 'CDDL-1.0', 'EPL-1.0', 'EPL-2.0', 'EUPL-1.2', 'GPL-2.0-only', 'GPL-3.0-only',
  'ISC', 'JSON', 'LGPL-2.1-only', 'LGPL-3.0-only', 'MIT', 'MIT-0', 'MPL-1.1', 'MPL-2.0', 'MS-PL', 'NCSA',
  'OFL-1.1', 'PostgreSQL', 'Python-2.0', 'Unicode-DFS-2016', 'Unlicense', 'UPL-1.0', 'WTFPL', 'X11', 'Zlib',
];

const text = (id) => full[id].licenseText;

/** Fills the placeholders of copyright lines as a project would. */
function fill(t, holder = 'Example Corp') {
  return t
    .split('\n')
    .map((line) =>
      /^\s*(portions\s+)?copyright/i.test(line)
        ? line.replace(/<[^>\n]{1,60}>|\[[^\]\n]{1,40}\]|\bYEAR\b|\bAUTHOR EMAIL\b/g, (m) =>
            /year|yyyy|xxxx/i.test(m) ? '2021' : holder,
          )
        : line,
    )
    .join('\n');
}

/** Rewraps every paragraph to `width` columns. */
function rewrap(t, width) {
  return t
    .split(/\n\s*\n/)
    .map((para) => {
      const words = para.split(/\s+/).filter(Boolean);
      const lines = [];
      let line = '';
      for (const word of words) {
        if (line && line.length + 1 + word.length > width) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      if (line) lines.push(line);
      return lines.join('\n');
    })
    .join('\n\n');
}

const prefix = (t, p) =>
  t
    .split('\n')
    .map((line) => (line.trim() === '' ? p.trimEnd() : p + line))
    .join('\n');
const words = (t) => t.split(/\s+/).filter(Boolean);
const truncate = (t, fraction) => words(t).slice(0, Math.floor(words(t).length * fraction)).join(' ');
const section = (t, from, to) => t.slice(t.indexOf(from), to ? t.indexOf(to) : undefined);

const GO_BSD = `Copyright (c) 2009 The Go Authors. All rights reserved.

Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions are
met:

   * Redistributions of source code must retain the above copyright
notice, this list of conditions and the following disclaimer.
   * Redistributions in binary form must reproduce the above
copyright notice, this list of conditions and the following disclaimer
in the documentation and/or other materials provided with the
distribution.
   * Neither the name of Google Inc. nor the names of its
contributors may be used to endorse or promote products derived from
this software without specific prior written permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
"AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
(INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
`;

const APACHE_NOTICE = `Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
`;

const MIT = fill(text('MIT'), 'Jane Doe');
const APACHE = text('Apache-2.0');
const APACHE_BARE = APACHE.slice(0, APACHE.indexOf('APPENDIX:'));
const BSD3 = fill(text('BSD-3-Clause'));
const GPL3 = text('GPL-3.0-only');
const GPL2 = text('GPL-2.0-only');
const LGPL3 = text('LGPL-3.0-only');

const PROSE = `The river bends twice before it reaches the old mill, and in the spring the water runs
high enough to cover the lower steps. Children from the village come down in the afternoons to
throw bread to the ducks and to race paper boats from the bridge to the weir. Nobody remembers
who built the mill, though the baker says his grandfather once carried flour from it in a cart
pulled by a grey horse that would only walk on the left side of the road.`;

const PROPRIETARY = `ACME CORPORATION SOFTWARE LICENSE AGREEMENT

This software and its documentation are proprietary to Acme Corporation. You are granted a
limited, non-transferable license to use the software internally. You may not copy, modify,
distribute, sublicense, rent or lease the software, and you may not reverse engineer it, without
the prior written permission of Acme Corporation. The software is provided without warranty of
any kind and Acme Corporation shall not be liable for any damages arising from its use.`;

const EXTRA_CLAUSE = `Additional terms: the Software may not be used to train machine learning models, and any
redistribution of the Software in a hosted service requires a separate commercial license from
the copyright holder. Permission to use the Software under these additional terms is granted only
to individuals and to organisations with fewer than fifty employees; all other use requires a
written license agreement with warranty terms negotiated separately.`;

const corpus = {};
const add = (name, content, label) => {
  if (corpus[name]) throw new Error(`duplicate ${name}`);
  corpus[name] = { content, label };
};

for (const id of TEMPLATES) add(`spdx-${id}.txt`, fill(text(id)), id);

// MIT and its neighbours (JSON, MIT-0, X11).
add('mit-rewrapped-60.txt', rewrap(MIT, 60), 'MIT');
add(
  'mit-markdown.md',
  `# The MIT License (MIT)\n\nCopyright © 2019 **Jane Doe**\n\n${rewrap(MIT.slice(MIT.indexOf('Permission')), 100)
    .replace('"Software"', '_"Software"_')
    .replace('THE SOFTWARE IS PROVIDED', '**THE SOFTWARE IS PROVIDED**')}\n`,
  'MIT',
);
add('mit-go-comment.txt', prefix(MIT, '// '), 'MIT');
add('mit-hash-comment.txt', prefix(rewrap(MIT, 72), '# '), 'MIT');
add('mit-crlf.txt', MIT.replace(/\n/g, '\r\n'), 'MIT');
add(
  'mit-typos.txt',
  MIT.replace('free of charge', 'free of charges').replace('substantial portions', 'substantive portions').replace('AS IS', 'AS-IS, '),
  'MIT',
);
add('mit-expat-title.txt', MIT.replace('MIT License', 'The MIT License (Expat)'), 'MIT');
add('mit-truncated.txt', truncate(MIT, 0.45), 'LicenseRef-unknown');
add('mit-with-extra-clause.txt', `${MIT}\n\n${EXTRA_CLAUSE}\n`, 'MIT AND LicenseRef-unknown');
add(
  'mit-with-short-restriction.txt',
  `${MIT}\nThe Software shall not be used for military purposes.\n`,
  'MIT AND LicenseRef-unknown',
);
add(
  'mit-with-inserted-restriction.txt',
  MIT.replace('following conditions:\n', 'following conditions:\n\nThe Software may not be used in commercial products.\n'),
  'LicenseRef-unknown',
);
add(
  'mit-after-prose.txt',
  `This is the license of the widget library. Thanks to everyone who sent patches over the years.\n\n${MIT}`,
  'MIT',
);
add('json-named.txt', fill(text('JSON')).replace('JSON License\n', '').replace('2002 JSON.org', '2015 Douglas Example'), 'JSON');
add('mit-0-no-title.txt', fill(text('MIT-0')).replace('MIT No Attribution\n', 'MIT No Attribution License\n'), 'MIT-0');
add('mit-0-rewrapped.txt', rewrap(fill(text('MIT-0')), 100), 'MIT-0');
add('x11-named.txt', text('X11').replaceAll('X Consortium', 'Example Foundation').replace('X11 License', ''), 'X11');

// The BSD family.
add('bsd3-go-authors.txt', GO_BSD, 'BSD-3-Clause');
add('bsd3-star-comment.txt', `/*\n${prefix(rewrap(BSD3.replace('the copyright holder nor', 'Example Corp nor'), 70), ' * ')}\n */\n`, 'BSD-3-Clause');
add('bsd3-markdown-bullets.md', `# BSD 3-Clause License\n\n${BSD3.replace(/\n[123]\. /g, '\n- ')}`, 'BSD-3-Clause');
add(
  'bsd3-library-holder.txt',
  fill(BSD3, 'The Widget Library Authors')
    .replace('the copyright holder nor', 'the Widget Library project nor')
    .replace('PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS', 'PROVIDED BY THE WIDGET LIBRARY AUTHORS AND CONTRIBUTORS'),
  'BSD-3-Clause',
);
add('bsd3-two-holders.txt', `${fill(BSD3, 'Alpha Ltd')}\n\n----\n\n${fill(BSD3, 'Beta GmbH')}`, 'BSD-3-Clause');
// github.com/pmezard/go-difflib (in testify, so in most Go builds): the non-endorsement clause
// says "may not be used", which is the clause itself, not an added restriction.
add(
  'bsd3-difflib-endorsement-wording.txt',
  `Copyright (c) 2013, Patrick Mezard
All rights reserved.

Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions are
met:

    Redistributions of source code must retain the above copyright
notice, this list of conditions and the following disclaimer.
    Redistributions in binary form must reproduce the above copyright
notice, this list of conditions and the following disclaimer in the
documentation and/or other materials provided with the distribution.
    The names of its contributors may not be used to endorse or promote
products derived from this software without specific prior written
permission.

${BSD3.slice(BSD3.indexOf('THIS SOFTWARE IS PROVIDED'))}`,
  'BSD-3-Clause',
);
add(
  'bsd3-with-inserted-restriction.txt',
  fill(BSD3).replace(
    'following conditions are met:\n',
    'following conditions are met:\n\nThis software may not be used in commercial products.\n',
  ),
  'LicenseRef-unknown',
);
add(
  'bsd2-named.txt',
  fill(text('BSD-2-Clause'), 'Jane Doe')
    .replace('THE COPYRIGHT HOLDERS AND CONTRIBUTORS', 'THE AUTHOR AND CONTRIBUTORS')
    .replace('THE COPYRIGHT HOLDER OR CONTRIBUTORS', 'THE AUTHOR OR CONTRIBUTORS'),
  'BSD-2-Clause',
);
add('bsd2-hash-comment.txt', prefix(rewrap(fill(text('BSD-2-Clause')), 76), '# '), 'BSD-2-Clause');
add(
  'bsd3-clear-no-title.txt',
  fill(text('BSD-3-Clause-Clear')).replace('The Clear BSD License\n', '').replace('[Owner Organization] nor', 'Example Labs nor'),
  'BSD-3-Clause-Clear',
);
add(
  'bsd4-berkeley.txt',
  fill(text('BSD-4-Clause'), 'The Regents of the University of California')
    .replace('developed by the organization.', 'developed by the University of California, Berkeley and its contributors.')
    .replace('the name of the copyright holder nor', 'the name of the University nor')
    .replace('PROVIDED BY COPYRIGHT HOLDER', 'PROVIDED BY THE REGENTS AND CONTRIBUTORS')
    .replace('SHALL COPYRIGHT HOLDER BE', 'SHALL THE REGENTS OR CONTRIBUTORS BE'),
  'BSD-4-Clause',
);
add('bsd2-patent-named.txt', fill(text('BSD-2-Clause-Patent'), 'Example Inc.'), 'BSD-2-Clause-Patent');

// ISC and 0BSD.
add(
  'isc-named.txt',
  `Copyright (c) 2015, Jane Doe <jane@example.com>\n\n${section(text('ISC'), 'Permission').replaceAll('ISC', 'THE AUTHOR')}`,
  'ISC',
);
add('isc-rewrapped.txt', rewrap(fill(text('ISC')), 66), 'ISC');
add('0bsd-named.txt', text('0BSD').replace('YEAR by AUTHOR EMAIL', '2020 by Jane Doe <jane@example.com>'), '0BSD');

// Apache.
add('apache-no-appendix.txt', APACHE_BARE, 'Apache-2.0');
add(
  'apache-with-notice.txt',
  `${APACHE}\n\nNOTICE\n\nExample Server\nCopyright 2020 Example Corp.\n\nThis product includes software developed at Example Corp (https://example.com/).\n`,
  'Apache-2.0',
);
add(
  'apache-markdown.md',
  APACHE_BARE.replace('Apache License\nVersion 2.0, January 2004', '# Apache License\n\n**Version 2.0, January 2004**').replace(
    /\n(\d)\. ([A-Z][a-z ]+\.)/g,
    '\n### $1. $2',
  ),
  'Apache-2.0',
);
add('apache-star-comment.txt', `/*\n${prefix(APACHE, ' * ')}\n */\n`, 'Apache-2.0');
add('apache-notice-only.txt', `Copyright 2020 The Example Authors.\n\n${APACHE_NOTICE}`, 'Apache-2.0');
add('apache-truncated.txt', truncate(APACHE, 0.35), 'LicenseRef-unknown');
add(
  'apache-with-mit-mention.txt',
  `${APACHE}\n\nPortions of this software were derived from the widget project, which is MIT licensed.\n`,
  // The MIT part is never dropped: a block naming a license is its own term.
  'Apache-2.0 AND MIT',
);

// Two licenses in one file.
add('mit-and-apache.txt', `${MIT}\n\n---\n\n${APACHE}`, 'MIT AND Apache-2.0');
add(
  'dual-apache-mit.txt',
  `Licensed under either of Apache License, Version 2.0 or MIT license at your option.\n\n${APACHE}\n\n${MIT}`,
  'Apache-2.0 OR MIT',
);
add(
  'dual-licensed-mit-apache-notice.txt',
  `This project is dual licensed under the MIT and the Apache 2.0 licenses.\n\n${MIT}\n\n${APACHE_NOTICE}`,
  'MIT OR Apache-2.0',
);
add(
  'yaml-v3-style.txt',
  `
This project is covered by two different licenses: MIT and Apache.

#### MIT License ####

The following files were ported to Go from C files of libyaml, and thus
are still covered by their original MIT license, with the additional
copyright staring in 2011 when the project was ported over:

    apic.go emitterc.go parserc.go readerc.go scannerc.go
    writerc.go yamlh.go yamlprivateh.go

Copyright (c) 2006-2010 Kirill Simonov
Copyright (c) 2006-2011 Kirill Simonov

${MIT.slice(MIT.indexOf('Permission'))}

### Apache License ###

All the remaining project files are covered by the Apache license:

Copyright (c) 2011-2019 Canonical Ltd

${APACHE_NOTICE}`,
  'MIT AND Apache-2.0',
);

// The GPL family.
add(
  'gpl3-or-later-header.txt',
  `Example Tool
Copyright (C) 2020 Jane Doe

This program is free software: you can redistribute it and/or modify
it under the terms of the GNU General Public License as published by
the Free Software Foundation, either version 3 of the License, or
(at your option) any later version.

This program is distributed in the hope that it will be useful,
but WITHOUT ANY WARRANTY; without even the implied warranty of
MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
GNU General Public License for more details.

You should have received a copy of the GNU General Public License
along with this program.  If not, see <https://www.gnu.org/licenses/>.

${GPL3}`,
  'GPL-3.0-or-later',
);
add(
  'gpl2-or-later-notice-only.txt',
  `Copyright (C) 2010 Jane Doe

This program is free software; you can redistribute it and/or
modify it under the terms of the GNU General Public License
as published by the Free Software Foundation; either version 2
of the License, or (at your option) any later version.

This program is distributed in the hope that it will be useful,
but WITHOUT ANY WARRANTY; without even the implied warranty of
MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
GNU General Public License for more details.

You should have received a copy of the GNU General Public License
along with this program; if not, write to the Free Software
Foundation, Inc., 51 Franklin Street, Fifth Floor, Boston, MA  02110-1301, USA.
`,
  'GPL-2.0-or-later',
);
add(
  'lgpl21-or-later-header.txt',
  `Copyright (C) 2012 Example Hackers

This library is free software; you can redistribute it and/or
modify it under the terms of the GNU Lesser General Public
License as published by the Free Software Foundation; either
version 2.1 of the License, or (at your option) any later version.

This library is distributed in the hope that it will be useful,
but WITHOUT ANY WARRANTY; without even the implied warranty of
MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU
Lesser General Public License for more details.

You should have received a copy of the GNU Lesser General Public
License along with this library; if not, write to the Free Software
Foundation, Inc., 51 Franklin Street, Fifth Floor, Boston, MA  02110-1301  USA

${text('LGPL-2.1-only')}`,
  'LGPL-2.1-or-later',
);
add(
  'agpl3-or-later-notice-only.md',
  `# License

Copyright (C) 2021 Example Cloud

This program is free software: you can redistribute it and/or modify
it under the terms of the GNU Affero General Public License as published
by the Free Software Foundation, either version 3 of the License, or
(at your option) any later version.

This program is distributed in the hope that it will be useful,
but WITHOUT ANY WARRANTY; without even the implied warranty of
MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
GNU Affero General Public License for more details.

You should have received a copy of the GNU Affero General Public License
along with this program.  If not, see <https://www.gnu.org/licenses/>.
`,
  'AGPL-3.0-or-later',
);
add('gpl2-rewrapped.txt', rewrap(GPL2, 78), 'GPL-2.0-only');
add('gpl3-no-appendix.txt', GPL3.slice(0, GPL3.indexOf('How to Apply These Terms')), 'GPL-3.0-only');
add('lgpl3-lesser-part-only.txt', LGPL3.slice(0, LGPL3.indexOf('GNU GENERAL PUBLIC LICENSE\nVersion 3')), 'LGPL-3.0-only');
add('lgpl21-hash-comment.txt', prefix(text('LGPL-2.1-only'), '# '), 'LGPL-2.1-only');
add('agpl3-rewrapped.txt', rewrap(text('AGPL-3.0-only'), 80), 'AGPL-3.0-only');
add('gpl3-truncated.txt', truncate(GPL3, 0.3), 'LicenseRef-unknown');

// SPDX-License-Identifier lines as evidence.
add('spdx-id-only.txt', 'SPDX-License-Identifier: MIT\n', 'MIT');
add('spdx-id-gpl2-or-later.txt', `SPDX-License-Identifier: GPL-2.0-or-later\n\n${GPL2}`, 'GPL-2.0-or-later');

// Others, reformatted.
add('unlicense-no-footer.txt', section(text('Unlicense'), 'This is free', 'For more information'), 'Unlicense');
add('mpl2-no-exhibits.txt', section(text('MPL-2.0'), 'Mozilla Public License', 'Exhibit A - Source Code Form License Notice'), 'MPL-2.0');
add('zlib-libpng-title.txt', text('Zlib').replace('zlib License', 'The zlib/libpng License'), 'Zlib');
add('wtfpl-rewrapped.txt', rewrap(text('WTFPL'), 50), 'WTFPL');
add('bsl-markdown.md', `# Boost Software License\n\n${prefix(rewrap(text('BSL-1.0'), 90), '> ')}`, 'BSL-1.0');

// Not licenses.
add('random-prose.txt', PROSE, 'LicenseRef-unknown');
add('proprietary.txt', PROPRIETARY, 'LicenseRef-unknown');
add('empty.txt', '', 'none');
add('whitespace-only.txt', '\n   \n\t\n', 'none');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const labels = {};
for (const [name, { content, label }] of Object.entries(corpus)) {
  writeFileSync(path.join(out, name), content);
  labels[name] = label;
}
writeFileSync(path.join(out, 'labels.json'), `${JSON.stringify(labels, null, 2)}\n`);
console.log(`${Object.keys(labels).length} files in ${out}`);
