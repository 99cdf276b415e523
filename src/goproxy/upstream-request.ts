import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
// Static: ncc's shim for `await import('node:stream')` yields undefined in the bundle.
import { Readable } from 'node:stream';
import { type EgressProxyConfig, egressProxyFor, getThroughEgressProxy } from '../net/egress-proxy.js';
import type { Upstream } from './upstream.js';

/** The response headers of an upstream, and its body still to be read. */
export interface UpstreamResponse {
  readonly status: number;
  readonly contentType: string | undefined;
  readonly contentLength: string | undefined;
  readonly body: Readable;
}

/** One GET in flight to one upstream; abort() drops its connection at once, whatever its state. */
export interface UpstreamCall {
  readonly response: Promise<UpstreamResponse>;
  abort(): void;
}

/** Keep-alive agents shared by the calls of one relay, and the egress proxy settings `go` would use. */
export interface Agents {
  readonly http: http.Agent;
  readonly https: https.Agent;
  readonly egress: EgressProxyConfig;
  /** Per upstream, what every first request to it shares (worked out once, not per request). */
  readonly firstHops: WeakMap<Upstream, FirstHop>;
}

interface FirstHop {
  readonly origin: string;
  /** The egress proxy for it, or undefined to connect directly. */
  readonly proxy: URL | undefined;
}

export function createAgents(egress: EgressProxyConfig): Agents {
  return {
    http: new http.Agent({ keepAlive: true }),
    https: new https.Agent({ keepAlive: true }),
    egress,
    firstHops: new WeakMap(),
  };
}

function firstHop(upstream: Upstream, agents: Agents): FirstHop {
  let hop = agents.firstHops.get(upstream);
  if (!hop) {
    const base = new URL(upstream.url);
    hop = { origin: base.origin, proxy: egressProxyFor(base, agents.egress) };
    agents.firstHops.set(upstream, hop);
  }
  return hop;
}

const MAX_REDIRECTS = 10;

/**
 * GETs `requestPath` (case-encoded, starting with `/`) from the upstream, following redirects as
 * Go's http client does (at most 10, never https → http). The Authorization header goes to the
 * upstream's own origin only, never to a redirect target elsewhere.
 */
export function callUpstream(upstream: Upstream, requestPath: string, agents: Agents): UpstreamCall {
  if (upstream.directory !== undefined) return callDirectory(upstream.directory, requestPath);
  const hop = firstHop(upstream, agents);
  const origin = hop.origin;
  let current: http.ClientRequest | undefined;
  let currentResponse: http.IncomingMessage | undefined;
  let aborted = false;
  const response = new Promise<UpstreamResponse>((resolve, reject) => {
    const get = (target: URL, redirects: number): void => {
      if (aborted) return reject(new Error('aborted'));
      const headers: Record<string, string> = { 'User-Agent': 'go-module-warden-relay' };
      if (upstream.authorization && target.origin === origin) headers.Authorization = upstream.authorization;
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
        resolve({
          status,
          contentType: res.headers['content-type'],
          contentLength: res.headers['content-length'],
          body: res,
        });
      };
      const proxy = redirects === 0 ? hop.proxy : egressProxyFor(target, agents.egress);
      if (!proxy) {
        const secure = target.protocol === 'https:';
        // Options rather than the URL: node turns a URL into these on every request.
        current = (secure ? https : http).get(
          {
            protocol: target.protocol,
            hostname: target.hostname.replace(/^\[|\]$/g, ''),
            port: target.port,
            path: target.pathname + target.search,
            agent: secure ? agents.https : agents.http,
            headers,
          },
          onResponse,
        );
        current.on('error', reject);
        return;
      }
      getThroughEgressProxy(target, proxy, headers, {
        request: (req) => (current = req),
        response: onResponse,
        error: reject,
        cancelled: () => aborted,
      });
    };
    get(new URL(upstream.url + requestPath), 0);
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

const CONTENT_TYPES: Record<string, string> = {
  '.info': 'application/json',
  '.json': 'application/json',
  '.zip': 'application/zip',
};

// A file:// GOPROXY entry: the module cache's download directory layout, 404 for missing files.
function callDirectory(directory: string, requestPath: string): UpstreamCall {
  const file = path.join(directory, ...requestPath.split('/').filter((e) => e !== ''));
  let stream: fs.ReadStream | undefined;
  const response = (async (): Promise<UpstreamResponse> => {
    const stat = await fs.promises.stat(file).catch(() => undefined);
    if (!stat?.isFile() || !file.startsWith(directory + path.sep)) {
      return {
        status: 404,
        contentType: 'text/plain; charset=utf-8',
        contentLength: undefined,
        body: Readable.from([Buffer.from(`not found: ${requestPath}`)]),
      };
    }
    stream = fs.createReadStream(file);
    return {
      status: 200,
      contentType: CONTENT_TYPES[path.extname(file)] ?? 'text/plain; charset=utf-8',
      contentLength: String(stat.size),
      body: stream,
    };
  })();
  response.catch(() => {});
  return { response, abort: () => stream?.destroy() };
}

/** Reads at most `limit` bytes of a (small, error) body as text, giving up after `timeoutMs`. */
export function readSmallBody(body: Readable, limit: number, timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (): void => {
      clearTimeout(timer);
      body.removeAllListeners('data');
      body.destroy();
      resolve(Buffer.concat(chunks).toString('utf8').slice(0, limit));
    };
    const timer = setTimeout(done, timeoutMs);
    body.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= limit) done();
    });
    body.on('end', done);
    body.on('error', done);
    body.on('close', done);
  });
}

/** A network error as one line: its code (ECONNRESET…) and message. */
export function describeNetworkError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' && !message.includes(code) ? `${code} ${message}` : message;
}
