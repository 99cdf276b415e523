import { describe, expect, it } from '@jest/globals';
import {
  InvalidSignatureError,
  MalformedNoteError,
  openNote,
  signNote,
  UnverifiedNoteError,
} from '../../src/sumdb/note.js';
import { generateTestKey } from '../../test-support/sumdb-server.js';

const TEXT = 'go.sum database tree\n5\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n';

describe('signed notes', () => {
  const mine = generateTestKey('sum.test.example');
  const stranger = generateTestKey('other.example');

  it('opens a note signed by a known key and returns its text', () => {
    const note = openNote(signNote(TEXT, [mine.signer]), [mine.key]);
    expect(note.text).toBe(TEXT);
    expect(note.sigs).toEqual([expect.objectContaining({ name: 'sum.test.example', hash: mine.key.hash })]);
  });

  it('ignores signature lines of unknown keys when a known key also signed', () => {
    const note = openNote(signNote(TEXT, [stranger.signer, mine.signer]), [mine.key]);
    expect(note.sigs).toHaveLength(1);
    expect(note.unverifiedSigs).toEqual([expect.objectContaining({ name: 'other.example' })]);
  });

  it('refuses a note signed only by other keys, naming them', () => {
    const sameName = generateTestKey('sum.test.example');
    expect(() => openNote(signNote(TEXT, [sameName.signer]), [mine.key])).toThrow(UnverifiedNoteError);
    expect(() => openNote(signNote(TEXT, [stranger.signer]), [mine.key])).toThrow(
      /no verifiable signatures \(signed only by other.example\+[0-9a-f]{8}\)/,
    );
  });

  it('refuses a changed text or signature after the same note was opened (a valid signature is remembered only for its bytes)', () => {
    const signed = signNote(TEXT, [mine.signer]);
    expect(openNote(signed, [mine.key]).text).toBe(TEXT);
    expect(openNote(signed, [mine.key]).text).toBe(TEXT);
    expect(() => openNote(signed.replace('\n5\n', '\n6\n'), [mine.key])).toThrow(InvalidSignatureError);
    const line = signed.slice(signed.lastIndexOf('\u2014'));
    const sig = Buffer.from(line.trim().split(' ')[2], 'base64');
    sig[sig.length - 1] ^= 0x01;
    const altered = signed.replace(line, `\u2014 sum.test.example ${sig.toString('base64')}\n`);
    expect(() => openNote(altered, [mine.key])).toThrow(InvalidSignatureError);
  });

  it('refuses a note whose text was changed after signing', () => {
    const signed = signNote(TEXT, [mine.signer]).replace('\n5\n', '\n6\n');
    expect(() => openNote(signed, [mine.key])).toThrow(InvalidSignatureError);
  });

  it.each([
    ['no blank line before the signatures', TEXT + '\u2014 a AAAAAAA=\n'],
    ['no signature lines', `${TEXT}\n`],
    ['a signature line without the em dash', `${TEXT}\n- sum.test.example AAAAAAAA\n`],
    ['a signature too short', `${TEXT}\n\u2014 sum.test.example AAAA\n`],
    ['bad base64', `${TEXT}\n\u2014 sum.test.example !!!!!!!!\n`],
    ['no final newline', `${TEXT}\n\u2014 sum.test.example AAAAAAAA`],
    ['a control character', `go.sum\tdatabase\n\n\u2014 sum.test.example AAAAAAAA\n`],
  ])('refuses a malformed note: %s', (_, msg) => {
    expect(() => openNote(msg, [mine.key])).toThrow(MalformedNoteError);
  });
});
