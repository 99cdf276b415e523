import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parseProxyRequest } from '../module/module-escape.js';
import type { UpstreamCall, UpstreamResponse } from './upstream.js';

/** How the relay runs its own `direct` route. */
export interface DirectOptions {
  /**
   * The environment of the child `go`: the job's (git credentials, GOPRIVATE, GONOSUMDB,
   * GOINSECURE, GOSUMDB as the job has them). GOPROXY, GOMODCACHE, GOFLAGS are set here.
   */
  readonly env: NodeJS.ProcessEnv;
  /** Where the private scratch module cache is made (the run's temp dir). */
  readonly scratchParent: string;
  /** The go binary (`go` on PATH by default). */
  readonly goBin?: string;
  /** Child `go` processes at once (DIRECT_CONCURRENCY). */
  readonly concurrency?: number;
}

/** Origin fetches at once: each is a `go` process and a VCS clone. */
export const DIRECT_CONCURRENCY = 4;

/** What `go mod download -json` says of one module version (cmd/go modcmd.moduleJSON). */
interface Downloaded {
  readonly Info?: string;
  readonly GoMod?: string;
  readonly Zip?: string;
  readonly Error?: string;
}

/** One child `go` fetching one module version, shared by the .info, .mod and .zip calls for it. */
interface Fetch {
  readonly result: Promise<Downloaded>;
  child: ChildProcess | undefined;
  /** Calls still wanting the result: the child is killed when the last one gives up. */
  waiters: number;
  settled: boolean;
  /** Killed because every call gave up (or the relay closed): a later call starts afresh. */
  cancelled: boolean;
}

const CONTENT_TYPES = {
  info: 'application/json',
  mod: 'text/plain; charset=utf-8',
  zip: 'application/zip',
} as const;

/** cmd/go's words for a version the origin does not have: a not-found, not a failure. */
const NOT_FOUND =
  /unknown revision|invalid version|no matching versions|not found|does not exist|repository .* not found/i;

/**
 * cmd/go's words when it could not reach the origin at all (DNS, connect, TLS, timeout), as
 * net/http and git say them: the host is out for the rest of the run.
 */
const UNREACHABLE =
  /no such host|dial tcp|i\/o timeout|connection refused|network is unreachable|no route to host|could not resolve host|failed to connect|TLS handshake timeout/i;

/**
 * The host a module path is fetched from first (its first element: the go-get host, or the
 * repository host for github.com/…), which an unreachable answer is remembered under.
 */
function originHost(modulePath: string): string {
  return modulePath.split('/')[0];
}

/**
 * The relay's `direct` route: fetches a module version from its origin in a child `go`
 * (`GOPROXY=direct go mod download -json mod@version`, a private scratch module cache,
 * `-modcacherw`), and answers the .info, .mod or .zip from what it wrote, like a proxy would.
 * The relay then checks those bytes against go.sum as any upstream's. Children are killed when
 * every call for them gave up, and by close().
 */
export class DirectFetcher {
  private readonly fetches = new Map<string, Fetch>();
  /**
   * Origin hosts no child could reach in this run, with what go said: the next module of the same
   * host is answered 502 at once, without a child (it would fail the same way, and a dropped
   * connection can take a child tens of seconds and a slot to find out).
   */
  private readonly unreachable = new Map<string, string>();
  private readonly queue: (() => void)[] = [];
  private running = 0;
  private scratch: string | undefined;
  private closed = false;

  constructor(private readonly options: DirectOptions) {}

  /** GETs a proxy path (`/<module>/@v/<version>.<kind>`) from the origin. */
  call(requestPath: string): UpstreamCall {
    const request = parseProxyRequest(requestPath);
    if (!request || (request.kind !== 'info' && request.kind !== 'mod' && request.kind !== 'zip'))
      return answered(text(404, `direct: the relay fetches module files only, not ${requestPath}`));
    const down = this.unreachable.get(originHost(request.module));
    if (down !== undefined)
      return answered(
        text(
          502,
          `direct: ${originHost(request.module)} unreachable earlier in this run, not tried again: ${down}`,
        ),
      );
    const key = `${request.module}@${request.version}`;
    let fetch = this.fetches.get(key);
    if (!fetch || fetch.cancelled) this.fetches.set(key, (fetch = this.start(key)));
    fetch.waiters++;
    let done = false;
    const current = fetch;
    const response = current.result.then((d) => serve(d, request.kind));
    response.catch(() => {});
    void response.finally(() => {
      if (!done) current.waiters--;
      done = true;
    });
    return {
      response,
      abort: () => {
        if (done) return;
        done = true;
        if (--current.waiters === 0 && !current.settled) this.kill(current);
      },
    };
  }

