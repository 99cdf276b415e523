import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli } from '../../src/edges/cli-main.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import type { GoSandbox } from '../../test-support/go-sandbox.js';

// go.sum and the bytes disagree: the checksum database decides which side is wrong. On ff66157 a
// locally edited go.sum line was reported as upstream tampering and the database was never asked.
// Either way the run fails (exit 1); only the blame and the fix differ.
describe('go.sum against the bytes: the checksum database says who is wrong', () => {
  let world: FixtureWorld;
  let target: { path: string; version: string };

  beforeAll(async () => {
    world = await startFixtureWorld();
    const dep = world.graph.modules.find((m) => !world.graph.main.goMod.includes(`module ${m.path}\n`));
    if (!dep) throw new Error('no dependency in the fixture graph');
    target = { path: dep.path, version: dep.version };
  });
  afterAll(async () => {
    await world?.close();
  });

  async function check(
    project: string,
    sandbox: GoSandbox,
    env: NodeJS.ProcessEnv = {},
  ): Promise<{ code: number; output: string }> {
    let output = '';
    const code = await runCli(
      [
        'check',
        project,
        `--proxy=${world.proxy.url}`,
        `--sumdb=${world.sumdb.gosumdb}`,
        '--cache=false',
        '--unknown-license=warn',
        `--report-file=${path.join(sandbox.root, 'report.json')}`,
      ],
      { ...sandbox.env, NO_COLOR: '1', ...env },
      { stdout: (t) => (output += t), stderr: (t) => (output += t), stdoutIsTTY: false },
    );
    return { code, output };
  }

  it('a go.sum line edited locally: go.sum is wrong, the proxy bytes match the database', async () => {
    const sandbox = await world.freshSandbox();
    const project = path.join(sandbox.root, 'edited');
    await fs.cp(world.project, project, { recursive: true });
    const goSum = path.join(project, 'go.sum');
    const lines = (await fs.readFile(goSum, 'utf8')).split('\n');
    const at = lines.findIndex((l) => l.startsWith(`${target.path} ${target.version} h1:`));
    expect(at).toBeGreaterThanOrEqual(0);
    // Another valid h1 (32 bytes), as a bad merge or a hand edit leaves it.
    lines[at] = `${target.path} ${target.version} h1:${Buffer.alloc(32, 7).toString('base64')}`;
    await fs.writeFile(goSum, lines.join('\n'));
    const { code, output } = await check(project, sandbox);
    expect(code).toBe(1);
    expect(output).toContain(
      `go.sum line for ${target.path} ${target.version} differs from the checksum database; the proxy's bytes match the database`,
    );
    expect(output).not.toMatch(/tamper/i);
  });

  it('bytes altered upstream: they differ from both go.sum and the database', async () => {
    const sandbox = await world.freshSandbox();
    world.proxy.setFault({ module: target.path, version: target.version, kind: 'zip' }, { kind: 'alter' });
    try {
      const { code, output } = await check(world.project, sandbox);
      expect(code).toBe(1);
      expect(output).toMatch(/differ from both go\.sum and the checksum database/);
    } finally {
      world.proxy.clearFaults();
    }
  });

  it("a GONOSUMDB module is never asked about to blame it: the mismatch fails in the relay's words", async () => {
    const sandbox = await world.freshSandbox();
    const project = path.join(sandbox.root, 'private');
    await fs.cp(world.project, project, { recursive: true });
    const goSum = path.join(project, 'go.sum');
    const lines = (await fs.readFile(goSum, 'utf8')).split('\n');
    const at = lines.findIndex((l) => l.startsWith(`${target.path} ${target.version} h1:`));
    lines[at] = `${target.path} ${target.version} h1:${Buffer.alloc(32, 9).toString('base64')}`;
    await fs.writeFile(goSum, lines.join('\n'));
    world.sumdb.requests.length = 0;
    const { code, output } = await check(project, sandbox, { GONOSUMDB: target.path });
    expect(code).toBe(1);
    expect(output).toContain('does not match go.sum');
    expect(output).not.toContain('differs from the checksum database');
    const asked = world.sumdb.requests.map((r) => JSON.stringify(r));
    expect(asked.filter((r) => r.includes(target.path.toLowerCase()) || r.includes(target.path))).toEqual([]);
  });
});
