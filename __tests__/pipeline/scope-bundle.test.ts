import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fixtureModule, goModFile, goSource, standardGraph } from '../../test-support/fixture-modules.js';
import { parseCommandFile, startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import { run, type GoSandbox } from '../../test-support/go-sandbox.js';
import { copyDist } from '../../test-support/dist-copy.js';

// The license issue's acceptance, through the committed bundles: a dependency whose go.mod brings
// in a GPL tool tree that no package imports. `shipped` (the default) passes and reports it as in the
// module graph only; `build-list` fails on it; the summary and the annotations say which is which.
const GPL3 = (
  createRequire(import.meta.url)('spdx-license-list/full') as Record<string, { licenseText: string }>
)['GPL-3.0-only'].licenseText;
const ALLOW = 'MIT, Apache-2.0, BSD-3-Clause, ISC';
const TOOL = 'example.test/gpltool';

function graphWithGplTool() {
  const graph = standardGraph();
  const tool = fixtureModule({ path: TOOL, version: 'v1.0.0' });
  tool.files.LICENSE = GPL3;
  // alpha's go.mod requires the tool (as minio-go's brings golangci-lint in); its code never imports it.
  const alpha = graph.modules.find((m) => m.path === 'example.test/alpha')!;
  alpha.files['go.mod'] = goModFile(alpha.path, { 'example.test/beta': 'v1.1.0', [TOOL]: 'v1.0.0' });
  alpha.files['alpha.go'] = goSource(alpha.path, ['example.test/beta']);
  graph.modules.push(tool);
  return graph;
}

describe('license-scope through dist/: a GPL tool tree in the module graph, compiled into nothing', () => {
  let world: FixtureWorld;
  let distCopy = '';

  beforeAll(async () => {
    distCopy = await copyDist();
    world = await startFixtureWorld(graphWithGplTool());
  });
  afterAll(async () => {
    await world?.close();
    if (distCopy) await fs.rm(distCopy, { recursive: true, force: true });
  });

  async function runAction(sandbox: GoSandbox, inputs: Record<string, string>) {
    const files = { summary: 'summary.md', output: 'output.txt', state: 'state.txt' };
    for (const name of Object.values(files)) await fs.writeFile(path.join(sandbox.root, name), '');
    const env: NodeJS.ProcessEnv = {
      ...sandbox.env,
      GITHUB_ACTIONS: 'true',
      RUNNER_TEMP: sandbox.root,
      GITHUB_STEP_SUMMARY: path.join(sandbox.root, files.summary),
      GITHUB_OUTPUT: path.join(sandbox.root, files.output),
      GITHUB_STATE: path.join(sandbox.root, files.state),
    };
    const all: Record<string, string> = {
      'working-directory': world.project,
      proxy: world.proxy.url,
      sumdb: world.sumdb.gosumdb,
      cache: 'false',
      'license-allow': ALLOW,
      ...inputs,
    };
    for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value;
    const result = await run('node', [path.join(distCopy, 'main', 'index.js')], { env });
    const read = (name: string) => fs.readFile(path.join(sandbox.root, name), 'utf8');
    const summary = await read(files.summary);
    return {
      result,
      summary,
      firstScreen: summary.slice(0, summary.indexOf('\n### ')),
      outputs: parseCommandFile(await read(files.output)),
    };
  }

  it('shipped (the default) passes, and reports the tool as in the module graph only', async () => {
    const { result, firstScreen, summary, outputs } = await runAction(await world.freshSandbox(), {});
    expect(result.stdout + result.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(result.code).toBe(0);
    expect(firstScreen).toMatch(/^## ⚠️ Go Module Warden passed/);
    expect(firstScreen).toContain(
      `**1 module** under GPL-3.0-only, in the module graph only (not compiled in): <code>${TOOL}</code>`,
    );
    expect(firstScreen).toContain('scope: shipped');
    expect(summary).toContain('#### In the module graph only (not compiled in: reported, not gated)');
    // The annotation is a warning that says why it does not fail the run.
    const annotation = result.stdout
      .split('\n')
      .find((l) => /^::(warning|error) /.test(l) && l.includes(`${TOOL}@v1.0.0`));
    expect(annotation).toMatch(/^::warning /);
    expect(annotation).toContain('in the module graph, not compiled in: reported, not gated');
    expect(outputs['license-violations'] ?? '0').toBe('0');
  }, 240_000);

  it('build-list fails on the tool, and the fix leads with the scope, never with allowing GPL', async () => {
    const { result, firstScreen } = await runAction(await world.freshSandbox(), {
      'license-scope': 'build-list',
    });
    expect(result.code).toBe(1);
    expect(firstScreen).toMatch(/^## ❌ Go Module Warden failed/);
    expect(firstScreen).toContain(`**1 module** under GPL-3.0-only: <code>${TOOL}</code>`);
    expect(firstScreen).toContain('scope: build-list');
    expect(firstScreen).toContain('license-scope: shipped');
    expect(firstScreen).not.toMatch(/license-allow: [^<]*GPL-3\.0-only/);
    const annotation = result.stdout
      .split('\n')
      .find((l) => /^::(warning|error) /.test(l) && l.includes(`${TOOL}@v1.0.0`));
    expect(annotation).toMatch(/^::error /);
    expect(annotation).toContain('GPL-3.0-only is not allowed');
  }, 240_000);
});