  /** Kills every child and removes the scratch module cache. */
  async close(): Promise<void> {
    this.closed = true;
    // Queued fetches run now and see the relay closed.
    for (const next of this.queue.splice(0)) next();
    for (const fetch of this.fetches.values()) this.kill(fetch);
    if (this.scratch) await fs.promises.rm(this.scratch, { recursive: true, force: true }).catch(() => {});
  }

  private start(key: string): Fetch {
    const fetch: Fetch = {
      result: Promise.resolve({}),
      child: undefined,
      waiters: 0,
      settled: false,
      cancelled: false,
    };
    (fetch as { result: Promise<Downloaded> }).result = this.slot()
      .then(() => this.run(fetch, key))
      .then((d) => {
        if (d.Error && !fetch.cancelled && UNREACHABLE.test(d.Error) && !NOT_FOUND.test(d.Error))
          this.unreachable.set(originHost(key), d.Error);
        return d;
      })
      .finally(() => {
        fetch.settled = true;
        fetch.child = undefined;
        this.running--;
        this.queue.shift()?.();
      });
    fetch.result.catch(() => {});
    return fetch;
  }

  /** Waits for a free child slot. */
  private slot(): Promise<void> {
    const limit = this.options.concurrency ?? DIRECT_CONCURRENCY;
    if (this.running < limit) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) =>
      this.queue.push(() => {
        this.running++;
        resolve();
      }),
    );
  }

  private async run(fetch: Fetch, key: string): Promise<Downloaded> {
    if (this.closed || fetch.cancelled) return { Error: 'direct: cancelled' };
    const scratch = await this.scratchDir();
    const child = spawn(this.options.goBin ?? 'go', ['mod', 'download', '-json', key], {
      cwd: scratch,
      env: {
        ...this.options.env,
        GOPROXY: 'direct',
        GOMODCACHE: path.join(scratch, 'mod'),
        GOFLAGS: '-modcacherw',
        GOWORK: 'off',
        GOTOOLCHAIN: this.options.env.GOTOOLCHAIN || 'local',
        GIT_TERMINAL_PROMPT: '0',
      },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    fetch.child = child;
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (d: Buffer) => out.push(d));
    child.stderr?.on('data', (d: Buffer) => err.push(d));
    const code = await new Promise<number | null>((resolve) => {
      child.on('error', () => resolve(-1));
      child.on('close', (c) => resolve(c));
    });
    try {
      const parsed = JSON.parse(Buffer.concat(out).toString('utf8')) as Downloaded;
      if (parsed.Error || code === 0) return parsed;
    } catch {
      // No JSON: go failed before it could say anything (killed, not installed).
    }
    const said = Buffer.concat(err).toString('utf8').trim().split('\n').at(-1);
    return { Error: `direct: go mod download ${key}: ${said || `exit ${code}`}` };
  }

  private async scratchDir(): Promise<string> {
    this.scratch ??= await fs.promises.mkdtemp(path.join(this.options.scratchParent, 'gmw-direct-'));
    return this.scratch;
  }

  private kill(fetch: Fetch): void {
    if (!fetch.settled) fetch.cancelled = true;
    const pid = fetch.child?.pid;
    if (pid === undefined) return;
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      fetch.child?.kill('SIGKILL');
    }
  }
}

function text(status: number, body: string): UpstreamResponse {
  return {
    status,
    contentType: 'text/plain; charset=utf-8',
    contentLength: String(Buffer.byteLength(body)),
    body: Readable.from([Buffer.from(body, 'utf8')]),
  };
}

function answered(response: UpstreamResponse): UpstreamCall {
  return { response: Promise.resolve(response), abort: () => response.body.destroy() };
}

/** The file `go` wrote for this kind, as a proxy's answer; its error as a 404 or a 502. */
async function serve(d: Downloaded, kind: 'info' | 'mod' | 'zip'): Promise<UpstreamResponse> {
  if (d.Error) return text(NOT_FOUND.test(d.Error) ? 404 : 502, `${d.Error}\n`);
  const file = kind === 'info' ? d.Info : kind === 'mod' ? d.GoMod : d.Zip;
  const stat = file ? await fs.promises.stat(file).catch(() => undefined) : undefined;
  if (!file || !stat?.isFile()) return text(502, `direct: go mod download wrote no .${kind}\n`);
  return {
    status: 200,
    contentType: CONTENT_TYPES[kind],
    contentLength: String(stat.size),
    body: fs.createReadStream(file),
  };
}
