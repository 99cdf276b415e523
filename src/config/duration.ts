import { ConfigError } from '../errors.js';

const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};
const DURATION_FORMS =
  "`2300ms`, `2.3s`, `10m`, `1m30s` (units ns, us, ms, s, m, h, as Go's time.ParseDuration)";

/** Parses a duration in Go's time.ParseDuration syntax into milliseconds. */
export function parseDuration(input: string, value: string, { allowZero = false } = {}): number {
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text) && text !== '0') {
    throw new ConfigError(
      input,
      `'${value}' has no unit; did you mean '${text}ms' or '${text}s'?`,
      DURATION_FORMS,
    );
  }
  const part = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/y;
  let total = 0;
  let at = 0;
  if (text === '0') return checkRange(input, value, 0, allowZero);
  while (at < text.length) {
    part.lastIndex = at;
    const match = part.exec(text);
    if (!match) throw new ConfigError(input, `'${value}' is not a duration`, DURATION_FORMS);
    total += Number(match[1]) * UNIT_MS[match[2]];
    at = part.lastIndex;
  }
  if (text.length === 0) throw new ConfigError(input, 'is empty', DURATION_FORMS);
  return checkRange(input, value, total, allowZero);
}

function checkRange(input: string, value: string, ms: number, allowZero: boolean): number {
  if (ms === 0 && !allowZero)
    throw new ConfigError(input, `'${value}' must be longer than zero`, DURATION_FORMS);
  if (ms > 24 * 3_600_000) throw new ConfigError(input, `'${value}' is longer than 24h`, DURATION_FORMS);
  return Math.round(ms);
}

/** Formats milliseconds the way users write them back: 2300ms, 2.3s, 10m. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${+(ms / 1000).toFixed(2)}s`;
  if (ms < 3_600_000) return `${+(ms / 60_000).toFixed(2)}m`;
  return `${+(ms / 3_600_000).toFixed(2)}h`;
}
