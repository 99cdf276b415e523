import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { requireActionNode } from '../../test-support/action-node.js';
import { copyDist } from '../../test-support/dist-copy.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import { run } from '../../test-support/go-sandbox.js';

/** A module node preloads (NODE_OPTIONS --import): each start records its pid, node flags and malloc settings. */
async function startProbe(root: string): Promise<{ probe: string; starts(): Promise<unknown[]> }> {
  const log = path.join(root, 'starts.log');
  const probe = path.join(root, 'probe.mjs');
  await fs.writeFile(
    probe,
    `import fs from 'node:fs';\nimport { isMainThread } from 'node:worker_threads';\n` +
      `if (isMainThread) fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify({ pid: process.pid, execArgv: process.execArgv, arena: process.env.MALLOC_ARENA_MAX ?? null, mmap: process.env.MALLOC_MMAP_THRESHOLD_ ?? null }) + '\\n');\n`,
  );
  return {
    probe,
    starts: async () =>
      (await fs.readFile(log, 'utf8'))
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
  };
}

// The bundles on the node the action runs on (action.yml: node24), not the test runner's: there the
// step re-executes itself in place with its memory settings (src/edges/memory-settings.ts).
describe("the bundles on the action's node", () => {
  let world: FixtureWorld;
  let distCopy = '';

  beforeAll(async () => {
    distCopy = await copyDist();
    world = await startFixtureWorld();
  });
  afterAll(async () => {
    await world?.close();
    if (distCopy) await fs.rm(distCopy, { recursive: true, force: true });
  });

  it('re-executes once, in place, with the young generation and malloc capped; go never sees the malloc settings', async () => {
    const node = requireActionNode();
    const sandbox = await world.freshSandbox();
    const { probe, starts } = await startProbe(sandbox.root);
    // go behind a wrapper that records what it was given of them.
    const realGo = (await run('sh', ['-c', 'command -v go'], { env: sandbox.env })).stdout.trim();
    const bin = path.join(sandbox.root, 'wrapper-bin');
    const goEnv = path.join(sandbox.root, 'go-env.log');
    await fs.mkdir(bin, { recursive: true });
    await fs.writeFile(
      path.join(bin, 'go'),
      `#!/bin/sh\necho "arena=\${MALLOC_ARENA_MAX-unset} mmap=\${MALLOC_MMAP_THRESHOLD_-unset}" >> '${goEnv}'\nexec '${realGo}' "$@"\n`,
      { mode: 0o755 },
    );
    const result = await run(
      node,
      [
        path.join(distCopy, 'cli', 'index.js'),
        'check',
        world.project,
        '--proxy',
        world.proxy.url,
        '--sumdb',
        world.sumdb.gosumdb,
        '--json',
      ],
      {
        env: {
          ...sandbox.env,
          PATH: `${bin}:${sandbox.env.PATH ?? ''}`,
          RUNNER_TEMP: sandbox.root,
          NODE_OPTIONS: `--import=${probe}`,
        },
      },
    );
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).status).toBe('passed');

    const lines = (await starts()) as { pid: number }[];
    expect(lines).toEqual([
      { pid: lines[0].pid, execArgv: [], arena: null, mmap: null },
      { pid: lines[0].pid, execArgv: ['--max-semi-space-size=1'], arena: '2', mmap: '131072' },
    ]);
    const seenByGo = (await fs.readFile(goEnv, 'utf8')).trim().split('\n');
    expect(seenByGo.length).toBeGreaterThan(0);
    expect(new Set(seenByGo)).toEqual(new Set(['arena=unset mmap=unset']));
  });

  it('re-executes not at all when the user opts out (GO_MODULE_WARDEN_REEXEC=0)', async () => {
    const node = requireActionNode();
    const sandbox = await world.freshSandbox();
    const { probe, starts } = await startProbe(sandbox.root);
    const result = await run(node, [path.join(distCopy, 'cli', 'index.js'), '--version'], {
      env: { ...sandbox.env, GO_MODULE_WARDEN_REEXEC: '0', NODE_OPTIONS: `--import=${probe}` },
    });
    expect(result.code).toBe(0);
    expect(await starts()).toEqual([{ pid: expect.any(Number), execArgv: [], arena: null, mmap: null }]);
  });
});
