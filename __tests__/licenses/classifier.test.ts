import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { classifyLicenseText, UNKNOWN_LICENSE } from '../../src/licenses/classifier.js';
import { CURATED_TEMPLATE_IDS, templates } from '../../src/licenses/templates.js';
import { templateSource } from '../../src/licenses/template-texts.js';

const corpus = (name: string): string =>
  fs.readFileSync(path.join('__fixtures__', 'licenses', 'corpus', name), 'utf8');

describe('classifyLicenseText', () => {
  it("takes Creative Commons' own preamble above a CC text as CC's words, not unknown text (go-digest's LICENSE.docs)", () => {
    const text = corpus('cc-by-sa-4.0-go-digest-license-docs.txt');
    expect(classifyLicenseText(text).expression).toBe('CC-BY-SA-4.0');
    // A restriction slipped into that preamble is still an added clause.
    const restricted = text.replace(
      'does not provide legal services or legal advice.',
      'does not provide legal services or legal advice. This material shall not be used for military purposes.',
    );
    expect(classifyLicenseText(restricted).expression).toMatch(/LicenseRef-unknown/);
  });

  it('compiles every template with its variable and optional spans marked', () => {
    const curated = new Set(CURATED_TEMPLATE_IDS);
    for (const template of templates()) {
      expect(template.length).toBeGreaterThan(curated.has(template.id) ? 40 : 5);
    }
    expect(templateSource('BSD-3-Clause')).toContain('Neither the name of <<var>> nor');
    expect(templateSource('Apache-2.0')).toMatch(/\[\[APPENDIX: How to apply[\s\S]*\]\]$/);
  });

  it('gives a confidence of 1 − edits ÷ template length and honours the threshold', () => {
    const typos = corpus('mit-typos.txt');
    const [match] = classifyLicenseText(typos).matches;
    expect(match.license).toBe('MIT');
    expect(match.confidence).toBeLessThan(1);
    expect(match.confidence).toBeGreaterThan(0.95);
    expect(classifyLicenseText(typos, 0.995).expression).toBe(UNKNOWN_LICENSE);
    // A text missing a whole clause is not the license at any threshold: the edits are one run.
    expect(classifyLicenseText(corpus('mit-truncated.txt'), 0.4).expression).toBe(UNKNOWN_LICENSE);
  });

  it('reports the line range of each license in a file with two', () => {
    const text = corpus('mit-and-apache.txt');
    const result = classifyLicenseText(text);
    expect(result.matches.map((match) => match.license)).toEqual(['MIT', 'Apache-2.0']);
    const [mit, apache] = result.matches;
    expect(mit.startLine).toBe(1);
    expect(mit.endLine).toBeLessThan(apache.startLine);
    expect(text.split('\n')[apache.startLine - 1]).toBe('Apache License');
    expect(apache.endLine).toBe(text.split('\n').length);
  });

  it('masks a match and rescans, finding the same license twice', () => {
    const result = classifyLicenseText(corpus('bsd3-two-holders.txt'));
    expect(result.matches.map((match) => match.license)).toEqual(['BSD-3-Clause', 'BSD-3-Clause']);
    expect(result.expression).toBe('BSD-3-Clause');
  });

  it('drops a weaker match inside a stronger one (BSD-2 in BSD-3, MIT in JSON, GPL in AGPL)', () => {
    expect(classifyLicenseText(corpus('spdx-BSD-3-Clause.txt')).matches.map((m) => m.license)).toEqual([
      'BSD-3-Clause',
    ]);
    expect(classifyLicenseText(corpus('spdx-JSON.txt')).matches.map((m) => m.license)).toEqual(['JSON']);
    expect(classifyLicenseText(corpus('spdx-AGPL-3.0-only.txt')).matches.map((m) => m.license)).toEqual([
      'AGPL-3.0-only',
    ]);
  });

  it('rejects a match that differs by a family word in favour of the right family', () => {
    const clear = corpus('spdx-BSD-3-Clause-Clear.txt');
    const asPlainBsd = clear.replace(
      "NO EXPRESS OR IMPLIED LICENSES TO ANY PARTY'S PATENT RIGHTS ARE GRANTED BY THIS LICENSE. ",
      '',
    );
    // Without Clear's patent sentence the text lacks a clause of the Clear template, and it says
    // "Clear", which rules BSD-3-Clause out: it is neither, so unknown.
    expect(classifyLicenseText(clear).expression).toBe('BSD-3-Clause-Clear');
    expect(classifyLicenseText(asPlainBsd).expression).toBe(UNKNOWN_LICENSE);
    expect(classifyLicenseText(corpus('spdx-BSD-3-Clause.txt')).expression).toBe('BSD-3-Clause');
    const mit0 = corpus('spdx-MIT-0.txt');
    expect(classifyLicenseText(mit0).expression).toBe('MIT-0');
  });

  it('defaults GPL texts to -only and reads "or later" from a notice', () => {
    expect(classifyLicenseText(corpus('spdx-GPL-3.0-only.txt')).expression).toBe('GPL-3.0-only');
    expect(classifyLicenseText(corpus('gpl3-or-later-header.txt')).expression).toBe('GPL-3.0-or-later');
    expect(
      classifyLicenseText(
        `Licensed under the terms below, or any later version.\n\n${corpus('spdx-LGPL-2.1-only.txt')}`,
      ).expression,
    ).toBe('LGPL-2.1-or-later');
  });

  it('takes "or later" only in the FSF’s words', () => {
    const gpl2 = corpus('spdx-GPL-2.0-only.txt');
    expect(classifyLicenseText(`Builds with Go 1.21 or later.\n\n${gpl2}`).expression).toBe('GPL-2.0-only');
  });

  it('joins with OR only when the text offers a choice', () => {
    expect(classifyLicenseText(corpus('dual-apache-mit.txt')).expression).toBe('Apache-2.0 OR MIT');
    expect(classifyLicenseText(corpus('mit-and-apache.txt')).expression).toBe('MIT AND Apache-2.0');
  });

  it('reports unrecognised license-like text beside what it found', () => {
    const result = classifyLicenseText(corpus('mit-with-extra-clause.txt'));
    expect(result.expression).toBe('MIT AND LicenseRef-unknown');
    expect(result.unknown).toHaveLength(1);
    expect(result.unknown[0].words).toBeGreaterThan(20);
  });

  it('honours SPDX-License-Identifier lines as evidence, and records invalid ones as unknown', () => {
    expect(classifyLicenseText('// SPDX-License-Identifier: Apache-2.0 OR MIT\n').expression).toBe(
      'Apache-2.0 OR MIT',
    );
    const invalid = classifyLicenseText('SPDX-License-Identifier: Foo Bar Baz\n');
    expect(invalid.declared).toEqual([{ expression: 'Foo Bar Baz', line: 1, valid: false }]);
    expect(invalid.expression).toBe(UNKNOWN_LICENSE);
    expect(
      classifyLicenseText(`SPDX-License-Identifier: MIT-0\n\n${corpus('spdx-MIT.txt')}`).expression,
    ).toBe('MIT-0 AND MIT');
    // A declaration that the text contradicts does not hide the text's license.
    expect(
      classifyLicenseText(`SPDX-License-Identifier: MIT\n\n${corpus('spdx-GPL-2.0-only.txt')}`).expression,
    ).toBe('MIT AND GPL-2.0-only');
  });

  it('says nothing about an empty file and unknown about prose', () => {
    expect(classifyLicenseText('').expression).toBeUndefined();
    expect(classifyLicenseText(corpus('random-prose.txt')).expression).toBe(UNKNOWN_LICENSE);
  });
});

describe('classifyLicenseText on a huge file', () => {
  it('classifies the beginning and reports the rest as unknown', () => {
    const mit = corpus('spdx-MIT.txt');
    const filler = 'the quick brown fox jumps over the lazy dog\n'.repeat(8000);
    const result = classifyLicenseText(`${mit}\n${filler}`);
    expect(result.matches.map((match) => match.license)).toEqual(['MIT']);
    expect(result.expression).toBe('MIT AND LicenseRef-unknown');
    expect(result.unknown.at(-1)!.words).toBeGreaterThan(10_000);
  });
});
