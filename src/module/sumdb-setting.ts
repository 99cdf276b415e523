import { createHash } from 'node:crypto';
import { ConfigError, describeError } from '../errors.js';

/** A parsed verifier key `<name>+<hash>+<base64 key>` (golang.org/x/mod/sumdb/note NewVerifier). */
export interface VerifierKey {
  readonly name: string;
  /** First 4 bytes of SHA-256(name + "\n" + key bytes), big-endian. */
  readonly hash: number;
  /** The 32-byte Ed25519 public key (without the algorithm byte). */
  readonly publicKey: Buffer;
  /** The key as written, for messages. */
  readonly text: string;
}

export type SumdbSetting =
  | { readonly off: true }
  | {
      readonly off: false;
      readonly key: VerifierKey;
      /** The explicit URL from `name+hash+key url`, bypassing proxies; undefined = `https://<name>`. */
      readonly url: string | undefined;
    };

export const SUM_GOLANG_ORG_KEY = 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8';

const ACCEPTED =
  '`sum.golang.org`, `name+hash+key`, `name+hash+key https://url`, or `off` (as GOSUMDB; e.g. `sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8`)';

/** Mirrors golang.org/x/mod/sumdb/note NewVerifier for Ed25519 keys. */
export function parseVerifierKey(text: string): VerifierKey {
  // The base64 key may itself contain '+': split at the first two only, as note's chop() does.
  const first = text.indexOf('+');
  const second = first < 0 ? -1 : text.indexOf('+', first + 1);
  if (second < 0) throw new Error('malformed verifier id');
  const [name, hashHex, keyB64] = [
    text.slice(0, first),
    text.slice(first + 1, second),
    text.slice(second + 1),
  ];
  if (name === '' || keyB64 === '') throw new Error('malformed verifier id');
  if (!/^[0-9a-f]{8}$/.test(hashHex))
    throw new Error('malformed verifier id: the key hash must be 8 hex digits');
  if (/[\s+]/.test(name)) throw new Error('malformed verifier id: bad name');
  const key = Buffer.from(keyB64, 'base64');
  if (key.toString('base64') !== keyB64 || key.length === 0)
    throw new Error('malformed verifier id: bad base64 key');
  if (key[0] !== 1 || key.length !== 33)
    throw new Error('unknown verifier algorithm (only Ed25519 keys, algorithm 1)');
  const hash = keyHash(name, key);
  if (hash !== parseInt(hashHex, 16))
    throw new Error('invalid verifier id: the key hash does not match the key');
  return { name, hash, publicKey: key.subarray(1), text };
}

/** First 4 bytes of SHA-256(name + "\n" + key), as note.keyHash computes it. */
export function keyHash(name: string, key: Buffer): number {
  return createHash('sha256').update(`${name}\n`).update(key).digest().readUInt32BE(0);
}

/** Parses a GOSUMDB value. Mirrors cmd/go/internal/modfetch/sumdb.go dbDial. */
export function parseSumdbSetting(input: string, value: string): SumdbSetting {
  let text = value.trim();
  if (text === 'off') return { off: true };
  // sum.golang.google.cn is a mirror of sum.golang.org: same name and key, another URL.
  if (text === 'sum.golang.google.cn') text = 'sum.golang.org https://sum.golang.google.cn';
  const fields = text.split(/\s+/).filter((f) => f !== '');
  if (fields.length === 0) throw new ConfigError(input, 'is empty', ACCEPTED);
  if (fields.length > 2) throw new ConfigError(input, `'${value}' has too many fields`, ACCEPTED);
  if (fields[0] === 'sum.golang.org') fields[0] = SUM_GOLANG_ORG_KEY;
  let key: VerifierKey;
  try {
    key = parseVerifierKey(fields[0]);
  } catch (error) {
    const hint = fields[0].includes('+')
      ? ''
      : ' (a name alone is known only for sum.golang.org; give name+hash+key)';
    throw new ConfigError(input, `'${fields[0]}': ${describeError(error)}${hint}`, ACCEPTED);
  }
  let url: string | undefined;
  if (fields.length === 2) {
    try {
      const parsed = new URL(fields[1]);
      if (!['http:', 'https:'].includes(parsed.protocol)) throw new Error('scheme');
    } catch {
      throw new ConfigError(input, `'${fields[1]}' is not an http(s) URL`, ACCEPTED);
    }
    url = fields[1].replace(/\/+$/, '');
  }
  return { off: false, key, url };
}
