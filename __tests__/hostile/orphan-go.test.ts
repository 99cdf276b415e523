import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { killGroup, processesWithEnv, startChild } from '../../test-support/processes.js';
import { until } from '../../test-support/until.js';

// go runs in its own process group, so a SIGKILL of its parent (the CLI, the action) never
// reaches it. The watchdog beside it kills the group when the parent's pipe closes. A stand-in
// `go` on PATH that waits forever (and starts a child of its own) plays go and its git.
describe('a go whose parent is SIGKILLed', () => {
  let dir: string;
  const children: ReturnType<typeof startChild>[] = [];
  const marker = `GMW_ORPHAN=${randomUUID()}`;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-orphan-'));
    await fs.writeFile(path.join(dir, 'go'), '#!/bin/sh\nsleep 600 &\nexec sleep 600\n', { mode: 0o755 });
    await fs.writeFile(
      path.join(dir, 'parent.ts'),
      `import { spawnGo } from ${JSON.stringify(path.resolve('src/go/go-command.ts'))};\n` +
        `void spawnGo(['mod', 'download'], { cwd: process.cwd(), env: process.env });\n` +
        `setInterval(() => undefined, 1000);\n`,
    );
  });
  afterAll(async () => {
    for (const c of children) killGroup(c.child);
    // Whatever outlived its parent (the defect this test is about): killed by pid.
    for (const p of await processesWithEnv(marker)) process.kill(Number(p.split(' ')[0]), 'SIGKILL');
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('dies with it, its children too', async () => {
    const env = {
      ...process.env,
      PATH: `${dir}:${process.env.PATH}`,
      [marker.split('=')[0]]: marker.split('=')[1],
    };
    const parent = startChild(process.execPath, ['--import', 'tsx', path.join(dir, 'parent.ts')], env);
    children.push(parent);
    await until(
      async () => (await processesWithEnv(marker)).filter((p) => p.endsWith(' sleep')).length === 2,
      { timeoutMs: 30_000, everyMs: 50, what: "go's two children started" },
    );
    process.kill(parent.child.pid!, 'SIGKILL');
    await parent.exited;
    await until(async () => (await processesWithEnv(marker)).filter((p) => !p.endsWith(' sh')).length === 0, {
      timeoutMs: 10_000,
      everyMs: 50,
      what: "go's process group gone after the CLI's SIGKILL",
    });
    expect(await processesWithEnv(marker)).toEqual([]);
  });
});
