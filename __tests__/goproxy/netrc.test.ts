import { describe, expect, it } from '@jest/globals';
import { netrcCredentials, parseNetrc } from '../../src/goproxy/netrc.js';

describe('netrc files', () => {
  it('reads machine entries spread over lines or on one line, and a default', () => {
    const entries = parseNetrc(
      [
        '# comment',
        'machine goproxy.corp.example',
        '  login alice',
        '  password s3cret',
        'machine other.example login bob password hunter2 account x',
        'default login anon password guest',
      ].join('\n'),
    );
    expect(entries).toEqual([
      { machine: 'goproxy.corp.example', login: 'alice', password: 's3cret' },
      { machine: 'other.example', login: 'bob', password: 'hunter2' },
      { machine: undefined, login: 'anon', password: 'guest' },
    ]);
  });

  it('skips a macdef body up to the next empty line and drops entries without a password', () => {
    const entries = parseNetrc(
      'machine a.example login x\nmacdef init\nmachine fake.example login m password p\n\nmachine b.example login y password z\n',
    );
    expect(entries).toEqual([{ machine: 'b.example', login: 'y', password: 'z' }]);
  });

  it.each([
    ['goproxy.corp.example', 'alice'],
    ['goproxy.corp.example:8443', 'alice'],
    ['GOPROXY.corp.example', 'alice'],
    ['127.0.0.1:9999', 'port'],
    ['elsewhere.example', 'anon'],
  ])('gives %s the credentials of %s', (host, login) => {
    const entries = parseNetrc(
      'machine goproxy.corp.example login alice password a\nmachine 127.0.0.1:9999 login port password p\ndefault login anon password d\n',
    );
    expect(netrcCredentials(entries, host)?.login).toBe(login);
  });

  it('gives no credentials to a host without an entry when there is no default', () => {
    expect(netrcCredentials(parseNetrc('machine a.example login x password y'), 'b.example')).toBeUndefined();
  });
});
