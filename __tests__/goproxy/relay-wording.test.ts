import { afterAll, describe, expect, it } from '@jest/globals';
import { MemoryLogger } from '../../src/logger.js';
import { parseProxyList } from '../../src/module/proxy-list.js';
import { type Relay, startRelay } from '../../src/goproxy/relay.js';

// What the relay says in the log: no hedge to an upstream that does not exist.
describe('the relay announces itself truthfully', () => {
  const relays: Relay[] = [];
  afterAll(async () => {
    for (const r of relays) await r.close();
  });

  async function announce(goproxy: string, requests = 0): Promise<string> {
    const logger = new MemoryLogger();
    const relay = await startRelay({
      upstreams: parseProxyList('proxy', goproxy),
      latencyBudgetMs: 500,
      stallTimeoutMs: 500,
      fallback: ['next-proxy', 'cache', 'direct'],
      probe: false,
      logger,
    });
    relays.push(relay);
    for (let i = 0; i < requests; i++) await fetch(`${relay.url}/example.test/a/@v/v1.0.${i}.info`);
    return logger.lines.join('\n');
  }

  it('does not claim hedging with one upstream', async () => {
    const text = await announce('http://127.0.0.1:9,direct');
    expect(text).toMatch(/^relay on http:\/\/127\.0\.0\.1:\d+ → 127\.0\.0\.1:9; budget 500 ms per request$/m);
    expect(text).not.toContain('hedging');
  });

  it('says when it will try an open circuit again, in seconds', async () => {
    // Port 9 refuses connections: consecutive errors open the circuit.
    const text = await announce('http://127.0.0.1:9,direct', 5);
    expect(text).toMatch(/circuit closed → open: .*; will retry in 30 s$/m);
    expect(text).not.toMatch(/retried after/);
  });

  it('says it hedges when there is a next upstream', async () => {
    expect(await announce('http://127.0.0.1:9|http://127.0.0.1:10')).toContain(
      'hedging to the next upstream',
    );
  });
});
