import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { renderSummary } from '../../src/report/summary.js';
import { SUMMARY_SECTIONS } from '../../src/report/sections.js';
import { startFixtureProxy, type FixtureProxy } from '../../test-support/fixture-proxy.js';
import { createGoSandbox, run, type GoSandbox } from '../../test-support/go-sandbox.js';
import { runPipelineIn } from '../../test-support/pipeline-harness.js';
import {
  createPullRequestRepos,
  pullRequestModules,
  writePullRequestEvent,
  type PullRequestRepos,
} from '../../test-support/pr-repos.js';
import { entryForModule, startTestSumdb, type TestSumdb } from '../../test-support/sumdb-server.js';

describe('the pull-request diff against the base go.sum', () => {
  let proxy: FixtureProxy;
  let sumdb: TestSumdb;
  let setup: GoSandbox;
  let repos: PullRequestRepos;
  const sandboxes: GoSandbox[] = [];

  beforeAll(async () => {
    const modules = pullRequestModules();
    proxy = await startFixtureProxy(modules);
    sumdb = await startTestSumdb(modules.map(entryForModule));
    setup = await createGoSandbox();
    repos = await createPullRequestRepos(setup, proxy.url);
  });

  afterAll(async () => {
    await proxy?.close();
    await sumdb?.close();
    for (const s of [setup, ...sandboxes]) await s?.cleanup();
  });

  const runOn = async (inputs: Record<string, string>, env: Record<string, string> = {}) => {
    const sandbox = await createGoSandbox();
    sandboxes.push(sandbox);
    // Each run checks out its own depth-1 clone, as actions/checkout does.
    const clone = path.join(sandbox.root, 'clone');
    const cloned = await run('git', ['clone', '-q', '--depth=1', `file://${repos.origin}`, clone], {
      env: sandbox.env,
    });
    if (cloned.code !== 0) throw new Error(cloned.stderr);
    const event = await writePullRequestEvent(sandbox.root, repos.base, repos.head);
    return runPipelineIn(
      sandbox,
      clone,
      { proxy: proxy.url, sumdb: sumdb.gosumdb, 'license-deny': 'GPL-3.0-only, BSD-3-Clause', ...inputs },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_BASE_REF: 'main', ...env },
    );
  };

  it('fetches the base commit the clone lacks and reports added, updated (with the license change) and removed modules', async () => {
    const { report } = await runOn({});
    expect(report.diff).toEqual({
      base: { kind: 'git', ref: repos.base, commit: repos.base, fetched: true },
      source: 'build-list',
      added: [
        {
          path: 'example.test/added',
          version: 'v1.0.0',
          compiled: true,
          license: { expression: 'MIT', verdict: 'allowed' },
        },
      ],
      updated: [
        {
          path: 'example.test/upd',
          from: 'v1.0.0',
          to: 'v1.1.0',
          compiled: true,
          licenseBefore: { expression: 'MIT', verdict: 'allowed' },
          licenseAfter: { expression: 'GPL-3.0-only', verdict: 'denied' },
          licenseChanged: true,
        },
      ],
      removed: [{ path: 'example.test/removed', version: 'v0.1.0' }],
      gate: 'all',
    });
    const summary = renderSummary(report, SUMMARY_SECTIONS);
    const lines = summary.split('\n\n');
    // Right after the status line, the findings and the counts: the diff leads the sections.
    expect(lines.findIndex((l) => l.startsWith('### '))).toBe(
      lines.indexOf(
        '### This PR adds 1 module (1 compiled in, 0 only in the module graph), updates 1, removes 1',
      ),
    );
    expect(summary).toContain('⚠️ 1 license changed on update');
    expect(summary).toContain(
      '| ⬆️ updated | example.test/upd | v1.0.0 → v1.1.0 | compiled in | ⚠️ MIT → GPL-3.0-only | ❌ denied |',
    );
    expect(summary).toContain('| ➕ added | example.test/added | v1.0.0 | compiled in | MIT | ✅ allowed |');
    expect(summary).toContain('| ➖ removed | example.test/removed | v0.1.0 | | | |');
  });

  it('with gate: all, fails on every denied license, the untouched module included', async () => {
    const { report } = await runOn({ gate: 'all' });
    expect(report.status).toBe('failed');
    const errors = report.findings
      .filter((f) => f.area === 'license' && f.severity !== 'warning')
      .map((f) => f.module);
    expect(errors.sort()).toEqual(['example.test/keep', 'example.test/upd']);
  });

  it('with gate: changed, fails only on what the pull request introduces', async () => {
    const { report } = await runOn({ gate: 'changed' });
    expect(report.status).toBe('failed');
    const license = report.findings.filter((f) => f.area === 'license');
    expect(license.filter((f) => f.severity !== 'warning').map((f) => f.module)).toEqual([
      'example.test/upd',
    ]);
    expect(license.find((f) => f.module === 'example.test/keep')).toMatchObject({
      severity: 'warning',
      message: expect.stringMatching(/not introduced by this pull request; gate: changed/),
    });
  });

  it('with gate: changed, still fails on a checksum mismatch of a module the pull request does not touch', async () => {
    sumdb.tamper.alterRecord.add('example.test/keep@v1.0.0');
    try {
      const { report } = await runOn({ gate: 'changed', 'license-deny': 'GPL-3.0-only' });
      expect(report.status).toBe('failed');
      expect(report.findings).toContainEqual(
        expect.objectContaining({ area: 'checksum', module: 'example.test/keep' }),
      );
      expect(
        report.findings.filter((f) => f.area === 'checksum').every((f) => f.severity !== 'warning'),
      ).toBe(true);
    } finally {
      sumdb.tamper.alterRecord.clear();
    }
  });

  it('diffs against a go.sum file named by compare-to, without a pull request', async () => {
    const sandbox = await createGoSandbox();
    sandboxes.push(sandbox);
    const clone = path.join(sandbox.root, 'clone');
    await run('git', ['clone', '-q', `file://${repos.origin}`, clone], { env: sandbox.env });
    const baseSum = path.join(sandbox.root, 'base.sum');
    const show = await run('git', ['show', `${repos.base}:go.sum`], { cwd: clone, env: sandbox.env });
    await fs.writeFile(baseSum, show.stdout);
    const { report } = await runPipelineIn(sandbox, clone, {
      proxy: proxy.url,
      sumdb: sumdb.gosumdb,
      'compare-to': baseSum,
    });
    expect(report.diff?.base).toEqual({ kind: 'file', path: baseSum });
    expect(report.diff?.added.map((a) => a.path)).toEqual(['example.test/added']);
    expect(report.diff?.updated.map((u) => `${u.path} ${u.from} ${u.to} ${u.licenseChanged}`)).toEqual([
      'example.test/upd v1.0.0 v1.1.0 true',
    ]);
    expect(report.diff?.removed.map((r) => r.path)).toEqual(['example.test/removed']);
  });

  it('writes no diff on a push, and warns instead of failing when the base cannot be fetched', async () => {
    const push = await runOn({}, { GITHUB_EVENT_NAME: 'push' });
    expect(push.report.diff).toBeUndefined();
    const missing = await runOn({ 'compare-to': 'f'.repeat(40), gate: 'changed' });
    expect(missing.report.diff).toBeUndefined();
    expect(missing.report.findings).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringMatching(
          /^no pull-request diff: could not fetch the base f{40} from origin.*gate: changed falls back to gating every module/,
        ),
      }),
    );
    // Nothing was downgraded: the untouched module's denied license still fails.
    expect(missing.report.findings).toContainEqual(
      expect.objectContaining({ module: 'example.test/keep', area: 'license' }),
    );
    expect(missing.report.findings.find((f) => f.module === 'example.test/keep')?.severity).not.toBe(
      'warning',
    );
  });
});
