import http from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';

/** One request a recording server received. */
export interface RecordedRequest {
  path: string;
  authorization: string | undefined;
}

export interface RecordingServer {
  /** `http://127.0.0.1:PORT`. */
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * A tiny HTTP server on 127.0.0.1 (random port) that records each request's path and
 * Authorization header and answers with `handler`. For what the fixture proxy does not do:
 * redirects, credentials, hand-made bodies.
 */
export async function startRecordingServer(
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => void,
): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    requests.push({ path: req.url ?? '', authorization: req.headers.authorization });
    handler(req, res);
  });
  return {
    ...(await listenTracked(server, sockets)),
    requests,
  };
}

/** GETs a URL with node:http and reads the whole body, noting whether it arrived complete. */
export function getFully(
  url: string,
): Promise<{ status: number; body: Buffer; complete: boolean; contentType: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false }, (res) => {
      const chunks: Buffer[] = [];
      let done = false;
      const finish = (): void => {
        if (done) return;
        done = true;
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks),
          complete: res.complete,
          contentType: res.headers['content-type'],
        });
      };
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', finish);
      res.on('error', finish);
      res.on('close', finish);
    });
    req.on('error', reject);
  });
}

/** One request an egress proxy received: a forwarded GET (absolute URL) or a CONNECT. */
export interface EgressRecord {
  method: string;
  target: string;
  proxyAuthorization: string | undefined;
  authorization: string | undefined;
}

export interface EgressProxy {
  url: string;
  requests: EgressRecord[];
  close(): Promise<void>;
}

/**
 * A forward proxy on 127.0.0.1 for tests of HTTP_PROXY/HTTPS_PROXY: every forwarded GET goes to
 * `forwardTo` (whatever host it names, so fake host names never reach DNS), every CONNECT is
 * tunnelled to 127.0.0.1:`tunnelPort`.
 */
export async function startEgressProxy(forwardTo: string, tunnelPort: number): Promise<EgressProxy> {
  const requests: EgressRecord[] = [];
  const sockets = new Set<Socket>();
  const record = (req: http.IncomingMessage): void => {
    requests.push({
      method: req.method ?? '',
      target: req.url ?? '',
      proxyAuthorization: req.headers['proxy-authorization'],
      authorization: req.headers.authorization,
    });
  };
  const server = http.createServer((req, res) => {
    record(req);
    const path = new URL(req.url ?? '/', 'http://invalid').pathname;
    http
      .get(forwardTo + path, (upstream) => {
        res.writeHead(upstream.statusCode ?? 502, upstream.headers);
        upstream.pipe(res);
      })
      .on('error', () => res.destroy());
  });
  server.on('connect', (req: http.IncomingMessage, client: Socket) => {
    record(req);
    sockets.add(client);
    const tunnel = net.connect(tunnelPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      tunnel.pipe(client);
      client.pipe(tunnel);
    });
    sockets.add(tunnel);
    tunnel.on('error', () => client.destroy());
    client.on('error', () => tunnel.destroy());
  });
  return {
    ...(await listenTracked(server, sockets)),
    requests,
  };
}

/** Listens on 127.0.0.1 (random port) and closes with every socket it holds, hanging ones too. */
async function listenTracked(
  server: http.Server,
  sockets: Set<Socket>,
): Promise<{ url: string; close: () => Promise<void> }> {
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        for (const s of sockets) s.destroy();
      }),
  };
}
