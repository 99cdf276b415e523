import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { SUMMARY_SECTIONS } from '../../src/report/sections.js';
import { renderSummary } from '../../src/report/summary.js';
import { startFixtureProxy, type FixtureProxy } from '../../test-support/fixture-proxy.js';
import {
  fixtureModule,
  goModFile,
  mainSource,
  type FixtureModule,
} from '../../test-support/fixture-modules.js';
import { createGoSandbox, run, type GoSandbox } from '../../test-support/go-sandbox.js';
import { runPipelineIn } from '../../test-support/pipeline-harness.js';
import { writePullRequestEvent } from '../../test-support/pr-repos.js';
import { entryForModule, startTestSumdb, type TestSumdb } from '../../test-support/sumdb-server.js';

const GPL3 = (
  createRequire(import.meta.url)('spdx-license-list/full') as Record<string, { licenseText: string }>
)['GPL-3.0-only'].licenseText;

/**
 * One bump brings in a dependency's tool tree: example.test/lib v1.1.0 imports example.test/helper
 * in its package (compiled into the app) and requires example.test/tool (GPL-3.0-only) only for a
 * `tools` build-tagged file. go.sum does not name the tool, so a diff of go.sum's zip lines saw
 * "adds 1 module" and `gate: changed` let the GPL tool pass as "not introduced".
 */
function toolTreeModules(): FixtureModule[] {
  const gpl = (m: FixtureModule): FixtureModule => ({
    ...m,
    files: { ...m.files, LICENSE: GPL3.endsWith('\n') ? GPL3 : `${GPL3}\n` },
    license: 'GPL-3.0-only',
  });
  const lib11 = fixtureModule({
    path: 'example.test/lib',
    version: 'v1.1.0',
    requires: { 'example.test/helper': 'v1.0.0' },
    license: 'MIT',
  });
  lib11.files['go.mod'] = goModFile('example.test/lib', {
    'example.test/helper': 'v1.0.0',
    'example.test/tool': 'v1.0.0',
  });
  lib11.files['tools/tools.go'] = '//go:build tools\n\npackage tools\n\nimport _ "example.test/tool"\n';
  return [
    fixtureModule({ path: 'example.test/lib', version: 'v1.0.0', license: 'MIT' }),
    lib11,
    fixtureModule({ path: 'example.test/helper', version: 'v1.0.0', license: 'MIT' }),
    gpl(fixtureModule({ path: 'example.test/tool', version: 'v1.0.0' })),
  ];
}

async function git(sandbox: GoSandbox, cwd: string, args: string[]): Promise<string> {
  const res = await run('git', args, { cwd, env: sandbox.env, timeoutMs: 30_000 });
  if (res.code !== 0) throw new Error(`git ${args.join(' ')} failed:\n${res.stderr}`);
  return res.stdout.trim();
}

describe('the pull-request diff of the build list', () => {
  let proxy: FixtureProxy;
  let sumdb: TestSumdb;
  let sandbox: GoSandbox;
  let work = '';
  let base = '';
  let head = '';

  beforeAll(async () => {
    const modules = toolTreeModules();
    proxy = await startFixtureProxy(modules);
    sumdb = await startTestSumdb(modules.map(entryForModule));
    sandbox = await createGoSandbox();
    work = await sandbox.writeProject('tool-tree', {});
    const commit = async (libVersion: string, message: string) => {
      await fs.rm(path.join(work, 'go.sum'), { force: true });
      await sandbox.writeProject(work, {
        'go.mod': goModFile('example.test/toolapp', { 'example.test/lib': libVersion }),
        'main.go': mainSource(['example.test/lib']),
      });
      const tidy = await sandbox.go(['mod', 'tidy'], {
        cwd: work,
        env: { GOPROXY: proxy.url, GOSUMDB: 'off', GOFLAGS: '-modcacherw -mod=mod' },
      });
      if (tidy.code !== 0) throw new Error(`go mod tidy failed:\n${tidy.stderr}`);
      await git(sandbox, work, ['add', '-A']);
      await git(sandbox, work, ['commit', '-qm', message]);
      return git(sandbox, work, ['rev-parse', 'HEAD']);
    };
    await git(sandbox, work, ['init', '-q']);
    base = await commit('v1.0.0', 'base');
    head = await commit('v1.1.0', 'bump lib');
  });

  afterAll(async () => {
    await proxy?.close();
    await sumdb?.close();
    await sandbox?.cleanup();
  });

  it('diffs go list -m all of base and head, and says what is compiled in and what only enters the graph', async () => {
    // The oracle: go.sum does not name the tool at all (the pruned graph needs no line of it).
    const goSum = await fs.readFile(path.join(work, 'go.sum'), 'utf8');
    expect(goSum).not.toMatch(/^example\.test\/tool /m);
    const event = await writePullRequestEvent(sandbox.root, base, head);
    const { report } = await runPipelineIn(
      sandbox,
      work,
      // build-list gates graph-only modules too (the default, shipped, reports them as not compiled in).
      {
        proxy: proxy.url,
        sumdb: sumdb.gosumdb,
        'license-deny': 'GPL-3.0-only',
        gate: 'changed',
        'license-scope': 'build-list',
      },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_BASE_REF: 'main' },
    );
    expect(report.diff?.source).toBe('build-list');
    expect(report.diff?.added.map((a) => `${a.path} ${a.compiled ? 'compiled' : 'graph'}`)).toEqual([
      'example.test/helper compiled',
      'example.test/tool graph',
    ]);
    expect(report.diff?.updated.map((u) => `${u.path} ${u.from} ${u.to} ${u.compiled}`)).toEqual([
      'example.test/lib v1.0.0 v1.1.0 true',
    ]);
    // The GPL tool is introduced by this pull request: gate: changed fails on it.
    expect(report.status).toBe('failed');
    const tool = report.findings.find((f) => f.module === 'example.test/tool');
    expect(tool?.severity).not.toBe('warning');
    expect(tool?.message).not.toMatch(/not introduced/);
    const summary = renderSummary(report, SUMMARY_SECTIONS);
    expect(summary).toContain(
      '### This PR adds 2 modules (1 compiled in, 1 only in the module graph), updates 1, removes 0',
    );
    expect(summary).toContain(
      '| ➕ added | example.test/tool | v1.0.0 | graph only | GPL-3.0-only | ❌ denied |',
    );
    // The scratch copy left the user's files as they were.
    expect(await git(sandbox, work, ['status', '--porcelain'])).toBe('');
  });
});
