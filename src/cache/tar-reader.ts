/**
 * A streaming reader of tar archives (ustar, GNU long names, pax headers), so that a cache entry's
 * members are seen, named and typed by our code before anything is written: the system `tar`
 * would follow the archive's names and types wherever they point. Mirrors the header layout of
 * Go's archive/tar (reader.go readHeader, format.go): 512-byte blocks, octal or base-256 numbers.
 */

export type TarMemberType =
  'file' | 'directory' | 'symlink' | 'hardlink' | 'character-device' | 'block-device' | 'fifo' | 'other';

export interface TarMember {
  /** The name as stored (after long-name and pax records), not normalized. */
  readonly name: string;
  readonly type: TarMemberType;
  readonly size: number;
  readonly linkName?: string;
}

/** The archive cannot be read as a tar (truncated, bad checksum, corrupt compression). */
export class TarFormatError extends Error {
  override readonly name = 'TarFormatError';
}

const BLOCK = 512;

const TYPES: Record<string, TarMemberType> = {
  '0': 'file',
  '\0': 'file',
  '7': 'file',
  '1': 'hardlink',
  '2': 'symlink',
  '3': 'character-device',
  '4': 'block-device',
  '5': 'directory',
  '6': 'fifo',
};

/** Reads exact byte counts from a stream of chunks, copying only what a header needs. */
class ChunkReader {
  private queue: Buffer[] = [];
  private length = 0;
  constructor(private readonly source: AsyncIterator<Buffer>) {}

  private async pull(): Promise<boolean> {
    const next = await this.source.next();
    if (next.done) return false;
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value as Uint8Array);
    this.queue.push(chunk);
    this.length += chunk.length;
    return true;
  }

  /** Up to n bytes from the front, as views of the chunks read (no copy). */
  private *shift(n: number): Generator<Buffer> {
    let left = n;
    while (left > 0 && this.queue.length > 0) {
      const head = this.queue[0];
      if (head.length <= left) {
        this.queue.shift();
        left -= head.length;
        this.length -= head.length;
        yield head;
      } else {
        this.queue[0] = head.subarray(left);
        this.length -= left;
        yield head.subarray(0, left);
        left = 0;
      }
    }
  }

  /** Exactly n bytes, or undefined at a clean end of stream before any byte. */
  async read(n: number): Promise<Buffer | undefined> {
    while (this.length < n) {
      if (!(await this.pull())) {
        if (this.length === 0) return undefined;
        throw new TarFormatError('the archive is truncated');
      }
    }
    const parts = [...this.shift(n)];
    return parts.length === 1 ? parts[0] : Buffer.concat(parts, n);
  }

  /** Reads and drops whatever is left. */
  async drain(): Promise<void> {
    this.queue = [];
    this.length = 0;
    while (!(await this.source.next()).done);
  }

  /** n bytes as the chunks they arrived in (views, never held all at once). */
  async *chunks(n: number): AsyncGenerator<Buffer> {
    let left = n;
    while (left > 0) {
      if (this.length === 0 && !(await this.pull())) throw new TarFormatError('the archive is truncated');
      for (const part of this.shift(left)) {
        left -= part.length;
        yield part;
      }
    }
  }
}

function cString(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end < 0 ? field.length : end).toString('utf8');
}

/** archive/tar parseNumeric: base-256 when the high bit is set, else octal. */
function parseNumber(block: Buffer, start: number, length: number): number {
  const field = block.subarray(start, start + length);
  if (field[0] & 0x80) {
    let value = field[0] & 0x7f;
    for (const byte of field.subarray(1)) value = value * 256 + byte;
    return value;
  }
  const text = cString(block, start, length).trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) throw new TarFormatError(`bad number '${text}' in a tar header`);
  return parseInt(text, 8);
}

function checksumOk(block: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i];
  return parseNumber(block, 148, 8) === sum;
}

/** pax records `<len> <key>=<value>\n` (archive/tar parsePAX). */
function parsePax(data: Buffer): Map<string, string> {
  const records = new Map<string, string>();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    const length = Number(data.subarray(at, space).toString('ascii'));
    if (space < 0 || !Number.isInteger(length) || length <= 0 || at + length > data.length)
      throw new TarFormatError('a pax header is malformed');
    const record = data.subarray(space + 1, at + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) records.set(record.slice(0, eq), record.slice(eq + 1));
    at += length;
  }
  return records;
}

/**
 * Calls `onMember` for each member in order; it must consume `body` (the member's bytes) or leave
 * it, and may throw to stop. Ends at the end-of-archive block; a stream that ends before it is
 * truncated (TarFormatError).
 */
export async function readTar(
  source: AsyncIterable<Buffer>,
  onMember: (member: TarMember, body: AsyncIterable<Buffer>) => Promise<void>,
): Promise<void> {
  const reader = new ChunkReader(source[Symbol.asyncIterator]());
  let longName: string | undefined;
  let longLink: string | undefined;
  let pax = new Map<string, string>();
  for (;;) {
    const block = await reader.read(BLOCK);
    // `tar` always ends an archive with zero blocks: an archive without them was cut short.
    if (!block) throw new TarFormatError('the archive is truncated (no end-of-archive marker)');
    if (block.every((b) => b === 0)) {
      await reader.drain(); // tar's record padding: read to the end so the producer can exit
      return;
    }
    if (!checksumOk(block)) throw new TarFormatError('a tar header checksum is wrong');
    const flag = String.fromCharCode(block[156]);
    const size = pax.has('size') ? Number(pax.get('size')) : parseNumber(block, 124, 12);
    if (!Number.isSafeInteger(size) || size < 0) throw new TarFormatError('a tar member size is invalid');
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    if (flag === 'L' || flag === 'K' || flag === 'x') {
      if (size > 1 << 20) throw new TarFormatError('a tar extension header is too large');
      const data = (await reader.read(padded))?.subarray(0, size);
      if (!data) throw new TarFormatError('the archive is truncated');
      if (flag === 'L') longName = cString(data, 0, data.length);
      else if (flag === 'K') longLink = cString(data, 0, data.length);
      else pax = parsePax(data);
      continue;
    }
    if (flag === 'g') {
      // Global pax records carry no name for us; skip their data.
      for await (const chunk of reader.chunks(padded)) void chunk;
      continue;
    }
    const ustar = block.subarray(257, 262).toString('latin1') === 'ustar';
    const prefix = ustar ? cString(block, 345, 155) : '';
    const header = cString(block, 0, 100);
    const name = pax.get('path') ?? longName ?? (prefix ? `${prefix}/${header}` : header);
    const linkName = pax.get('linkpath') ?? longLink ?? cString(block, 157, 100);
    const type = TYPES[flag] ?? 'other';
    longName = longLink = undefined;
    pax = new Map();
    const member: TarMember = { name, type, size, linkName: linkName || undefined };
    let consumed = 0;
    const body = (async function* () {
      for await (const chunk of reader.chunks(size)) {
        consumed += chunk.length;
        yield chunk;
      }
    })();
    await onMember(member, body);
    // Skip what the callback did not read, then the padding.
    for await (const chunk of reader.chunks(size - consumed)) void chunk;
    for await (const chunk of reader.chunks(padded - size)) void chunk;
  }
}
