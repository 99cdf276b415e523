import { ConfigError, describeError } from '../errors.js';

/**
 * GOPRIVATE-style globs. Mirrors golang.org/x/mod/module MatchPrefixPatterns: each glob is matched
 * with path.Match against as many leading path elements of the target as the glob has.
 */
export function matchPrefixPatterns(globs: readonly string[], target: string): boolean {
  for (const raw of globs) {
    const glob = raw.replace(/\/$/, '');
    if (glob === '') continue;
    let n = glob.split('/').length - 1;
    let prefix = target;
    for (let i = 0; i < target.length; i++) {
      if (target[i] === '/') {
        if (n === 0) {
          prefix = target.slice(0, i);
          break;
        }
        n--;
      }
    }
    if (n > 0) continue;
    if (pathMatch(glob, prefix)) return true;
  }
  return false;
}

/** Splits a GOPRIVATE value and checks every glob is a valid path.Match pattern. */
export function parsePrefixPatterns(input: string, value: string): string[] {
  if (value.includes(';'))
    throw new ConfigError(
      input,
      `'${value.trim()}' contains ';': GOPRIVATE patterns are separated by \`,\``,
      `e.g. \`${value.trim().replace(/\s*;\s*/g, ',')}\``,
    );
  const globs = value
    .split(/[,\n]/)
    .map((g) => g.trim())
    .filter((g) => g !== '');
  for (const glob of globs) {
    try {
      compilePattern(glob);
    } catch (error) {
      throw new ConfigError(
        input,
        `'${glob}' is not a valid pattern (${describeError(error)})`,
        'comma-separated module path globs as in GOPRIVATE, e.g. `*.corp.example,github.com/our-org/*`',
      );
    }
  }
  return globs;
}

/** Go's path.Match: `*` and `?` never match `/`; `[...]` classes with ranges and `^`; `\` escapes. */
export function pathMatch(pattern: string, name: string): boolean {
  return compilePattern(pattern).test(name);
}

const compiled = new Map<string, RegExp>();

function compilePattern(pattern: string): RegExp {
  const cached = compiled.get(pattern);
  if (cached) return cached;
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '\\') {
      if (i + 1 >= pattern.length) throw new Error('trailing backslash');
      source += escapeRegex(pattern[++i]);
    } else if (c === '[') {
      const end = classEnd(pattern, i);
      let body = pattern.slice(i + 1, end);
      const negated = body.startsWith('^');
      if (negated) body = body.slice(1);
      if (body === '') throw new Error('empty character class');
      source += `(?!/)[${negated ? '^' : ''}${classBody(body)}]`;
      i = end;
    } else if (c === ']') throw new Error("unmatched ']'");
    else source += escapeRegex(c);
  }
  const regex = new RegExp(`^${source}$`);
  compiled.set(pattern, regex);
  return regex;
}

function classEnd(pattern: string, start: number): number {
  for (let j = start + 1; j < pattern.length; j++) {
    if (pattern[j] === '\\') j++;
    else if (pattern[j] === ']') return j;
  }
  throw new Error("unclosed '['");
}

function classBody(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    let c = body[i];
    if (c === '\\') c = body[++i] ?? '';
    if (body[i + 1] === '-' && i + 2 < body.length) {
      let hi = body[i + 2];
      let skip = 2;
      if (hi === '\\') {
        hi = body[i + 3] ?? '';
        skip = 3;
      }
      if (hi < c) throw new Error(`bad range ${c}-${hi}`);
      out += `${escapeClass(c)}-${escapeClass(hi)}`;
      i += skip;
    } else out += escapeClass(c);
  }
  return out;
}

function escapeRegex(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function escapeClass(c: string): string {
  return c.replace(/[\]\\^-]/g, '\\$&');
}
