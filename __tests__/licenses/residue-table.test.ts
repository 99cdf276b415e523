import { describe, expect, it } from '@jest/globals';
import spdxFull from 'spdx-license-list/full.js';
import { classifyLicenseText, UNKNOWN_LICENSE } from '../../src/licenses/classifier.js';
import { CURATED_TEMPLATE_IDS } from '../../src/licenses/templates.js';

const FULL = spdxFull as Record<string, { licenseText: string }>;

// Each kind of block real license files append after the license text (#2 of the license issue):
// none may vanish. `ids` are the terms it must bring; empty = unknown is enough.
const BLOCKS: readonly { kind: string; text: (base: string) => string; ids: readonly string[] }[] = [
  {
    kind: 'a second license text',
    text: (base) => FULL[base === 'ISC' ? 'Zlib' : 'ISC'].licenseText,
    ids: [],
  },
  {
    kind: 'a dedication',
    text: () =>
      'The file sha3.go is dedicated to the public domain under CC0 1.0 Universal: https://creativecommons.org/publicdomain/zero/1.0/',
    ids: ['CC0-1.0'],
  },
  {
    kind: 'a "derived from X, see Y" sentence',
    text: () => 'Part of this code is derived from the ICU project, see icu-license.html.',
    ids: [],
  },
  {
    kind: 'a patent grant',
    text: () =>
      'Additional IP Rights Grant (Patents)\n\nGoogle hereby grants to You a perpetual, worldwide, non-exclusive, no-charge, royalty-free, irrevocable (except as stated in this section) patent license to make, have made, use, offer to sell, sell, import, transfer and otherwise run, modify and propagate the contents of this implementation.',
    ids: [],
  },
  {
    kind: 'an exception',
    text: () =>
      'As a special exception, the copyright holders of this library give you permission to link this library with independent modules to produce an executable, regardless of the license terms of these independent modules.',
    ids: [],
  },
];

/** The leaves of an expression: ids and LicenseRefs. */
function leaves(expression: string | undefined): string[] {
  return (expression ?? '')
    .split(/\s+(?:AND|OR|WITH)\s+|[()]/)
    .map((p) => p.trim())
    .filter(Boolean);
}

describe('the residue rule: a block appended to any curated template never vanishes', () => {
  const cases = CURATED_TEMPLATE_IDS.filter((id) => FULL[id] !== undefined).flatMap((id) =>
    BLOCKS.map((block) => [id, block.kind, block] as const),
  );

  it.each(cases)('%s + %s', (id, _kind, block) => {
    const base = classifyLicenseText(FULL[id].licenseText);
    const appended = classifyLicenseText(`${FULL[id].licenseText}\n\n${block.text(id)}\n`);
    const before = leaves(base.expression);
    const after = leaves(appended.expression);
    // Something more than the text alone: the block's own license, or unknown. (A block naming
    // only the text's own license, CC0's dedication after the CC0 text, is that text.)
    if (block.ids.length > 0 && block.ids.every((wanted) => before.includes(wanted))) return;
    expect(after.some((leaf) => !before.includes(leaf))).toBe(true);
    for (const wanted of block.ids)
      expect([wanted, UNKNOWN_LICENSE].some((l) => after.includes(l))).toBe(true);
  });
});
