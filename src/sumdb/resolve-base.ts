import { InfrastructureError } from '../errors.js';
import type { ProxySpec } from '../module/proxy-list.js';
import { redactUrl } from '../module/proxy-list.js';
import type { Logger } from '../logger.js';
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

export interface SumdbBase {
  /** Where to send `/lookup` and `/tile` requests (may carry the proxy's credentials). */
  readonly baseUrl: string;
  readonly via: 'explicit' | 'proxy' | 'direct';
  /** For messages: the base without credentials. */
  readonly shown: string;
}

/**
 * Decides where checksum-database requests go, as `go` does. Mirrors cmd/go/internal/modfetch/sumdb.go
 * dbClient.initBase with TryProxies: an explicit URL wins; else each proxy is asked for
 * `<proxy>/sumdb/<name>/supported` (200 = use it, 404/410 = next, other errors = next only after `|`);
 * `direct`, `off` or the end of the list = the database itself at `https://<name>`.
 */
export async function resolveSumdbBase(input: {
  readonly key: VerifierKey;
  /** The explicit URL of `GOSUMDB="name+hash+key url"`, if any. */
  readonly url: string | undefined;
  readonly proxies: readonly ProxySpec[];
  readonly fetch: typeof fetch;
  readonly latencyBudgetMs: number;
  readonly logger?: Logger;
}): Promise<SumdbBase> {
  const { key, logger } = input;
  if (input.url) return { baseUrl: input.url, via: 'explicit', shown: redactUrl(input.url) };
  const direct = `https://${key.name}`;
  let failure: string | undefined;
  for (const proxy of input.proxies) {
    if (proxy.kind !== 'url') {
      // `direct` and `off` mean "ask the database itself", and outrank earlier proxy errors.
      failure = undefined;
      break;
    }
    const base = `${proxy.url.replace(/\/+$/, '')}/sumdb/${key.name}`;
    const shown = redactUrl(base);
    const outcome = await probe(`${base}/supported`, input.fetch, input.latencyBudgetMs);
    if (outcome.ok) {
      logger?.info(`checksum database ${key.name}: through ${shown} (the proxy supports it)`);
      return { baseUrl: base, via: 'proxy', shown };
    }
    logger?.info(`checksum database ${key.name}: ${shown}/supported: ${outcome.reason}`);
    if (outcome.notFound) continue;
    failure = `${shown}/supported: ${outcome.reason}`;
    if (!proxy.fallBackOnError) break;
  }
  if (failure)
    throw new InfrastructureError(
      `checksum database ${key.name}: cannot tell whether the proxy relays it (${failure}); go would stop here too`,
    );
  logger?.info(`checksum database ${key.name}: asking it directly at ${direct}`);
  return { baseUrl: direct, via: 'direct', shown: direct };
}

async function probe(
  url: string,
  fetcher: typeof fetch,
  budgetMs: number,
): Promise<{ ok: boolean; notFound: boolean; reason: string }> {
  const parsed = new URL(url);
  const headers: Record<string, string> = {};
  if (parsed.username || parsed.password) {
    const auth = `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`;
    headers.authorization = `Basic ${Buffer.from(auth).toString('base64')}`;
    parsed.username = '';
    parsed.password = '';
  }
  try {
    const response = await fetcher(parsed.toString(), { headers, signal: AbortSignal.timeout(budgetMs) });
    await response.arrayBuffer();
    const notFound = response.status === 404 || response.status === 410;
    return { ok: response.status === 200, notFound, reason: `${response.status} ${response.statusText}` };
  } catch (error) {
    const reason =
      (error as Error).name === 'TimeoutError' ? `no answer within ${budgetMs} ms` : (error as Error).message;
    return { ok: false, notFound: false, reason };
  }
}
