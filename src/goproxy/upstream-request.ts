import fs from 'node:fs';
import path from 'node:path';
// Static: ncc's shim for `await import('node:stream')` yields undefined in the bundle.
import { Readable } from 'node:stream';
import { type EgressProxyConfig, egressProxyFor } from '../net/egress-proxy.js';
import type { ClientCerts } from '../net/client-certs.js';
import { createHttpAgents, httpGet, type HttpAgents } from '../net/http-get.js';
import type { Upstream, UpstreamCall, UpstreamResponse } from './upstream.js';

export type { UpstreamCall, UpstreamResponse } from './upstream.js';

/** Keep-alive agents shared by the calls of one relay, and the egress proxy settings `go` would use. */
export interface Agents extends HttpAgents {
  /** Per upstream, what every first request to it shares (worked out once, not per request). */
  readonly firstHops: WeakMap<Upstream, FirstHop>;
}

interface FirstHop {
  /** The egress proxy for it, or undefined to connect directly. */
  readonly proxy: URL | undefined;
}

export function createAgents(egress: EgressProxyConfig, clientCerts?: ClientCerts): Agents {
  return { ...createHttpAgents(egress, clientCerts), firstHops: new WeakMap() };
}

function firstHop(upstream: Upstream, agents: Agents): FirstHop {
  let hop = agents.firstHops.get(upstream);
  if (!hop) {
    hop = { proxy: egressProxyFor(new URL(upstream.url), agents.egress) };
    agents.firstHops.set(upstream, hop);
  }
  return hop;
}

const RELAY_HEADERS = { 'User-Agent': 'go-module-warden-relay' };

/**
 * GETs `requestPath` (case-encoded, starting with `/`) from the upstream (httpGet: redirects as
 * Go's http client follows them, the Authorization header to the upstream's own origin only).
 */
export function callUpstream(upstream: Upstream, requestPath: string, agents: Agents): UpstreamCall {
  if (upstream.source) return upstream.source.call(requestPath);
  if (upstream.directory !== undefined) return callDirectory(upstream.directory, requestPath);
  const call = httpGet(new URL(upstream.url + requestPath), {
    agents,
    headers: RELAY_HEADERS,
    authorization: upstream.authorization,
    firstHopProxy: firstHop(upstream, agents),
  });
  const response = call.response.then((res): UpstreamResponse => ({
    status: res.statusCode ?? 0,
    contentType: res.headers['content-type'],
    contentLength: res.headers['content-length'],
    body: res,
  }));
  // Nobody may be listening any more when an aborted call rejects.
  response.catch(() => {});
  return { response, abort: () => call.abort() };
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
