import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { boundedServiceCall } from '../../src/cache/service-deadline.js';

// A cache call that expires while @actions/cache is still retrying must stop the cache service's
// requests only: the relay and the checksum client start theirs at the same time (a restore that
// timed out is a miss, and priming begins), and those must never be destroyed in its name.
describe('a cache-service call past its time', () => {
  let server: http.Server;
  let port = 0;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/hang') return; // the cache service that never answers
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const get = (path: string, headers: http.OutgoingHttpHeaders = {}): Promise<string> =>
    new Promise((resolve, reject) => {
      const request = http.get({ host: '127.0.0.1', port, path, headers }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve(body));
      });
      request.on('error', reject);
    });

  it("stops the call's own requests, and leaves the relay's requests started meanwhile alone", async () => {
    let release: () => void = () => undefined;
    const stillRetrying = new Promise<void>((resolve) => (release = resolve));
    // The call: one hanging request, then (as a retry loop would) it does not settle at once.
    const call = boundedServiceCall('the lookup', 50, async () => {
      await get('/hang').catch(() => undefined);
      await stillRetrying;
      return 'late';
    });
    await expect(call).rejects.toThrow(/did not answer the lookup/);
    // While the call has not settled, the relay fetches from an upstream: it must be answered.
    await expect(get('/ok', { 'User-Agent': 'go-module-warden-relay' })).resolves.toBe('ok');
    // A retry of the cache call itself is still stopped.
    await expect(get('/again')).rejects.toThrow(/did not answer the lookup/);
    release();
  });
});
