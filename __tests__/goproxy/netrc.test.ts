import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseConfig } from '../../src/config/config.js';
import { applyGoDefaults } from '../../src/go/go-env.js';
import { resolveSettings } from '../../src/go/settings.js';
import {
  netrcCredentials,
  netrcForUpstreams,
  parseGoAuth,
  parseNetrc,
  type NetrcEntry,
} from '../../src/goproxy/netrc.js';
import { MemoryLogger } from '../../src/logger.js';
import { planRelay } from '../../src/steps/relay.js';
import { getFully, startRecordingServer, type RecordingServer } from '../../test-support/relay-upstreams.js';

const e = (machine: string, login: string, password: string): NetrcEntry => ({ machine, login, password });

// Each row is one rule of cmd/go/internal/auth/netrc.go parseNetrc; the expected entries are what
// Go's own parseNetrc returns for the same text (checked against it while porting).
describe('parseNetrc, rule by rule as cmd/go', () => {
  it.each<[string, string, NetrcEntry[]]>([
    [
      'an entry spread over lines',
      'machine a.example\n  login alice\n  password s3cret\n',
      [e('a.example', 'alice', 's3cret')],
    ],
    ['an entry on one line', 'machine oneline login u password p', [e('oneline', 'u', 'p')]],
    ['tabs separate fields', 'machine t\tlogin\tu\tpassword\tp\n', [e('t', 'u', 'p')]],
    [
      'an entry without a login or a password is dropped',
      'machine incomplete\npassword none\n\nmachine b login justlogin\n',
      [],
    ],
    [
      '`default` alone on a line ends the file',
      'machine a login u password p\ndefault\nmachine after login x password y\n',
      [e('a', 'u', 'p')],
    ],
    [
      '`default` as the last field of a line ends the file',
      'machine a login u password p default\nmachine after login x password y\n',
      [e('a', 'u', 'p')],
    ],
    [
      '`default` with a login and password is never an entry',
      'default login anon password guest\nmachine after login x password y\n',
      [e('after', 'x', 'y')],
    ],
    [
      'a macdef body runs to the next empty line',
      'machine m macdef init\nmachine fake login f password f\n\nmachine real login r password r\n',
      [e('real', 'r', 'r')],
    ],
    [
      'the rest of the macdef line is still read',
      'machine hasmacro macdef x login u password p\n  login nobody\n\nmachine z login z password z\n',
      [e('hasmacro', 'u', 'p'), e('z', 'z', 'z')],
    ],
    [
      'a line of spaces does not end a macdef',
      'machine m macdef init\nmachine fake login f password f\n   \nmachine real login r password r\n',
      [],
    ],
    [
      'with CRLF a macdef never ends (the line is "\\r")',
      'machine m macdef init\r\nmachine f login f password f\r\n\r\nmachine r login r password r\r\n',
      [],
    ],
    ['CRLF is whitespace between fields', 'machine crlf\r\nlogin u\r\npassword p\r\n', [e('crlf', 'u', 'p')]],
    [
      '`#` is no comment: fields are read in pairs',
      '# machine c login u password p\nmachine d login v password q\n',
      [e('d', 'v', 'q')],
    ],
    ['`#comment machine …` shifts the pairs: nothing', '#comment machine c login u password p\n', []],
    [
      'a keyword never takes its value from the next line; account is skipped',
      'machine\nfoo login u password p\nmachine e account acct login u password p\n',
      [e('e', 'u', 'p')],
    ],
    [
      'a machine listed twice gives two entries, in order',
      'machine dup login first password 1\nmachine dup login second password 2\n',
      [e('dup', 'first', '1'), e('dup', 'second', '2')],
    ],
    [
      'fields after a complete entry belong to nothing',
      'machine a login u password p password extra\nlogin stray password stray\n',
      [e('a', 'u', 'p')],
    ],
    ['a value may be a keyword', 'machine pw login u password machine\n', [e('pw', 'u', 'machine')]],
    ['login and password before the machine do not count', 'login u password p machine late\n', []],
  ])('%s', (_rule, text, expected) => {
    expect(parseNetrc(text)).toEqual(expected);
  });
});

// auth.go storeCredential/loadCredential (GOAUTH=netrc, Go 1.24+), and web/http.go: https only.
describe('which request gets which netrc entry, as cmd/go', () => {
  const entries = parseNetrc(
    [
      'machine proxy.example login host password h',
      'machine proxy.example:8443 login port password p',
      'machine corp.example/goproxy login path password c',
      'machine https://pre.example/ login prefixed password x',
      'machine proxy.example login second password s',
    ].join('\n'),
  );
  it.each<[string, string, string | undefined]>([
    ['the machine is the host', 'https://proxy.example/github.com/x/@v/list', 'host'],
    ['the port is part of the host', 'https://proxy.example:8443/x/@v/list', 'port'],
    ['a host with another port has no entry', 'https://proxy.example:9000/x/@v/list', undefined],
    [
      'an upper-case URL host is lower-cased by URL parsing first (go compares GOPROXY as written)',
      'https://PROXY.example/x',
      'host',
    ],
    ['a machine may name a path prefix', 'https://corp.example/goproxy/x/@v/list', 'path'],
    ['a path prefix is cut at a slash', 'https://corp.example/goproxyz/x', undefined],
    ['the host alone is not under a path machine', 'https://corp.example/other', undefined],
    ['https:// and a trailing slash on a machine are ignored', 'https://pre.example/x', 'prefixed'],
    ['plain http never gets credentials', 'http://proxy.example/x', undefined],
    ['a host the netrc never names gets nothing (no default)', 'https://elsewhere.example/x', undefined],
  ])('%s: %s', (_rule, url, login) => {
    expect(netrcCredentials(entries, new URL(url))?.login).toBe(login);
  });

  it('takes the first entry of a machine listed twice, and a host string as https://host/', () => {
    expect(netrcCredentials(entries, 'proxy.example')?.login).toBe('host');
  });
});

