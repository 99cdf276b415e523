import { describe, expect, it } from '@jest/globals';
import { cleanLine, normalizeText, spdxIdentifierLines } from '../../src/licenses/normalize.js';
import { TEMPLATE_IDS, templateText } from '../../src/licenses/template-texts.js';
import { knownTextSources } from '../../test-support/known-texts-source.js';

describe('normalizeText', () => {
  it.each([
    ['// Permission is hereby granted,', 'permission is hereby granted'],
    ['#  Permission is hereby granted', 'permission is hereby granted'],
    [' * Permission is hereby granted */', 'permission is hereby granted'],
    ['> **Permission** is _hereby_ granted', 'permission is hereby granted'],
    ['1. Redistributions of source code', 'redistributions of source code'],
    ['(a) Redistributions of source code', 'redistributions of source code'],
    ['- Redistributions of source code', 'redistributions of source code'],
    ['THE “SOFTWARE” — AS‐IS', 'the software as is'],
    ['under this Licence, see http://example.com', 'under this license see https example com'],
    ['See [the license](https://example.com/x) & notes', 'see the license and notes'],
    ['Apache License, Version 2.0', 'apache license version 2.0'],
  ])('normalizes %j to %j', (line, words) => {
    expect(normalizeText(line).words.join(' ')).toBe(words);
  });

  it.each([
    'Copyright (c) 2009 The Go Authors. All rights reserved.',
    'Copyright 2020 Jane Doe',
    '(c) 2020 Jane Doe',
    '© 2020 Jane Doe',
    'Portions Copyright (c) 1996, The PostgreSQL Global Development Group',
    '// Copyright 2021 Example Corp',
  ])('drops the copyright statement %j', (line) => {
    expect(cleanLine(line)).toBe('');
  });

  it.each([
    'copyright notice, this list of conditions and the following disclaimer.',
    'copyright holders be liable for any claim',
  ])('keeps the wrapped license sentence %j', (line) => {
    expect(cleanLine(line)).not.toBe('');
  });

  it('keeps the line number of every word', () => {
    expect(normalizeText('Copyright 2020 X\n\nfoo bar\r\nbaz')).toEqual({
      words: ['foo', 'bar', 'baz'],
      lines: [3, 3, 4],
    });
  });

  it('reads SPDX-License-Identifier lines with their comment syntax', () => {
    expect(
      spdxIdentifierLines(
        '/* SPDX-License-Identifier: MIT */\n# SPDX-License-Identifier: (Apache-2.0 OR MIT)',
      ),
    ).toEqual([
      { expression: 'MIT', line: 1 },
      { expression: 'Apache-2.0 OR MIT', line: 2 },
    ]);
  });
});

describe('normalizeText words', () => {
  it('reads every spelling the classifier treats as one word', () => {
    expect(normalizeText('Licence, LICENCES licenced licencing HTTP materials').words).toEqual([
      'license',
      'licenses',
      'licensed',
      'licensing',
      'https',
      'software',
    ]);
  });

  it('keeps a word that names a property of every object ("constructor")', () => {
    expect(normalizeText('Use the constructor, toString or __proto__').words).toEqual([
      'use',
      'the',
      'constructor',
      'tostring',
      'or',
      'proto',
    ]);
  });

  it('splits lines at CRLF, CR and LF alike, and reads versions and numbers as words', () => {
    expect(normalizeText('Version 2.0.1a\r\nsee 1.x\rthe END.\n\nv3.')).toEqual({
      words: ['version', '2.0.1', 'a', 'see', '1', 'x', 'the', 'end', 'v3'],
      lines: [1, 1, 1, 2, 2, 2, 3, 3, 5],
    });
  });
});

describe('normalizeText on plain lines (its fast path)', () => {
  // The words as cleanLine gives them on every line: what normalizeText did before plain lines
  // skipped it.
  const reference = (text: string): { words: string[]; lines: number[] } => {
    const words: string[] = [];
    const lines: number[] = [];
    text.split(/\r\n|\r|\n/).forEach((raw, index) => {
      const line = cleanLine(raw).toLowerCase().replace(/&/g, ' and ');
      for (const match of line.matchAll(/[a-z0-9]+(?:\.[0-9]+)*/g)) {
        words.push(normalizeText(match[0]).words[0]);
        lines.push(index + 1);
      }
    });
    return { words, lines };
  };

  it('gives cleanLine words on every corpus text and template', () => {
    const texts = [
      ...knownTextSources().map(([, text]) => text),
      ...TEMPLATE_IDS.map((id) => templateText(id)),
    ];
    const differing = texts.filter(
      (text) => JSON.stringify(normalizeText(text)) !== JSON.stringify(reference(text)),
    );
    expect(differing.map((text) => text.slice(0, 80))).toEqual([]);
    expect(texts.length).toBeGreaterThan(1000);
  });

  it.each([
    'Copyright 2020 Someone',
    '   portions copyright 2020 Someone',
    'a. Redistributions of source code',
    'iv. Redistributions of source code',
    '12. Redistributions',
    'Some text. All Rights Reserved.',
    'R&D and more',
    '(c) 2020 Someone',
    'Permission is hereby granted, free of charge',
    'under the License.',
  ])('%j: the same words as cleanLine', (line) => {
    expect(normalizeText(line)).toEqual(reference(line));
  });
});
