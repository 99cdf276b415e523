import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { Fallback } from '../../src/goproxy/relay-types.js';
import type { GoSumLine } from '../../src/go/go-sum.js';
import { hashGoMod } from '../../src/go/dirhash.js';
import { hashZip } from '../../src/go/zip-reader.js';
import { MemoryLogger } from '../../src/logger.js';
import { parseProxyList } from '../../src/module/proxy-list.js';
import { type Relay, type RelayOptions, startRelay } from '../../src/goproxy/relay.js';
import { largeModule, moduleGoMod, moduleZip, standardGraph } from '../../test-support/fixture-modules.js';
import { type Fault, type FixtureProxy, startFixtureProxy } from '../../test-support/fixture-proxy.js';
import { getFully } from '../../test-support/relay-upstreams.js';
import { FakeClock, until } from '../../test-support/fake-clock.js';

// Bodies that fail or lie part-way: the relay holds a module file whole before `go` gets a byte
// of it, so it can move on to the next upstream, and check it against go.sum first.
const graph = standardGraph();
const alpha = graph.modules[0];
const big = largeModule('example.test/big', 'v1.0.0', 600 * 1024);
const modules = [...graph.modules, big];
const ALPHA_ZIP = `/${alpha.path}/@v/${alpha.version}.zip`;
const ALPHA_MOD = `/${alpha.path}/@v/${alpha.version}.mod`;
const BIG_ZIP = `/${big.path}/@v/${big.version}.zip`;
const ALL: Fallback[] = ['next-proxy', 'cache', 'direct'];

const goSum: GoSumLine[] = modules.flatMap((m, i) => [
  { path: m.path, version: m.version, hash: hashZip(moduleZip(m)), line: 2 * i + 1, file: 'go.sum' },
  {
    path: m.path,
    version: `${m.version}/go.mod`,
    hash: hashGoMod(Buffer.from(moduleGoMod(m))),
    line: 2 * i + 2,
    file: 'go.sum',
  },
]);

