import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { createZip, type ZipEntry } from './zip-writer.js';

/** A module version served by the fixture proxy: its files as they appear in the module zip. */
export interface FixtureModule {
  path: string;
  version: string;
  /** File name (relative to the module root, `/`-separated) → content; `go.mod` unless `+incompatible`. */
  files: Record<string, string>;
  /** The SPDX id of the LICENSE file, when there is one (an oracle for license tests). */
  license?: string;
  /** RFC 3339 time served in `.info`; defaults to a fixed date. */
  time?: string;
  /** Binary files added to the zip (stored, not deflated), e.g. a large incompressible blob. */
  blobs?: Record<string, Buffer>;
}

/** The main module of a fixture graph: its go.mod (before `go mod tidy`) and its other files. */
export interface FixtureMain {
  path: string;
  goMod: string;
  /** Every file except go.mod, including the `local/` replacement module when there is one. */
  files: Record<string, string>;
}

export interface FixtureGraph {
  modules: FixtureModule[];
  main: FixtureMain;
}

export const FIXTURE_TIME = '2024-01-02T03:04:05Z';
export const FIXTURE_GO_VERSION = '1.21';

/** A go.mod file: `module` line, `go` line, and one require block when there are requirements. */
export function goModFile(path: string, requires: Record<string, string> = {}, extra = ''): string {
  let text = `module ${path}\n\ngo ${FIXTURE_GO_VERSION}\n`;
  const lines = Object.entries(requires).map(([p, v]) => `\t${p} ${v}\n`);
  if (lines.length > 0) text += `\nrequire (\n${lines.join('')})\n`;
  if (extra) text += `\n${extra}`;
  return text;
}

const MIT = (holder: string): string => `MIT License

Copyright (c) 2024 ${holder}

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;

const BSD_3_CLAUSE = (holder: string): string => `Copyright (c) 2024, ${holder}
All rights reserved.

Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions are met:

1. Redistributions of source code must retain the above copyright notice, this
   list of conditions and the following disclaimer.

2. Redistributions in binary form must reproduce the above copyright notice,
   this list of conditions and the following disclaimer in the documentation
   and/or other materials provided with the distribution.

3. Neither the name of the copyright holder nor the names of its
   contributors may be used to endorse or promote products derived from
   this software without specific prior written permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
`;

const ISC = (holder: string): string => `ISC License

Copyright (c) 2024 ${holder}

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted, provided that the above
copyright notice and this permission notice appear in all copies.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
`;

let apacheText: string | undefined;
function apache2(): string {
  apacheText ??= (
    createRequire(import.meta.url)('spdx-license-list/full') as Record<string, { licenseText: string }>
  )['Apache-2.0'].licenseText;
  return apacheText.endsWith('\n') ? apacheText : `${apacheText}\n`;
}

/** Short real license texts by SPDX id, with the given copyright holder. */
export function licenseText(
  spdxId: 'MIT' | 'BSD-3-Clause' | 'ISC' | 'Apache-2.0',
  holder = 'The Fixture Authors',
): string {
  switch (spdxId) {
    case 'MIT':
      return MIT(holder);
    case 'BSD-3-Clause':
      return BSD_3_CLAUSE(holder);
    case 'ISC':
      return ISC(holder);
    case 'Apache-2.0':
      return apache2();
  }
}

/** The Go package name of a module path: last element, without a `/vN` suffix, lower-cased. */
export function packageName(modulePath: string): string {
  const parts = modulePath.split('/');
  let last = parts[parts.length - 1];
  if (/^v[0-9]+$/.test(last) && parts.length > 1) last = parts[parts.length - 2];
  // A VCS qualifier (`vcs.test/lib.git`) is not part of the package name.
  last = last.replace(/\.(git|hg|bzr|svn|fossil)$/, '');
  return last.toLowerCase().replace(/[^a-z0-9_]/g, '_');
}

/** A Go source file for a module's root package that imports (and uses) the given packages. */
export function goSource(modulePath: string, imports: string[] = []): string {
  const pkg = packageName(modulePath);
  const importBlock = imports.length > 0 ? `import (\n${imports.map((p) => `\t"${p}"\n`).join('')})\n\n` : '';
  const calls = imports.map((p) => ` + " " + ${packageName(p)}.Name()`).join('');
  return `// Package ${pkg} is a fixture module of the Go Module Warden test bed.
package ${pkg}

