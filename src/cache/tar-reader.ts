/**
 * Reads a tar archive member by member with tar-stream (ustar, GNU long names and links, pax
 * records), so that a cache entry's members are seen, named and typed by our code before anything
 * is written: the system `tar` would follow the archive's names and types wherever they point.
 * The parser is a widely used one on purpose: the format's corners (pax, GNU, base-256 numbers)
 * are where archive readers have their CVEs. On top of it, the end is strict as `tar` is: a
 * stream that stops right after a member, without the end-of-archive zero block, was cut short.
 */
import type { Readable } from 'streamx';
import { extract, type Header } from 'tar-stream';

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

/** tar-stream's type names → ours ('contiguous-file' is a regular file, as in archive/tar). */
const TYPES: Record<string, TarMemberType> = {
  file: 'file',
  'contiguous-file': 'file',
  link: 'hardlink',
  symlink: 'symlink',
  directory: 'directory',
  'character-device': 'character-device',
  'block-device': 'block-device',
  fifo: 'fifo',
};

/** A member's header, with the byte offset of its (last) header block in the archive. */
type Entry = Readable & { header: Header; offset: number };

function memberOf(header: Header): TarMember {
  const size = header.size;
  if (!Number.isSafeInteger(size) || size < 0) throw new TarFormatError('a tar member size is invalid');
  const type = (header.type as string | null) ?? '';
  return {
    name: header.name,
    type: TYPES[type] ?? 'other',
    size,
    linkName: header.linkname || undefined,
  };
}

/** Where the member that starts at `offset` ends, padding included. */
function endOf(offset: number, size: number): number {
  return offset + BLOCK + Math.ceil(size / BLOCK) * BLOCK;
}

/** Writes `source` into the parser with backpressure; stops when the parser is gone. */
async function feed(
  source: AsyncIterable<Buffer>,
  parser: ReturnType<typeof extract>,
  counted: (bytes: number) => void,
): Promise<void> {
  for await (const chunk of source) {
    if (parser.destroying || parser.destroyed) return;
    counted(chunk.length);
    if (!parser.write(chunk)) await drained(parser);
  }
  parser.end(null);
}

function drained(parser: ReturnType<typeof extract>): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      parser.off('drain', done);
      parser.off('close', done);
      resolve();
    };
    parser.on('drain', done);
    parser.on('close', done);
  });
}

/**
 * A member's bytes as one iterator, whose `return` leaves the stream alone: a consumer that
 * stops early must not destroy the archive (the rest is drained by readTar).
 */
function bodyOf(iterator: AsyncIterator<Buffer>): AsyncIterable<Buffer> {
  const next = (): Promise<IteratorResult<Buffer>> =>
    iterator.next().catch((error: unknown) => {
      throw asFormatError(error); // the archive's fault, not the callback's
    });
  return { [Symbol.asyncIterator]: () => ({ next }) };
}

/**
 * Calls `onMember` for each member in order; it may consume `body` (the member's bytes) or leave
 * it, and may throw to stop. A stream that ends without an end-of-archive block is truncated
 * (TarFormatError). Members after a zero block are read too (tar-stream skips zero blocks), and
 * are checked like every other.
 */
export async function readTar(
  source: AsyncIterable<Buffer>,
  onMember: (member: TarMember, body: AsyncIterable<Buffer>) => Promise<void>,
): Promise<void> {
  const parser = extract();
  let fed = 0;
  let end = 0; // where the last member seen ends, padding included
  let feedError: unknown;
  let stopped: { error: unknown } | undefined; // the callback's own error, passed on unchanged
  const feeding = feed(source, parser, (n) => (fed += n)).catch((error: unknown) => {
    feedError = error;
    parser.destroy(error as Error);
  });
  try {
    for await (const entry of parser as AsyncIterable<Entry>) {
      const member = memberOf(entry.header);
      end = endOf(entry.offset, member.size);
      const body = (entry as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
      await onMember(member, bodyOf(body)).catch((error: unknown) => {
        stopped = { error };
        throw error;
      });
      while (!(await body.next()).done); // what the callback did not read
    }
  } catch (error) {
    parser.destroy();
    await feeding;
    if (stopped) throw stopped.error;
    throw asFormatError(feedError ?? error);
  }
  await feeding;
  if (feedError) throw asFormatError(feedError);
  // `tar` always ends an archive with zero blocks: an archive without them was cut short.
  if (fed < end + BLOCK) throw new TarFormatError('the archive is truncated (no end-of-archive marker)');
}

/** The parser's and the source's errors (corrupt compression, bad headers) as TarFormatError. */
function asFormatError(error: unknown): TarFormatError {
  if (error instanceof TarFormatError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new TarFormatError(/Unexpected end of data/.test(message) ? 'the archive is truncated' : message, {
    cause: error,
  });
}
