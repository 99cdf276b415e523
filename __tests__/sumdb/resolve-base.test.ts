import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { InfrastructureError } from '../../src/errors.js';
import { parseProxyList } from '../../src/module/proxy-list.js';
import { resolveSumdbBase } from '../../src/sumdb/resolve-base.js';
import { startFixtureProxy, type FixtureProxy } from '../../test-support/fixture-proxy.js';
import { startTestSumdb, type TestSumdb } from '../../test-support/sumdb-server.js';

describe('resolveSumdbBase (where checksum-database requests go, as go decides)', () => {
  let db: TestSumdb;
  let relaying: FixtureProxy;
  let plain: FixtureProxy;
  let broken: FixtureProxy;

  beforeAll(async () => {
    db = await startTestSumdb([]);
    relaying = await startFixtureProxy([], { sumdbBase: db.url });
    plain = await startFixtureProxy([]);
    broken = await startFixtureProxy([], { sumdbBase: db.url });
    broken.setFault({ kind: 'sumdb' }, { kind: 'status', status: 500 });
  });
  afterAll(async () => {
    for (const p of [relaying, plain, broken]) await p.close();
    await db.close();
  });

  const resolve = (goproxy: string, url?: string) =>
    resolveSumdbBase({
      key: db.key,
      url,
      proxies: parseProxyList('proxy', goproxy),
      fetch,
      latencyBudgetMs: 2000,
    });

  it('uses an explicit GOSUMDB URL without asking any proxy', async () => {
    const before = relaying.requests.length;
    expect(await resolve(`${relaying.url},direct`, 'http://db.example')).toMatchObject({
      baseUrl: 'http://db.example',
      via: 'explicit',
    });
    expect(relaying.requests.length).toBe(before);
  });

  it('uses the first proxy that supports the database', async () => {
    expect(await resolve(`${plain.url},${relaying.url},direct`)).toEqual({
      baseUrl: `${relaying.url}/sumdb/sum.test.example`,
      via: 'proxy',
      shown: `${relaying.url}/sumdb/sum.test.example`,
    });
    expect(plain.requests.at(-1)).toMatchObject({ path: '/sumdb/sum.test.example/supported', status: 404 });
  });

  it('asks the database directly when no proxy supports it, or at direct/off', async () => {
    expect(await resolve(`${plain.url},direct`)).toMatchObject({
      baseUrl: 'https://sum.test.example',
      via: 'direct',
    });
    expect(await resolve('off')).toMatchObject({ via: 'direct' });
    expect(await resolve(plain.url)).toMatchObject({ via: 'direct' });
  });

  it('stops at a proxy error after a comma, and falls through it after a pipe', async () => {
    await expect(resolve(`${broken.url},${relaying.url}`)).rejects.toThrow(InfrastructureError);
    await expect(resolve(`${broken.url},${relaying.url}`)).rejects.toThrow(/\/supported: 500/);
    expect(await resolve(`${broken.url}|${relaying.url}`)).toMatchObject({
      via: 'proxy',
      baseUrl: `${relaying.url}/sumdb/sum.test.example`,
    });
    expect(await resolve(`${broken.url}|direct`)).toMatchObject({ via: 'direct' });
  });

  it('keeps proxy credentials in the base URL but not in what it shows', async () => {
    const withCreds = relaying.url.replace('http://', 'http://u:pw@');
    const base = await resolve(`${withCreds},direct`);
    expect(base.baseUrl).toBe(`${withCreds}/sumdb/sum.test.example`);
    expect(base.shown).not.toContain('pw');
  });
});
