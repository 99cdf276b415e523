import type { ProxySpec } from '../module/proxy-list.js';
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
}): SumdbRoute[] {
  if (input.url) return [{ url: input.url, kind: 'explicit', fallBackOnError: false }];
  const routes: SumdbRoute[] = [];
  for (const proxy of input.proxies) {
    if (proxy.kind !== 'url') break;
    routes.push({
      url: `${proxy.url.replace(/\/+$/, '')}/sumdb/${input.key.name}`,
      kind: 'proxy',
      fallBackOnError: proxy.fallBackOnError,
      ...(input.proxyAttemptMs ? { attemptMs: input.proxyAttemptMs } : {}),
    });
  }
  routes.push({ url: `https://${input.key.name}`, kind: 'direct', fallBackOnError: false });
  return routes;
}
