import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  RejectedEntryError,
  restoreArchiveSafely,
  UnreadableEntryError,
} from '../../src/cache/safe-restore.js';
import { readTar, TarFormatError, type TarMember } from '../../src/cache/tar-reader.js';
import { craftTar, type CraftedMember } from '../../test-support/tar-writer.js';

const LONG_DIR = `cache/download/example.test/${'deep/'.repeat(40)}@v`; // ~230 bytes: no ustar split fits
const LONG = `${LONG_DIR}/v1.0.0.mod`;

async function* chunksOf(data: Buffer, size = 700): AsyncGenerator<Buffer> {
  for (let at = 0; at < data.length; at += size) yield data.subarray(at, at + size);
}

/** Every member read, with its body as text. */
async function members(archive: Buffer): Promise<(TarMember & { body: string })[]> {
  const out: (TarMember & { body: string })[] = [];
  await readTar(chunksOf(archive), async (member, body) => {
    const parts: Buffer[] = [];
    for await (const chunk of body) parts.push(chunk);
    out.push({ ...member, body: Buffer.concat(parts).toString('utf8') });
  });
  return out;
}

/** Every name under `dir` (none when it was never made). */
async function listed(dir: string): Promise<string[]> {
  return fs.readdir(dir, { recursive: true }).catch(() => []);
}

describe('the tar reader (tar-stream) reads the long-name records of GNU tar and pax', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-tar-reader-')));
  });
  afterAll(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  it.each(['gnu', 'pax'] as const)(
    'reads a %s archive written by GNU tar with a name past 255 bytes',
    async (format) => {
      const src = path.join(tmp, `src-${format}`);
      await fs.mkdir(path.join(src, LONG_DIR), { recursive: true });
      await fs.writeFile(path.join(src, LONG), 'module example.test/deep\n');
      const archive = path.join(tmp, `${format}.tar`);
      const made = spawnSync('tar', [`--format=${format}`, '-cf', archive, '-C', src, LONG]);
      expect(made.status).toBe(0);
      const read = await members(await fs.readFile(archive));
      expect(read).toEqual([
        expect.objectContaining({ name: LONG, type: 'file', body: 'module example.test/deep\n' }),
      ]);
    },
  );

  it.each(['gnu', 'pax'] as const)(
    'takes the %s record’s name over the header’s, and restores it',
    async (longNames) => {
      const archive = path.join(tmp, `crafted-${longNames}.tar`);
      await fs.writeFile(
        archive,
        craftTar([{ name: LONG, data: 'module example.test/deep\n' }], { longNames }),
      );
      const gomodcache = path.join(tmp, `gomodcache-${longNames}`);
      const restored = await restoreArchiveSafely({
        archive,
        compression: 'none',
        gomodcache,
        entry: 'long',
      });
      expect(restored.files).toEqual([LONG]);
      expect(await fs.readFile(path.join(gomodcache, LONG), 'utf8')).toBe('module example.test/deep\n');
    },
  );

  const HOSTILE: { what: string; member: CraftedMember; why: RegExp }[] = [
    {
      what: 'a `..` path past the header’s 100 bytes',
      member: {
        name: `${LONG_DIR}/../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../outside/evil`,
        data: 'x',
      },
      why: /`\.\.`/,
    },
    {
      what: 'a symlink whose long link name points out',
      member: { name: `${LONG_DIR}/v1.0.0.zip`, type: '2', linkName: `/${'x/'.repeat(80)}etc` },
      why: /is a symlink/,
    },
    {
      what: 'a hard link',
      member: { name: `${LONG_DIR}/v1.0.0.info`, type: '1', linkName: '/etc/passwd' },
      why: /is a hardlink/,
    },
  ];
  it.each((['gnu', 'pax'] as const).flatMap((format) => HOSTILE.map((h) => ({ format, ...h }))))(
    '$format: refuses $what, naming the full member name, and writes nothing',
    async ({ format, member, why }) => {
      const archive = path.join(tmp, 'hostile.tar');
      const good = { name: 'cache/download/example.test/a/@v/v1.0.0.mod', data: 'module example.test/a\n' };
      await fs.writeFile(archive, craftTar([good, member], { longNames: format }));
      const gomodcache = path.join(tmp, 'gomodcache-hostile');
      await fs.rm(gomodcache, { recursive: true, force: true });
      const error = await restoreArchiveSafely({
        archive,
        compression: 'none',
        gomodcache,
        entry: 'hostile',
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RejectedEntryError);
      expect((error as RejectedEntryError).member).toBe(member.name);
      expect((error as RejectedEntryError).why).toMatch(why);
      expect(await listed(gomodcache)).toEqual([]);
      expect(await fs.readdir(tmp)).not.toContain('outside');
    },
  );

  it('calls an archive without its end-of-archive blocks truncated', async () => {
    const cut = craftTar([{ name: LONG, data: 'x' }], { end: false });
    await expect(members(cut)).rejects.toThrow(TarFormatError);
    await expect(members(cut)).rejects.toThrow(/truncated/);
    await expect(members(Buffer.alloc(0))).rejects.toThrow(/truncated/);
  });

  it('calls an archive cut inside a member truncated, and a corrupt header unreadable', async () => {
    const whole = craftTar([{ name: LONG, data: 'y'.repeat(3000) }], { longNames: 'pax' });
    await expect(members(whole.subarray(0, 2048))).rejects.toThrow(TarFormatError);
    const corrupt = Buffer.from(whole);
    corrupt[5] ^= 0xff; // inside the pax header's name: its checksum no longer matches
    await expect(members(corrupt)).rejects.toThrow(TarFormatError);

    const archive = path.join(tmp, 'corrupt.tar');
    await fs.writeFile(archive, corrupt);
    const gomodcache = path.join(tmp, 'gomodcache-corrupt');
    const error = await restoreArchiveSafely({
      archive,
      compression: 'none',
      gomodcache,
      entry: 'corrupt',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableEntryError);
    expect(await listed(gomodcache)).toEqual([]);
  });

  it('skips a body the callback leaves, and stops at the callback’s error', async () => {
    const archive = craftTar([
      { name: 'a', data: 'z'.repeat(5000) },
      { name: 'b', data: 'second' },
      { name: 'c', data: 'third' },
    ]);
    const seen: string[] = [];
    await readTar(chunksOf(archive, 333), async (member) => void seen.push(member.name));
    expect(seen).toEqual(['a', 'b', 'c']);

    const stop = new Error('stop here');
    await expect(
      readTar(chunksOf(archive), async (member) => {
        if (member.name === 'b') throw stop;
      }),
    ).rejects.toBe(stop);
  });
});
