import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseLicenseExceptions } from '../../src/config/license-exceptions.js';
import type { BuildListModule } from '../../src/go/build-list.js';
import { evaluateLicenses, moduleEntryLicense } from '../../src/licenses/evaluate.js';
import type { LicensePolicy } from '../../src/licenses/policy.js';
import { escapeSummaryText } from '../../src/report/escape.js';
import { renderLicensesSection } from '../../src/report/sections/licenses-section.js';
import { buildListModule } from '../../test-support/build-list-module.js';

const corpus = (name: string): string =>
  fs.readFileSync(path.join('__fixtures__', 'licenses', 'corpus', name), 'utf8');

const GO_MOD = `module example.com/app

go 1.22

require (
	example.com/gpl v1.0.0
	example.com/mit v1.1.0
	example.com/dual v0.2.0
	example.com/none v0.0.0-20200101000000-abcdefabcdef
	example.com/local v0.0.0
)

require example.com/sub v1.0.0 // indirect

replace example.com/local => ./local
`;

describe('evaluateLicenses on module trees on disk', () => {
  let root: string;
  let modules: BuildListModule[];
  const module = (
    p: string,
    version: string,
    files: Record<string, string>,
    extra: Partial<BuildListModule> = {},
  ): BuildListModule => {
    const dir = path.join(root, p.replace(/\//g, '_') + '@' + version);
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return buildListModule(p, version, { dir, ...extra });
  };
  const policy = (overrides: Partial<LicensePolicy> = {}): LicensePolicy => ({
    allow: ['MIT', 'Apache-2.0', 'BSD-3-Clause'],
    deny: [],
    exceptions: [],
    confidence: 0.9,
    unknownLicense: 'fail',
    warnOnly: false,
    ...overrides,
  });
  const options = { mainGoMod: { file: 'go.mod', text: GO_MOD } };

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-licenses-'));
    modules = [
      module(
        'example.com/app',
        '',
        { 'go.mod': GO_MOD, LICENSE: corpus('spdx-GPL-3.0-only.txt') },
        { main: true },
      ),
      module('example.com/gpl', 'v1.0.0', { LICENSE: corpus('spdx-GPL-3.0-only.txt') }),
      module('example.com/mit', 'v1.1.0', { 'LICENSE.md': corpus('mit-markdown.md') }),
      module('example.com/dual', 'v0.2.0', { LICENSE: corpus('dual-apache-mit.txt') }),
      module('example.com/none', 'v0.0.0-20200101000000-abcdefabcdef', { 'README.md': 'no license here' }),
      module(
        'example.com/local',
        '',
        { LICENSE: corpus('bsd3-go-authors.txt') },
        { replace: { kind: 'local', dir: './local' } },
      ),
      module(
        'example.com/sub',
        'v1.0.0',
        {
          LICENSE: corpus('spdx-MIT.txt'),
          'third_party/x/COPYING': corpus('spdx-LGPL-2.1-only.txt'),
          'third_party/x/y/y.go': 'package y\n',
        },
        { indirect: true },
      ),
      module('example.com/<b>evil</b>|x', 'v1.0.0', { LICENSE: corpus('proprietary.txt') }),
    ];
  });

  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('identifies every module and gates all but the main module', async () => {
    const report = await evaluateLicenses(modules, policy(), options);
    const summary = report.modules.map((m) => [m.path, m.expression, m.verdict]);
    expect(summary).toEqual([
      ['example.com/app', 'GPL-3.0-only', 'not-gated'],
      ['example.com/gpl', 'GPL-3.0-only', 'denied'],
      ['example.com/mit', 'MIT', 'allowed'],
      ['example.com/dual', 'Apache-2.0 OR MIT', 'allowed'],
      ['example.com/none', 'LicenseRef-unknown', 'unknown'],
      ['example.com/local', 'BSD-3-Clause', 'allowed'],
      // The root's license is the module's (pkg.go.dev); the subdirectory's is gated apart.
      ['example.com/sub', 'MIT', 'denied'],
      ['example.com/<b>evil</b>|x', 'LicenseRef-unknown', 'unknown'],
    ]);
    const subEntry = report.modules.find((m) => m.path === 'example.com/sub')!;
    expect(subEntry.also?.map((a) => [a.dir, a.expression, a.verdict])).toEqual([
      ['third_party/x', 'LGPL-2.1-only', 'denied'],
    ]);
    expect(subEntry.rule).toBe(
      'third_party/x: LGPL-2.1-only (not in license-allow: LGPL-2.1-only); also in this module: third_party/x: LGPL-2.1-only',
    );
    const sub = report.modules.find((m) => m.path === 'example.com/sub')!;
    expect(sub.files.map((f) => [f.path, f.dir, f.expression, f.appliesToCode])).toEqual([
      ['LICENSE', '', 'MIT', true],
      ['third_party/x/COPYING', 'third_party/x', 'LGPL-2.1-only', true],
    ]);
    expect(report.modules.find((m) => m.path === 'example.com/none')!.problem).toBe(
      'no license file at the module root',
    );
    expect(report.counts[0]).toEqual({ license: 'MIT', modules: 3 });
  });

  it('counts a subdirectory license only where Go code is under it (logo terms in assets/ cover no code)', async () => {
    const assets = module('example.com/assets', 'v0.59.0', {
      LICENSE: corpus('spdx-MIT.txt'),
      'quic.go': 'package quic\n',
      'assets/LICENSE.md': corpus('proprietary.txt'),
      'internal/x/x_test.go': 'package x\n',
      'internal/x/LICENSE': corpus('spdx-GPL-3.0-only.txt'),
    });
    const report = await evaluateLicenses([assets], policy(), options);
    const [entry] = report.modules;
    expect([entry.expression, entry.verdict]).toEqual(['MIT', 'allowed']);
    expect(entry.files.map((f) => [f.path, f.appliesToCode])).toEqual([
      ['LICENSE', true],
      ['assets/LICENSE.md', false],
      ['internal/x/LICENSE', false],
    ]);
    // Where a module is named (here: unknown at its root), the file not counted says so.
    const unknown = module('example.com/assets-unknown', 'v1.0.0', {
      LICENSE: corpus('proprietary.txt'),
      'assets/LICENSE.md': corpus('spdx-MIT.txt'),
    });
    const failing = await evaluateLicenses([unknown], policy(), options);
    expect(failing.modules[0].expression).toBe('LicenseRef-unknown');
    expect(failing.findings[0].message).toContain(
      'license files: LICENSE (too short to be a license text and matches none), assets/LICENSE.md (not counted: no Go code under it)',
    );
    expect(renderLicensesSection(failing, escapeSummaryText)).toMatch(
      /assets\/LICENSE\.md \(lines 1–\d+\) \(not counted: no Go code under it\)/,
    );
  });

  it('turns a violation into an error finding at the require line of go.mod', async () => {
    const report = await evaluateLicenses(modules, policy(), options);
    const gpl = report.findings.find((f) => f.module === 'example.com/gpl')!;
    expect(gpl).toMatchObject({
      kind: 'policy',
      severity: 'error',
      area: 'license',
      file: 'go.mod',
      line: 6,
      version: 'v1.0.0',
    });
    expect(gpl.message).toBe(
      'example.com/gpl@v1.0.0: license GPL-3.0-only is not allowed (not in license-allow: GPL-3.0-only); found in LICENSE (GPL-3.0-only)',
    );
    expect(report.findings.find((f) => f.module === 'example.com/sub')).toMatchObject({ line: 13 });
    // A module go.mod does not list is annotated at the module line.
    expect(report.findings.find((f) => f.module === 'example.com/<b>evil</b>|x')).toMatchObject({
      line: 1,
      severity: 'error',
    });
    expect(report.findings.find((f) => f.module === 'example.com/none')).toMatchObject({
      line: 9,
      severity: 'error',
    });
  });

  it('lets an exception pass a module and names the exception', async () => {
    const exceptions = parseLicenseExceptions(
      'license-exceptions',
      'example.com/gpl@>=1.0.0 <2 ignore\nexample.com/none@<0.1.0 MIT\nexample.com/sub MIT AND LGPL-2.1-only',
    );
    const report = await evaluateLicenses(
      modules,
      policy({ exceptions, allow: ['MIT', 'Apache-2.0', 'BSD-3-Clause', 'LGPL-2.1-only'] }),
      options,
    );
    const gpl = report.modules.find((m) => m.path === 'example.com/gpl')!;
    expect(gpl.verdict).toBe('ignored');
    expect(gpl.exception).toEqual({ text: 'example.com/gpl@>=1.0.0 <2 ignore', line: 1, license: 'ignore' });
    const none = report.modules.find((m) => m.path === 'example.com/none')!;
    expect([none.verdict, none.expression, none.detected]).toEqual(['allowed', 'MIT', 'LicenseRef-unknown']);
    expect(none.rule).toBe("license-exceptions line 2: 'example.com/none@<0.1.0 MIT' → license-allow: MIT");
    expect(report.findings.map((f) => f.module)).toEqual(['example.com/<b>evil</b>|x']);
    const section = renderLicensesSection(report, escapeSummaryText);
    expect(section).toContain('#### Exceptions applied');
    expect(section).toContain(escapeSummaryText('example.com/gpl@>=1.0.0 <2 ignore'));
  });

  it('returns the same facts with warn-only (report/outcome.ts softens them), and unknowns as warnings with unknown-license: warn', async () => {
    const warnOnly = await evaluateLicenses(modules, policy({ warnOnly: true }), options);
    const strict = await evaluateLicenses(modules, policy(), options);
    expect(warnOnly.findings).toEqual(strict.findings);
    expect(warnOnly.findings.length).toBe(4);
    expect(warnOnly.findings.every((f) => f.kind === 'policy' && f.severity === 'error')).toBe(true);
    const warnUnknown = await evaluateLicenses(modules, policy({ unknownLicense: 'warn' }), options);
    expect(warnUnknown.findings.filter((f) => f.severity === 'error').map((f) => f.module)).toEqual([
      'example.com/gpl',
      'example.com/sub',
    ]);
  });

  it('reports without gating when neither allow nor deny is set', async () => {
    const report = await evaluateLicenses(modules, policy({ allow: [] }), options);
    expect(report.gating).toBe(false);
    expect(report.modules.find((m) => m.path === 'example.com/gpl')!.verdict).toBe('not-gated');
    expect(report.findings.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('gates only the modules in scope, and reports the failing ones outside it as warnings', async () => {
    const report = await evaluateLicenses(modules, policy(), {
      ...options,
      inScope: new Set(['example.com/mit']),
      scopeName: 'shipped',
    });
    expect(report.modules.filter((m) => m.verdict !== 'not-gated').map((m) => m.path)).toEqual([
      'example.com/mit',
    ]);
    // Every module is still classified; the GPL one outside the scope is reported, not gated.
    const gpl = report.modules.find((m) => m.path === 'example.com/gpl')!;
    expect(gpl.expression).toBe('GPL-3.0-only');
    expect(gpl.notCompiledIn).toMatchObject({ scope: 'shipped', verdict: 'denied' });
    expect(moduleEntryLicense(gpl)).toMatchObject({ verdict: 'not-gated', compiledIn: false });
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(report.findings.find((f) => f.module === 'example.com/gpl')?.message).toMatch(
      /in the module graph, not compiled in: reported, not gated \(license-scope: shipped\); license GPL-3\.0-only would not be allowed/,
    );
  });

  it('marks a module that was not downloaded unknown instead of throwing', async () => {
    const report = await evaluateLicenses(
      [
        { ...modules[1], dir: undefined },
        { ...modules[2], dir: path.join(root, 'missing') },
      ],
      policy(),
      options,
    );
    expect(report.modules.map((m) => [m.verdict, m.problem?.slice(0, 28)])).toEqual([
      ['unknown', 'module not downloaded: no fi'],
      ['unknown', "cannot read the module's fil"],
    ]);
  });

  it('renders violations first, then unknowns, then counts, escaping what modules provide', async () => {
    const report = await evaluateLicenses(modules, policy(), options);
    const section = renderLicensesSection(report, escapeSummaryText);
    const violations = section.indexOf('#### ❌ Violations');
    const unknowns = section.indexOf('#### ❔ Unknown licenses');
    const counts = section.indexOf('#### Modules per license');
    expect(violations).toBeGreaterThan(0);
    expect(unknowns).toBeGreaterThan(violations);
    expect(counts).toBeGreaterThan(unknowns);
    expect(section).toContain(
      '| example.com/gpl | v1.0.0 | GPL-3.0-only | LICENSE (lines 1–232) | 1.00 | not in license-allow: GPL-3.0-only |',
    );
    expect(section).not.toContain('<b>');
    expect(section).toContain('example.com/&#60;b&#62;evil&#60;/b&#62;&#124;x');
  });
});

describe('moduleEntryLicense', () => {
  it('gives the report model its expression, verdict and rule', () => {
    const entry = moduleEntryLicense({
      path: 'example.com/x',
      version: 'v1.0.0',
      main: false,
      detected: 'LicenseRef-unknown',
      expression: 'MIT',
      verdict: 'allowed',
      rule: "license-exceptions line 1: 'example.com/x MIT' → license-allow: MIT",
      confidence: undefined,
      files: [],
    });
    expect(entry).toEqual({
      expression: 'MIT',
      verdict: 'allowed',
      rule: "license-exceptions line 1: 'example.com/x MIT' → license-allow: MIT",
    });
  });
});
