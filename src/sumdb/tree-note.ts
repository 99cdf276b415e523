import { HASH_SIZE, type Tree } from './tlog.js';

/** The text of a tree note and the lookup record format. Mirrors golang.org/x/mod/sumdb/tlog/note.go. */

const TREE_PREFIX = 'go.sum database tree\n';

export class MalformedError extends Error {}

/** Mirrors tlog.FormatTree: `go.sum database tree\n<N>\n<base64 hash>\n`. */
export function formatTree(tree: Tree): string {
  return `${TREE_PREFIX}${tree.n}\n${tree.hash.toString('base64')}\n`;
}

/** Mirrors tlog.ParseTree. Extra lines after the hash are allowed (as in Go). */
export function parseTree(text: string): Tree {
  if (!text.startsWith(TREE_PREFIX) || text.split('\n').length - 1 < 3 || text.length > 1e6)
    throw new MalformedError('malformed tree note');
  const lines = text.split('\n');
  const n = Number(lines[1]);
  if (!/^(0|[1-9]\d*)$/.test(lines[1]) || !Number.isSafeInteger(n))
    throw new MalformedError('malformed tree note');
  const hash = decodeBase64Strict(lines[2]);
  if (!hash || hash.length !== HASH_SIZE) throw new MalformedError('malformed tree note');
  return { n, hash };
}

/** Mirrors tlog.FormatRecord: `<id>\n<text>\n` (the text ends in a newline, so a blank line follows). */
export function formatRecord(id: number, text: string): string {
  if (!isValidRecordText(text)) throw new MalformedError('malformed record data');
  return `${id}\n${text}\n`;
}

/** Mirrors tlog.ParseRecord: splits a lookup response into record id, record text and the rest (the note). */
export function parseRecord(msg: Buffer): { id: number; text: Buffer; rest: Buffer } {
  const nl = msg.indexOf(0x0a);
  if (nl < 0) throw new MalformedError('malformed record data');
  const idText = msg.subarray(0, nl).toString('latin1');
  const id = Number(idText);
  if (!/^-?\d+$/.test(idText) || !Number.isSafeInteger(id)) throw new MalformedError('malformed record data');
  const body = msg.subarray(nl + 1);
  const end = body.indexOf('\n\n');
  if (end < 0) throw new MalformedError('malformed record data');
  const text = body.subarray(0, end + 1);
  if (!isValidRecordText(text.toString('utf8')) || !isUtf8(text))
    throw new MalformedError('malformed record data');
  return { id, text, rest: body.subarray(end + 2) };
}

/** Mirrors tlog isValidRecordText: no control characters but newlines, no blank line, ends in a newline. */
function isValidRecordText(text: string): boolean {
  let last = '';
  for (const c of text) {
    const code = c.codePointAt(0) as number;
    if ((code < 0x20 && c !== '\n') || (last === '\n' && c === '\n')) return false;
    last = c;
  }
  return last === '\n';
}

function isUtf8(data: Buffer): boolean {
  return Buffer.from(data.toString('utf8'), 'utf8').equals(data);
}

/** Standard base64 with padding, rejecting anything Go's StdEncoding would reject. */
export function decodeBase64Strict(text: string): Buffer | undefined {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) return undefined;
  const data = Buffer.from(text, 'base64');
  return data.toString('base64') === text ? data : undefined;
}
