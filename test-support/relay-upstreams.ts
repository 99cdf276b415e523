import http from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';
import { createZip } from './zip-writer.js';

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

/** One module version a static proxy serves: its .info, .mod and zip entries, as given. */
export interface StaticModule {
  path: string;
  version: string;
  /** The .mod body (for a module without go.mod, the `module <path>` line a proxy makes up). */
  goMod: string;
  /** Files of the zip, relative to the module root (no go.mod for a +incompatible version). */
  files: Record<string, string>;
}

/**
 * A module at a `+incompatible` major: no go.mod in its zip, a made-up `.mod`, as docker/docker
 * and other pre-modules majors are served by proxy.golang.org.
 */
export function incompatibleModule(path: string, version: string): StaticModule {
  const pkg = path.split('/').at(-1) as string;
  return {
    path,
    version,
    goMod: `module ${path}\n`,
    files: {
      [`${pkg}.go`]: `// Package ${pkg} predates modules.\npackage ${pkg}\n\n// Name is its path.\nfunc Name() string { return "${path}" }\n`,
      LICENSE: 'Public domain.\n',
    },
  };
}

/**
 * A GOPROXY server of fixed module versions (case-encoded paths as x/mod escapes them), with no
 * faults: for version shapes the fixture proxy's modules cannot take (no go.mod in the zip).
 */
export async function startStaticProxy(modules: readonly StaticModule[]): Promise<RecordingServer> {
  const routes = new Map<string, { type: string; body: Buffer }>();
  const esc = (s: string): string => s.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
  for (const m of modules) {
    const base = `/${esc(m.path)}/@v/${esc(m.version)}`;
    const info = JSON.stringify({ Version: m.version, Time: '2024-01-02T03:04:05Z' });
    routes.set(`${base}.info`, { type: 'application/json', body: Buffer.from(info) });
    routes.set(`${base}.mod`, { type: 'text/plain; charset=utf-8', body: Buffer.from(m.goMod) });
    const prefix = `${m.path}@${m.version}/`;
    const zip = createZip(
      Object.entries(m.files).map(([name, text]) => ({ name: prefix + name, data: Buffer.from(text) })),
    );
    routes.set(`${base}.zip`, { type: 'application/zip', body: zip });
    const list = `/${esc(m.path)}/@v/list`;
    const versions = routes.get(list)?.body.toString() ?? '';
    routes.set(list, { type: 'text/plain; charset=utf-8', body: Buffer.from(`${versions}${m.version}\n`) });
  }
  return startRecordingServer((req, res) => {
    const route = routes.get(decodeURIComponent((req.url ?? '/').split('?')[0]));
    const type = route?.type ?? 'text/plain; charset=utf-8';
    const body = route?.body ?? Buffer.from(`not found: ${req.url}\n`);
    res.writeHead(route ? 200 : 404, { 'Content-Type': type, 'Content-Length': String(body.length) });
    res.end(body);
  });
}
