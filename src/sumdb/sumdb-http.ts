import { InfrastructureError } from '../errors.js';
import { redactUrl } from '../module/proxy-list.js';
import type { Logger } from '../logger.js';
import { Limiter } from './limiter.js';

/** The database could not be asked (network error, timeout, an HTTP error other than 404/410). */
export class SumdbUnavailableError extends InfrastructureError {}

/** The database answered 404/410 for a lookup: it does not know the module version. */
export class SumdbNotFoundError extends InfrastructureError {}

interface Base {
  url: string;
  shown: string;
  authorization: string | undefined;
}

/**
 * GETs against the checksum database: one deadline per request, a limit on requests in flight,
 * credentials from the URL sent as Basic auth and never shown, failures as typed errors.
 * Mirrors cmd/go/internal/modfetch/sumdb.go dbClient.ReadRemote (plus the deadline go lacks).
 */
export class SumdbHttp {
  private readonly limiter: Limiter;
  private base: Promise<Base> | undefined;
  /** The base URL without credentials, once resolved. */
  shownBase: string | undefined;

  constructor(
    private readonly options: {
      readonly name: string;
      readonly baseUrl: string | (() => Promise<string>);
      readonly fetch: typeof fetch;
      readonly latencyBudgetMs: number;
      readonly concurrency?: number;
      readonly logger?: Logger;
      readonly counts: { failedRequests: number };
    },
  ) {
    this.limiter = new Limiter(options.concurrency ?? 16);
  }

  private get name(): string {
    return this.options.name;
  }

  private resolveBase(): Promise<Base> {
    this.base ??= (async () => {
      let text: string;
      try {
        text = typeof this.options.baseUrl === 'string' ? this.options.baseUrl : await this.options.baseUrl();
      } catch (error) {
        throw new SumdbUnavailableError(`checksum database ${this.name}: ${(error as Error).message}`, {
          cause: error,
        });
      }
      const url = new URL(text);
      let authorization: string | undefined;
      if (url.username || url.password) {
        const user = decodeURIComponent(url.username);
        const pass = decodeURIComponent(url.password);
        authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
        url.username = '';
        url.password = '';
      }
      const shown = redactUrl(text).replace(/\/+$/, '');
      this.shownBase = shown;
      return { url: url.toString().replace(/\/+$/, ''), shown, authorization };
    })();
    return this.base;
  }

  /** GETs `<base><remote>`; `what` (lookup, tile, latest) names the request in messages. */
  async get(remote: string, what: string): Promise<Buffer> {
    const base = await this.resolveBase();
    return this.limiter.run(async () => {
      const url = `${base.url}${remote}`;
      const shown = `${base.shown}${remote}`;
      const headers: Record<string, string> = {};
      if (base.authorization) headers.authorization = base.authorization;
      let response: Response;
      let body: Buffer;
      try {
        response = await this.options.fetch(url, {
          headers,
          signal: AbortSignal.timeout(this.options.latencyBudgetMs),
        });
        body = Buffer.from(await response.arrayBuffer());
      } catch (error) {
        this.options.counts.failedRequests++;
        const reason =
          (error as Error).name === 'TimeoutError'
            ? `no answer within the latency budget (${this.options.latencyBudgetMs} ms)`
            : (error as Error).message;
        throw new SumdbUnavailableError(`checksum database ${this.name}: ${what} ${shown}: ${reason}`, {
          cause: error,
        });
      }
      this.options.logger?.debug(`${this.name}: GET ${shown} → ${response.status} (${body.length} bytes)`);
      if (response.status === 200) return body;
      this.options.counts.failedRequests++;
      const text = /^text\/plain/.test(response.headers.get('content-type') ?? '')
        ? `: ${body.toString('utf8').trim().slice(0, 200)}`
        : '';
      const message = `checksum database ${this.name}: ${what} ${shown}: ${response.status} ${response.statusText}${text}`;
      if ((response.status === 404 || response.status === 410) && what === 'lookup')
        throw new SumdbNotFoundError(message);
      throw new SumdbUnavailableError(message);
    });
  }
}
