import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnGo } from '../../src/go/go-command.js';
import { listShippedModules, SHIPPED_TARGETS } from '../../src/go/list.js';
import { classifyModuleFiles } from '../../src/licenses/evaluate.js';
import { markNotCompiledIn } from '../../src/licenses/license-findings.js';
import type { LicenseReport, ModuleLicense } from '../../src/licenses/license-report.js';
import { licenseFix, licenseFixHint } from '../../src/report/license-fix.js';
import { passedReport, reportModule } from '../../test-support/sample-report.js';

// A project whose main package imports example.test/lib on every target and example.test/win
// only on Windows (lib's lib_windows.go); example.test/tool is required in go.mod and never imported.
function writeProject(root: string): void {
  const files: Record<string, string> = {
    'go.mod': `module example.test/app

go 1.21

require (
\texample.test/lib v0.0.0
\texample.test/win v0.0.0
\texample.test/tool v0.0.0
)

replace (
\texample.test/lib => ./lib
\texample.test/win => ./win
\texample.test/tool => ./tool
)
`,
    'main.go': 'package main\n\nimport "example.test/lib"\n\nfunc main() { println(lib.Name()) }\n',
    'lib/go.mod': 'module example.test/lib\n\ngo 1.21\n',
    'lib/lib.go': 'package lib\n\nfunc Name() string { return "lib" + extra() }\n',
    'lib/lib_other.go': '//go:build !windows\n\npackage lib\n\nfunc extra() string { return "" }\n',
    'lib/lib_windows.go':
      'package lib\n\nimport "example.test/win"\n\nfunc extra() string { return win.Name() }\n',
    'win/go.mod': 'module example.test/win\n\ngo 1.21\n',
    'win/win.go': 'package win\n\nfunc Name() string { return "win" }\n',
    'tool/go.mod': 'module example.test/tool\n\ngo 1.21\n',
    'tool/tool.go': 'package tool\n\nfunc Name() string { return "tool" }\n',
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
}

describe('license-scope: shipped', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'gmw-scope-'));
    writeProject(path.join(root, 'app'));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('lists the modules compiled in on any common target, a Windows-only import included, with one go list per target', async () => {
    const env = {
      ...process.env,
      GOPROXY: 'off',
      GOFLAGS: '',
      GOTOOLCHAIN: 'local',
      GOPATH: path.join(root, 'gopath'),
      GOMODCACHE: path.join(root, 'gopath', 'pkg', 'mod'),
      GOCACHE: path.join(root, 'gocache'),
    };
    const shipped = await listShippedModules(spawnGo, {
      cwd: path.join(root, 'app'),
      env,
      timeoutMs: 120_000,
    });
    expect([...shipped.modules].sort()).toEqual(['example.test/app', 'example.test/lib', 'example.test/win']);
    expect(shipped.calls).toBe(SHIPPED_TARGETS.length);
    expect(SHIPPED_TARGETS).toHaveLength(6);
  });
});

