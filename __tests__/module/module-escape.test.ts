import { describe, expect, it } from '@jest/globals';
import {
  escapeModulePath,
  escapeVersion,
  modulePathProblem,
  parseProxyRequest,
  proxyRequestPath,
  unescapeModulePath,
  unescapeVersion,
} from '../../src/module/module-escape.js';

describe('module path case encoding', () => {
  it.each([
    ['github.com/Azure/azure-sdk', 'github.com/!azure/azure-sdk'],
    ['example.test/Upper', 'example.test/!upper'],
    ['example.test/lower/v2', 'example.test/lower/v2'],
    ['github.com/BurntSushi/TOML', 'github.com/!burnt!sushi/!t!o!m!l'],
  ])('escapes %s as %s and back', (path, escaped) => {
    expect(escapeModulePath(path)).toBe(escaped);
    expect(unescapeModulePath(escaped)).toBe(path);
  });

  it.each([
    ['github.com/!Azure', 'an upper-case letter after !'],
    ['github.com/Azure', 'an unescaped upper-case letter'],
    ['github.com/azure!', 'a trailing !'],
    ['github.com/!1', '! before a digit'],
    ['github.com//x', 'an empty element'],
    ['localhost/x', 'no dot in the first element'],
    ['example.test/.hidden', 'a leading dot'],
    ['example.test/con', 'a Windows reserved name'],
    ['Example.test/x', 'an upper-case first element (unescaped)'],
  ])('refuses to unescape %s (%s)', (escaped) => {
    expect(unescapeModulePath(escaped)).toBeUndefined();
  });

  it('throws naming the path when asked to escape an invalid one', () => {
    expect(() => escapeModulePath('example.test/a b')).toThrow(/example.test\/a b/);
    expect(() => escapeModulePath('example.test/!x')).toThrow(/malformed module path/);
  });

  it('explains why a path is invalid, and accepts a valid one', () => {
    expect(modulePathProblem('nodot/x')).toBe('missing dot in first path element');
    expect(modulePathProblem('example.test/x/')).toBe('leading or trailing slash');
    expect(modulePathProblem('example.test/x~y_z-1.0')).toBeUndefined();
  });
});

describe('version case encoding', () => {
  it.each([
    ['v1.0.0', 'v1.0.0'],
    ['v1.0.0-RC1', 'v1.0.0-!r!c1'],
    ['v0.0.0-20240102030405-abcdefabcdef', 'v0.0.0-20240102030405-abcdefabcdef'],
  ])('escapes %s as %s and back', (version, escaped) => {
    expect(escapeVersion(version)).toBe(escaped);
    expect(unescapeVersion(escaped)).toBe(version);
  });

  it.each(['v1/0', '!V1', 'v1!', '..'])('refuses the escaped version %s', (escaped) => {
    expect(unescapeVersion(escaped)).toBeUndefined();
  });
});

describe('GOPROXY request paths', () => {
  it.each([
    ['/example.test/%21upper/@v/list', { kind: 'list', module: 'example.test/Upper' }],
    ['/example.test/!upper/@v/list', { kind: 'list', module: 'example.test/Upper' }],
    ['/example.test/alpha/@latest', { kind: 'latest', module: 'example.test/alpha' }],
    [
      '/example.test/gamma/v2/@v/v2.1.0.info',
      { kind: 'info', module: 'example.test/gamma/v2', version: 'v2.1.0' },
    ],
    [
      '/example.test/a/@v/v1.0.0-%21r%21c1.mod',
      { kind: 'mod', module: 'example.test/a', version: 'v1.0.0-RC1' },
    ],
    ['/example.test/a/@v/v1.0.0.zip', { kind: 'zip', module: 'example.test/a', version: 'v1.0.0' }],
    ['/sumdb/sum.golang.org/supported', { kind: 'sumdb', db: 'sum.golang.org', rest: 'supported' }],
    [
      '/sumdb/sum.golang.org/tile/8/0/x001/234.p/5',
      { kind: 'sumdb', db: 'sum.golang.org', rest: 'tile/8/0/x001/234.p/5' },
    ],
    [
      '/sumdb/sum.golang.org/lookup/example.test/a@v1.0.0',
      { kind: 'sumdb', db: 'sum.golang.org', rest: 'lookup/example.test/a@v1.0.0' },
    ],
  ])('parses %s', (path, expected) => {
    const parsed = parseProxyRequest(path);
    expect(parsed).toEqual(expected);
    if (parsed) expect(parseProxyRequest(proxyRequestPath(parsed))).toEqual(expected);
  });

  it.each([
    '/',
    '/robots.txt',
    '/example.test/Upper/@v/list',
    '/example.test/a/@v/v1.0.0.tar',
    '/example.test/a/@v/',
    '/sumdb/sum.golang.org/../../etc/passwd',
    '/example.test/a/@v/%ZZ.zip',
  ])('returns nothing for %s, which is not a module proxy request', (path) => {
    expect(parseProxyRequest(path)).toBeUndefined();
  });
});
