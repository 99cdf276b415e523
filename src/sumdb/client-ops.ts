import type { ClientCertRule } from '../net/client-certs.js';
import type { Deadline } from '../deadline.js';
import type { Logger } from '../logger.js';
import type { SharedProofStore } from './shared-proofs.js';
import { StateStore } from './state-store.js';
import type { Clock } from '../clock.js';
import { SumdbHttp, type SumdbRoute } from './sumdb-http.js';

/**
 * Everything the checksum client reads and writes, in one object the caller builds once: the
 * shape of golang.org/x/mod/sumdb ClientOps (ReadRemote, ReadConfig/WriteConfig for the latest
 * tree note, ReadCache/WriteCache for lookups and tiles). The client keeps the protocol; where the
 * bytes come from and go to is here.
 */
export interface SumdbClientOps {
  /** ReadRemote: GETs `path` (`/lookup/…`, `/tile/…`, `/latest`); `what` names it in messages. */
  readRemote(path: string, what: string): Promise<Buffer>;
  /** ReadConfig("<name>/latest"): the last verified signed tree note, if remembered. */
  readLatest(): Promise<Buffer | undefined>;
  /** WriteConfig("<name>/latest"): remembers a verified note (also rewritten to mark it confirmed). */
  writeLatest(note: Buffer): Promise<void>;
  /** When the remembered note was last written: when the database last confirmed it. */
  latestWrittenAt(): Promise<Date | undefined>;
  /** ReadCache: a stored lookup or tile (the state directory, then the fleet's shared store), undefined when absent or empty. */
  readCache(file: string): Promise<Buffer | undefined>;
  /** WriteCache: stores a lookup or tile once verified. */
  writeCache(file: string, data: Buffer): Promise<void>;
  /**
   * Drops a stored file that no longer verifies (it is fetched again); one read from the shared
   * store is refused there with `reason` (and kept there: it is never the client's to delete).
   */
  removeCache(file: string, reason?: string): Promise<void>;
  /** Whether the stored file last read came from the fleet's shared store, not the state directory. */
  fromShared(file: string): boolean;
  /**
   * A lookup or tile the client proved this run: offered to the fleet's shared store (if any);
   * one that came from that store is written to the state directory now that it proved.
   */
  shareProven(file: string, data: Buffer): void;
  /** Keeps cache writes in memory (while `go` fills the module cache) until flushWrites. */
  holdWrites(): void;
  /** Writes what holdWrites kept, and the next ones at once. */
  flushWrites(): Promise<void>;
  /** Where stored files are, for messages. */
  readonly cacheDir: string;
  /** The route that answered last, without credentials (undefined until one is resolved). */
  readonly remoteShown: string | undefined;
  /** HTTP requests sent on every route (retries and `/supported` included), and those that failed. */
  readonly requests: { readonly sent: number; readonly failedRequests: number };
}

/** Where the database is, how long to wait for it, and where its state is kept. */
export interface SumdbOpsOptions {
  /**
   * Where requests go: the DB URL, or `<proxy>/sumdb/<name>`. Userinfo becomes Basic auth. A
   * function is called once, at the first request (as go resolves it lazily); if it throws, every
   * lookup fails as unavailable. `routes` instead gives every way to the database.
   */
  readonly baseUrl?: string | (() => Promise<string>);
  /** The routes to try in order (instead of baseUrl), or a function giving them at the first request. */
  readonly routes?: readonly SumdbRoute[] | (() => Promise<readonly SumdbRoute[]>);
  /** Tiles, stored lookups and the last verified tree, e.g. `<GOMODCACHE>/cache/download/sumdb/<name>`. */
  readonly stateDir: string;
  /** Deadline of one HTTP request. */
  readonly latencyBudgetMs: number;
  /** Most HTTP requests in flight at once (default 16). */
  readonly concurrency?: number;
  /** The run's one deadline: no request starts once it passed. */
  readonly deadline?: Pick<Deadline, 'remainingMs'>;
  /** Extra attempts per route after a 5xx, reset or timeout (default 1). */
  readonly retries?: number;
  readonly clock?: Clock;
  /** The retries' jitter, in [0, 1) (Math.random). */
  readonly random?: () => number;
  /** For HTTPS_PROXY/HTTP_PROXY/NO_PROXY on the direct route. */
  readonly env?: NodeJS.ProcessEnv;
  /** `proxy-client-certs`: the certificate each HTTPS origin of the database gets (its own only). */
  readonly clientCerts?: readonly ClientCertRule[];
  readonly logger?: Logger;
  /** The run's cancellation: requests in flight stop, and none start after it. */
  readonly signal?: AbortSignal;
  /** The fleet's shared proofs (the s3 backend's bucket), read when the state directory lacks a file. */
  readonly shared?: SharedProofStore;
}

const LATEST = 'latest';

/** The ops over our state directory (StateStore) and the database's routes (SumdbHttp). */
export function sumdbOps(name: string, options: SumdbOpsOptions): SumdbClientOps {
  const store = new StateStore(options.stateDir);
  const requests = { sent: 0, failedRequests: 0 };
  const { baseUrl, routes, shared } = options;
  /** Files last read from the shared store, until proven (written here) or refused. */
  const fromShared = new Set<string>();
  const offered = new Set<string>();
  const sharedReads = new Map<string, Promise<Buffer | undefined>>();
  const localWrites = new Set<Promise<void>>();
  const explicit = (url: string): SumdbRoute[] => [{ url, kind: 'explicit', fallBackOnError: false }];
  const http = new SumdbHttp({
    ...options,
    name,
    counts: requests,
    routes:
      routes ??
      (typeof baseUrl === 'function' ? async () => explicit(await baseUrl()) : explicit(baseUrl ?? '')),
  });
  return {
    readRemote: (path, what) => http.get(path, what),
    readLatest: () => store.read(LATEST),
    writeLatest: (note) => store.write(LATEST, note),
    latestWrittenAt: () => store.modifiedAt(LATEST),
    readCache: async (file) => {
      const local = await store.read(file);
      if (local || !shared) return local;
      // One request per file and run (hasStoredRecord, then the lookup, read the same file).
      let pending = sharedReads.get(file);
      if (!pending) {
        pending = shared.read(file);
        sharedReads.set(file, pending);
      }
      const data = await pending;
      if (data) fromShared.add(file);
      return data;
    },
    writeCache: (file, data) => store.write(file, data),
    removeCache: async (file, reason) => {
      if (fromShared.delete(file)) {
        shared?.refuse(file, reason ?? 'it does not verify');
        sharedReads.set(file, Promise.resolve(undefined));
      }
      await store.remove(file);
    },
    fromShared: (file) => fromShared.has(file),
    shareProven: (file, data) => {
      if (fromShared.delete(file)) {
        // Proven: this runner keeps it (held with the others, or awaited by the next flushWrites).
        const write = store.write(file, data).catch(() => undefined);
        localWrites.add(write);
        void write.finally(() => localWrites.delete(write));
        offered.add(file);
      }
      if (!shared || offered.has(file)) return;
      offered.add(file);
      shared.offer(file, data);
    },
    holdWrites: () => store.holdWrites(),
    flushWrites: async () => {
      await store.flush();
      await Promise.all(localWrites);
    },
    cacheDir: store.dir,
    get remoteShown() {
      return http.shownBase;
    },
    requests,
  };
}
