import type { ProxyRequest } from '../module/module-escape.js';
import type { Prefetcher } from './prefetch.js';
import type { RelayLogEntry } from './relay-types.js';

/** One request's line in the relay's log, filled in as the request goes. */
export class LoggedRequest implements RelayLogEntry {
  status = 0;
  upstream?: string;

  constructor(
    readonly path: string,
    readonly request: ProxyRequest | undefined,
    readonly prefetch?: true,
    readonly inProcess?: true,
  ) {}
}

/**
 * What the relay's request handlers share and change: the request log, the aborts of the
 * requests in flight, whether it is closing, and the prefetcher once there is one.
 */
export class RelayState {
  private readonly entries: LoggedRequest[] = [];
  private readonly aborts = new Set<() => void>();
  private isClosed = false;
  private current: Prefetcher | undefined;

  get closed(): boolean {
    return this.isClosed;
  }

  get prefetcher(): Prefetcher | undefined {
    return this.current;
  }

  /** The prefetcher, made on first use. */
  prefetcherOr(make: () => Prefetcher): Prefetcher {
    this.current ??= make();
    return this.current;
  }

  /** Starts a log line for a request (of `go`, a prefetch, or the checksum client in this process). */
  logRequest(path: string, request: ProxyRequest | undefined, by?: 'prefetch' | 'in-process'): LoggedRequest {
    const entry = new LoggedRequest(
      path,
      request,
      by === 'prefetch' ? true : undefined,
      by === 'in-process' ? true : undefined,
    );
    this.entries.push(entry);
    return entry;
  }

  get log(): readonly LoggedRequest[] {
    return this.entries;
  }

  /** Tracks a request in flight until the returned function is called; close() aborts it. */
  track(abort: () => void): () => void {
    this.aborts.add(abort);
    return () => this.aborts.delete(abort);
  }

  /** No new request is routed from now on. */
  close(): void {
    this.isClosed = true;
  }

  /** Aborts every request in flight. */
  abortAll(): void {
    for (const abort of this.aborts) abort();
  }
}
