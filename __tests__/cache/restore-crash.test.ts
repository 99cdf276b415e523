import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { craftTar } from '../../test-support/tar-writer.js';

/** Every regular file under `root`, relative, with its size. */
async function filesUnder(root: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const name of await fs.readdir(root, { recursive: true })) {
    const st = await fs.lstat(path.join(root, String(name)));
    if (st.isFile()) out.set(String(name), st.size);
  }
  return out;
}

// A restore killed with SIGKILL in the middle of writing a member: nothing under a real name is
// half written (each file is written under `<name><random>.tmp` and linked into place whole).
describe('a restore killed mid-write', () => {
  it('leaves only whole files under their real names, and the partial one as *.tmp', async () => {
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-restore-crash-'));
    try {
      const sizes = { info: 40, big: 96 << 20 }; // above the one-write size: streamed in chunks
      const members = [
        { name: 'cache/download/example.test/a/@v/v1.0.0.info', data: 'x'.repeat(sizes.info) },
        { name: 'cache/download/example.test/a/@v/v1.0.0.zip', data: randomBytes(sizes.big) },
        { name: 'cache/download/example.test/a/@v/v1.0.0.mod', data: 'module example.test/a\n' },
      ];
      const archive = path.join(tmp, 'archive.tar');
      await fs.writeFile(archive, craftTar(members));
      const gomodcache = path.join(tmp, 'gomodcache');
      const restore = path.resolve('src/cache/safe-restore.ts');
      const script = [
        `const { restoreArchiveSafely } = await import(${JSON.stringify(restore)});`,
        `await restoreArchiveSafely({ archive: ${JSON.stringify(archive)}, compression: 'none', gomodcache: ${JSON.stringify(gomodcache)}, entry: 'crash' });`,
      ].join('\n');
      // Killed as soon as the zip's temporary file appears (96 MiB take a while to write).
      const child = spawn('node', ['--import', 'tsx', '--input-type=module', '-e', script], {
        stdio: 'ignore',
      });
      const dir = path.join(gomodcache, 'cache/download/example.test/a/@v');
      let sawTemp = false;
      while (child.exitCode === null && !sawTemp) {
        const names = await fs.readdir(dir).catch(() => [] as string[]);
        sawTemp = names.some((n) => n.startsWith('v1.0.0.zip') && n.endsWith('.tmp'));
        if (sawTemp) child.kill('SIGKILL');
        else await new Promise((resolve) => setTimeout(resolve, 2));
      }
      await new Promise((resolve) =>
        child.exitCode !== null ? resolve(undefined) : child.on('exit', resolve),
      );
      expect(sawTemp).toBe(true); // the kill landed while the zip was being written
      const files = await filesUnder(gomodcache);
      const real = [...files].filter(([name]) => !name.endsWith('.tmp'));
      // The .info, written before the zip, is whole; the zip is not there under its real name.
      expect(real).toEqual([['cache/download/example.test/a/@v/v1.0.0.info', sizes.info]]);
      expect([...files.keys()].filter((n) => n.endsWith('.tmp'))).toHaveLength(1);
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  });
});
