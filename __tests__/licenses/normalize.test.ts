import { describe, expect, it } from '@jest/globals';
import { cleanLine, normalizeText, spdxIdentifierLines } from '../../src/licenses/normalize.js';

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
