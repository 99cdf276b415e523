import { describe, expect, it } from '@jest/globals';
import { formatProxyList, parseProxyList } from '../../src/module/proxy-list.js';
import { matchPrefixPatterns, parsePrefixPatterns } from '../../src/module/prefix-patterns.js';

// Cases follow cmd/go/internal/modfetch/proxy.go proxyList() line by line.
describe('parseProxyList, as cmd/go proxyList()', () => {
  it.each([
    ['https://a.example', [{ kind: 'url', url: 'https://a.example', fallBackOnError: false }]],
    [
      '  https://a.example  ,  direct ',
      [{ kind: 'url', url: 'https://a.example', fallBackOnError: false }, { kind: 'direct' }],
    ],
    [
      'a.example|b.example',
      [
        { kind: 'url', url: 'https://a.example', fallBackOnError: true },
        { kind: 'url', url: 'https://b.example', fallBackOnError: false },
      ],
    ],
    ['http://127.0.0.1:3000/', [{ kind: 'url', url: 'http://127.0.0.1:3000', fallBackOnError: false }]],
    ['localhost:3000', [{ kind: 'url', url: 'https://localhost:3000', fallBackOnError: false }]],
    ['file:///srv/goproxy', [{ kind: 'url', url: 'file:///srv/goproxy', fallBackOnError: false }]],
    [',,https://a.example,,', [{ kind: 'url', url: 'https://a.example', fallBackOnError: false }]],
    ['direct,https://ignored.example', [{ kind: 'direct' }]],
    ['off', [{ kind: 'off' }]],
    [
      'https://a.example|off|https://ignored.example',
      [{ kind: 'url', url: 'https://a.example', fallBackOnError: true }, { kind: 'off' }],
    ],
  ])('parses %j', (value, expected) => {
    expect(parseProxyList('proxy', value)).toEqual(expected);
  });

  it.each([[','], [' '], ['|'], [' , | ']])('rejects %j: not empty, but no entries', (value) => {
    expect(() => parseProxyList('proxy', value)).toThrow(/contains no entries/);
  });

  it.each([['goproxy'], ['ftp://a.example'], ['gopher://x.example']])(
    'rejects %j for its scheme',
    (value) => {
      expect(() => parseProxyList('proxy', value)).toThrow(/invalid proxy URL/);
    },
  );

  it('formats a list back to GOPROXY syntax with the same separators', () => {
    const value = 'https://a.example|https://b.example,direct';
    expect(formatProxyList(parseProxyList('proxy', value))).toBe(value);
  });
});

// Cases follow golang.org/x/mod/module TestMatchPrefixPatterns.
describe('matchPrefixPatterns, as x/mod MatchPrefixPatterns', () => {
  it.each([
    ['*/quote', 'rsc.io/quote', true],
    ['*/quo', 'rsc.io/quote', false],
    ['*/quote', 'rsc.io/quote/v3', true],
    ['rsc.io', 'rsc.io/quote', true],
    ['rsc.io/', 'rsc.io/quote', true],
    ['rsc', 'rsc.io/quote', false],
    ['*.io', 'rsc.io/quote', true],
    ['rsc.io/qu*', 'rsc.io/quote', true],
    ['rsc.io/qu?te', 'rsc.io/quote', true],
    ['rsc.io/q[u-z]ote', 'rsc.io/quote', true],
    ['rsc.io/q[^u]ote', 'rsc.io/quote', false],
    ['*.corp.example,github.com/acme', 'github.com/acme/lib', true],
    ['*.corp.example,github.com/acme', 'git.corp.example/x', true],
    ['*.corp.example,github.com/acme', 'github.com/other/lib', false],
    ['example.test/*/private', 'example.test/a/private/sub', true],
    ['example.test/*/private', 'example.test/a', false],
    ['', 'rsc.io/quote', false],
  ])('glob %j against %j is %j', (globs, target, expected) => {
    expect(matchPrefixPatterns(globs.split(','), target)).toBe(expected);
  });

  it('rejects a glob path.Match would reject', () => {
    expect(() => parsePrefixPatterns('private', 'github.com/[acme')).toThrow(/not a valid pattern/);
  });
});
