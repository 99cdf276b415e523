import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { describeError } from '../errors.js';
import { ObjectTooLargeError, type S3Bucket } from './s3-bucket.js';
import { h1KeyPart } from './s3-keys.js';

/**
 * A project's pack: the `.mod` files its go.sum names (`mod/<base64url of the /go.mod h1>`) and
 * the checksum database's proofs its last run proved (`sumdb/<database>/<state file>`), in one
 * gzip'd object, so that a warm runner reads them with one GET instead of one per file. Nothing
 * in it is trusted: a `.mod` is used only when its hash is go.sum's, a proof only once the
 * checksum client proved it, exactly as the objects they stand for (s3-pack-session.ts).
 */
export type PackEntries = ReadonlyMap<string, Buffer>;

/** What a pack holds is a few MB for a large project; a pack object, or its inflated bytes, past this is refused. */
export const MAX_PACK = 64 << 20;

const MAGIC = 'warden-pack 1\n';
const ENTRY_NAME = /^(?:mod\/[A-Za-z0-9_-]{43}|sumdb\/[!-~]+)$/;
const HEADER = /^(\S+) (\d{1,9})$/;

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** The entry of a `/go.mod` line's hash, or undefined when it is not an h1. */
export function modEntryName(hash: string): string | undefined {
  const part = h1KeyPart(hash);
  return part === undefined ? undefined : `mod/${part}`;
}

/** The entry of a checksum database state file (`lookup/…`, `tile/…`). */
export function proofEntryName(database: string, file: string): string {
  return `sumdb/${database}/${file}`;
}

/** The pack's bytes: a magic line, then each entry as `<name> <length>\n<bytes>`, gzip'd. */
export async function encodePack(entries: Iterable<readonly [string, Buffer]>): Promise<Buffer> {
  const parts: Buffer[] = [Buffer.from(MAGIC)];
  for (const [name, data] of entries) parts.push(Buffer.from(`${name} ${data.length}\n`), data);
  return gzipAsync(Buffer.concat(parts));
}

/** A pack that is not one: refused whole (its entries unread). */
export class BadPackError extends Error {}

/** The entries of a pack; throws BadPackError for bytes that are not a pack within MAX_PACK. */
export async function decodePack(data: Buffer): Promise<Map<string, Buffer>> {
  let raw: Buffer;
  try {
    raw = await gunzipAsync(data, { maxOutputLength: MAX_PACK });
  } catch (error) {
    throw new BadPackError(`not a gzip'd pack within ${MAX_PACK} bytes: ${describeError(error)}`);
  }
  if (raw.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new BadPackError('not a pack (no magic line)');
  const entries = new Map<string, Buffer>();
  for (let offset = MAGIC.length; offset < raw.length;) {
    const end = raw.indexOf(0x0a, offset);
    const header = HEADER.exec(raw.toString('latin1', offset, end < 0 ? raw.length : end));
    if (end < 0 || !header || !ENTRY_NAME.test(header[1]) || header[1].split('/').includes('..'))
      throw new BadPackError(`a malformed entry header at byte ${offset}`);
    const length = Number(header[2]);
    if (end + 1 + length > raw.length) throw new BadPackError(`entry ${header[1]} runs past the end`);
    if (entries.has(header[1])) throw new BadPackError(`entry ${header[1]} twice`);
    entries.set(header[1], raw.subarray(end + 1, end + 1 + length));
    offset = end + 1 + length;
  }
  return entries;
}

/** A pack as a restore reads it: absent, its entries, or refused (why); a bucket error throws. */
export type PackRead =
  | { readonly kind: 'absent' }
  | { readonly kind: 'read'; readonly entries: PackEntries }
  | { readonly kind: 'refused'; readonly reason: string };

/** Reads the pack at `key` (at most MAX_PACK bytes). */
export async function readPack(bucket: S3Bucket, key: string): Promise<PackRead> {
  let data: Buffer | undefined;
  try {
    data = await bucket.getBytes(key, MAX_PACK);
  } catch (error) {
    if (error instanceof ObjectTooLargeError)
      return { kind: 'refused', reason: `larger than ${MAX_PACK} bytes` };
    throw error;
  }
  if (!data) return { kind: 'absent' };
  try {
    return { kind: 'read', entries: await decodePack(data) };
  } catch (error) {
    if (error instanceof BadPackError) return { kind: 'refused', reason: error.message };
    throw error;
  }
}
