import { describe, expect, it } from '@jest/globals';
import spdxFull from 'spdx-license-list/full.js';
import { classifyLicenseText, UNKNOWN_LICENSE } from '../../src/licenses/classifier.js';

const FULL = spdxFull as Record<string, { licenseText: string }>;
const text = (id: string): string => FULL[id].licenseText;

/** The leaves of an expression: ids and LicenseRefs. */
function leaves(expression: string | undefined): string[] {
  return (expression ?? '')
    .split(/\s+(?:AND|OR|WITH)\s+|[()]/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The 1-based line of the first line of `file` that holds `needle`. */
function lineOf(file: string, needle: string): number {
  return file.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

// Issue #27 §2: three ways a license part vanished. Each block must end in a term or in
// LicenseRef-unknown with its lines listed, never nowhere.
describe('a license part is never dropped', () => {
  it('keeps a pointer between two GNU texts (only each text’s own appendix is its words)', () => {
    const file = `${text('GPL-2.0-only')}\n\nThe file foo.c is derived from the ICU project, see icu-license.html.\n\n${text('LGPL-2.1-only')}\n`;
    const result = classifyLicenseText(file);
    expect(leaves(result.expression)).toEqual(['GPL-2.0-only', 'LGPL-2.1-only', UNKNOWN_LICENSE]);
    const line = lineOf(file, 'derived from the ICU project');
    expect(result.unknown.some((span) => span.startLine <= line && line <= span.endLine)).toBe(true);
  });

  it('still reads two GNU texts back to back, appendices included, as the two licenses', () => {
    const result = classifyLicenseText(`${text('GPL-2.0-only')}\n\n${text('LGPL-2.1-only')}\n`);
    expect(result.expression).toBe('GPL-2.0-only AND LGPL-2.1-only');
    expect(result.unknown).toEqual([]);
  });

  it('keeps the pointer of a block that also names a license', () => {
    const file = `${text('MIT')}\n\nSome files are under CC0, see the header. Portions derived from the ICU project, see icu-license.html.\n`;
    const result = classifyLicenseText(file);
    expect(leaves(result.expression)).toEqual(['MIT', 'CC0-1.0', UNKNOWN_LICENSE]);
    const line = lineOf(file, 'derived from the ICU project');
    expect(result.unknown.some((span) => span.startLine <= line && line <= span.endLine)).toBe(true);
  });

  it('keeps the pointer when the license named is a few words before it', () => {
    const file = `${text('MIT')}\n\nSome files are under CC0. Portions are from ICU, see icu-license.html.\n`;
    expect(leaves(classifyLicenseText(file).expression)).toEqual(['MIT', 'CC0-1.0', UNKNOWN_LICENSE]);
  });

  it('reads a pointer to the named license’s own text as that license', () => {
    const file = `${text('MIT')}\n\nThe file foo.go is under the Apache License 2.0, see https://www.apache.org/licenses/LICENSE-2.0.txt for the license.\n`;
    expect(classifyLicenseText(file).expression).toBe('MIT AND Apache-2.0');
  });

  it('still reads a block naming a license and pointing to that license’s file as the license alone', () => {
    const file = `${text('MIT')}\n\nThe file sha3.go is dedicated to the public domain under CC0 1.0 Universal: https://creativecommons.org/publicdomain/zero/1.0/\n`;
    expect(classifyLicenseText(file).expression).toBe('MIT AND CC0-1.0');
  });

  it('reads "GPLv3 or later." after a full GPL-3.0 text, appendix included, as or-later', () => {
    expect(classifyLicenseText(`${text('GPL-3.0-only')}\n\nGPLv3 or later.\n`).expression).toBe(
      'GPL-3.0-or-later',
    );
  });

  it('reads the licensor’s FSF notice after a full GPL-3.0 text, appendix included, as or-later', () => {
    const notice =
      'foo is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.\n\nfoo is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU General Public License for more details.\n\nYou should have received a copy of the GNU General Public License along with foo.  If not, see <https://www.gnu.org/licenses/>.';
    expect(classifyLicenseText(`${text('GPL-3.0-only')}\n\n${notice}\n`).expression).toBe('GPL-3.0-or-later');
  });

  it('still reads the full GPL-3.0 text alone as -only (the appendix’s notice is its example)', () => {
    expect(classifyLicenseText(text('GPL-3.0-only')).expression).toBe('GPL-3.0-only');
  });
});
