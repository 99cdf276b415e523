import semver from 'semver';
import parseSpdx from 'spdx-expression-parse';
import spdxCorrect from 'spdx-correct';
import { ConfigError } from '../errors.js';
import type { LicenseException } from '../licenses/policy.js';
import { parseLines } from './scalars.js';
import { pathMatch } from '../module/prefix-patterns.js';

const ACCEPTED =
  'one per line: `<module-glob>[@<semver-range>] <SPDX-expression | ignore>`, e.g. `github.com/acme/*@>=1.2.0 <2 Apache-2.0` or `example.com/tool ignore`';

export function parseLicenseExceptions(input: string, value: string): LicenseException[] {
  return parseLines(value).map(({ line, text }) => parseException(input, line, text));
}

function parseException(input: string, line: number, text: string): LicenseException {
  const where = `line ${line} '${text}'`;
  // The range may hold spaces (`>=1.2.0 <2`): take the last field(s) that parse as a license.
  const [target, license] = splitTargetAndLicense(text) ?? [];
  if (target === undefined || license === undefined) {
    throw new ConfigError(input, `${where} has no license after the module`, ACCEPTED);
  }
  const at = target.indexOf('@');
  const module = at >= 0 ? target.slice(0, at) : target;
  const versions = at >= 0 ? target.slice(at + 1).trim() : undefined;
  try {
    pathMatch(module, '');
  } catch (error) {
    throw new ConfigError(
      input,
      `${where}: '${module}' is not a valid glob (${(error as Error).message})`,
      ACCEPTED,
    );
  }
  if (versions !== undefined && semver.validRange(versions) === null) {
    throw new ConfigError(input, `${where}: '${versions}' is not a semver range`, ACCEPTED);
  }
  return { module, versions, license: normalizeExpression(input, where, license), text, line };
}

/** Splits `mod[@range] expression`, where the range may contain spaces but the module cannot. */
function splitTargetAndLicense(text: string): [string, string] | undefined {
  const fields = text.split(/\s+/);
  if (fields.length < 2) return undefined;
  if (!fields[0].includes('@')) return [fields[0], fields.slice(1).join(' ')];
  // Grow the range field by field until the rest parses as a license expression.
  for (let split = 1; split < fields.length; split++) {
    const range = fields.slice(0, split).join(' ');
    const rest = fields.slice(split).join(' ');
    const rangePart = range.slice(range.indexOf('@') + 1);
    if (
      semver.validRange(rangePart) !== null &&
      (rest === 'ignore' || tryParse(rest) || split === fields.length - 1)
    ) {
      return [range, rest];
    }
  }
  return [fields[0], fields.slice(1).join(' ')];
}

function tryParse(expression: string): boolean {
  try {
    parseSpdx(expression);
    return true;
  } catch {
    return false;
  }
}

function normalizeExpression(input: string, where: string, expression: string): string {
  if (expression === 'ignore') return 'ignore';
  if (tryParse(expression)) return expression;
  // Correct each id in case, and suggest one for unknown ids.
  const corrected = expression.replace(/[A-Za-z0-9.+-]+/g, (token) => {
    if (/^(AND|OR|WITH)$/i.test(token)) return token.toUpperCase();
    return spdxCorrect(token, { upgrade: true }) ?? token;
  });
  if (corrected !== expression && tryParse(corrected)) {
    throw new ConfigError(
      input,
      `${where}: '${expression}' is not a valid SPDX expression; did you mean '${corrected}'?`,
      ACCEPTED,
    );
  }
  throw new ConfigError(
    input,
    `${where}: '${expression}' is not a valid SPDX expression or 'ignore'`,
    ACCEPTED,
  );
}
