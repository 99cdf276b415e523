import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli } from '../../src/edges/cli-main.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import { run, type GoSandbox } from '../../test-support/go-sandbox.js';

// A go.work workspace whose root is not itself a module (a monorepo: go.work beside app/ and
// lib/): on ff66157 `go list ./...` failed there ("directory prefix . does not contain modules
// listed in go.work"), exit 3. Every `use`d module is a main module: build list, licenses, scope
// and the pull-request diff work over all of them.
interface Report {
  status: string;
  project: { mode: string; mainModules: string[] };
  modules: { path: string; main?: boolean; license?: unknown; imported?: boolean }[];
  diff?: { base: { kind: string }; added: { path: string }[] };
}

describe('a go.work workspace without a root module', () => {
  let world: FixtureWorld;
  let sandbox: GoSandbox;
  let ws: string;

  beforeAll(async () => {
    world = await startFixtureWorld();
    sandbox = await world.freshSandbox();
    ws = path.join(sandbox.root, 'monorepo');
    await fs.cp(world.project, path.join(ws, 'app'), { recursive: true });
    await fs.mkdir(path.join(ws, 'lib'), { recursive: true });
    await fs.writeFile(path.join(ws, 'lib', 'go.mod'), 'module example.test/lib\n\ngo 1.22\n');
    await fs.writeFile(path.join(ws, 'lib', 'lib.go'), 'package lib\n\nfunc Lib() {}\n');
    await fs.writeFile(path.join(ws, 'go.work'), 'go 1.22\n\nuse (\n\t./app\n\t./lib\n)\n');
    for (const args of [
      ['init', '-q'],
      ['add', '-A'],
      ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'ws'],
    ]) {
      const res = await run('git', args, { cwd: ws, env: sandbox.env });
      if (res.code !== 0) throw new Error(res.stderr);
    }
  });
  afterAll(async () => {
    await world?.close();
  });

  it('checks both used modules: exit 0, both main, licenses and the imports scope over the workspace', async () => {
    const report = path.join(sandbox.root, 'report.json');
    // The PR diff against the committed workspace with lib's go.sum gone from the base: nothing added.
    let output = '';
    const code = await runCli(
      [
        'check',
        ws,
        `--proxy=${world.proxy.url}`,
        `--sumdb=${world.sumdb.gosumdb}`,
        '--cache=false',
        '--license-scope=imports',
        '--unknown-license=warn',
        '--compare-to=HEAD',
        `--report-file=${report}`,
      ],
      // The sandbox turns workspaces off for every other test; a monorepo user has them on.
      { ...sandbox.env, GOWORK: '', NO_COLOR: '1' },
      { stdout: (t) => (output += t), stderr: (t) => (output += t), stdoutIsTTY: false },
    );
    expect(output).not.toMatch(/internal error|does not contain modules/);
    expect(code).toBe(0);
    const json = JSON.parse(await fs.readFile(report, 'utf8')) as Report;
    const app = /^module\s+(\S+)/m.exec(await fs.readFile(path.join(ws, 'app', 'go.mod'), 'utf8'))?.[1];
    expect(json.project.mode).toBe('workspace');
    expect([...json.project.mainModules].sort()).toEqual([app, 'example.test/lib'].sort());
    const deps = json.modules.filter((m) => !json.project.mainModules.includes(m.path));
    expect(deps.length).toBeGreaterThan(0);
    // The imports scope was computed over app's packages (./app/... and ./lib/...), not refused.
    expect(deps.some((m) => m.imported === true)).toBe(true);
    expect(deps.every((m) => m.license !== undefined)).toBe(true);
    expect(json.diff?.base.kind).toBe('git');
    expect(json.diff?.added).toEqual([]);
  });
});
