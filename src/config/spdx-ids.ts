import spdxCorrect from 'spdx-correct';
import LICENSE_IDS from 'spdx-license-ids/index.json' with { type: 'json' };
import DEPRECATED_IDS from 'spdx-license-ids/deprecated.json' with { type: 'json' };
import { ConfigError } from '../errors.js';
// Static imports only: @vercel/ncc bundles them, but leaves createRequire() calls to be resolved
// at run time, where the action has no node_modules.

const canonical = new Map<string, string>([...LICENSE_IDS].map((id) => [id.toLowerCase(), id]));
const deprecated = new Set(DEPRECATED_IDS.map((id) => id.toLowerCase()));

/** True for an id of the SPDX list (current, exact case) or a LicenseRef-. */
export function isKnownSpdxId(id: string): boolean {
  return canonical.get(id.toLowerCase()) === id || /^LicenseRef-[A-Za-z0-9.-]+$/.test(id);
}

/**
 * Normalizes one SPDX id from user input: exact ids in any case are accepted, deprecated ones
 * (GPL-2.0, GPL-2.0+) upgraded as spdx-correct does; anything else is an error with a suggestion.
 */
export function normalizeSpdxId(input: string, value: string): string {
  const text = value.trim();
  if (/\s(AND|OR|WITH)\s/i.test(text) || /[()]/.test(text)) {
    throw new ConfigError(
      input,
      `'${text}' is an SPDX expression; list single license ids here (an allow list of MIT and Apache-2.0 already allows 'MIT OR Apache-2.0')`,
      'SPDX license ids separated by commas or newlines, e.g. `MIT, Apache-2.0, BSD-3-Clause`',
    );
  }
  if (/^LicenseRef-[A-Za-z0-9.-]+$/.test(text)) return text;
  const exact = canonical.get(text.toLowerCase());
  if (exact !== undefined) return exact;
  if (deprecated.has(text.toLowerCase()) || /\+$/.test(text)) {
    const upgraded = spdxCorrect(text, { upgrade: true });
    if (upgraded && canonical.has(upgraded.toLowerCase())) return upgraded;
  }
  const suggestion = spdxCorrect(text, { upgrade: true });
  throw new ConfigError(
    input,
    `'${text}' is not an SPDX license id${suggestion ? `; did you mean '${suggestion}'?` : ''}`,
    'SPDX license ids (https://spdx.org/licenses/), e.g. `MIT`, `Apache-2.0`, `BSD-3-Clause`, or `LicenseRef-<name>`',
  );
}