describe('GOAUTH, as cmd/go reads it', () => {
  it.each<[string, string, { netrc: boolean; unsupported: string[] }]>([
    ['unset means netrc', '', { netrc: true, unsupported: [] }],
    ['netrc', 'netrc', { netrc: true, unsupported: [] }],
    ['off sends nothing', 'off', { netrc: false, unsupported: [] }],
    ['off with spaces', '  off ', { netrc: false, unsupported: [] }],
    ['git is not run by the relay', 'netrc; git /srv/repo', { netrc: true, unsupported: ['git /srv/repo'] }],
    [
      'a command is not run by the relay',
      'my-helper --token',
      { netrc: false, unsupported: ['my-helper --token'] },
    ],
  ])('%s: %j', (_rule, value, expected) => {
    expect(parseGoAuth(value)).toEqual(expected);
  });

  it.each([
    ['off combined with netrc', 'off;netrc', /off cannot be combined/],
    ['an empty method', 'netrc;', /an empty method/],
    ['git with a relative directory', 'git repo', /absolute path/],
    ['git without a directory', 'git', /absolute path/],
  ])('refuses %s (go refuses it too)', (_rule, value, message) => {
    expect(() => parseGoAuth(value)).toThrow(message);
  });
});

describe('the netrc the relay gets', () => {
  const netrc =
    'machine a.example login alice password pa\nmachine b.example login bob password pb\ndefault login anon password guest\n';
  it.each<[string, string, string[], string | undefined]>([
    [
      'only the https upstreams the netrc names',
      'netrc',
      ['https://a.example', 'https://c.example'],
      'machine a.example login alice password pa\n',
    ],
    ['never the default entry', 'netrc', ['https://c.example'], undefined],
    ['never an http upstream', 'netrc', ['http://a.example'], undefined],
    [
      'not a host that is also an http upstream',
      'netrc',
      ['https://a.example', 'http://a.example'],
      undefined,
    ],
    ['nothing with GOAUTH=off', 'off', ['https://a.example'], undefined],
    ['nothing when GOAUTH has no netrc method', 'my-helper', ['https://a.example'], undefined],
    [
      'a port kept in the machine line',
      'netrc',
      ['https://b.example'],
      'machine b.example login bob password pb\n',
    ],
  ])('%s', (_rule, goAuth, upstreams, expected) => {
    expect(netrcForUpstreams(parseGoAuth(goAuth), netrc, upstreams)).toBe(expected);
  });

  it('gives none to a host whose two upstream paths have different entries', () => {
    const text = 'machine h.example/one login one password 1\nmachine h.example/two login two password 2\n';
    expect(
      netrcForUpstreams(parseGoAuth('netrc'), text, ['https://h.example/one', 'https://h.example/two']),
    ).toBe(undefined);
  });
});

// The relay as the pipeline starts it: a netrc whose `default` entry used to go to every upstream.
describe('the relay with the job netrc', () => {
  let upstream: RecordingServer;
  let dir = '';
  beforeAll(async () => {
    upstream = await startRecordingServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"Version":"v1.0.0"}');
    });
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-netrc-'));
  });
  afterAll(async () => {
    await upstream.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function requestsWith(netrcText: string, goAuth: string) {
    const netrcFile = path.join(dir, `netrc-${upstream.requests.length}`);
    await fs.writeFile(netrcFile, netrcText);
    const context = { onGitHub: false, tempDir: dir, homeDir: dir };
    const config = parseConfig({ proxy: upstream.url, prefetch: 'false' }, context);
    const settings = resolveSettings(config, applyGoDefaults({ GOAUTH: goAuth }));
    const logger = new MemoryLogger();
    const seen = upstream.requests.length;
    const plan = await planRelay({
      config,
      settings,
      env: { NETRC: netrcFile, HOME: dir },
      tempDir: dir,
      logger,
      onSecret: () => undefined,
      goSum: [],
      filesInCache: new Set(),
    });
    try {
      const res = await getFully(`${plan.relay?.url}/example.test/alpha/@v/v1.0.0.info`);
      expect(res.status).toBe(200);
    } finally {
      await plan.relay?.close();
    }
    return { requests: upstream.requests.slice(seen), logger };
  }

  it('sends no default credentials to an upstream the netrc never names', async () => {
    const { requests } = await requestsWith(
      'machine other.example login x password y\ndefault login anon password guest\n',
      '',
    );
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.map((r) => r.authorization)).toEqual(requests.map(() => undefined));
  });

  it('sends no credentials over plain http, even to the machine the netrc names', async () => {
    const host = new URL(upstream.url).host;
    const { requests } = await requestsWith(`machine ${host} login bob password n3trc-pass\n`, 'netrc');
    expect(requests.map((r) => r.authorization)).toEqual(requests.map(() => undefined));
  });

  it('warns that a GOAUTH command is not run by the relay', async () => {
    const { logger } = await requestsWith('', 'my-helper --token');
    expect(logger.lines).toContain(
      "warning: GOAUTH method 'my-helper' is not run by the relay: upstreams get no credentials from it (use netrc, or credentials in the proxy URL)",
    );
  });
});
