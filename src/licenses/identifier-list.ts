import spdxDeprecated from 'spdx-license-ids/deprecated.json' with { type: 'json' };
import spdxIds from 'spdx-license-ids/index.json' with { type: 'json' };

const KNOWN = new Set(
  [...(spdxIds as string[]), ...(spdxDeprecated as string[])].map((id) => id.toLowerCase()),
);
/** Fewer lines than this is a short notice, read as one (notice.ts). */
const MIN_LINES = 5;

/**
 * A file that is a list of SPDX identifiers, one a line (quoted, in a JSON or Go array, or bare):
 * data a tool keeps (go-spdx's license_ids.txt), not license terms. Every non-empty line must be
 * a known identifier, so a list with any sentence in it is read as text as before.
 */
export function isIdentifierList(text: string): boolean {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .trim()
        .replace(/^[[{(]+|[\]}),;]+$/g, '')
        .replace(/^["'`](.*)["'`],?$/, '$1')
        .trim(),
    )
    .filter((line) => line !== '');
  return lines.length >= MIN_LINES && lines.every((line) => KNOWN.has(line.toLowerCase()));
}
