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

/** A pax record `<len> <key>=<value>\n`, its length counting itself (archive/tar formatPAXRecord). */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body);
  while (String(length).length + Buffer.byteLength(body) !== length)
    length = String(length).length + Buffer.byteLength(body);
  return `${length}${body}`;
}

function headerBlock(name: string, type: string, size: number, linkName?: string, prefix = ''): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, 100, 'utf8');
  header.write(octal(type === '5' ? 0o755 : 0o644, 8), 100, 'ascii');
  header.write(octal(0, 8), 108, 'ascii');
  header.write(octal(0, 8), 116, 'ascii');
  header.write(octal(size, 12), 124, 'ascii');
  header.write(octal(0, 12), 136, 'ascii');
  header.write('        ', 148, 'ascii');
  header.write(type, 156, 'ascii');
  if (linkName) header.write(linkName, 157, 100, 'utf8');
  header.write('ustar\0', 257, 'ascii');
  header.write('00', 263, 'ascii');
  header.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(octal(sum, 7) + ' ', 148, 'ascii');
  return header;
}

function padded(data: Buffer): Buffer[] {
  return data.length > 0 ? [data, Buffer.alloc((512 - (data.length % 512)) % 512)] : [];
}

/**
 * A ustar archive of exactly these members (names up to 100 bytes, or split with the prefix
 * field). `longNames` carries every name (and link name) in a record before its header instead,
 * as GNU tar (`L`/`K` members) or pax (`x` members) write names too long for ustar; the header
 * then holds only the name's first 100 bytes. `end: false` leaves out the end-of-archive blocks.
 */
export function craftTar(
  members: readonly CraftedMember[],
  options: { longNames?: 'gnu' | 'pax'; end?: boolean } = {},
): Buffer {
  const blocks: Buffer[] = [];
  for (const m of members) {
    const data = Buffer.from(m.data ?? '');
    const type = m.type ?? '0';
    let name = m.name;
    let prefix = '';
    if (options.longNames === 'gnu') {
      for (const [flag, value] of [
        ['L', m.name],
        ['K', m.linkName],
      ] as const) {
        if (value === undefined) continue;
        const record = Buffer.from(`${value}\0`);
        blocks.push(headerBlock('././@LongLink', flag, record.length), ...padded(record));
      }
      name = Buffer.from(m.name).subarray(0, 100).toString('latin1');
    } else if (options.longNames === 'pax') {
      const records = paxRecord('path', m.name) + (m.linkName ? paxRecord('linkpath', m.linkName) : '');
      const record = Buffer.from(records);
      blocks.push(headerBlock('PaxHeaders/member', 'x', record.length), ...padded(record));
      name = Buffer.from(m.name).subarray(0, 100).toString('latin1');
    } else if (Buffer.byteLength(name) > 100) {
      const cut = name.lastIndexOf('/', name.length - 1 - 0);
      prefix = name.slice(0, cut);
      name = name.slice(cut + 1);
    }
    blocks.push(headerBlock(name, type, type === '0' ? data.length : 0, m.linkName, prefix));
    if (type === '0') blocks.push(...padded(data));
  }
  if (options.end ?? true) blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

/** Compresses as the backends store entries. */
export function compress(tar: Buffer, how: 'gzip' | 'zstd'): Buffer {
  if (how === 'gzip') return gzipSync(tar);
  const result = spawnSync('zstd', ['-q', '-c'], { input: tar, maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`zstd failed: ${result.stderr.toString()}`);
  return result.stdout;
}
