import diagnostics from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import { InfrastructureError } from '../errors.js';

/** The User-Agent our own HTTP clients send (relay, checksum client): `go-module-warden-…`. */
const OUR_AGENT = 'go-module-warden';

/** The cache service did not answer one call within the time the run's deadline left it. */
export class ServiceDeadlineError extends InfrastructureError {}

/** As a timed-out socket: @actions/cache's twirp client takes ETIMEDOUT as a network error, not retried. */
function timedOut(what: string, ms: number): ServiceDeadlineError & { code: string } {
  return Object.assign(
    new ServiceDeadlineError(
      `the GitHub cache service did not answer ${what} within ${Math.max(1, Math.round(ms / 1000))}s (the run's 'timeout' bounds every cache call)`,
    ),
    { code: 'ETIMEDOUT' },
  );
}

/**
 * Runs one call to the cache service with at most `ms`. `fetch` gets the signal. @actions/cache
 * (saveCache) takes no signal, and its requests would keep the process alive after we stop
 * waiting: every node:http request started during the call is destroyed on expiry, as is any it
 * starts afterwards (a retry) until the call settles. Past the deadline (`ms` 0) nothing starts.
 */
export async function boundedServiceCall<T>(
  what: string,
  ms: number,
  call: (signal?: AbortSignal) => Promise<T>,
): Promise<T> {
  if (!Number.isFinite(ms)) return call();
  if (ms <= 0)
    throw new ServiceDeadlineError(
      `the run's deadline had passed, so ${what} was not sent to the GitHub cache service`,
    );
  const controller = new AbortController();
  const requests = new Set<ClientRequest>();
  let expired: (ServiceDeadlineError & { code: string }) | undefined;
  const onStart = (message: unknown): void => {
    const request = (message as { request: ClientRequest }).request;
    // The channel is the whole process's: the relay's and the checksum client's own requests
    // (their User-Agent names us) may start meanwhile, and are never the cache service's.
    if (String(request.getHeader('user-agent') ?? '').startsWith(OUR_AGENT)) return;
    if (expired) return void request.destroy(expired);
    requests.add(request);
    request.once('close', () => requests.delete(request));
  };
  diagnostics.subscribe('http.client.request.start', onStart);
  const work = call(controller.signal);
  const stopWatching = (): void => void diagnostics.unsubscribe('http.client.request.start', onStart);
  work.then(stopWatching, stopWatching);
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      expired = timedOut(what, ms);
      controller.abort(expired);
      for (const request of requests) request.destroy(expired);
      reject(expired);
    }, ms);
  });
  try {
    return await Promise.race([work, expiry]);
  } finally {
    clearTimeout(timer);
  }
}

/** What one cache call may take: what is left of the run's deadline, or no bound without one. */
export function remainingOf(deadline: { remainingMs(): number } | undefined): number {
  return deadline ? deadline.remainingMs() : Infinity;
}
