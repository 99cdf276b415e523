import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { classifyFully, classifyLicenseText, DEFAULT_CONFIDENCE } from '../../src/licenses/classifier.js';
import { normalizeText } from '../../src/licenses/normalize.js';
import { forgetClassifications } from '../../src/licenses/text-memo.js';

const CORPUS = path.join(import.meta.dirname, '..', '..', '__fixtures__', 'licenses', 'corpus');
const names = Object.keys(JSON.parse(fs.readFileSync(path.join(CORPUS, 'labels.json'), 'utf8')) as object);

/**
 * The per-run memo answers for a text whose words and layout were classified before, with its
 * own lines: a second module's copy of the same license under other (and more) copyright lines
 * gets exactly what the full classifier gives it.
 */
describe('the per-run classification memo', () => {
  it.each(names)('%s: a copy under other copyright lines gets the full classifier answer', (name) => {
    const text = fs.readFileSync(path.join(CORPUS, name), 'utf8');
    forgetClassifications();
    const first = `Copyright (c) 2019 First Holder\n\n${text}`;
    const second = `Copyright (c) 2021 Second Holder\nCopyright (c) 2022 Another One\n\n\n${text}`;
    expect(classifyLicenseText(first)).toEqual(
      classifyFully(first, normalizeText(first), DEFAULT_CONFIDENCE),
    );
    expect(classifyLicenseText(second)).toEqual(
      classifyFully(second, normalizeText(second), DEFAULT_CONFIDENCE),
    );
  });

  it('is keyed by the threshold too', () => {
    forgetClassifications();
    const text = fs.readFileSync(path.join(CORPUS, 'mit-rewrapped-60.txt'), 'utf8');
    const strict = classifyLicenseText(text, 0.999);
    expect(classifyLicenseText(text, 0.5)).toEqual(classifyFully(text, normalizeText(text), 0.5));
    expect(classifyLicenseText(text, 0.999)).toEqual(strict);
  });
});
