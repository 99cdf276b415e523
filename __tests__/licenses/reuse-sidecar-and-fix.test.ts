import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import spdxFull from 'spdx-license-list/full.js';
import { evaluateLicenses, moduleEntryLicense } from '../../src/licenses/evaluate.js';
import { selectLicenseFiles } from '../../src/licenses/license-file-names.js';
import type { LicensePolicy } from '../../src/licenses/policy.js';
import { licenseFix, licenseFixLines } from '../../src/report/license-fix.js';
import { buildListModule } from '../../test-support/build-list-module.js';
import { passedReport, reportModule } from '../../test-support/sample-report.js';

const SPDX = spdxFull as Record<string, { licenseText: string }>;
const policy = (allow: string[]): LicensePolicy => ({
  allow,
  deny: [],
  exceptions: [],
  confidence: 0.9,
  unknownLicense: 'fail',
  warnOnly: false,
});

// Shapes of code.pfad.fr/check v1.1.0 (a REUSE sidecar for an image at the root) and
// golangci-lint v2 (GPL-3.0 at the root, BSD-3-Clause code in subdirectories), seen on caddy's build list.
describe('real shapes: REUSE sidecars, and the fix hint of a module with other licenses inside', () => {
  let root: string;
  const write = (dir: string, files: Record<string, string>): string => {
    const at = path.join(root, dir);
    for (const [name, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(at, name)), { recursive: true });
      fs.writeFileSync(path.join(at, name), content);
    }
    return at;
  };
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'gmw-reuse-'));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('counts a `<file>.license` sidecar only for the file it licenses (Go code yes, an image no)', () => {
    const found = selectLicenseFiles([
      'COPYING',
      'check.go',
      'gopher-check.png',
      'gopher-check.png.license',
      'vendored.go',
      'vendored.go.license',
      'orphan.license',
    ]);
    const byPath = Object.fromEntries(found.map((f) => [f.path, f]));
    expect(byPath['gopher-check.png.license']).toEqual(
      expect.objectContaining({ appliesToCode: false, reuseSubject: 'gopher-check.png' }),
    );
    expect(byPath['vendored.go.license']).toEqual(expect.objectContaining({ appliesToCode: true }));
    expect(byPath['vendored.go.license'].reuseSubject).toBeUndefined();
    expect(byPath['orphan.license']).toEqual(expect.objectContaining({ appliesToCode: true }));
  });

  it("gates the code's license, not an image's, and says why the sidecar is not counted", async () => {
    const dir = write('check', {
      COPYING: SPDX['CC0-1.0'].licenseText,
      'check.go': 'package check\n',
      'gopher-check.png': '\x89PNG not really',
      'gopher-check.png.license':
        'SPDX-License-Identifier: CC-BY-SA-3.0\nSPDX-FileCopyrightText: Renee French\n',
    });
    const report = await evaluateLicenses(
      [buildListModule('code.pfad.fr/check', 'v1.1.0', { dir })],
      policy(['CC0-1.0']),
    );
    const [entry] = report.modules;
    expect([entry.expression, entry.verdict]).toEqual(['CC0-1.0', 'allowed']);
    expect(entry.also ?? []).toEqual([]);
    expect(report.findings).toEqual([]);
  });

  it('names the failing id, without punctuation from the rule, when another license inside fails the module', async () => {
    const dir = write('lint', {
      LICENSE: SPDX['GPL-3.0-only'].licenseText,
      'main.go': 'package main\n',
      'internal/go/LICENSE': SPDX['BSD-3-Clause'].licenseText,
      'internal/go/x.go': 'package x\n',
    });
    const onlyInside = write('inside', {
      LICENSE: SPDX.MIT.licenseText,
      'main.go': 'package main\n',
      'third_party/LICENSE': SPDX['CC-BY-SA-3.0'].licenseText,
      'third_party/y.go': 'package y\n',
    });
    const evaluated = await evaluateLicenses(
      [
        buildListModule('github.com/golangci/golangci-lint/v2', 'v2.13.2', { dir }),
        buildListModule('example.test/inside', 'v1.0.0', { dir: onlyInside }),
      ],
      policy(['MIT', 'BSD-3-Clause']),
    );
    expect(evaluated.modules.map((m) => m.verdict)).toEqual(['denied', 'denied']);
    const report = passedReport({
      status: 'failed',
      settings: { ...passedReport().settings, licenseAllow: ['MIT', 'BSD-3-Clause'] },
      modules: evaluated.modules.map((m) =>
        reportModule(m.path, { version: m.version, license: moduleEntryLicense(m) }),
      ),
    });
    const fix = licenseFix(report);
    expect(fix?.notAllowed).toEqual(['GPL-3.0-only', 'CC-BY-SA-3.0']);
    expect(fix?.allowValue).toBe('MIT, BSD-3-Clause, GPL-3.0-only, CC-BY-SA-3.0');
    expect(licenseFixLines(report).join('\n')).not.toMatch(/[;)]['\s,]/);
    expect(licenseFixLines(report)[3]).toMatch(/^ {2}or exempt these versions/);
  });

  it('names the file whose license is not identified when the root one is (google/pprof: third_party/svgpan)', async () => {
    const dir = write('pprof', {
      LICENSE: SPDX['Apache-2.0'].licenseText,
      'main.go': 'package main\n',
      'third_party/svgpan/LICENSE':
        'Copyright 2009-2010 Andrea Leofreddi. All rights reserved.\n\nYou may use this code as you like, provided that this notice stays with it and that you tell us about the product you built with it.\n',
      'third_party/svgpan/svgpan.go': 'package svgpan\n',
    });
    const report = await evaluateLicenses(
      [buildListModule('github.com/google/pprof', 'v0.0.0-20261016150608-1facf8f91b50', { dir })],
      policy(['Apache-2.0', 'BSD-3-Clause']),
    );
    expect(report.modules[0].verdict).toBe('unknown');
    expect(report.findings.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /expression Apache-2\.0; not identified: third_party\/svgpan\/LICENSE: .*LicenseRef-unknown\)/,
      ),
    ]);
  });

  it('starts the fix without "or" when naming the license is the only way, with no placeholder inside a pasteable value', () => {
    const report = passedReport({
      status: 'failed',
      modules: [
        reportModule('github.com/kr/logfmt', {
          license: { expression: 'LicenseRef-unknown', verdict: 'unknown', rule: 'license not identified' },
        }),
      ],
      findings: [
        { kind: 'policy', severity: 'error', area: 'license', module: 'github.com/kr/logfmt', message: 'x' },
      ],
    });
    expect(licenseFixLines(report)).toEqual([
      'How to fix:',
      '  name the license of github.com/kr/logfmt@v1.0.0 in --license-exceptions (one line per version: <module>@<version> <SPDX id>)',
    ]);
  });
});
