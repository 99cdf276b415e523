import http from 'node:http';
import https from 'node:https';
import { type ClientCerts, explainTlsError } from './client-certs.js';
import { type EgressProxyConfig, egressProxyFor, getThroughEgressProxy } from './egress-proxy.js';

/** Keep-alive agents of one client (the relay, the checksum client) and the egress proxy `go` would use. */
export interface HttpAgents {
  readonly http: http.Agent;
  readonly https: https.Agent;
  readonly egress: EgressProxyConfig;
  /** Client certificates per HTTPS origin (`proxy-client-certs`): their own keep-alive agents. */
  readonly clientCerts?: ClientCerts;
}

export function createHttpAgents(egress: EgressProxyConfig, clientCerts?: ClientCerts): HttpAgents {
  return {
    http: new http.Agent({ keepAlive: true }),
    https: new https.Agent({ keepAlive: true }),
    egress,
    ...(clientCerts ? { clientCerts } : {}),
  };
}

export function destroyHttpAgents(agents: HttpAgents): void {
  agents.http.destroy();
  agents.https.destroy();
  agents.clientCerts?.destroy();
}

export interface HttpGetOptions {
  readonly agents: HttpAgents;
  /** Sent on every hop (User-Agent). */
  readonly headers?: Readonly<Record<string, string>>;
  /** `Basic …`: sent to the first URL's origin only, never to a redirect target elsewhere. */
  readonly authorization?: string;
  /** The egress proxy of the first hop when the caller worked it out once (undefined: direct). */
  readonly firstHopProxy?: { readonly proxy: URL | undefined };
}

/** One GET in flight; abort() drops its connection at once, whatever its state. */
export interface HttpGet {
  /** The final response (after redirects), its body still to be read. */
  readonly response: Promise<http.IncomingMessage>;
  abort(): void;
}

const MAX_REDIRECTS = 10;

/**
 * GETs `url` as Go's http client does for cmd/go (web.Get with its security-preserving client):
 * redirects followed, at most 10, never https → http nor to a non-HTTP URL; the Authorization
 * header only to the first URL's origin; each hop through HTTPS_PROXY/HTTP_PROXY/NO_PROXY as
 * http.Transport decides (getThroughEgressProxy), else on the keep-alive agents.
 */
export function httpGet(url: URL, options: HttpGetOptions): HttpGet {
  const { agents } = options;
  const origin = url.origin;
  let current: http.ClientRequest | undefined;
  let currentResponse: http.IncomingMessage | undefined;
  let aborted = false;
  const response = new Promise<http.IncomingMessage>((resolve, reject) => {
    const get = (target: URL, redirects: number): void => {
      if (aborted) return reject(new Error('aborted'));
      const fail = (error: unknown): void => reject(explainTlsError(error, target, agents.clientCerts));
      // Asked again on every hop: a certificate goes to its own origin only, never to a redirect elsewhere.
      let certAgent: https.Agent | undefined;
      try {
        certAgent = agents.clientCerts?.agentFor(target);
      } catch (error) {
        return reject(error);
      }
      const headers: Record<string, string> = { ...options.headers };
      if (options.authorization && target.origin === origin) headers.Authorization = options.authorization;
      const onResponse = (res: http.IncomingMessage): void => {
        currentResponse = res;
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (status >= 300 && status < 400 && status !== 304 && location) {
          res.resume();
          let next: URL;
          try {
            next = new URL(location, target);
          } catch {
            return reject(new Error(`redirect to an invalid URL`));
          }
          if (redirects >= MAX_REDIRECTS) return reject(new Error('stopped after 10 redirects'));
          if (target.protocol === 'https:' && next.protocol !== 'https:')
            return reject(new Error('redirect from https to http refused'));
          if (next.protocol !== 'http:' && next.protocol !== 'https:')
            return reject(new Error('redirect to a non-HTTP URL refused'));
          return get(next, redirects + 1);
        }
        resolve(res);
      };
      const proxy =
        redirects === 0 && options.firstHopProxy
          ? options.firstHopProxy.proxy
          : egressProxyFor(target, agents.egress);
      if (!proxy) {
        const secure = target.protocol === 'https:';
        // Options rather than the URL: node turns a URL into these on every request.
        current = (secure ? https : http).get(
          {
            protocol: target.protocol,
            hostname: target.hostname.replace(/^\[|\]$/g, ''),
            port: target.port,
            path: target.pathname + target.search,
            agent: secure ? (certAgent ?? agents.https) : agents.http,
            headers,
          },
          onResponse,
        );
        current.on('error', fail);
        return;
      }
      getThroughEgressProxy(target, proxy, headers, {
        request: (req) => (current = req),
        response: onResponse,
        error: fail,
        cancelled: () => aborted,
        secureContext: certAgent ? agents.clientCerts?.secureContextFor(target) : undefined,
      });
    };
    get(url, 0);
  });
  // Nobody may be listening any more when an aborted call rejects.
  response.catch(() => {});
  return {
    response,
    abort() {
      aborted = true;
      currentResponse?.destroy();
      current?.destroy(new Error('aborted'));
    },
  };
}

/** A response read whole: enough for small bodies (a checksum database lookup, note or tile). */
export interface SmallResponse {
  readonly status: number;
  readonly statusText: string;
  readonly contentType: string;
  readonly body: Buffer;
}

/**
 * GETs `url` (httpGet) and reads the body whole, refusing one over `maxBytes`; rejects with the
 * signal's reason once `signal` aborts, as fetch does.
 */
export function getSmall(
  url: URL,
  options: HttpGetOptions & { readonly maxBytes: number; readonly signal: AbortSignal },
): Promise<SmallResponse> {
  const { signal, maxBytes } = options;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  const call = httpGet(url, options);
  return new Promise<SmallResponse>((resolve, reject) => {
    const onAbort = (): void => {
      call.abort();
      reject(abortReason(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const settle =
      <T>(f: (v: T) => void) =>
      (v: T): void => {
        signal.removeEventListener('abort', onAbort);
        f(v);
      };
    const ok = settle(resolve);
    const fail = settle(reject);
    call.response.then((res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          call.abort();
          return fail(new Error(`response larger than ${maxBytes} bytes`));
        }
        chunks.push(chunk);
      });
      res.on('end', () => {
        if (!res.complete) return fail(new Error('response ended early'));
        ok({
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? '',
          contentType: String(res.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks, size),
        });
      });
      res.on('error', fail);
      res.on('close', () => {
        if (!res.complete) fail(new Error('response ended early'));
      });
    }, fail);
  });
}

/** The abort's reason as fetch rejects with it (AbortSignal.timeout's TimeoutError DOMException). */
function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new Error('aborted');
}
