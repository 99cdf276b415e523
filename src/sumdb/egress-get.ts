import http from 'node:http';
import https from 'node:https';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import { proxyAuthorization } from '../goproxy/egress-proxy.js';

/** What a GET answered: enough for the checksum client (small bodies, read whole). */
export interface SmallResponse {
  readonly status: number;
  readonly statusText: string;
  readonly contentType: string;
  readonly body: Buffer;
}

/** Bodies larger than this are refused: a lookup, a note or a tile is a few KiB. */
const MAX_BODY = 1 << 20;

/**
 * GETs `target` through the egress proxy `proxy`, as Go's http.Transport does with
 * HTTPS_PROXY/HTTP_PROXY: an absolute-URL request to a forward proxy for http://, a CONNECT
 * tunnel then TLS inside it for https://. No redirects (checksum databases do not redirect).
 */
export function getThroughProxy(
  target: URL,
  proxy: URL,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<SmallResponse> {
  return new Promise<SmallResponse>((resolve, reject) => {
    const requests: http.ClientRequest[] = [];
    const onAbort = (): void => {
      for (const r of requests) r.destroy();
      reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    const done =
      <T>(f: (v: T) => void) =>
      (v: T) => {
        signal.removeEventListener('abort', onAbort);
        f(v);
      };
    const ok = done(resolve);
    const fail = done(reject);
    const onResponse = (res: http.IncomingMessage): void => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY) {
          res.destroy();
          return fail(new Error(`response larger than ${MAX_BODY} bytes`));
        }
        chunks.push(chunk);
      });
      res.on('end', () =>
        ok({
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? '',
          contentType: String(res.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks),
        }),
      );
      res.on('error', fail);
    };
    const client = proxy.protocol === 'https:' ? https : http;
    const proxyPort = proxy.port || (proxy.protocol === 'https:' ? '443' : '80');
    const proxyHeaders: Record<string, string> = {};
    const auth = proxyAuthorization(proxy);
    if (auth) proxyHeaders['Proxy-Authorization'] = auth;
    if (target.protocol === 'http:') {
      const req = client.get(
        {
          host: proxy.hostname,
          port: proxyPort,
          path: target.href,
          headers: { ...headers, ...proxyHeaders, Host: target.host },
          agent: false,
        },
        onResponse,
      );
      requests.push(req);
      req.on('error', fail);
      return;
    }
    const targetPort = target.port || '443';
    const connect = client.request({
      host: proxy.hostname,
      port: proxyPort,
      method: 'CONNECT',
      path: `${target.hostname}:${targetPort}`,
      headers: { ...proxyHeaders, Host: `${target.hostname}:${targetPort}` },
      agent: false,
    });
    requests.push(connect);
    connect.on('error', fail);
    connect.on('connect', (res: http.IncomingMessage, socket: Duplex) => {
      if (res.statusCode !== 200) {
        socket.destroy();
        return fail(new Error(`egress proxy ${proxy.host} refused CONNECT with ${res.statusCode}`));
      }
      const req = https.get(
        target,
        { headers, createConnection: () => tls.connect({ socket, servername: target.hostname }) },
        onResponse,
      );
      requests.push(req);
      req.on('error', fail);
    });
    connect.end();
  });
}
