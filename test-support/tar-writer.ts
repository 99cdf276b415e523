import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';

/** One member of a crafted tar: any name and type, as an attacker would write it. */
export interface CraftedMember {
  readonly name: string;
  /** '0' file, '1' hard link, '2' symlink, '3' char device, '5' directory, '6' fifo. */
  readonly type?: '0' | '1' | '2' | '3' | '5' | '6';
  readonly data?: Buffer | string;
  readonly linkName?: string;
}

function octal(value: number, length: number): string {
  return value.toString(8).padStart(length - 1, '0') + '\0';
}

/** A ustar archive of exactly these members (names up to 100 bytes, or split with the prefix field). */
export function craftTar(members: readonly CraftedMember[]): Buffer {
  const blocks: Buffer[] = [];
  for (const m of members) {
    const data = Buffer.from(m.data ?? '');
    const header = Buffer.alloc(512);
    let name = m.name;
    let prefix = '';
    if (Buffer.byteLength(name) > 100) {
      const cut = name.lastIndexOf('/', name.length - 1 - 0);
      prefix = name.slice(0, cut);
      name = name.slice(cut + 1);
    }
    header.write(name, 0, 100, 'utf8');
    header.write(octal(m.type === '5' ? 0o755 : 0o644, 8), 100, 'ascii');
    header.write(octal(0, 8), 108, 'ascii');
    header.write(octal(0, 8), 116, 'ascii');
    header.write(octal((m.type ?? '0') === '0' ? data.length : 0, 12), 124, 'ascii');
    header.write(octal(0, 12), 136, 'ascii');
    header.write('        ', 148, 'ascii');
    header.write(m.type ?? '0', 156, 'ascii');
    if (m.linkName) header.write(m.linkName, 157, 100, 'utf8');
    header.write('ustar\0', 257, 'ascii');
    header.write('00', 263, 'ascii');
    header.write(prefix, 345, 155, 'utf8');
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(octal(sum, 7) + ' ', 148, 'ascii');
    blocks.push(header);
    if ((m.type ?? '0') === '0' && data.length > 0) {
      blocks.push(data, Buffer.alloc((512 - (data.length % 512)) % 512));
    }
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

/** Compresses as the backends store entries. */
export function compress(tar: Buffer, how: 'gzip' | 'zstd'): Buffer {
  if (how === 'gzip') return gzipSync(tar);
  const result = spawnSync('zstd', ['-q', '-c'], { input: tar, maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`zstd failed: ${result.stderr.toString()}`);
  return result.stdout;
}
