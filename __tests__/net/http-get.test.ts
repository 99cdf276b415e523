import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { egressProxyFromEnv } from '../../src/net/egress-proxy.js';
import { createHttpAgents, destroyHttpAgents, getSmall } from '../../src/net/http-get.js';
import { startRecordingServer, type RecordingServer } from '../../test-support/relay-upstreams.js';

// getSmall: the checksum client's GET on its own routes (the database itself, a proxy that is
// not our relay), on the same redirect, credential and egress rules as the relay's upstream calls.
describe('a small GET (the checksum client off the relay)', () => {
  const agents = createHttpAgents(egressProxyFromEnv({}));
  const servers: RecordingServer[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close();
  });
  afterAll(() => destroyHttpAgents(agents));
  const serve = async (handler: Parameters<typeof startRecordingServer>[0]) => {
    const server = await startRecordingServer(handler);
    servers.push(server);
    return server;
  };
  const get = (url: string, more: { authorization?: string; maxBytes?: number; signal?: AbortSignal } = {}) =>
    getSmall(new URL(url), {
      agents,
      maxBytes: more.maxBytes ?? 1 << 20,
      signal: more.signal ?? AbortSignal.timeout(10_000),
      ...(more.authorization ? { authorization: more.authorization } : {}),
    });

  it('reads the body whole with its status and content type', async () => {
    const db = await serve((_req, res) => {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found: example.test/x@v1.0.0\n');
    });
    await expect(get(`${db.url}/lookup/example.test/x@v1.0.0`)).resolves.toMatchObject({
      status: 404,
      statusText: 'Not Found',
      contentType: 'text/plain',
      body: Buffer.from('not found: example.test/x@v1.0.0\n'),
    });
  });

  it('refuses a body over the limit, and one cut off before its end', async () => {
    const db = await serve((req, res) => {
      if (req.url === '/big') return res.end(Buffer.alloc(4096, 1));
      res.writeHead(200, { 'Content-Length': '100' });
      res.write(Buffer.alloc(10));
      res.socket?.destroy();
    });
    await expect(get(`${db.url}/big`, { maxBytes: 1000 })).rejects.toThrow('response larger than 1000 bytes');
    await expect(get(`${db.url}/cut`)).rejects.toThrow(/ended early|aborted|socket hang up/);
  });

  it('follows a redirect, sending the credentials to their own origin only', async () => {
    const elsewhere = await serve((_req, res) => res.end('tile bytes'));
    const db = await serve((req, res) => {
      if (req.url === '/tile/8/0/000') {
        res.writeHead(302, { Location: '/tile/8/0/000.moved' });
        return res.end();
      }
      if (req.url === '/tile/8/0/000.moved') {
        res.writeHead(302, { Location: `${elsewhere.url}/tile` });
        return res.end();
      }
      res.writeHead(500).end();
    });
    const answer = await get(`${db.url}/tile/8/0/000`, { authorization: 'Basic c2VjcmV0' });
    expect(answer.body.toString()).toBe('tile bytes');
    expect(db.requests.map((r) => r.authorization)).toEqual(['Basic c2VjcmV0', 'Basic c2VjcmV0']);
    expect(elsewhere.requests).toEqual([{ path: '/tile', authorization: undefined }]);
  });

  it('rejects with the signal’s reason when it aborts, and drops the connection', async () => {
    let closed = false;
    const db = await serve((req) => req.socket.on('close', () => (closed = true)));
    const controller = new AbortController();
    const pending = get(`${db.url}/latest`, { signal: controller.signal });
    while (db.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort(new DOMException('no answer', 'TimeoutError'));
    await expect(pending).rejects.toMatchObject({ name: 'TimeoutError' });
    while (!closed) await new Promise((resolve) => setTimeout(resolve, 5));
  });

  it('keeps its connections alive between requests (the agents)', async () => {
    const ports = new Set<number>();
    const db = await serve((req, res) => {
      ports.add(req.socket.remotePort ?? 0);
      res.end('ok');
    });
    for (let i = 0; i < 5; i++) await get(`${db.url}/lookup/m${i}@v1.0.0`);
    expect(ports.size).toBe(1);
  });
});
