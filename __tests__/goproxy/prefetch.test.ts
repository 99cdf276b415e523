import { describe, expect, it } from '@jest/globals';
import {
  describePrefetch,
  type ModuleFileRequest,
  type Prefetched,
  Prefetcher,
} from '../../src/goproxy/prefetch.js';
import type { Flight, UpstreamState } from '../../src/goproxy/relay-accounts.js';
import type { HeldBody } from '../../src/goproxy/spool.js';

const file = (n: number, kind: ModuleFileRequest['kind'] = 'zip'): ModuleFileRequest => ({
  kind,
  module: `example.test/m${n}`,
  version: 'v1.0.0',
});

/** A fetchOne whose fetches the test finishes by hand, and what the prefetcher did with them. */
function harness(options: { concurrency?: number; maxHeldBytes?: number } = {}) {
  const started: { request: ModuleFileRequest; signal: AbortSignal; finish(p?: Prefetched): void }[] = [];
  const dropped: HeldBody[] = [];
  const prefetcher = new Prefetcher(
    (request: ModuleFileRequest, _flight: Flight, signal: AbortSignal) =>
      new Promise<Prefetched | undefined>((resolve) => started.push({ request, signal, finish: resolve })),
    {
      concurrency: options.concurrency ?? 2,
      maxHeldBytes: options.maxHeldBytes ?? 1 << 30,
      now: () => 0,
      drop: async (held) => void dropped.push(held),
    },
  );
  const names = (): string[] => started.map((s) => s.request.module);
  return { prefetcher, started, dropped, names };
}

const body = (size: number, kind: 'memory' | 'file' = 'file'): Prefetched => ({
  kind: 'body',
  winner: { upstream: { name: 'proxy.test' } } as UpstreamState,
  contentType: 'application/zip',
  held: kind === 'file' ? { kind, file: `/spool/${size}`, size } : { kind, data: Buffer.alloc(size) },
  degraded: false,
});

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('Prefetcher', () => {
  it('fetches in the planned order, never more than `concurrency` at once', async () => {
    const { prefetcher, started, names } = harness({ concurrency: 2 });
    prefetcher.start([file(1), file(2), file(3), file(4)]);
    expect(names()).toEqual(['example.test/m1', 'example.test/m2']);
    started[1].finish(body(10));
    await settle();
    expect(names()).toEqual(['example.test/m1', 'example.test/m2', 'example.test/m3']);
    started[0].finish(undefined);
    await settle();
    expect(names()).toHaveLength(4);
  });

  it('hands a fetched file to go once; the next request for it is live', async () => {
    const { prefetcher, started } = harness();
    prefetcher.start([file(1)]);
    const fetched = body(10, 'memory');
    started[0].finish(fetched);
    const claim = prefetcher.claim(file(1));
    expect(claim.kind).toBe('prefetched');
    if (claim.kind === 'prefetched') expect(await claim.result).toBe(fetched);
    expect(prefetcher.claim(file(1))).toEqual({ kind: 'live' });
    expect(prefetcher.report()).toMatchObject({ planned: 1, fetched: 1, served: 1 });
  });

  it('lets go wait for a fetch in flight rather than start a second one', async () => {
    const { prefetcher, started } = harness();
    prefetcher.start([file(1)]);
    const claim = prefetcher.claim(file(1));
    expect(claim.kind).toBe('prefetched');
    const fetched = body(10);
    started[0].finish(fetched);
    if (claim.kind === 'prefetched') expect(await claim.result).toBe(fetched);
    expect(started).toHaveLength(1);
  });

  it('gives go a queued file to fetch live, and never fetches it ahead after that', async () => {
    const { prefetcher, started, names } = harness({ concurrency: 1 });
    prefetcher.start([file(1), file(2), file(3)]);
    expect(prefetcher.claim(file(3))).toEqual({ kind: 'live' });
    started[0].finish(body(1));
    await settle();
    started[1].finish(body(1));
    await settle();
    expect(names()).toEqual(['example.test/m1', 'example.test/m2']);
    expect(prefetcher.report()).toMatchObject({ overtaken: 1 });
  });

  it('stops at the end of priming: aborts what is in flight, frees what go never took, counts both', async () => {
    const { prefetcher, started, dropped } = harness({ concurrency: 2 });
    prefetcher.start([file(1), file(2), file(3), file(4)]);
    const unclaimed = body(1234);
    started[0].finish(unclaimed);
    await settle();
    expect(started).toHaveLength(3);
    const stopping = prefetcher.stop();
    expect(started[1].signal.aborted).toBe(true);
    expect(started[2].signal.aborted).toBe(true);
    started[1].finish(undefined);
    started[2].finish(undefined);
    const report = await stopping;
    expect(dropped).toEqual([unclaimed.kind === 'body' ? unclaimed.held : undefined]);
    expect(report).toMatchObject({
      planned: 4,
      fetched: 1,
      failed: 0,
      unused: 1,
      unusedBytes: 1234,
      notStarted: 1,
    });
    prefetcher.start([file(9)]);
    expect(started).toHaveLength(3);
    expect(describePrefetch(report)).toBe(
      'fetched 1 of 4 files named by go.sum ahead of go (2 at a time); go took 0; 1 not started (priming ended first); 1 never asked for (1234 bytes; go.sum may have stale lines)',
    );
  });

  it('pauses while the unclaimed files on disk pass the cap, and goes on as go takes them', async () => {
    const { prefetcher, started } = harness({ concurrency: 4, maxHeldBytes: 100 });
    prefetcher.start([file(1), file(2), file(3), file(4), file(5), file(6)]);
    started[0].finish(body(60));
    await settle();
    expect(started).toHaveLength(5);
    started[1].finish(body(60));
    await settle();
    // 120 bytes wait unclaimed: what lands now, even in memory, starts nothing new.
    started[2].finish(body(1, 'memory'));
    await settle();
    expect(started).toHaveLength(5);
    const claim = prefetcher.claim(file(1));
    if (claim.kind === 'prefetched') await claim.result;
    await settle();
    expect(started).toHaveLength(6);
  });

  it('counts a fetch that failed, so that go fetches the file itself', async () => {
    const { prefetcher, started } = harness();
    prefetcher.start([file(1)]);
    started[0].finish(undefined);
    const claim = prefetcher.claim(file(1));
    expect(claim.kind === 'prefetched' ? await claim.result : 'live').toBeUndefined();
    expect(prefetcher.report()).toMatchObject({ failed: 1, fetched: 0 });
  });
});
