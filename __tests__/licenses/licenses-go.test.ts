import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseLicenseExceptions } from '../../src/config/license-exceptions.js';
import { toBuildListModule } from '../../src/go/build-list.js';
import { evaluateLicenses } from '../../src/licenses/evaluate.js';
import type { LicensePolicy } from '../../src/licenses/policy.js';
import { escapeSummaryText } from '../../src/report/escape.js';
import { renderLicensesSection } from '../../src/report/sections/licenses-section.js';
import {
  fixtureModule,
  goModFile,
  mainSource,
  standardGraph,
  type FixtureGraph,
} from '../../test-support/fixture-modules.js';
import { startDownloadedProject, type DownloadedProject } from '../../test-support/downloaded-project.js';

// The standard graph plus a module under the GPL, required directly by the main module.
function graphWithCopyleft(gplText: string): FixtureGraph {
  const graph = standardGraph();
  const copyleft = fixtureModule({ path: 'example.test/copyleft', version: 'v1.4.0' });
  copyleft.files.LICENSE = gplText;
  const direct = {
    'example.test/alpha': 'v1.0.0',
    'example.test/Upper': 'v1.2.0',
    'example.test/gamma/v2': 'v2.1.0',
    'example.test/local': 'v0.0.0',
    'example.test/copyleft': 'v1.4.0',
  };
  return {
    modules: [...graph.modules, copyleft],
    main: {
      path: graph.main.path,
      goMod: goModFile(graph.main.path, direct, 'replace example.test/local => ./local\n'),
      files: { ...graph.main.files, 'main.go': mainSource(Object.keys(direct)) },
    },
  };
}

describe('the license gate on modules the real go downloaded from the fixture proxy', () => {
  let graph: FixtureGraph;
  let downloaded: DownloadedProject;
  let project: string;
  let goMod: string;
  let modules: ReturnType<typeof toBuildListModule>[];
  const policy = (exceptions = ''): LicensePolicy => ({
    allow: ['MIT', 'Apache-2.0', 'BSD-3-Clause', 'ISC'],
    deny: [],
    exceptions: parseLicenseExceptions('license-exceptions', exceptions),
    confidence: 0.9,
    unknownLicense: 'fail',
    warnOnly: false,
  });

  beforeAll(async () => {
    const gpl = await fs.readFile(
      path.join('__fixtures__', 'licenses', 'corpus', 'spdx-GPL-3.0-only.txt'),
      'utf8',
    );
    graph = graphWithCopyleft(gpl);
    downloaded = await startDownloadedProject(graph);
    ({ project, buildList: modules } = downloaded);
    goMod = await fs.readFile(path.join(project, 'go.mod'), 'utf8');
  });

  afterAll(async () => {
    await downloaded?.close();
  });

  it('finds each fixture module’s license as the fixture says, the local replacement’s from its directory', async () => {
    const report = await evaluateLicenses(modules, policy(), { mainGoMod: { file: 'go.mod', text: goMod } });
    const found = Object.fromEntries(report.modules.map((m) => [m.path, m.expression]));
    for (const m of graph.modules) expect(found[m.path]).toBe(m.license ?? 'GPL-3.0-only');
    expect(found['example.test/local']).toBe('MIT');
    expect(report.modules.find((m) => m.main)?.verdict).toBe('not-gated');
  });

  it('fails the forbidden license with an annotation on the require line in go.mod', async () => {
    const report = await evaluateLicenses(modules, policy(), { mainGoMod: { file: 'go.mod', text: goMod } });
    expect(report.findings).toHaveLength(1);
    const [finding] = report.findings;
    const requireLine =
      goMod.split('\n').findIndex((line) => /^\s*example\.test\/copyleft v1\.4\.0\b/.test(line)) + 1;
    expect(requireLine).toBeGreaterThan(0);
    expect(finding).toMatchObject({
      kind: 'policy',
      severity: 'error',
      area: 'license',
      module: 'example.test/copyleft',
      version: 'v1.4.0',
      file: 'go.mod',
      line: requireLine,
    });
  });

  it('passes with an exception, and the summary says which exception did', async () => {
    const line = 'example.test/copyleft@>=1.4.0 <2 ignore';
    const report = await evaluateLicenses(modules, policy(`example.test/other MIT\n${line}`), {
      mainGoMod: { file: 'go.mod', text: goMod },
    });
    expect(report.findings).toEqual([]);
    const copyleft = report.modules.find((m) => m.path === 'example.test/copyleft')!;
    expect(copyleft.verdict).toBe('ignored');
    expect(copyleft.rule).toBe(`license-exceptions line 2: '${line}'`);
    expect(renderLicensesSection(report, escapeSummaryText)).toContain(escapeSummaryText(line));
  });
});