${importBlock}// Name returns this module's path followed by its dependencies' names.
func Name() string {
\treturn "${modulePath}"${calls}
}
`;
}

/** What `fixtureModule` needs: path, version, requirements (imported by its .go file) and a license. */
export interface FixtureModuleSpec {
  path: string;
  version: string;
  requires?: Record<string, string>;
  license?: 'MIT' | 'BSD-3-Clause' | 'ISC' | 'Apache-2.0';
}

/** A fixture module with go.mod, one package importing its requirements, and a LICENSE when asked. */
export function fixtureModule(spec: FixtureModuleSpec): FixtureModule {
  const requires = spec.requires ?? {};
  const files: Record<string, string> = {
    'go.mod': goModFile(spec.path, requires),
    [`${packageName(spec.path)}.go`]: goSource(spec.path, Object.keys(requires)),
  };
  if (spec.license) files.LICENSE = licenseText(spec.license);
  return { path: spec.path, version: spec.version, files, license: spec.license };
}

/**
 * The standard fixture graph. The main module `example.test/app` requires directly
 * alpha v1.0.0 (MIT), Upper v1.2.0 (case-encoded as `!upper`, ISC) and gamma/v2 v2.1.0 (a /v2
 * major version, Apache-2.0); alpha requires beta v1.1.0 (Apache-2.0, indirect for the app);
 * gamma/v2 requires delta v0.3.0 (BSD-3-Clause, indirect); `example.test/local` is replaced by the
 * local directory `./local` (MIT, never fetched from a proxy).
 */
export function standardGraph(): FixtureGraph {
  const modules = [
    fixtureModule({
      path: 'example.test/alpha',
      version: 'v1.0.0',
      requires: { 'example.test/beta': 'v1.1.0' },
      license: 'MIT',
    }),
    fixtureModule({ path: 'example.test/beta', version: 'v1.1.0', license: 'Apache-2.0' }),
    fixtureModule({ path: 'example.test/Upper', version: 'v1.2.0', license: 'ISC' }),
    fixtureModule({
      path: 'example.test/gamma/v2',
      version: 'v2.1.0',
      requires: { 'example.test/delta': 'v0.3.0' },
      license: 'Apache-2.0',
    }),
    fixtureModule({ path: 'example.test/delta', version: 'v0.3.0', license: 'BSD-3-Clause' }),
  ];
  const direct = {
    'example.test/alpha': 'v1.0.0',
    'example.test/Upper': 'v1.2.0',
    'example.test/gamma/v2': 'v2.1.0',
    'example.test/local': 'v0.0.0',
  };
  const local = fixtureModule({ path: 'example.test/local', version: 'v0.0.0', license: 'MIT' });
  const files: Record<string, string> = { 'main.go': mainSource(Object.keys(direct)) };
  for (const [name, content] of Object.entries(local.files)) files[`local/${name}`] = content;
  return {
    modules,
    main: {
      path: 'example.test/app',
      goMod: goModFile('example.test/app', direct, 'replace example.test/local => ./local\n'),
      files,
    },
  };
}

/** The main package of a fixture main module, importing and using every given package. */
export function mainSource(imports: string[]): string {
  return `package main

import (
\t"fmt"
${imports.map((p) => `\t"${p}"\n`).join('')})

