import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { LocalBackend } from '../../src/cache/local-backend.js';
import { MemoryLogger } from '../../src/logger.js';
import { SUMMARY_SECTIONS } from '../../src/report/sections.js';
import { renderSummary } from '../../src/report/summary.js';
import { runWarden } from '../../src/run.js';
import { startFixtureProxy, type FixtureProxy } from '../../test-support/fixture-proxy.js';
import { createGoSandbox, run, type GoSandbox } from '../../test-support/go-sandbox.js';
import {
  createPullRequestRepos,
  pullRequestModules,
  writePullRequestEvent,
  type PullRequestRepos,
} from '../../test-support/pr-repos.js';
import { entryForModule, startTestSumdb, type TestSumdb } from '../../test-support/sumdb-server.js';

/**
 * `gate: changed` softens the license findings of modules the pull request does not touch; the
 * cache hand-over, the summary, the outputs and the exit code must all read that one verdict
 * (report/finish.ts). Before, the hand-over counted the findings before the gate applied: a run
 * that passed with warnings saved nothing and said "the run failed (1 problem)".
 */
describe('a run that gate: changed lets pass', () => {
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

  it('passes with warnings, saves the cache, and says nothing of a failure', async () => {
    const sandbox = await createGoSandbox();
    sandboxes.push(sandbox);
    const clone = path.join(sandbox.root, 'clone');
    const cloned = await run('git', ['clone', '-q', '--depth=1', `file://${repos.origin}`, clone], {
      env: sandbox.env,
    });
    if (cloned.code !== 0) throw new Error(cloned.stderr);
    const event = await writePullRequestEvent(sandbox.root, repos.base, repos.head);
    const temp = path.join(sandbox.root, 'temp');
    await fs.mkdir(temp, { recursive: true });
    const cacheDir = path.join(sandbox.root, 'warden-cache');
    // example.test/keep (BSD-3-Clause) is denied but untouched by the pull request: a warning.
    const { report } = await runWarden(
      {
        'working-directory': clone,
        proxy: proxy.url,
        sumdb: sumdb.gosumdb,
        'license-deny': 'BSD-3-Clause',
        gate: 'changed',
        'cache-backend': 'local',
        'cache-dir': cacheDir,
        'cache-save': 'true',
        'report-file': path.join(temp, 'report.json'),
        sbom: 'cyclonedx',
        'notices-file': path.join(temp, 'NOTICES.md'),
      },
      {
        ...sandbox.env,
        RUNNER_TEMP: temp,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_BASE_REF: 'main',
      },
      new MemoryLogger(),
      { cacheBackend: (_kind, dir) => new LocalBackend(dir) },
    );
    expect(report.findings).toContainEqual(
      expect.objectContaining({ module: 'example.test/keep', area: 'license', severity: 'warning' }),
    );
    expect(report.status).toBe('warned');
    expect(report.cache?.saveSkipped).toBeUndefined();
    expect(report.cache?.save).toEqual(expect.objectContaining({ saved: true }));
    expect(await new LocalBackend(cacheDir).entries()).toHaveLength(1);
    const summary = renderSummary(report, SUMMARY_SECTIONS);
    expect(summary).not.toMatch(/the run failed/);
    expect(summary).toMatch(/^## ⚠️ Go Module Warden passed with warnings/);
    // The duration covers the whole step: the SBOM and notices were written before it ended.
    const written = await Promise.all(
      [path.join(temp, 'sbom.cdx.json'), path.join(temp, 'NOTICES.md')].map((f) => fs.stat(f)),
    );
    const lastWrite = Math.max(...written.map((s) => Math.floor(s.mtimeMs)));
    expect(report.durationMs).toBeGreaterThanOrEqual(lastWrite - Date.parse(report.startedAt));
    const json = JSON.parse(await fs.readFile(path.join(temp, 'report.json'), 'utf8')) as typeof report;
    expect(json.durationMs).toBe(report.durationMs);
    expect(json.status).toBe('warned');
  });
});
