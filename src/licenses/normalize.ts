/**
 * License text normalization in the manner of licensee and licenseclassifier: comment prefixes,
 * markup, bullets and numbering, case, punctuation, quotes and dashes go; licence → license,
 * http → https; copyright statements go (but not sentences that merely mention a "copyright
 * notice", which is what breaks naive normalizers on rewrapped BSD texts).
 */

/** The words of a text, each with the 1-based line it came from. */
export interface Words {
  readonly words: readonly string[];
  readonly lines: readonly number[];
}

// Comment and markup prefixes, stripped repeatedly from the start of each line.
const LINE_PREFIX =
  /^\s*(?:\/\/+|\/\*+|\*\/|\*+|#+|>+|--+|;+|•|-|\+|\|)(?=\s|$)\s*|^\s*(?:\(?(?:\d{1,2}|[a-hA-H]|[ivxIVX]{1,4})[.)])(?=\s|$)\s*/;
// A copyright statement: "Copyright (c) 2020 X", "(c) 2020 X", "© X", "Portions Copyright ...".
// "(c)" alone starts list item (c) ("(c) You must retain, ..." in Apache-2.0): a statement only
// before a year or the word copyright.
const COPYRIGHT_LINE = /^(?:portions\s+)?(?:copyright\b|\(c\)\s*(?:\d|copyright\b|$)|©)/i;
// ... but "copyright notice", "copyright holders ..." at the start of a wrapped line is license text.
const COPYRIGHT_PROSE =
  /^copyright\s+(?:notices?|holders?|owners?|and|law|laws|statement|license|licenses|disclaimer|interest|rights|grant)\b/i;
const SPDX_LINE = /SPDX-License-Identifier:/i;

// A Map, not an object: a text's word "constructor" is not Object.prototype's. Every key starts
// with l, h or m (pushWords looks up no other word).
const EQUIVALENT: ReadonlyMap<string, string> = new Map([
  ['licence', 'license'],
  ['licences', 'licenses'],
  ['licenced', 'licensed'],
  ['licencing', 'licensing'],
  ['http', 'https'],
  ['materials', 'software'],
]);

/** Cleans one line: comment prefixes, markup, links; returns '' for copyright statements. */
export function cleanLine(raw: string): string {
  let line = raw.replace(/\*\/\s*$/, '').replace(/\t/g, ' ');
  for (let i = 0; i < 4; i++) {
    // Checked before each strip: "(c) 2020 X" is a copyright statement, not list item (c).
    if (isCopyrightStatement(line.trim())) return '';
    const next = line.replace(LINE_PREFIX, '');
    if (next === line) break;
    line = next;
  }
  line = line.trim();
  if (isCopyrightStatement(line)) return '';
  if (SPDX_LINE.test(line)) return '';
  // Markdown links keep their text; emphasis and code marks go.
  line = line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]+/g, ' ');
  line = line.replace(/\ball rights reserved\b\.?/gi, ' ');
  return line;
}

// A wrapped sentence can start a line with "copyright doctrines of fair use" (GPL-3.0) or
// "copyright on the Program": lower case is prose; a statement is "Copyright" with a capital.
const LOWER_PROSE = /^(?:portions\s+)?copyright\b(?!\s*(?:\(c\)|©|\d))/;

function isCopyrightStatement(line: string): boolean {
  return COPYRIGHT_LINE.test(line) && !COPYRIGHT_PROSE.test(line) && !LOWER_PROSE.test(line);
}

// A line holding none of these, not opening with a list number, a copyright statement or
// "portions", and without "all rights reserved", is one cleanLine leaves as it is (trimmed).
const MARKUP_CHARS = /[*/#>\-;•+|()[\]_`\t©&]/;
const LIST_NUMBER = /^\s*(?:\d{1,2}|[a-hA-H]|[ivxIVX]{1,4})\.(?=\s|$)/;

function isPlainLine(raw: string, lower: string): boolean {
  if (MARKUP_CHARS.test(raw) || LIST_NUMBER.test(raw) || lower.includes('all rights reserved')) return false;
  const start = lower.trimStart();
  return !start.startsWith('copyright') && !start.startsWith('portions');
}

/**
 * The normalized words of a text with their line numbers. Most lines of a license are plain
 * prose: those skip cleanLine's regular expressions (normalize.test.ts checks, on every corpus
 * text and template, that the words are cleanLine's).
 */
export function normalizeText(text: string): Words {
  const words: string[] = [];
  const lines: number[] = [];
  // The lines of text.split(/\r\n|\r|\n/), found without building the array.
  let nextCr = text.indexOf('\r');
  let at = 0;
  for (let number = 1; ; number++) {
    if (nextCr >= 0 && nextCr < at) nextCr = text.indexOf('\r', at);
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (nextCr >= 0 && nextCr < end) end = nextCr;
    const raw = text.slice(at, end);
    const lower = raw.toLowerCase();
    const line = isPlainLine(raw, lower) ? lower : cleanLine(raw).toLowerCase().replace(/&/g, ' and ');
    pushWords(line, number, words, lines);
    if (end === text.length) break;
    at = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return { words, lines };
}

/**
 * The words of a lower-case line, as the regular expression /[a-z0-9]+(?:\.[0-9]+)*\/g finds
 * them ("2.0" is one word), each with its EQUIVALENT; a scan, not matchAll's match objects.
 */
function pushWords(line: string, number: number, words: string[], lines: number[]): void {
  const n = line.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(line.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    for (i++; i < n && isWordChar(line.charCodeAt(i)); i++);
    while (i + 1 < n && line.charCodeAt(i) === 46 && isDigit(line.charCodeAt(i + 1)))
      for (i += 2; i < n && isDigit(line.charCodeAt(i)); i++);
    const word = line.slice(start, i);
    // Only words starting like an EQUIVALENT key (l, h, m) are looked up: no hash for the rest.
    const first = line.charCodeAt(start);
    words.push(first === 0x6c || first === 0x68 || first === 0x6d ? (EQUIVALENT.get(word) ?? word) : word);
    lines.push(number);
  }
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The expressions of `SPDX-License-Identifier:` lines in a text, with their 1-based lines. */
export function spdxIdentifierLines(text: string): { expression: string; line: number }[] {
  const found: { expression: string; line: number }[] = [];
  const rawLines = text.split(/\r\n|\r|\n/);
  for (let index = 0; index < rawLines.length; index++) {
    const match = /SPDX-License-Identifier[*_`]*:[*_`]*\s*(.+)$/i.exec(rawLines[index]);
    if (!match) continue;
    // Markup around the expression: `MIT`, **MIT**, <!-- … -->, /* … */, a closing quote.
    const expression = match[1]
      .replace(/\s*(\*\/|-->)\s*$/, '')
      .replace(/^[\s*_`'"]+|[\s*_`'".,;]+$/g, '')
      .replace(/^\(\s*(.*)\s*\)$/, '$1');
    if (expression !== '') found.push({ expression, line: index + 1 });
  }
  return found;
}
