import { type ClientCertRule, ClientCerts } from '../net/client-certs.js';
import type { Deadline } from '../deadline.js';
import { describeError, InfrastructureError } from '../errors.js';
import { egressProxyFor, egressProxyFromEnv } from '../net/egress-proxy.js';
import { redactUrl } from '../module/proxy-list.js';
import type { Logger } from '../logger.js';
import { createHttpAgents, getSmall, type HttpAgents, type SmallResponse } from '../net/http-get.js';
import { Limiter } from '../concurrency.js';
import { type Clock, sleep, systemClock } from '../clock.js';

/** The database could not be asked (network error, timeout, an HTTP error other than 404/410). */
export class SumdbUnavailableError extends InfrastructureError {}

/** The database answered 404/410 for a lookup: it holds no record of the module version. */
export class SumdbNotFoundError extends InfrastructureError {}

/**
 * One way to the database. `proxy`: `<proxy>/sumdb/<name>` (asked `/supported` before its first
 * lookup, as go does); `direct`: `https://<name>`; `explicit`: the URL of GOSUMDB.
 */
export interface SumdbRoute {
  readonly url: string;
  readonly kind: 'proxy' | 'direct' | 'explicit';
  /** After a failure (not a 404/410) on this route, try the next one (`|` in GOPROXY). */
  readonly fallBackOnError: boolean;
  /** Deadline of one request on this route (default the latency budget). */
  readonly attemptMs?: number;
  /**
   * Set when the route is our own relay: asks it in this process (Relay.getInProcess) instead of
   * over loopback HTTP. `remote` is relative to `url`; rejects once `signal` aborts.
   */
  readonly inProcess?: (remote: string, maxBytes: number, signal: AbortSignal) => Promise<SmallResponse>;
  /** How messages name the route instead of its URL: our relay is `the relay (proxy.golang.org)`. */
  readonly via?: string;
}

export interface SumdbHttpOptions {
  readonly name: string;
  /** The routes in order, or a function giving them at the first request. */
  readonly routes: readonly SumdbRoute[] | (() => Promise<readonly SumdbRoute[]>);
  readonly latencyBudgetMs: number;
  /** The run's one deadline: no request starts once it passed (the overall timeout). */
  readonly deadline?: Pick<Deadline, 'remainingMs'>;
  /** Extra attempts per route after a 5xx, reset or timeout (default 1). */
  readonly retries?: number;
  /** First retry delay before jitter (default 200 ms; doubled per attempt, times 0.5-1.5). */
  readonly retryDelayMs?: number;
  /** The retries' back-off waits on this clock (tests pass a fake one and do not sleep). */
  readonly clock?: Clock;
  /** In [0, 1): the back-off's jitter (Math.random). */
  readonly random?: () => number;
  /** HTTPS_PROXY/HTTP_PROXY/NO_PROXY for routes off the loopback (default: none). */
  readonly env?: NodeJS.ProcessEnv;
  /** `proxy-client-certs`: the certificate each HTTPS origin of the database gets (its own only). */
  readonly clientCerts?: readonly ClientCertRule[];
  readonly concurrency?: number;
  readonly logger?: Logger;
  readonly counts: { failedRequests: number; sent: number };
  /** The run's cancellation: aborts the requests in flight, and no request starts after it. */
  readonly signal?: AbortSignal;
}

interface Prepared {
  readonly route: SumdbRoute;
  readonly url: string;
  /** The route's URL without credentials. */
  readonly shown: string;
  /** How messages name the route, and a request on it. */
  readonly named: string;
  readonly where: (remote: string) => string;
  readonly authorization: string | undefined;
  /** Whether a proxy relays the database: known once it answered `/supported` or served a file. */
  supported: 'yes' | 'no' | Promise<'yes' | 'no'> | undefined;
  /**
   * Requests in a row that got no answer at all on this route (timeouts, resets, refused; retries
   * included); any HTTP answer resets it. A 5xx is an answer: it may be about one module only
   * (a database failing new versions), so it never takes the route out.
   */
  failures: number;
  lastFailure: string;
}

/** Bodies larger than this are refused: a lookup, a note or a tile is a few KiB. */
export const MAX_BODY = 1 << 20;

/** cmd/go sends its own; ours says who asks. */
const HEADERS = { 'User-Agent': 'go-module-warden-sumdb' };

/** A route that got no answer for this many requests in a row is not asked again this run. */
const DOWN_AFTER = 2;

type Attempt =
  | { kind: 'ok'; body: Buffer }
  | { kind: 'not-found'; message: string }
  | { kind: 'failed'; message: string; transport: boolean };

class RouteFailure extends Error {
  constructor(
    message: string,
    readonly transport: boolean,
  ) {
    super(message);
  }
}

