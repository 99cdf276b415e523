import { describeError, SecurityError } from '../errors.js';
import type { VerifierKey } from '../module/sumdb-setting.js';
import { InvalidSignatureError, MalformedNoteError, openNote, UnverifiedNoteError } from './note.js';
import { SumdbUnavailableError } from './sumdb-http.js';
import { MalformedError, parseTree } from './tree-note.js';
import type { Tree } from './tlog.js';

/**
 * Opens a signed tree note with the database's key and parses its tree (client.go's
 * note.Open + tlog.ParseTree). A signature that does not verify is tampering (SecurityError);
 * a garbled note is the database misbehaving (unavailable). `what` prefixes every message.
 */
export function openSignedTree(msg: Buffer, what: string, key: VerifierKey): Tree {
  let text: string;
  try {
    text = openNote(msg, [key]).text;
  } catch (error) {
    if (error instanceof InvalidSignatureError || error instanceof UnverifiedNoteError)
      throw new SecurityError(`${what}: ${error.message}; the note is not signed by ${key.text}`, {
        cause: error,
      });
    throw new SumdbUnavailableError(`${what}: ${describeError(error)}`, { cause: error });
  }
  try {
    return parseTree(text);
  } catch (error) {
    throw new SumdbUnavailableError(`${what}: ${describeError(error)}`, { cause: error });
  }
}

/** Two signed trees that are not one history: the database's own signatures prove it, whoever carried them. */
export class ForkError extends SecurityError {}

/** A stored file that is unreadable (not tampering: no signature was checked yet). */
export function isGarbled(error: unknown): boolean {
  return (
    error instanceof SumdbUnavailableError &&
    (error.cause instanceof MalformedError || error.cause instanceof MalformedNoteError)
  );
}
