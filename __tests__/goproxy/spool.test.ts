import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { dropHeld, type HeldBody, sendHeld, spoolBody, type SpoolOptions } from '../../src/goproxy/spool.js';
import { getFully, type RecordingServer, startRecordingServer } from '../../test-support/relay-upstreams.js';

const BIG = Buffer.alloc(300 * 1024, 7);

/** Answers `/small`, `/big`, `/stall` (headers and 1 kB, then nothing), `/cut` (a short body). */
function upstream(req: http.IncomingMessage, res: http.ServerResponse): void {
  switch (req.url) {
    case '/small':
      return void res.end('module example.test/small\n');
    case '/big':
      return void res.end(BIG);
    case '/stall':
      res.writeHead(200, { 'Content-Length': String(BIG.length) });
      return void res.write(BIG.subarray(0, 1024));
    case '/cut':
      res.writeHead(200, { 'Content-Length': String(BIG.length) });
      res.write(BIG.subarray(0, 200 * 1024));
      return void setTimeout(() => res.socket?.destroy(), 20);
  }
}

describe('spoolBody and sendHeld', () => {
  let server: RecordingServer;
  let dir: string;

  beforeAll(async () => {
    server = await startRecordingServer(upstream);
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-spool-test-'));
  });

  afterAll(async () => {
    await server?.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  const get = (p: string): Promise<http.IncomingMessage> =>
    new Promise((resolve, reject) => http.get(server.url + p, { agent: false }, resolve).on('error', reject));

  async function spool(p: string, options: Partial<SpoolOptions> = {}) {
    let bytes = 0;
    const file = path.join(dir, `${p.slice(1)}-${Math.random()}`);
    const outcome = await spoolBody(await get(p), {
      stallTimeoutMs: 300,
      memoryLimit: 64 * 1024,
      file: () => file,
      maxBytes: 1 << 20,
      signal: new AbortController().signal,
      onBytes: (n) => (bytes += n),
      ...options,
    });
    const left = await fs.readdir(dir);
    return { outcome, bytes, file, fileLeft: left.includes(path.basename(file)) };
  }

  it('keeps a small body in memory', async () => {
    const { outcome, bytes, fileLeft } = await spool('/small');
    expect(outcome).toEqual({
      kind: 'complete',
      body: { kind: 'memory', data: Buffer.from('module example.test/small\n') },
    });
    expect(bytes).toBe(26);
    expect(fileLeft).toBe(false);
  });

  it('moves a body past the memory limit to its file, whole', async () => {
    const { outcome, bytes, file } = await spool('/big');
    expect(outcome).toEqual({ kind: 'complete', body: { kind: 'file', file, size: BIG.length } });
    expect((await fs.readFile(file)).equals(BIG)).toBe(true);
    expect(bytes).toBe(BIG.length);
    await dropHeld((outcome as { body: HeldBody }).body);
    await expect(fs.stat(file)).rejects.toThrow(/ENOENT/);
  });

  it.each([
    ['stalls', '/stall', {}, 'stalled'],
    ['ends early', '/cut', {}, 'truncated'],
    ['is longer than the limit', '/big', { maxBytes: 100 * 1024 }, 'too-large'],
  ])('gives up a body that %s and leaves no file behind', async (_what, p, options, kind) => {
    const { outcome, fileLeft } = await spool(p, { memoryLimit: 512, ...options });
    expect(outcome).toEqual({ kind });
    expect(fileLeft).toBe(false);
  });

  it('stops at once when aborted, and leaves no file behind', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    const { outcome, fileLeft } = await spool('/stall', {
      memoryLimit: 512,
      stallTimeoutMs: 10_000,
      signal: controller.signal,
    });
    expect(outcome).toEqual({ kind: 'aborted' });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(fileLeft).toBe(false);
  });

  it.each([
    ['from memory', { kind: 'memory', data: BIG } as HeldBody],
    ['from a file', undefined],
  ])('sends a held body to go %s as a 200 with its length', async (_where, given) => {
    let held = given;
    if (!held) {
      const file = path.join(dir, 'held.zip');
      await fs.writeFile(file, BIG);
      held = { kind: 'file', file, size: BIG.length };
    }
    const outcomes: string[] = [];
    const relay = http.createServer((_req, res) => {
      void sendHeld(held, res, 'application/zip', 1000).then((o) => outcomes.push(o));
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', () => resolve()));
    try {
      const address = relay.address() as { port: number };
      const got = await getFully(`http://127.0.0.1:${address.port}/x.zip`);
      expect(got).toMatchObject({ status: 200, complete: true, contentType: 'application/zip' });
      expect(got.body.equals(BIG)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(outcomes).toEqual(['complete']);
    } finally {
      relay.close();
      relay.closeAllConnections();
    }
  });
});
