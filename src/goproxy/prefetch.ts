import type { PrefetchWidth } from './prefetch-width.js';
import type { Flight, UpstreamState } from './relay-accounts.js';
import type { HeldBody } from './spool.js';
import type { PrefetchReport } from './proxy-report.js';

// Lives with the report types, so the report does not import the prefetcher (no import circle).
export type { PrefetchReport } from './proxy-report.js';

/** A module file request `go` will make: `.mod`, `.info` or `.zip` of one version. */
export interface ModuleFileRequest {
  readonly kind: 'mod' | 'info' | 'zip';
  readonly module: string;
  readonly version: string;
}

/** What a prefetch brought: a whole 200 body, or a not-found every upstream agreed on. */
export type Prefetched =
  | {
      readonly kind: 'body';
      readonly winner: UpstreamState;
      readonly contentType: string;
      readonly held: HeldBody;
      /** An earlier upstream was slow, failing or open. */
      readonly degraded: boolean;
    }
  | { readonly kind: 'not-found'; readonly status: number; readonly text: string };

/** Fetches one file through the relay's routing; undefined when it failed (go then asks live). */
export type PrefetchOne = (
  request: ModuleFileRequest,
  flight: Flight,
  signal: AbortSignal,
) => Promise<Prefetched | undefined>;

/** What `go`'s request for a file gets from the prefetcher. */
export type Claim =
  | { readonly kind: 'live' }
  | {
      readonly kind: 'prefetched';
      /** The prefetch's own flight, for the watchdog (what it waits on). */
      readonly flight: Flight;
      readonly result: Promise<Prefetched | undefined>;
    };

interface Entry {
  readonly request: ModuleFileRequest;
  state: 'queued' | 'running' | 'done';
  flight?: Flight;
  result?: Promise<Prefetched | undefined>;
  controller?: AbortController;
  /** Its body's file counts against maxHeldBytes (it landed before `go` claimed it). */
  counted?: boolean;
}

/** A file's key: `module@version.kind`. */
export function fileKey(request: ModuleFileRequest): string {
  return `${request.module}@${request.version}.${request.kind}`;
}

/**
 * Fetches, ahead of `go`, the files go.sum says it will ask for, a few at a time, and hands each
 * to `go`'s request once. `go` fetches with only GOMAXPROCS requests in flight and one phase after
 * another (every .mod, then every .info, then every .zip); fetching ahead takes the upstream's
 * latency off `go`'s path. A file `go` asks for before its turn is fetched live instead, and at
 * most `maxHeldBytes` of unclaimed bodies wait on disk at any time.
 */
export class Prefetcher {
  private readonly entries = new Map<string, Entry>();
  private readonly queue: Entry[] = [];
  private running = 0;
  private heldBytes = 0;
  private stopped = false;
  private planned = 0;
  private fetched = 0;
  private failed = 0;
  private served = 0;
  private overtaken = 0;

  constructor(
    private readonly fetchOne: PrefetchOne,
    private readonly options: {
      /** A fixed width; `width` adapts it to the link instead. */
      readonly concurrency: number;
      readonly width?: PrefetchWidth;
      readonly maxHeldBytes: number;
      readonly now: () => number;
      readonly drop: (held: HeldBody) => Promise<void>;
    },
  ) {}

  /** Queues the files (in the order `go` will ask for them) and starts fetching. */
  start(requests: readonly ModuleFileRequest[]): void {
    for (const request of requests) {
      const key = fileKey(request);
      if (this.stopped || this.entries.has(key)) continue;
      const entry: Entry = { request, state: 'queued' };
      this.entries.set(key, entry);
      this.queue.push(entry);
      this.planned++;
    }
    this.pump();
  }

  /**
   * `go` asks for a file: its prefetch (done or in flight) once, else 'live'. A queued file leaves
   * the queue, since `go` now fetches it itself.
   */
  claim(request: ModuleFileRequest): Claim {
    const key = fileKey(request);
    const entry = this.entries.get(key);
    if (!entry) return { kind: 'live' };
    this.entries.delete(key);
    if (entry.state === 'queued') {
      this.queue.splice(this.queue.indexOf(entry), 1);
      this.overtaken++;
      return { kind: 'live' };
    }
    this.served++;
    const result = (entry.result as Promise<Prefetched | undefined>).then((prefetched) => {
      if (entry.counted && prefetched?.kind === 'body' && prefetched.held.kind === 'file') {
        this.heldBytes -= prefetched.held.size;
        this.pump();
      }
      return prefetched;
    });
    return { kind: 'prefetched', flight: entry.flight as Flight, result };
  }

