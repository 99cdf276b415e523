import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../src/errors.js';
import { parseSumdbSetting, parseVerifierKey, SUM_GOLANG_ORG_KEY } from '../../src/module/sumdb-setting.js';
import { generateTestKey } from '../../test-support/sumdb-server.js';

describe('GOSUMDB settings (cmd/go dbDial)', () => {
  it('knows sum.golang.org by name, with its built-in key and no explicit URL', () => {
    expect(parseSumdbSetting('sumdb', 'sum.golang.org')).toMatchObject({
      off: false,
      url: undefined,
      key: { name: 'sum.golang.org', hash: 0x033de0ae, text: SUM_GOLANG_ORG_KEY },
    });
  });

  it('treats sum.golang.google.cn as the same database at another URL', () => {
    expect(parseSumdbSetting('sumdb', 'sum.golang.google.cn')).toMatchObject({
      off: false,
      url: 'https://sum.golang.google.cn',
      key: { name: 'sum.golang.org' },
    });
  });

  it('honours off', () => {
    expect(parseSumdbSetting('sumdb', ' off ')).toEqual({ off: true });
  });

  it('accepts name+hash+key with or without a URL (trailing slash dropped)', () => {
    const k = generateTestKey('sum.test.example');
    expect(parseSumdbSetting('sumdb', k.verifierKey)).toMatchObject({
      off: false,
      url: undefined,
      key: { name: 'sum.test.example' },
    });
    expect(parseSumdbSetting('sumdb', `${k.verifierKey}  http://127.0.0.1:9/db/`)).toMatchObject({
      url: 'http://127.0.0.1:9/db',
    });
  });

  it('parses a key whose base64 contains +', () => {
    expect(parseVerifierKey(SUM_GOLANG_ORG_KEY).publicKey).toHaveLength(32);
  });

  it.each([
    ['', /is empty/],
    ['example.org', /a name alone is known only for sum.golang.org/],
    ['sum.golang.org+033de0af+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8', /key hash does not match/],
    ['sum.golang.org+033de0ae+Ac4zctda0e5eza', /bad base64 key|algorithm/],
    ['sum.golang.org+33de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8', /8 hex digits/],
    [`${SUM_GOLANG_ORG_KEY} https://a https://b`, /too many fields/],
    [`${SUM_GOLANG_ORG_KEY} ftp://db.example`, /not an http\(s\) URL/],
  ])('refuses %j with a ConfigError naming the input', (value, problem) => {
    let error: unknown;
    try {
      parseSumdbSetting('sumdb', value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^Input 'sumdb': /);
    expect((error as Error).message).toMatch(problem);
  });
});
