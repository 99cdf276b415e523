import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../../src/errors.js';
import {
  checkClientCerts,
  ClientCerts,
  parseClientCertRules,
  refuseInsecureOrigins,
} from '../../src/net/client-certs.js';
import { egressProxyFromEnv } from '../../src/net/egress-proxy.js';
import { createHttpAgents, destroyHttpAgents, getSmall, type HttpAgents } from '../../src/net/http-get.js';
import { makeTestPki, startTlsFront, type TestPki, type TlsFront } from '../../test-support/tls-fixture.js';
import { startRecordingServer, type RecordingServer } from '../../test-support/relay-upstreams.js';

let dir: string;
let pki: TestPki;
const fronts: TlsFront[] = [];
let plain: RecordingServer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gmw-mtls-'));
  pki = makeTestPki(dir, ['corp-client', 'other-client'], ['old-client']);
  plain = await startRecordingServer((_req, res) => res.end('module bytes'));
});
afterAll(async () => {
  for (const f of fronts) await f.close();
  await plain.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const front = async (options: Parameters<typeof startTlsFront>[1] = {}): Promise<TlsFront> => {
  const f = await startTlsFront(pki, { target: plain.url, ...options });
  fronts.push(f);
  return f;
};

const line = (origin: string, name: string, ca = true): string => {
  const c = pki.client(name);
  return `${origin} cert=${c.certFile} key=${c.keyFile}${ca ? ` ca=${pki.caFile}` : ''}`;
};

/** The client's agents; `trustAll` makes the default agent trust the test CA (a server with a public certificate). */
function agentsFor(value: string, trustAll = false): HttpAgents {
  const agents = createHttpAgents(egressProxyFromEnv({}), new ClientCerts(parseClientCertRules(value)));
  return trustAll ? { ...agents, https: new https.Agent({ keepAlive: true, ca: pki.ca }) } : agents;
}

const get = (url: string, agents: HttpAgents) =>
  getSmall(new URL(url), { agents, maxBytes: 1 << 20, signal: AbortSignal.timeout(10_000) });

describe('proxy-client-certs lines', () => {
  it.each([
    [
      'plain http',
      'http://goproxy.corp.example cert=/a key=/b',
      /line 1: http:\/\/ refused: a client certificate goes only over https/,
    ],
    ['a path after the origin', 'https://goproxy.corp.example/mod cert=/a', /give the origin alone/],
    ['an unknown field', 'https://goproxy.corp.example cert=/a pass=x', /'pass' is not cert=, key= or ca=/],
    ['no cert', 'https://goproxy.corp.example ca=/c', /line 1: cert= is missing/],
    [
      'the same origin twice',
      'https://a.example:443 cert=/a\nhttps://a.example cert=/b',
      /line 2: https:\/\/a.example already has/,
    ],
  ])('refuses %s, naming the input and the line', (_what, value, message) => {
    expect(() => parseClientCertRules(value)).toThrow(ConfigError);
    expect(() => parseClientCertRules(value)).toThrow(message);
    expect(() => parseClientCertRules(value)).toThrow(/^Input 'proxy-client-certs': /);
  });

  it('takes one PEM file for both, canonicalises the origin, and skips blank and # lines', () => {
    const rules = parseClientCertRules('# corp\n\nHTTPS://GoProxy.Corp.Example:443 cert=/x/both.pem\n');
    expect(rules).toEqual([
      {
        origin: 'https://goproxy.corp.example',
        certFile: '/x/both.pem',
        keyFile: '/x/both.pem',
        caFile: undefined,
        label: 'proxy-client-certs line 3 (https://goproxy.corp.example)',
      },
    ]);
  });

  it('fails at once on every bad file, naming its line: missing, key not matching, expired with its date', () => {
    const good = pki.client('corp-client');
    const other = pki.client('other-client');
    const old = pki.client('old-client');
    const rules = parseClientCertRules(
      [
        `https://a.test cert=${good.bothFile}`,
        `https://b.test cert=${dir}/missing.pem key=${good.keyFile}`,
        `https://c.test cert=${good.certFile} key=${other.keyFile}`,
        `https://d.test cert=${old.certFile} key=${old.keyFile}`,
      ].join('\n'),
    );
    let error: unknown;
    try {
      checkClientCerts(rules, Date.now());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).not.toMatch(/line 1/);
    expect(message).toMatch(/line 2 \(https:\/\/b.test\): cert file .*missing.pem cannot be read \(ENOENT\)/);
    expect(message).toMatch(
      /line 3 \(https:\/\/c.test\): the key in .*other-client.key does not match the certificate/,
    );
    expect(message).toMatch(
      /line 4 \(https:\/\/d.test\): the certificate in .*old-client.pem expired on 2020-01-02T00:00:00.000Z/,
    );
    // Never the PEM contents.
    expect(message).not.toMatch(/BEGIN/);
  });

  it('refuses a certificate for a host GOINSECURE names', () => {
    const rules = parseClientCertRules('https://goproxy.corp.example cert=/a');
    expect(() => refuseInsecureOrigins(rules, '*.corp.example')).toThrow(
      /line 1 \(https:\/\/goproxy.corp.example\): GOINSECURE covers this host/,
    );
    expect(() => refuseInsecureOrigins(rules, 'other.example')).not.toThrow();
  });
});

describe('a GET to an upstream that asks for a client certificate (real TLS on loopback)', () => {
  it('with the certificate of its origin: served, and the server saw that certificate', async () => {
    const corp = await front();
    const agents = agentsFor(line(corp.url, 'corp-client'));
    try {
      const answer = await get(`${corp.url}/corp.test/x/@v/list`, agents);
      expect(answer.body.toString()).toBe('module bytes');
      expect(corp.log).toEqual([{ clientCert: 'corp-client', path: '/corp.test/x/@v/list' }]);
    } finally {
      destroyHttpAgents(agents);
    }
  });

  it('without one: the handshake is refused and the error names the input', async () => {
    const corp = await front();
    // The only certificate is for another origin: it is never sent here.
    const agents = agentsFor(line('https://127.0.0.1:1', 'other-client'), true);
    try {
      await expect(get(`${corp.url}/corp.test/x/@v/list`, agents)).rejects.toThrow(
        /asks for a client certificate: give one in input 'proxy-client-certs'/,
      );
      expect(corp.log.every((r) => r.clientCert === undefined)).toBe(true);
      expect(corp.log.some((r) => r.refused !== undefined)).toBe(true);
    } finally {
      destroyHttpAgents(agents);
    }
  });

  it('a redirect to another origin gets no certificate there (the server logs none)', async () => {
    const elsewhere = await front({ rejectUnauthorized: false });
    const corp = await front({ redirect: elsewhere.url });
    const agents = agentsFor(line(corp.url, 'corp-client'), true);
    try {
      const answer = await get(`${corp.url}/corp.test/x/@v/v1.0.0.zip`, agents);
      expect(answer.body.toString()).toBe('module bytes');
      expect(corp.log).toEqual([{ clientCert: 'corp-client', path: '/corp.test/x/@v/v1.0.0.zip' }]);
      expect(elsewhere.log).toEqual([{ clientCert: undefined, path: '/corp.test/x/@v/v1.0.0.zip' }]);
    } finally {
      destroyHttpAgents(agents);
    }
  });

  it('keeps one keep-alive connection per origin and certificate', async () => {
    const corp = await front();
    const agents = agentsFor(line(corp.url, 'corp-client'));
    try {
      for (let i = 0; i < 3; i++) await get(`${corp.url}/corp.test/x/@v/list`, agents);
      const agent = agents.clientCerts?.agentFor(new URL(corp.url));
      expect(agent).toBeDefined();
      expect(agent).not.toBe(agents.https);
      expect(agents.clientCerts?.agentFor(new URL('https://127.0.0.1:1'))).toBeUndefined();
      expect(corp.log).toHaveLength(3);
    } finally {
      destroyHttpAgents(agents);
    }
  });
});