describe('module file bodies that fail or are altered part-way', () => {
  let primary: FixtureProxy;
  let secondary: FixtureProxy;
  const relays: Relay[] = [];

  beforeAll(async () => {
    primary = await startFixtureProxy(modules, { name: 'primary' });
    secondary = await startFixtureProxy(modules, { name: 'secondary' });
  });

  afterEach(async () => {
    primary.clearFaults();
    secondary.clearFaults();
    primary.requests.length = 0;
    secondary.requests.length = 0;
    await Promise.all(relays.splice(0).map((r) => r.close()));
  });

  afterAll(async () => {
    await primary?.close();
    await secondary?.close();
  });

  async function relay(options: Partial<RelayOptions> = {}): Promise<Relay> {
    const r = await startRelay({
      upstreams: parseProxyList('proxy', `${primary.url},${secondary.url}`),
      latencyBudgetMs: 2000,
      stallTimeoutMs: 300,
      fallback: ALL,
      probe: false,
      goSum,
      logger: new MemoryLogger(),
      ...options,
    });
    relays.push(r);
    return r;
  }

  // The client has the last byte a moment before the relay has done its accounts.
  const idle = async (r: Relay): Promise<void> => {
    while (r.pending().length > 0) await new Promise((resolve) => setImmediate(resolve));
  };
  const asked = (proxy: FixtureProxy, p: string): number => proxy.requests.filter((q) => q.path === p).length;
  const half = Math.floor(moduleZip(big).length / 2);

  it.each<[string, Fault]>([
    ['cut off at 50%', { kind: 'truncate', bytes: half }],
    ['stalled at 50%', { kind: 'stall', afterBytes: half }],
  ])(
    'moves a zip %s on the primary to the secondary, and counts it against the primary',
    async (_, fault) => {
      primary.setFault({ module: big.path, kind: 'zip' }, fault);
      const clock = new FakeClock();
      const r = await relay({ clock });
      const pending = getFully(r.url + BIG_ZIP);
      if (fault.kind === 'stall') {
        // Reading the primary's body, only the stall clock runs: move it on until the stall is
        // seen (a write to disk may pause the clock while the relay waits on its own side).
        await until(() => {
          const [flight] = r.pending();
          if (flight?.phase === 'body' && flight.upstreams[0] === new URL(primary.url).host)
            clock.advance(300);
          return (r.report().upstreams[0].outcomes.stalled ?? 0) > 0;
        });
      }
      const res = await pending;
      expect(res.status).toBe(200);
      expect(res.complete).toBe(true);
      expect(res.body.equals(moduleZip(big))).toBe(true);
      expect(asked(primary, BIG_ZIP)).toBe(1);
      expect(asked(secondary, BIG_ZIP)).toBe(1);
      await idle(r);
      const report = r.report();
      expect(report.upstreams[0].outcomes).toMatchObject({
        [fault.kind === 'stall' ? 'stalled' : 'truncated']: 1,
      });
      expect(r.routeOf(big.path, big.version)).toBe(new URL(secondary.url).host);
      expect(report.security).toEqual([]);
    },
  );

  it('moves a prefetched zip cut off on the primary to the secondary: the primary is asked once, go gets it whole', async () => {
    primary.setFault({ module: big.path, kind: 'zip' }, { kind: 'truncate', bytes: half });
    const r = await relay();
    r.prefetch([{ kind: 'zip', module: big.path, version: big.version }]);
    const res = await getFully(r.url + BIG_ZIP);
    expect(res.body.equals(moduleZip(big))).toBe(true);
    expect(asked(primary, BIG_ZIP)).toBe(1);
    expect(asked(secondary, BIG_ZIP)).toBe(1);
    expect(await r.endPrefetch()).toMatchObject({ served: 1, failed: 0 });
  });

  it('opens the breaker of a primary whose bodies keep failing, so later requests skip it', async () => {
    primary.setFault({ kind: 'zip' }, { kind: 'truncate', bytes: 10 });
    const r = await relay();
    for (const m of graph.modules.slice(0, 4))
      expect(
        (
          await getFully(
            `${r.url}/${m.path.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`)}/@v/${m.version}.zip`,
          )
        ).status,
      ).toBe(200);
    const report = r.report();
    expect(report.upstreams[0].breaker.state).toBe('open');
    expect(report.upstreams[0].outcomes.truncated).toBe(3);
    expect(report.upstreams[0].outcomes.skipped).toBe(1);
  });

  it.each([
    ['zip', ALPHA_ZIP, moduleZip(alpha)],
    ['mod', ALPHA_MOD, Buffer.from(moduleGoMod(alpha))],
  ] as const)(
    'never hands go a .%s whose bytes do not match go.sum: it takes the secondary’s and names the primary',
    async (kind, requestPath, good) => {
      primary.setFault({ module: alpha.path, kind }, { kind: 'alter' });
      const r = await relay();
      const res = await getFully(r.url + requestPath);
      expect(res.status).toBe(200);
      expect(res.body.equals(good)).toBe(true);
      expect(r.report().security).toEqual([
        expect.objectContaining({
          module: alpha.path,
          version: alpha.version,
          kind,
          upstream: new URL(primary.url).host,
          expected: goSum.find(
            (l) =>
              l.path === alpha.path &&
              l.version === (kind === 'zip' ? alpha.version : `${alpha.version}/go.mod`),
          )?.hash,
        }),
      ]);
    },
  );

  it('checks a prefetched zip kept in a file against go.sum before go gets it', async () => {
    primary.setFault({ module: big.path, kind: 'zip' }, { kind: 'alter' });
    const r = await relay();
    r.prefetch([{ kind: 'zip', module: big.path, version: big.version }]);
    const res = await getFully(r.url + BIG_ZIP);
    expect(res.body.equals(moduleZip(big))).toBe(true);
    expect(r.report().security).toEqual([
      expect.objectContaining({ module: big.path, kind: 'zip', upstream: new URL(primary.url).host }),
    ]);
  });

  it('answers 502 naming the tampering when every upstream serves altered bytes, and go never gets them', async () => {
    primary.setFault({ module: alpha.path, kind: 'zip' }, { kind: 'alter' });
    secondary.setFault({ module: alpha.path, kind: 'zip' }, { kind: 'alter' });
    const r = await relay();
    const res = await getFully(r.url + ALPHA_ZIP);
    expect(res.status).toBe(502);
    expect(res.body.toString()).toMatch(/do not match go.sum/);
    expect((r.report().security ?? []).map((s) => s.upstream)).toEqual([
      new URL(primary.url).host,
      new URL(secondary.url).host,
    ]);
    expect(r.routeOf(alpha.path, alpha.version)).toBeUndefined();
  });

  it('caps a live body at go’s limit for its kind (.mod 16 MiB)', async () => {
    const huge = largeModule('example.test/huge', 'v1.0.0', 1024);
    huge.files['go.mod'] = `module example.test/huge\n${'// padding\n'.repeat((17 << 20) / 11)}`;
    primary.addModule(huge);
    const r = await relay({ fallback: [] });
    const res = await getFully(`${r.url}/example.test/huge/@v/v1.0.0.mod`);
    expect(res.status).toBe(502);
    expect(res.body.toString()).toMatch(/larger than/);
    expect(r.report().upstreams[0].outcomes).toMatchObject({ 'too-large': 1 });
  });
});
