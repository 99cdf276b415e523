import { createPublicKey, sign as cryptoSign, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import type { VerifierKey } from '../module/sumdb-setting.js';
import { decodeBase64Strict } from './tree-note.js';

/** Signed notes. Mirrors golang.org/x/mod/sumdb/note/note.go (Open and Sign, Ed25519 only). */

export interface NoteSignature {
  readonly name: string;
  readonly hash: number;
  readonly base64: string;
}

export interface Note {
  /** The signed text, ending in a newline. */
  readonly text: string;
  readonly sigs: readonly NoteSignature[];
  /** Signatures by keys we do not know: ignored, kept for messages. */
  readonly unverifiedSigs: readonly NoteSignature[];
}

/** A Signer for tests and the test server: note.Signer for an Ed25519 private key. */
export interface NoteSigner {
  readonly name: string;
  readonly hash: number;
  readonly privateKey: KeyObject;
}

export class MalformedNoteError extends Error {
  constructor() {
    super('malformed note');
  }
}

/** No signature by any known key (e.g. the note was signed by another key). */
export class UnverifiedNoteError extends Error {
  constructor(readonly note: Note) {
    const names = note.unverifiedSigs.map((s) => `${s.name}+${hex8(s.hash)}`);
    super(`note has no verifiable signatures${names.length ? ` (signed only by ${names.join(', ')})` : ''}`);
  }
}

/** A signature by a known key that does not verify. */
export class InvalidSignatureError extends Error {
  constructor(
    readonly keyName: string,
    readonly keyHash: number,
  ) {
    super(`invalid signature for key ${keyName}+${hex8(keyHash)}`);
  }
}

const SIG_PREFIX = '\u2014 ';
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** Public keys made so far, by their raw bytes (a warm run opens one note per stored lookup). */
const publicKeys = new Map<string, KeyObject>();

/** The node:crypto public key for a verifier key's 32 raw Ed25519 bytes (made once per key). */
export function ed25519PublicKey(raw: Buffer): KeyObject {
  const id = raw.toString('hex');
  let key = publicKeys.get(id);
  if (!key) {
    key = createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
    publicKeys.set(id, key);
  }
  return key;
}

/**
 * Signatures found valid, as key, signature and signed text: the stored lookups of a warm run
 * carry the same tree note hundreds of times. Only a valid signature is remembered, for exactly
 * those bytes; bounded, so a long process never grows it without end.
 */
const validSignatures = new Set<string>();
const MAX_REMEMBERED = 4096;

function verifiesOnce(text: string, publicKey: Buffer, sig: Buffer): boolean {
  const id = `${publicKey.toString('base64')} ${sig.toString('base64')}\n${text}`;
  if (validSignatures.has(id)) return true;
  const ok = cryptoVerify(null, Buffer.from(text, 'utf8'), ed25519PublicKey(publicKey), sig);
  if (ok) {
    if (validSignatures.size >= MAX_REMEMBERED) validSignatures.clear();
    validSignatures.add(id);
  }
  return ok;
}

/** Mirrors note.Open: parses `msg` and verifies its signatures by the known keys. */
export function openNote(msg: Buffer | string, known: readonly VerifierKey[]): Note {
  const bytes = typeof msg === 'string' ? Buffer.from(msg, 'utf8') : msg;
  const textAll = bytes.toString('utf8');
  // Valid UTF-8 with no control characters other than newline.
  if (!Buffer.from(textAll, 'utf8').equals(bytes) || hasControlCharacter(textAll))
    throw new MalformedNoteError();
  const split = textAll.lastIndexOf('\n\n');
  if (split < 0) throw new MalformedNoteError();
  const text = textAll.slice(0, split + 1);
  let sigs = textAll.slice(split + 2);
  if (sigs.length === 0 || !sigs.endsWith('\n')) throw new MalformedNoteError();

  const verified: NoteSignature[] = [];
  const unverified: NoteSignature[] = [];
  const seen = new Set<string>();
  const seenUnverified = new Set<string>();
  let numSig = 0;
  while (sigs.length > 0) {
    const i = sigs.indexOf('\n');
    let line = sigs.slice(0, i);
    sigs = sigs.slice(i + 1);
    if (!line.startsWith(SIG_PREFIX)) throw new MalformedNoteError();
    line = line.slice(SIG_PREFIX.length);
    const space = line.indexOf(' ');
    const name = space < 0 ? line : line.slice(0, space);
    const b64 = space < 0 ? '' : line.slice(space + 1);
    const sig = decodeBase64Strict(b64);
    if (!sig || !isValidName(name) || b64 === '' || sig.length < 5) throw new MalformedNoteError();
    const hash = sig.readUInt32BE(0);
    if (++numSig > 100) throw new MalformedNoteError();

    const key = known.find((k) => k.name === name && k.hash === hash);
    if (!key) {
      if (!seenUnverified.has(line)) {
        seenUnverified.add(line);
        unverified.push({ name, hash, base64: b64 });
      }
      continue;
    }
    const id = `${name}+${hash}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const ok = verifiesOnce(text, key.publicKey, sig.subarray(4));
    if (!ok) throw new InvalidSignatureError(name, hash);
    verified.push({ name, hash, base64: b64 });
  }
  const note: Note = { text, sigs: verified, unverifiedSigs: unverified };
  if (verified.length === 0) throw new UnverifiedNoteError(note);
  return note;
}

/** Mirrors note.Sign for fresh signatures: `text` + blank line + one line per signer. */
export function signNote(text: string, signers: readonly NoteSigner[]): string {
  if (!text.endsWith('\n')) throw new MalformedNoteError();
  let out = `${text}\n`;
  for (const signer of signers) {
    if (!isValidName(signer.name)) throw new Error('invalid signer');
    const head = Buffer.alloc(4);
    head.writeUInt32BE(signer.hash >>> 0);
    const sig = cryptoSign(null, Buffer.from(text, 'utf8'), signer.privateKey);
    out += `${SIG_PREFIX}${signer.name} ${Buffer.concat([head, sig]).toString('base64')}\n`;
  }
  return out;
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x0a) return true;
  }
  return false;
}

/** Mirrors note isValidName: non-empty, no spaces, no '+'. */
function isValidName(name: string): boolean {
  return name !== '' && !/[\s+]/u.test(name);
}

function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}
