import type http from 'node:http';
import { getThroughEgressProxy } from '../net/egress-proxy.js';

/** What a GET answered: enough for the checksum client (small bodies, read whole). */
export interface SmallResponse {
  readonly status: number;
  readonly statusText: string;
  readonly contentType: string;
  readonly body: Buffer;
}

/** Bodies larger than this are refused: a lookup, a note or a tile is a few KiB. */
export const MAX_BODY = 1 << 20;

/** GETs `target` with `fetch` and reads the small body whole, refusing one over MAX_BODY. */
export async function fetchSmall(
  fetcher: typeof fetch,
  target: URL,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<SmallResponse> {
  const r = await fetcher(target, { headers, signal });
  const chunks: Buffer[] = [];
  let size = 0;
  if (r.body) {
    for await (const chunk of r.body as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      // Leaving the loop by a throw cancels the stream (the iterator's return).
      if (size > MAX_BODY) throw new Error(`response larger than ${MAX_BODY} bytes`);
      chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
    }
  }
  return {
    status: r.status,
    statusText: r.statusText,
    contentType: r.headers.get('content-type') ?? '',
    body: Buffer.concat(chunks, size),
  };
}

/**
 * GETs `target` through the egress proxy `proxy` (getThroughEgressProxy, as Go's http.Transport
 * does) and reads the small body whole. No redirects (checksum databases do not redirect).
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
    getThroughEgressProxy(target, proxy, headers, {
      request: (req) => requests.push(req),
      response: onResponse,
      error: fail,
    });
  });
}