/**
 * GETs against the checksum database: each request tries the routes in order (the proxies that
 * relay it, then the database itself), retries a 5xx, reset or timeout once with jitter, and
 * never starts after the overall deadline. Credentials from a URL go as Basic auth, never shown.
 * Mirrors cmd/go/internal/modfetch/sumdb.go dbClient.ReadRemote and initBase (plus the deadlines,
 * retries and egress-proxy handling for the direct route, which go leaves to http.Transport).
 */
export class SumdbHttp {
  private readonly limiter: Limiter;
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly agents: HttpAgents;
  private prepared: Promise<Prepared[]> | undefined;
  /** The route that answered last, without credentials. */
  shownBase: string | undefined;

  constructor(private readonly options: SumdbHttpOptions) {
    this.limiter = new Limiter(options.concurrency ?? 16);
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    const certs = options.clientCerts?.length ? new ClientCerts(options.clientCerts) : undefined;
    this.agents = createHttpAgents(egressProxyFromEnv(options.env ?? {}), certs);
  }

  private get name(): string {
    return this.options.name;
  }

  private routes(): Promise<Prepared[]> {
    this.prepared ??= (async () => {
      let routes: readonly SumdbRoute[];
      try {
        routes =
          typeof this.options.routes === 'function' ? await this.options.routes() : this.options.routes;
      } catch (error) {
        throw new SumdbUnavailableError(`checksum database ${this.name}: ${describeError(error)}`, {
          cause: error,
        });
      }
      const prepared = routes.map((route) => prepare(route));
      this.shownBase ??= prepared[0]?.shown;
      return prepared;
    })();
    return this.prepared;
  }

  /** GETs `<route><remote>`; `what` (lookup, tile, latest) names the request in messages. */
  async get(remote: string, what: string): Promise<Buffer> {
    const reasons: string[] = [];
    for (const route of await this.routes()) {
      if (route.supported === 'no') continue;
      if (route.failures >= DOWN_AFTER) {
        // Down for this run: fail fast rather than wait out its budget on every request.
        reasons.push(
          `checksum database ${this.name}: ${route.named}: not asked, the last ${route.failures} requests there got no answer (last: ${route.lastFailure})`,
        );
        if (route.route.fallBackOnError) continue;
        break;
      }
      if (route.route.kind === 'proxy' && what === 'lookup') {
        // A lookup's 404 means "no record" only from a route that relays the database.
        const supported = await this.supported(route, reasons);
        if (supported === 'no') continue;
        if (supported !== 'yes') {
          this.noteFailure(route, supported.message, supported.transport);
          if (route.route.fallBackOnError) continue;
          break;
        }
      }
      const attempt = await this.attempt(route, remote, what);
      if (attempt.kind !== 'failed') route.failures = 0;
      if (attempt.kind === 'ok') {
        route.supported = 'yes';
        this.shownBase = route.shown;
        return attempt.body;
      }
      if (attempt.kind === 'not-found') {
        // A proxy answering 404 for a file it would relay may not relay the database at all.
        if (route.route.kind === 'proxy' && (await this.supported(route, reasons)) === 'no') continue;
        this.shownBase = route.shown;
        if (what === 'lookup') throw new SumdbNotFoundError(attempt.message);
        throw new SumdbUnavailableError(attempt.message);
      }
      reasons.push(attempt.message);
      this.noteFailure(route, attempt.message, attempt.transport);
      if (!route.route.fallBackOnError) break;
    }
    if (reasons.length === 0)
      reasons.push(`checksum database ${this.name}: ${what} ${remote}: no route relays the database`);
    throw new SumdbUnavailableError(reasons.join('; then '));
  }

  private noteFailure(route: Prepared, message: string, transport: boolean): void {
    route.failures = transport ? route.failures + 1 : 0;
    route.lastFailure = message;
  }

  /** Mirrors initBase's `/supported` probe, once per proxy route; an error means "not known". */
  private async supported(route: Prepared, reasons: string[]): Promise<'yes' | 'no' | RouteFailure> {
    if (route.supported === 'yes' || route.supported === 'no') return route.supported;
    if (!route.supported) {
      route.supported = this.attempt(route, '/supported', 'supported').then((a) => {
        if (a.kind === 'failed') throw new RouteFailure(a.message, a.transport);
        const answer = a.kind === 'ok' ? 'yes' : 'no';
        this.options.logger?.info(
          `checksum database ${this.name}: ${route.named} ${answer === 'yes' ? 'relays it' : 'does not relay it (404)'}`,
        );
        return answer;
      });
      // Remember the answer, not the promise, so later requests do not wait on it.
      route.supported.then(
        (answer) => (route.supported = answer),
        () => (route.supported = undefined),
      );
    }
    try {
      return await route.supported;
    } catch (error) {
      reasons.push(describeError(error));
      return error instanceof RouteFailure ? error : new RouteFailure(describeError(error), true);
    }
  }

