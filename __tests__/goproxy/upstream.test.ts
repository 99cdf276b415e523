import { describe, expect, it } from '@jest/globals';
import { parseProxyList } from '../../src/module/proxy-list.js';
import { prepareUpstreams, redactSecrets } from '../../src/goproxy/upstream.js';

const basic = (userPass: string): string => `Basic ${Buffer.from(userPass).toString('base64')}`;

describe('upstreams from a GOPROXY list', () => {
  it('keeps the URL entries up to direct or off, with their separators, in order', () => {
    const { upstreams } = prepareUpstreams(
      parseProxyList('proxy', 'https://a.example/go|https://b.example,direct,https://never.example'),
    );
    expect(upstreams.map((u) => [u.index, u.url, u.name, u.fallBackOnError])).toEqual([
      [0, 'https://a.example/go', 'a.example/go', true],
      [1, 'https://b.example', 'b.example', false],
    ]);
    expect(prepareUpstreams(parseProxyList('proxy', 'off')).upstreams).toEqual([]);
  });

  it('moves userinfo into an Authorization header for that upstream only, and lists it as secret', () => {
    const { upstreams, secrets } = prepareUpstreams(
      parseProxyList('proxy', 'https://alice:p%40ss-word@a.example,https://b.example'),
    );
    expect(upstreams[0]).toMatchObject({ url: 'https://a.example', authorization: basic('alice:p@ss-word') });
    expect(upstreams[1].authorization).toBeUndefined();
    expect(secrets).toEqual(
      expect.arrayContaining([
        'p@ss-word',
        'alice:p@ss-word',
        Buffer.from('alice:p@ss-word').toString('base64'),
      ]),
    );
  });

  it('treats a token in the user slot as a secret', () => {
    const { upstreams, secrets } = prepareUpstreams(
      parseProxyList('proxy', 'https://ghp_tokenvalue@a.example'),
    );
    expect(upstreams[0].authorization).toBe(basic('ghp_tokenvalue:'));
    expect(secrets).toContain('ghp_tokenvalue');
  });

  it('takes netrc credentials for hosts without userinfo, the URL winning over the netrc', () => {
    const { upstreams } = prepareUpstreams(
      parseProxyList('proxy', 'https://u:urlpass@a.example,https://b.example,https://c.example'),
      'machine a.example login n password netrcpass\nmachine b.example login bob password bpass\n',
    );
    expect(upstreams.map((u) => u.authorization)).toEqual([
      basic('u:urlpass'),
      basic('bob:bpass'),
      undefined,
    ]);
  });

  it('serves file:// entries from their directory, without credentials', () => {
    const { upstreams } = prepareUpstreams(parseProxyList('proxy', 'file:///var/cache/go'));
    expect(upstreams[0]).toMatchObject({
      directory: '/var/cache/go',
      name: 'file:/var/cache/go',
      authorization: undefined,
    });
  });
});

describe('redaction of relay text', () => {
  it.each([
    ['reading https://alice:pw@a.example/x: 500', [], 'reading https://***@a.example/x: 500'],
    ['token s3cr3t-value and s3cr3t%2Fvalue', ['s3cr3t-value', 's3cr3t/value'], 'token *** and ***'],
    ['nothing secret here', ['absent'], 'nothing secret here'],
  ])('turns %j into %j', (text, secrets, expected) => {
    expect(redactSecrets(text, secrets)).toBe(expected);
  });
});
