import { ConfigError } from '../errors.js';

/** Splits a list input on commas and newlines; entries trimmed, empty ones and `#` comments dropped. */
export function parseList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '' && !entry.startsWith('#'));
}

/** Splits a multi-line input into trimmed lines with their 1-based line numbers; blanks and `#` comments dropped. */
export function parseLines(value: string): { line: number; text: string }[] {
  return value
    .split('\n')
    .map((text, index) => ({ line: index + 1, text: text.trim() }))
    .filter(({ text }) => text !== '' && !text.startsWith('#'));
}

/** The YAML 1.2 core booleans, exactly as @actions/core getBooleanInput accepts them. */
export function parseBoolean(input: string, value: string): boolean {
  const text = value.trim();
  if (['true', 'True', 'TRUE'].includes(text)) return true;
  if (['false', 'False', 'FALSE'].includes(text)) return false;
  throw new ConfigError(input, `'${value}' is not a boolean`, '`true` or `false`');
}

export function parseEnum<T extends string>(input: string, value: string, allowed: readonly T[]): T {
  const text = value.trim().toLowerCase();
  const found = allowed.find((option) => option === text);
  if (found === undefined) {
    throw new ConfigError(
      input,
      `'${value}' is not one of the accepted values`,
      allowed.map((a) => `\`${a}\``).join(', '),
    );
  }
  return found;
}

export function parseFraction(input: string, value: string): number {
  const text = value.trim();
  const number = /^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(text) ? Number(text) : NaN;
  if (Number.isNaN(number))
    throw new ConfigError(input, `'${value}' is not a number between 0 and 1`, 'e.g. `0.9`');
  return number;
}
