import type { ProxySpec } from '../module/proxy-list.js';
import type { SmallResponse } from '../net/http-get.js';
import type { SumdbRoute } from './sumdb-http.js';
import type { VerifierKey } from '../module/sumdb-setting.js';

/**
 * Every way to the database, in the order go would consider them (cmd/go/internal/modfetch/
 * sumdb.go initBase with TryProxies): an explicit URL alone; else each proxy URL up to `direct`,
 * `off` or the end of the list, then the database itself at `https://<name>`. Whether a proxy
 * relays the database is asked lazily (SumdbHttp), so a warm run sends only `/latest`.
 */
export function sumdbRoutes(input: {
  readonly key: VerifierKey;
  readonly url: string | undefined;
  readonly proxies: readonly ProxySpec[];
  /** Deadline of one request through a proxy (the relay hedges inside it, so give it room). */
  readonly proxyAttemptMs?: number;
  /**
   * Our relay, when one of the proxies is it: asked in this process, not over loopback HTTP
   * (goproxy's Relay fits this shape; the checksum domain does not import it).
   */
  readonly relay?: {
    readonly url: string;
    /** Its upstreams' names, for messages. */
    readonly upstreamNames: readonly string[];
    getInProcess(requestPath: string, maxBytes: number, signal: AbortSignal): Promise<SmallResponse>;
  };
}): SumdbRoute[] {
  if (input.url) return [{ url: input.url, kind: 'explicit', fallBackOnError: false }];
  const routes: SumdbRoute[] = [];
  for (const proxy of input.proxies) {
    if (proxy.kind !== 'url') break;
    const relay = input.relay && proxy.url === input.relay.url ? input.relay : undefined;
    const dbPath = `/sumdb/${input.key.name}`;
    routes.push({
      url: `${proxy.url.replace(/\/+$/, '')}${dbPath}`,
      kind: 'proxy',
      fallBackOnError: proxy.fallBackOnError,
      ...(input.proxyAttemptMs ? { attemptMs: input.proxyAttemptMs } : {}),
      ...(relay
        ? {
            via: `the relay (${relay.upstreamNames.join(', ') || 'no upstream'})`,
            inProcess: (remote, maxBytes, signal) =>
              relay.getInProcess(`${dbPath}${remote}`, maxBytes, signal),
          }
        : {}),
    });
  }
  routes.push({ url: `https://${input.key.name}`, kind: 'direct', fallBackOnError: false });
  return routes;
}
