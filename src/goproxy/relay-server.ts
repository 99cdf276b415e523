import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** The loopback HTTP server of the relay, and the door in front of it. */
export interface RelayServer {
  /** `http://127.0.0.1:<port>/<token>`: the only base URL the relay answers under. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Listens on 127.0.0.1 (random port) behind an unguessable per-run path prefix: any local process
 * can reach the port, but only the `go` we start knows the prefix, so nobody else can make the
 * relay fetch with the user's credentials. Anything outside the prefix gets 403 and reaches no
 * upstream. `handle` gets the request path with the prefix taken off.
 */
export async function listenRelay(
  handle: (req: http.IncomingMessage, res: http.ServerResponse, requestPath: string) => Promise<void>,
  onError: (error: unknown) => void,
): Promise<RelayServer> {
  const token = randomBytes(18).toString('base64url');
  const prefix = `/${token}/`;
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    const raw = (req.url ?? '/').split('?')[0];
    if (!raw.startsWith(prefix)) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
      res.end('forbidden: not this relay run\n');
      return;
    }
    handle(req, res, raw.slice(prefix.length - 1)).catch((error: unknown) => {
      onError(error);
      if (!res.headersSent) {
        res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('relay error\n');
      } else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      }),
  };
}
