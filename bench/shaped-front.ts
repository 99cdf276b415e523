import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A proxy across a network, in front of a loopback proxy: `delayMs` before the headers of each
 * response (one round trip), then bodies sent in 16 KiB pieces from one token bucket of
 * `bytesPerSecond` that every response shares (one link), refilled every 5 ms. bench/relay.bench.ts
 * and bench/pipeline.bench.ts share it, so both measure against the same network.
 */
export async function shapedFront(
  target: string,
  delayMs: number,
  bytesPerSecond: number,
): Promise<{ url: string; close(): Promise<void> }> {
  let tokens = 0;
  const waiting: (() => void)[] = [];
  const tick = setInterval(() => {
    tokens = Math.min(bytesPerSecond / 50, tokens + (bytesPerSecond * 5) / 1000);
    while (tokens > 0 && waiting.length > 0) (waiting.shift() as () => void)();
  }, 5);
  const take = (n: number): Promise<void> =>
    new Promise((resolve) => {
      const go = (): void => {
        if (tokens <= 0) return void waiting.push(go);
        tokens -= n;
        resolve();
      };
      go();
    });
  const agent = new http.Agent({ keepAlive: true });
  const server = http.createServer((req, res) => {
    setTimeout(() => {
      http
        .get(target + (req.url ?? '/'), { agent }, async (upstream) => {
          const chunks: Buffer[] = [];
          for await (const chunk of upstream) chunks.push(chunk as Buffer);
          const body = Buffer.concat(chunks);
          res.writeHead(upstream.statusCode ?? 502, {
            'Content-Type': upstream.headers['content-type'] ?? 'application/octet-stream',
            'Content-Length': String(body.length),
          });
          for (let at = 0; at < body.length; at += 16384) {
            const part = body.subarray(at, at + 16384);
            await take(part.length);
            if (!res.write(part)) await new Promise((resolve) => res.once('drain', resolve));
          }
          res.end();
        })
        .on('error', () => res.destroy());
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(tick);
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
