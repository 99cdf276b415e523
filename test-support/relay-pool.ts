import { afterAll, afterEach, beforeAll } from '@jest/globals';
import { type Relay, type RelayOptions, startRelay } from '../src/goproxy/relay.js';
import { MemoryLogger } from '../src/logger.js';
import { parseProxyList } from '../src/module/proxy-list.js';
import type { FixtureModule } from './fixture-modules.js';
import { type FixtureProxy, startFixtureProxy } from './fixture-proxy.js';

/** Relays a test file starts, with that file's defaults; `closeAll()` in afterEach. */
export interface RelayPool {
  /** Starts a relay over `goproxy` (a GOPROXY list) with the pool's defaults overridden by `options`. */
  start(goproxy: string, options?: Partial<RelayOptions>): Promise<{ relay: Relay; logger: MemoryLogger }>;
  closeAll(): Promise<void>;
}

/** What every file must choose; the rest of RelayOptions may be set too. */
export type RelayDefaults = Pick<RelayOptions, 'latencyBudgetMs' | 'stallTimeoutMs' | 'fallback'> &
  Omit<Partial<RelayOptions>, 'upstreams' | 'logger'>;

/**
 * The one relay factory for tests. Each file names its own defaults (budgets, fallback, probe)
 * where it makes the pool, so the differences between files stay visible.
 */
export function relayPool(defaults: RelayDefaults): RelayPool {
  const relays: Relay[] = [];
  return {
    async start(goproxy, options = {}) {
      const logger = new MemoryLogger();
      const relay = await startRelay({
        upstreams: parseProxyList('proxy', goproxy),
        logger,
        ...defaults,
        ...options,
      });
      relays.push(relay);
      return { relay, logger };
    },
    async closeAll() {
      await Promise.all(relays.splice(0).map((relay) => relay.close()));
    },
  };
}

/**
 * Two fixture proxies over `modules`, named `primary` and `secondary`, for the describe block it is
 * called in: handed to `use` once started (before the block's own beforeAll hooks declared after
 * it); after each test their faults are cleared and the pool's relays closed; after all, closed.
 */
export function primaryAndSecondary(
  modules: FixtureModule[],
  relays: RelayPool,
  use: (primary: FixtureProxy, secondary: FixtureProxy) => void,
): void {
  const proxies: FixtureProxy[] = [];
  beforeAll(async () => {
    for (const name of ['primary', 'secondary']) proxies.push(await startFixtureProxy(modules, { name }));
    use(proxies[0], proxies[1]);
  });
  afterEach(async () => {
    for (const proxy of proxies) proxy.clearFaults();
    await relays.closeAll();
  });
  afterAll(async () => {
    for (const proxy of proxies.splice(0)) await proxy.close();
  });
}