  /** One request on one route, retried after a 5xx, reset or timeout while the deadline allows. */
  private async attempt(route: Prepared, remote: string, what: string): Promise<Attempt> {
    const retries = this.options.retries ?? 1;
    const shown = route.where(remote);
    let failure = '';
    for (let n = 0; ; n++) {
      if (this.options.signal?.aborted)
        return {
          kind: 'failed',
          message: `checksum database ${this.name}: ${what} ${shown}: ${failure || 'not sent'} (the run was cancelled)`,
          transport: true,
        };
      const remaining = this.options.deadline?.remainingMs() ?? Infinity;
      if (remaining <= 0)
        return {
          kind: 'failed',
          message: `checksum database ${this.name}: ${what} ${shown}: ${failure || 'not sent'} (overall timeout reached)`,
          transport: true,
        };
      const timeoutMs = Math.max(
        1,
        Math.min(route.route.attemptMs ?? this.options.latencyBudgetMs, remaining),
      );
      const result = await this.limiter.run(() => this.send(route, remote, timeoutMs));
      const message = `checksum database ${this.name}: ${what} ${shown}: ${result.reason}`;
      if (result.response?.status === 200) return { kind: 'ok', body: result.response.body };
      this.options.counts.failedRequests++;
      const status = result.response?.status;
      if (status === 404 || status === 410) return { kind: 'not-found', message };
      failure = result.reason;
      const retryable = status === undefined || status >= 500 || status === 429;
      const delay = (this.options.retryDelayMs ?? 200) * 2 ** n * (0.5 + this.random());
      if (!retryable || n >= retries || delay >= remaining)
        return {
          kind: 'failed',
          message: n > 0 ? `${message} (after ${n + 1} attempts)` : message,
          transport: status === undefined,
        };
      this.options.logger?.debug(`${message}; retrying in ${Math.round(delay)} ms`);
      await sleep(this.clock, delay);
    }
  }

  private async send(
    route: Prepared,
    remote: string,
    timeoutMs: number,
  ): Promise<{ response?: SmallResponse; reason: string }> {
    const url = new URL(`${route.url}${remote}`);
    this.options.counts.sent++;
    const timeout = AbortSignal.timeout(timeoutMs);
    const run = this.options.signal;
    const signal = run ? AbortSignal.any([timeout, run]) : timeout;
    try {
      const { inProcess } = route.route;
      const proxy = inProcess ? undefined : egressProxyFor(url, this.agents.egress);
      const response = inProcess
        ? await inProcess(remote, MAX_BODY, signal)
        : await getSmall(url, {
            agents: this.agents,
            headers: HEADERS,
            authorization: route.authorization,
            maxBytes: MAX_BODY,
            signal,
          });
      this.options.logger?.debug(
        `${this.name}: GET ${route.shown}${remote} → ${response.status} (${response.body.length} bytes)${proxy ? ` via ${proxy.host}` : inProcess ? ' (in process)' : ''}`,
      );
      const text = /^text\/plain/.test(response.contentType)
        ? `: ${response.body.toString('utf8').trim().slice(0, 200)}`
        : '';
      return { response, reason: `${response.status} ${response.statusText}${text}` };
    } catch (error) {
      const reason = run?.aborted
        ? 'cancelled'
        : timeout.aborted || (error as Error).name === 'TimeoutError'
          ? `no answer within ${timeoutMs} ms`
          : describeCause(error);
      return { reason };
    }
  }
}

function prepare(route: SumdbRoute): Prepared {
  const url = new URL(route.url);
  let authorization: string | undefined;
  if (url.username || url.password) {
    const user = decodeURIComponent(url.username);
    const pass = decodeURIComponent(url.password);
    authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
    url.username = '';
    url.password = '';
  }
  const shown = redactUrl(route.url).replace(/\/+$/, '');
  return {
    route,
    url: url.toString().replace(/\/+$/, ''),
    shown,
    named: route.via ?? shown,
    where: route.via ? (remote) => `${remote} through ${route.via}` : (remote) => `${shown}${remote}`,
    authorization,
    supported: route.kind === 'proxy' ? undefined : 'yes',
    failures: 0,
    lastFailure: '',
  };
}

/** fetch's "fetch failed" says nothing: show the socket error under it (ECONNRESET, ECONNREFUSED). */
function describeCause(error: unknown): string {
  const e = error as Error & { cause?: { code?: string; message?: string } };
  const cause = e.cause?.code ?? e.cause?.message;
  return cause && !e.message.includes(cause) ? `${e.message} (${cause})` : e.message;
}