describe('the fix hint for modules in the graph only', () => {
  const gplTool: ModuleLicense = {
    path: 'example.test/tool',
    version: 'v1.0.0',
    main: false,
    detected: 'GPL-3.0-only',
    expression: 'GPL-3.0-only',
    verdict: 'denied',
    rule: 'not in license-allow: GPL-3.0-only',
    failing: { id: 'GPL-3.0-only', list: 'license-allow' },
    confidence: 1,
    files: [],
  };
  const bsd: ModuleLicense = {
    ...gplTool,
    path: 'example.test/lib',
    detected: 'BSD-2-Clause',
    expression: 'BSD-2-Clause',
    rule: 'not in license-allow: BSD-2-Clause',
    failing: { id: 'BSD-2-Clause', list: 'license-allow' },
  };
  const licenses: LicenseReport = {
    gating: true,
    threshold: 0.9,
    modules: [gplTool, bsd],
    findings: [gplTool, bsd].map((m) => ({
      kind: 'policy' as const,
      severity: 'error' as const,
      area: 'license' as const,
      message: `${m.path}@${m.version}: license ${m.expression} is not allowed`,
      module: m.path,
      version: m.version,
    })),
    counts: [],
  };

  it('under build-list, marks which modules are compiled in, and says so of the failing ones no target compiles', () => {
    const marked = markNotCompiledIn(licenses, new Set(['example.test/app', 'example.test/lib']));
    expect(marked.modules.map((m) => m.compiledIn)).toEqual([false, true]);
    expect(marked.findings[0].message).toMatch(/not compiled in: license-scope: shipped would report it/);
    expect(marked.findings[1].message).not.toMatch(/not compiled in/);
  });

  it('leads with the scope and never offers to allow a license only graph-only modules carry', () => {
    const report = passedReport({
      status: 'failed',
      settings: { ...passedReport().settings, licenseAllow: ['MIT'] },
      modules: [
        reportModule('example.test/app', { version: '', main: true }),
        reportModule('example.test/tool', {
          license: {
            expression: 'GPL-3.0-only',
            verdict: 'denied',
            failing: gplTool.failing,
            compiledIn: false,
          },
        }),
        reportModule('example.test/lib', {
          license: { expression: 'BSD-2-Clause', verdict: 'denied', failing: bsd.failing },
        }),
      ],
    });
    const fix = licenseFix(report)!;
    expect(fix.notCompiledIn).toEqual(['example.test/tool']);
    expect(fix.notAllowed).toEqual(['BSD-2-Clause']);
    const hint = licenseFixHint(report, (t) => t)!;
    expect(hint.indexOf('license-scope: shipped')).toBeGreaterThan(0);
    expect(hint.indexOf('license-scope: shipped')).toBeLessThan(hint.indexOf('license-allow:'));
    expect(hint).not.toMatch(/GPL-3\.0-only/);
  });
});

describe('a license file under another name whose terms no template matches', () => {
  // goja's ftoa/LICENSE_LUCENE (Lucent's permission notice): today it was dropped, and the module
  // passed a permissive allow list on its root MIT alone.
  const LUCENT = `Copyright (C) 1998, 1999 by Lucent Technologies
All Rights Reserved

Permission to use, copy, modify, and distribute this software and
its documentation for any purpose and without fee is hereby
granted, provided that the above copyright notice appear in all
copies and that both that the copyright notice and this
permission notice and warranty disclaimer appear in supporting
documentation, and that the name of Lucent or any of its entities
not be used in advertising or publicity pertaining to
distribution of the software without specific, written prior
permission.

LUCENT DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE,
INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS.
IN NO EVENT SHALL LUCENT OR ANY OF ITS ENTITIES BE LIABLE FOR ANY
SPECIAL, INDIRECT OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER
IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION,
ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF
THIS SOFTWARE.
`;

  it('is kept as LicenseRef-unknown, never dropped; a pointer under another name still is', () => {
    const files = classifyModuleFiles(
      [
        {
          path: 'ftoa/LICENSE_LUCENE',
          dir: 'ftoa',
          appliesToCode: true,
          standardName: false,
          // The Lucent licence is a template (SMLNJ) now: an added restriction keeps part of it unknown.
          text: LUCENT.replace(
            'permission.\n',
            'permission. This software may not be used in any commercial product.\n',
          ),
          problem: undefined,
        },
        {
          path: 'COPYRIGHT',
          dir: '',
          appliesToCode: true,
          standardName: false,
          text: 'Copyright (c) Anchore, Inc. See LICENSE for the full license text.',
          problem: undefined,
        },
      ],
      0.9,
    );
    expect(files.map((f) => f.path)).toEqual(['ftoa/LICENSE_LUCENE']);
    expect(files[0].expression).toContain('LicenseRef-unknown');
  });
});