  /** Priming is over: nothing more starts, fetches in flight are aborted, unclaimed bodies freed. */
  async stop(): Promise<PrefetchReport> {
    this.stopped = true;
    const notStarted = this.queue.splice(0).length;
    const leftOver = [...this.entries.values()].filter((e) => e.state !== 'queued');
    this.entries.clear();
    let unused = 0;
    let unusedBytes = 0;
    for (const entry of leftOver) entry.controller?.abort();
    for (const entry of leftOver) {
      const prefetched = await entry.result;
      if (prefetched?.kind !== 'body') continue;
      unused++;
      const held = prefetched.held;
      unusedBytes += held.kind === 'memory' ? held.data.length : held.size;
      await this.options.drop(held);
    }
    return { ...this.report(), unused, unusedBytes, notStarted };
  }

  report(): PrefetchReport {
    return {
      planned: this.planned,
      concurrency: this.width,
      ...(this.options.width ? { widths: [...this.options.width.history] } : {}),
      fetched: this.fetched,
      failed: this.failed,
      served: this.served,
      overtaken: this.overtaken,
      unused: 0,
      unusedBytes: 0,
      notStarted: this.queue.length,
    };
  }

  private get width(): number {
    return this.options.width?.current ?? this.options.concurrency;
  }

  private pump(): void {
    while (
      !this.stopped &&
      this.running < this.width &&
      this.heldBytes < this.options.maxHeldBytes &&
      this.queue.length > 0
    ) {
      const entry = this.queue.shift() as Entry;
      this.launch(entry);
    }
  }

  private launch(entry: Entry): void {
    const controller = new AbortController();
    const flight: Flight = {
      request: entry.request,
      since: this.options.now(),
      phase: 'headers',
      waitingOn: [],
    };
    entry.state = 'running';
    entry.flight = flight;
    entry.controller = controller;
    this.running++;
    entry.result = this.fetchOne(entry.request, flight, controller.signal).then(
      (prefetched) => this.landed(entry, prefetched),
      () => this.landed(entry, undefined),
    );
  }

  private landed(entry: Entry, prefetched: Prefetched | undefined): Prefetched | undefined {
    this.running--;
    const held = prefetched?.kind === 'body' ? prefetched.held : undefined;
    this.options.width?.landed(held ? (held.kind === 'memory' ? held.data.length : held.size) : 0);
    entry.state = 'done';
    if (prefetched) this.fetched++;
    else if (!this.stopped) this.failed++;
    // Only an unclaimed body counts against the cap; a claimed one is on its way to `go`.
    if (
      prefetched?.kind === 'body' &&
      prefetched.held.kind === 'file' &&
      this.entries.get(fileKey(entry.request)) === entry
    ) {
      this.heldBytes += prefetched.held.size;
      entry.counted = true;
    }
    this.pump();
    return prefetched;
  }
}

function widthWords(report: PrefetchReport): string {
  const widths = report.widths ?? [];
  if (widths.length < 2) return `${report.concurrency} at a time`;
  return `${Math.min(...widths)}–${Math.max(...widths)} at a time as the link allowed, ${report.concurrency} at the end`;
}

/** One line for the log and the summary: what fetching ahead did. */
export function describePrefetch(report: PrefetchReport): string {
  const parts = [
    `fetched ${report.fetched} of ${report.planned} files named by go.sum ahead of go (${widthWords(report)}); go took ${report.served}`,
  ];
  if (report.overtaken > 0) parts.push(`${report.overtaken} asked for before their turn (fetched live)`);
  if (report.failed > 0) parts.push(`${report.failed} failed (go fetched them itself)`);
  if (report.notStarted > 0) parts.push(`${report.notStarted} not started (priming ended first)`);
  if (report.unused > 0)
    parts.push(`${report.unused} never asked for (${report.unusedBytes} bytes; go.sum may have stale lines)`);
  return parts.join('; ');
}