func main() {
${imports.map((p) => `\tfmt.Println(${packageName(p)}.Name())\n`).join('')}}
`;
}

/**
 * `n` independent modules `example.test/m/mod000 v1.0.0`… (MIT, each with one package) and a
 * main module `example.test/many` requiring and importing them all.
 */
export function manyModules(n: number): FixtureGraph {
  const width = Math.max(3, String(n - 1).length);
  const modules: FixtureModule[] = [];
  for (let i = 0; i < n; i++) {
    modules.push(
      fixtureModule({
        path: `example.test/m/mod${String(i).padStart(width, '0')}`,
        version: 'v1.0.0',
        license: 'MIT',
      }),
    );
  }
  const requires = Object.fromEntries(modules.map((m) => [m.path, m.version]));
  return {
    modules,
    main: {
      path: 'example.test/many',
      goMod: goModFile('example.test/many', requires),
      files: { 'main.go': mainSource(modules.map((m) => m.path)) },
    },
  };
}

/** The module zip as a proxy serves it: every file under `path@version/` (not case-encoded). */
export function moduleZip(m: FixtureModule): Buffer {
  return createZip(moduleZipEntries(m));
}

/** The entries of the module zip (files, then blobs); `alter` may change a file's content first. */
export function moduleZipEntries(
  m: FixtureModule,
  alter?: (name: string, content: string) => string,
): ZipEntry[] {
  const prefix = `${m.path}@${m.version}/`;
  const entries: ZipEntry[] = Object.entries(m.files).map(([name, content]) => ({
    name: prefix + name,
    data: Buffer.from(alter ? alter(name, content) : content, 'utf8'),
  }));
  for (const [name, data] of Object.entries(m.blobs ?? {}))
    entries.push({ name: prefix + name, data, method: 'store' });
  return entries;
}

/**
 * A module whose zip is about `bytes` long: an incompressible random blob `data.bin` (stored) next
 * to go.mod, a package and a MIT LICENSE. For memory and throughput benchmarks (zip limit: 500 MiB).
 */
export function largeModule(path: string, version: string, bytes: number): FixtureModule {
  const m = fixtureModule({ path, version, license: 'MIT' });
  m.blobs = { 'data.bin': randomBytes(bytes) };
  return m;
}

/**
 * A module shaped like real Go code: about `zipBytes` of deflated zip made of many Go files (a
 * `pkgNN/` tree of ~12 KB files, compressible about 3.3× like real source), next to go.mod, the
 * root package and a MIT LICENSE. Extracting it costs what real modules cost (many small files),
 * which a single random blob does not. Deterministic for a given path.
 */
export function sourceModule(path: string, version: string, zipBytes: number): FixtureModule {
  const m = fixtureModule({ path, version, license: 'MIT' });
  let seed = [...path].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const next = (n: number): number => {
    // Math.imul: a plain `seed * 1103515245` passes 2^53 and rounds, and the sequence then falls
    // into one cycle of 419 draws that every module joins: large zips repeated themselves, and
    // each other's text, so zstd shrank a fleet's tarballs far more than it shrinks real zips.
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const word = (): string => SOURCE_WORDS[next(SOURCE_WORDS.length)];
  const title = (w: string): string => w[0].toUpperCase() + w.slice(1);
  const fileCount = Math.max(1, Math.round((zipBytes * 3.3) / 12_000));
  for (let f = 0; f < fileCount; f++) {
    const pkg = `pkg${String(f % 16).padStart(2, '0')}`;
    const parts = [`// Code in ${path}, file ${f}.\n\npackage ${pkg}\n\n`];
    for (let size = 0; size < 12_000; size += parts[parts.length - 1].length) {
      const [a, b, c] = [word(), word(), word()];
      parts.push(
        `// ${title(a)}${title(b)} ${word()} the ${c} of a ${word()} ${word()}.\n` +
          `func (s *${title(c)}) ${title(a)}${title(b)}(${b} int, ${c} string) (int, error) {\n` +
          `\tif ${b} > ${next(1000)} {\n\t\treturn s.${word()}${title(word())}(${b} - ${next(100)}, ${c})\n\t}\n` +
          `\treturn ${b} * ${next(97)}, nil\n}\n\n`,
      );
    }
    parts.push(`type ${title(word())}${f} struct{}\n`);
    // One flat string (join), not a rope of concatenations: 300 such modules hold ~700 MB.
    m.files[`${pkg}/${word()}_${f}.go`] = parts.join('');
  }
  return m;
}

const SOURCE_WORDS =
  'request response server client handler context buffer reader writer parse encode decode value key map list index count size length offset cache store fetch load save open close start stop run build check verify hash sign token name path file dir module version record tree tile note proof node leaf edge graph route proxy upstream budget deadline timer clock retry error status code header body stream chunk frame packet byte string number field option config flag input output report summary table row column cell label entry item group set state event signal queue worker pool task job step phase result outcome'.split(
    ' ',
  );

/** The `.info` body: `{"Version","Time"}`. */
export function moduleInfo(m: FixtureModule): string {
  return JSON.stringify({ Version: m.version, Time: m.time ?? FIXTURE_TIME });
}

/**
 * The `.mod` body: the module's go.mod file; for a module without one (a `+incompatible` major),
 * the `module <path>` line proxies synthesize (cmd/go modfetch coderepo.go: "module " + path).
 */
export function moduleGoMod(m: FixtureModule): string {
  const goMod = m.files['go.mod'];
  if (goMod !== undefined) return goMod;
  if (m.version.endsWith('+incompatible')) return `module ${m.path}\n`;
  throw new Error(`fixture module ${m.path}@${m.version} has no go.mod`);
}
