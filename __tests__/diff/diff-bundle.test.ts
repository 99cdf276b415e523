import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { startFixtureProxy, type FixtureProxy } from '../../test-support/fixture-proxy.js';
import { createGoSandbox, run, type GoSandbox } from '../../test-support/go-sandbox.js';
import {
  createPullRequestRepos,
  pullRequestModules,
  writePullRequestEvent,
  type PullRequestRepos,
} from '../../test-support/pr-repos.js';
import { entryForModule, startTestSumdb, type TestSumdb } from '../../test-support/sumdb-server.js';
import { copyDist } from '../../test-support/dist-copy.js';
import { parseCommandFile } from '../../test-support/fixture-world.js';
import { summaryContradictions } from '../../test-support/summary-facts.js';
import type { Report } from '../../src/report/model.js';

// dist/main as the runner starts it on a pull_request event: INPUT_* variables, the event payload
// at GITHUB_EVENT_PATH, a depth-1 checkout. Run from a copy of dist/ outside the repository.
describe('dist/main on a pull_request event', () => {
  let proxy: FixtureProxy;
  let sumdb: TestSumdb;
  let sandbox: GoSandbox;
  let repos: PullRequestRepos;
  let distCopy = '';

  beforeAll(async () => {
    distCopy = await copyDist();
    const modules = pullRequestModules();
    proxy = await startFixtureProxy(modules);
    sumdb = await startTestSumdb(modules.map(entryForModule));
    sandbox = await createGoSandbox();
    repos = await createPullRequestRepos(sandbox, proxy.url);
  });

  afterAll(async () => {
    await proxy?.close();
    await sumdb?.close();
    await sandbox?.cleanup();
    if (distCopy) await fs.rm(distCopy, { recursive: true, force: true });
  });

  it('leads the summary with the diff, fails only on the introduced GPL module with gate: changed, and writes the SBOM and notices', async () => {
    const summaryFile = path.join(sandbox.root, 'summary.md');
    const outputFile = path.join(sandbox.root, 'output.txt');
    await fs.writeFile(summaryFile, '');
    await fs.writeFile(outputFile, '');
    const out = path.join(sandbox.root, 'artifacts');
    const inputs: Record<string, string> = {
      'working-directory': repos.clone,
      proxy: proxy.url,
      sumdb: sumdb.gosumdb,
      'license-deny': 'GPL-3.0-only, BSD-3-Clause',
      gate: 'changed',
      sbom: 'cyclonedx,spdx',
      'sbom-file': path.join(out, 'sbom.json'),
      'notices-file': path.join(out, 'NOTICES.md'),
      cache: 'false',
      'cache-backend': 'local',
    };
    const env: NodeJS.ProcessEnv = {
      ...sandbox.env,
      GITHUB_ACTIONS: 'true',
      RUNNER_TEMP: sandbox.root,
      GITHUB_WORKSPACE: repos.clone,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: await writePullRequestEvent(sandbox.root, repos.base, repos.head),
      GITHUB_BASE_REF: 'main',
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_OUTPUT: outputFile,
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const result = await run('node', [path.join(distCopy, 'main', 'index.js')], { env });
    const summary = await fs.readFile(summaryFile, 'utf8');
    expect(result.stdout).not.toMatch(/internal error/);
    expect(result.code).toBe(1);
    expect(summary.split('\n')[0]).toMatch(
      /^## ❌ Go Module Warden failed: 4 modules, 1 problem, 1 warning$/,
    );
    const sections = summary.split('\n').filter((l) => l.startsWith('### '));
    expect(sections[0]).toBe(
      '### This PR adds 1 module (1 compiled in, 0 only in the module graph), updates 1, removes 1',
    );
    expect(summary).toContain(
      '| ⬆️ updated | example.test/upd | v1.0.0 → v1.1.0 | compiled in | ⚠️ MIT → GPL-3.0-only | ❌ denied |',
    );
    expect(result.stdout).toMatch(/::error title=Go Module Warden%3A license.*example\.test\/upd@v1\.1\.0/);
    expect(result.stdout).toMatch(
      /::warning title=Go Module Warden%3A license.*example\.test\/keep@v1\.0\.0.*gate: changed/,
    );

    const cdx = JSON.parse(await fs.readFile(path.join(out, 'sbom.cdx.json'), 'utf8')) as {
      specVersion: string;
      components: { name: string; version: string; licenses?: { expression: string }[] }[];
    };
    expect(cdx.specVersion).toBe('1.6');
    expect(cdx.components.map((c) => `${c.name}@${c.version} ${c.licenses?.[0]?.expression}`).sort()).toEqual(
      [
        'example.test/added@v1.0.0 MIT',
        'example.test/keep@v1.0.0 BSD-3-Clause',
        'example.test/upd@v1.1.0 GPL-3.0-only',
      ],
    );
    const spdx = JSON.parse(await fs.readFile(path.join(out, 'sbom.spdx.json'), 'utf8')) as {
      spdxVersion: string;
    };
    expect(spdx.spdxVersion).toBe('SPDX-2.3');
    const notices = await fs.readFile(path.join(out, 'NOTICES.md'), 'utf8');
    expect(notices).toContain('GNU GENERAL PUBLIC LICENSE');
  });
  it('gate: changed on a violation the pull request did not introduce: passes with warnings, the summary agrees with the report, and post saves', async () => {
    const temp = path.join(sandbox.root, 'gate-changed-warns');
    await fs.mkdir(temp, { recursive: true });
    const files = { summary: 'summary.md', output: 'output.txt', state: 'state.txt' };
    for (const file of Object.values(files)) await fs.writeFile(path.join(temp, file), '');
    const inputs: Record<string, string> = {
      'working-directory': repos.clone,
      proxy: proxy.url,
      sumdb: sumdb.gosumdb,
      'license-deny': 'BSD-3-Clause',
      gate: 'changed',
      'cache-backend': 'local',
      'cache-dir': path.join(temp, 'cache'),
      'report-file': path.join(temp, 'report.json'),
    };
    const env: NodeJS.ProcessEnv = {
      ...sandbox.env,
      GITHUB_ACTIONS: 'true',
      RUNNER_TEMP: temp,
      GITHUB_WORKSPACE: repos.clone,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: await writePullRequestEvent(temp, repos.base, repos.head),
      GITHUB_BASE_REF: 'main',
      GITHUB_STEP_SUMMARY: path.join(temp, files.summary),
      GITHUB_OUTPUT: path.join(temp, files.output),
      GITHUB_STATE: path.join(temp, files.state),
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const main = await run('node', [path.join(distCopy, 'main', 'index.js')], { env });
    expect(main.code).toBe(0);
    const read = (file: string) => fs.readFile(path.join(temp, file), 'utf8');
    const report = JSON.parse(await read('report.json')) as Report;
    const summary = await read(files.summary);
    expect(report.status).toBe('warned');
    expect(summaryContradictions(summary, report)).toEqual([]);
    expect(summary).toContain(
      '1 violation (1 only warns: not introduced by this pull request, `gate: changed`)',
    );
    // The post step, with the state main left, saves: a run that passed with warnings is not a failed run.
    for (const [key, value] of Object.entries(parseCommandFile(await read(files.state))))
      env[`STATE_${key}`] = value;
    const post = await run('node', [path.join(distCopy, 'post', 'index.js')], { env });
    expect(post.code).toBe(0);
    expect(post.stdout).toMatch(/saved/i);
    expect(post.stdout + post.stderr).not.toMatch(/the run failed/);
  });
});
