import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import semver from 'semver';
import {
  type FixtureModule,
  moduleGoMod,
  moduleInfo,
  moduleZip,
  moduleZipEntries,
} from './fixture-modules.js';
import { createZip } from './zip-writer.js';
import { SharedLink } from './shared-link.js';

export type RequestKind = 'list' | 'info' | 'mod' | 'zip' | 'latest' | 'sumdb' | 'other';

/** One request the proxy received. `status` is 0 while pending and for hang/reset faults. */
export interface RequestRecord {
  /** URL path, percent-decoded (so `!upper`, never `%21upper`), without the base path. */
  path: string;
  /** Module path, case-decoded (`example.test/Upper`). */
  module?: string;
  version?: string;
  kind: RequestKind;
  status: number;
  /** Date.now() when the request arrived. */
  at: number;
  /** The fault applied, if any. */
  fault?: Fault['kind'];
  /** Body bytes written so far. */
  bytes?: number;
}

export type FaultMatch = { module?: string; version?: string; kind?: RequestKind } | '*';

export type FaultAction =
  | { kind: 'delay'; ms: number }
  | { kind: 'hang' }
  /** Holds the answer until `open` resolves, then answers normally (a late answer, on the test's cue). */
  | { kind: 'gate'; open: Promise<void> }
  | { kind: 'status'; status: number; body?: string }
  | { kind: 'reset' }
  | { kind: 'truncate'; bytes: number }
  | { kind: 'alter' }
  | { kind: 'stall'; afterBytes: number }
  /** Headers at once, then the body in `chunkBytes` pieces every `intervalMs` (a slow but live body). */
  | { kind: 'slow'; chunkBytes: number; intervalMs: number };

/** A fault; `times` limits it to the first N matching requests (then the route answers normally). */
export type Fault = FaultAction & { times?: number };

export interface FixtureProxyOptions {
  name?: string;
  /** Serve `/sumdb/<name>/…` by forwarding to this checksum DB base URL (else 404). */
  sumdbBase?: string;
  /**
   * Serve `/sumdb/<name>/…` from this test database in this process (no second HTTP hop, as a
   * real proxy answers from its own cache); instead of sumdbBase.
   */
  sumdb?: {
    serve(path: string): Promise<{ status: number; contentType: string; body: Buffer | string } | undefined>;
  };
  /** Serve under this path (`/corp/goproxy`): `url` ends with it, and other paths are 404. */
  basePath?: string;
  /** Require HTTP basic auth with these credentials (401 otherwise), as a private proxy would. */
  auth?: { username: string; password: string };
  /**
   * The bandwidth fault: every answer (but those of the body faults) goes out through one link of
   * this many bytes a second shared by all connections, in order (shared-link.ts).
   */
  linkBytesPerSecond?: number;
}

export interface FixtureProxy {
  /** `http://127.0.0.1:PORT` plus the base path if any, no trailing slash, never with credentials. */
  url: string;
  name: string;
  requests: RequestRecord[];
  setFault(match: FaultMatch, fault: Fault | undefined): void;
  clearFaults(): void;
  addModule(m: FixtureModule): void;
  close(): Promise<void>;
}

// Case encoding of module paths and versions (x/mod module.EscapePath): 'A' → '!a'.
function escapeModulePath(p: string): string {
  return p.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}

// x/mod module.UnescapePath; undefined when the escaping is invalid (upper-case or '!' not before a-z).
function unescapeModulePath(p: string): string | undefined {
  if (/[A-Z]/.test(p) || /![^a-z]|!$/.test(p)) return undefined;
  return p.replace(/!([a-z])/g, (_, c: string) => c.toUpperCase());
}

export { escapeModulePath as fixtureEscapePath };

interface Route {
  kind: RequestKind;
  module?: string;
  version?: string;
}

function parseRoute(path: string): Route {
  const p = path.replace(/^\/+/, '');
  if (p.startsWith('sumdb/')) return { kind: 'sumdb' };
  if (p.endsWith('/@latest')) {
    const module = unescapeModulePath(p.slice(0, -'/@latest'.length));
    return module ? { kind: 'latest', module } : { kind: 'other' };
  }
  const at = p.lastIndexOf('/@v/');
  if (at < 0) return { kind: 'other' };
  const module = unescapeModulePath(p.slice(0, at));
  if (!module) return { kind: 'other' };
  const file = p.slice(at + 4);
  if (file === 'list') return { kind: 'list', module };
  const m = /^(.+)\.(info|mod|zip)$/.exec(file);
  if (!m) return { kind: 'other', module };
  const version = unescapeModulePath(m[1]);
  if (!version) return { kind: 'other', module };
  return { kind: m[2] as 'info' | 'mod' | 'zip', module, version };
}

function matches(match: FaultMatch, route: Route): boolean {
  if (match === '*') return true;
  return (
    (match.module === undefined || match.module === route.module) &&
    (match.version === undefined || match.version === route.version) &&
    (match.kind === undefined || match.kind === route.kind)
  );
}

function specificity(match: FaultMatch): number {
  return match === '*' ? 0 : Object.values(match).filter((v) => v !== undefined).length;
}

function matchKey(match: FaultMatch): string {
  return match === '*'
    ? '*'
    : JSON.stringify([match.module ?? null, match.version ?? null, match.kind ?? null]);
}

// Flips the case of the first ASCII letter: the result is still valid UTF-8 text of the same size.
function flipOneLetter(text: string): string {
  const i = text.search(/[A-Za-z]/);
  if (i < 0) return `${text}\n`;
  const c = text[i];
  return text.slice(0, i) + (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()) + text.slice(i + 1);
}

// The zip with one byte flipped inside one entry's data (LICENSE if any, else a non-go.mod file):
// the archive still parses, but its h1 hash no longer matches go.sum.
function alteredZip(m: FixtureModule): Buffer {
  const names = Object.keys(m.files);
  const target = names.find((n) => n === 'LICENSE') ?? names.find((n) => n !== 'go.mod') ?? 'go.mod';
  return createZip(
    moduleZipEntries(m, (name, content) => (name === target ? flipOneLetter(content) : content)),
  );
}

interface Answer {
  status: number;
  contentType: string;
  body: Buffer;
}

function text(status: number, body: string): Answer {
  return { status, contentType: 'text/plain; charset=utf-8', body: Buffer.from(body, 'utf8') };
}

/**
 * Starts a GOPROXY protocol server on 127.0.0.1 (random port) serving the given fixture modules,
 * with fault injection per route. Close it in afterAll.
 */
export async function startFixtureProxy(
  modules: FixtureModule[],
  options: FixtureProxyOptions = {},
): Promise<FixtureProxy> {
  const byModule = new Map<string, Map<string, FixtureModule>>();
  const zips = new Map<FixtureModule, Buffer>();
  const addModule = (m: FixtureModule): void => {
    let versions = byModule.get(m.path);
    if (!versions) byModule.set(m.path, (versions = new Map()));
    versions.set(m.version, m);
  };
  modules.forEach(addModule);

  const faults = new Map<string, { match: FaultMatch; fault: Fault; used: number; seq: number }>();
  let seq = 0;
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  const sumdbAgent = new http.Agent({ keepAlive: true });
  const requests: RequestRecord[] = [];
  const link = options.linkBytesPerSecond ? new SharedLink(options.linkBytesPerSecond) : undefined;
  const basePath = (options.basePath ?? '').replace(/\/+$/, '').replace(/^(?=[^/])/, '/');
  const expectedAuth = options.auth
    ? `Basic ${Buffer.from(`${options.auth.username}:${options.auth.password}`).toString('base64')}`
    : undefined;

  function pickFault(route: Route): Fault | undefined {
    let best: { match: FaultMatch; fault: Fault; used: number; seq: number } | undefined;
    for (const f of faults.values()) {
      if (f.fault.times !== undefined && f.used >= f.fault.times) continue;
      if (!matches(f.match, route)) continue;
      if (
        !best ||
        specificity(f.match) > specificity(best.match) ||
        (specificity(f.match) === specificity(best.match) && f.seq > best.seq)
      )
        best = f;
    }
    if (!best) return undefined;
    best.used++;
    return best.fault;
  }

  async function answer(route: Route, path: string, alter: boolean): Promise<Answer> {
    if (route.kind === 'sumdb') return sumdb(path);
    if (route.kind === 'other' || !route.module) return text(404, `not found: ${path}`);
    const versions = byModule.get(route.module);
    if (!versions) return text(404, `not found: module ${route.module}: no fixture module`);
    if (route.kind === 'list') {
      const body = [...versions.keys()].join('\n') + (versions.size > 0 ? '\n' : '');
      return text(200, alter ? `${body}\n` : body);
    }
    if (route.kind === 'latest') {
      const latest = [...versions.values()].sort((a, b) => semver.rcompare(a.version, b.version))[0];
      return { status: 200, contentType: 'application/json', body: Buffer.from(moduleInfo(latest)) };
    }
    const m = route.version ? versions.get(route.version) : undefined;
    if (!m)
      return text(404, `not found: ${route.module}@${route.version}: unknown revision ${route.version}`);
    switch (route.kind) {
      case 'info':
        return {
          status: 200,
          contentType: 'application/json',
          body: Buffer.from(alter ? flipOneLetter(moduleInfo(m)) : moduleInfo(m)),
        };
      case 'mod':
        return text(200, alter ? `${moduleGoMod(m)}// altered\n` : moduleGoMod(m));
      case 'zip': {
        if (alter) return { status: 200, contentType: 'application/zip', body: alteredZip(m) };
        let zip = zips.get(m);
        if (!zip) zips.set(m, (zip = moduleZip(m)));
        return { status: 200, contentType: 'application/zip', body: zip };
      }
    }
  }

  async function sumdb(path: string): Promise<Answer> {
    const m = /^\/sumdb\/([^/]+)\/(.*)$/.exec(path);
    if (!(options.sumdbBase || options.sumdb) || !m) return text(404, `not found: ${path}`);
    if (m[2] === 'supported') return text(200, '');
    if (options.sumdb) {
      const served = await options.sumdb.serve(`/${m[2]}`);
      // The database hangs: so does the proxy.
      if (!served) return new Promise<Answer>(() => undefined);
      return { ...served, body: Buffer.from(served.body) };
    }
    // node:http on a keep-alive agent: a bench relays hundreds of lookups and tiles through here,
    // and this process's CPU competes with the process under test (fetch costs several times more).
    const target = `${(options.sumdbBase as string).replace(/\/+$/, '')}/${m[2]}`;
    return new Promise<Answer>((resolve, reject) => {
      http
        .get(target, { agent: sumdbAgent }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 502,
              contentType: String(res.headers['content-type'] ?? 'text/plain'),
              body: Buffer.concat(chunks),
            }),
          );
          res.on('error', reject);
        })
        .on('error', reject);
    });
  }

  function send(res: http.ServerResponse, record: RequestRecord, a: Answer, fault: Fault | undefined): void {
    record.status = a.status;
    if (link && fault?.kind !== 'truncate' && fault?.kind !== 'stall' && fault?.kind !== 'slow') {
      record.bytes = a.body.length;
      return link.send(
        res,
        a.status,
        { 'Content-Type': a.contentType, 'Content-Length': String(a.body.length) },
        a.body,
      );
    }
    res.writeHead(a.status, { 'Content-Type': a.contentType, 'Content-Length': String(a.body.length) });
    if (fault?.kind === 'truncate' || fault?.kind === 'stall') {
      const n = fault.kind === 'truncate' ? fault.bytes : fault.afterBytes;
      res.flushHeaders();
      const part = a.body.subarray(0, Math.min(n, a.body.length));
      record.bytes = part.length;
      const after = (): void => {
        if (fault.kind === 'truncate') res.socket?.destroy();
      };
      if (part.length > 0) res.write(part, after);
      else after();
      return;
    }
    if (fault?.kind === 'slow') {
      res.flushHeaders();
      let sent = 0;
      record.bytes = 0;
      const step = (): void => {
        timers.delete(timer);
        if (res.destroyed) return;
        const part = a.body.subarray(sent, sent + Math.max(1, fault.chunkBytes));
        sent += part.length;
        record.bytes = sent;
        if (sent >= a.body.length) res.end(part);
        else {
          res.write(part);
          timers.add((timer = setTimeout(step, fault.intervalMs)));
        }
      };
      let timer = setTimeout(step, 0);
      timers.add(timer);
      return;
    }
    record.bytes = a.body.length;
    res.end(a.body);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const rawPath = (req.url ?? '/').split('?')[0];
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      path = rawPath;
    }
    let route: Route = { kind: 'other' };
    if (!basePath) route = parseRoute(path);
    else if (path.startsWith(`${basePath}/`)) route = parseRoute((path = path.slice(basePath.length)));
    const record: RequestRecord = { path, kind: route.kind, status: 0, at: Date.now() };
    if (route.module !== undefined) record.module = route.module;
    if (route.version !== undefined) record.version = route.version;
    requests.push(record);

    if (expectedAuth && req.headers.authorization !== expectedAuth) {
      res.setHeader('WWW-Authenticate', 'Basic realm="fixture"');
      send(res, record, text(401, 'fixture proxy: authentication required'), undefined);
      return;
    }

    const fault = pickFault(route);
    if (fault) record.fault = fault.kind;
    switch (fault?.kind) {
      case 'hang':
        return; // the socket stays open until close()
      case 'reset':
        if (typeof req.socket.resetAndDestroy === 'function') req.socket.resetAndDestroy();
        else req.socket.destroy();
        return;
      case 'status':
        send(
          res,
          record,
          text(fault.status, fault.body ?? `fixture proxy: injected status ${fault.status}`),
          undefined,
        );
        return;
      case 'gate':
        await fault.open;
        if (res.destroyed) return;
        break;
      case 'delay':
        await new Promise<void>((resolve) => {
          const t = setTimeout(() => {
            timers.delete(t);
            resolve();
          }, fault.ms);
          timers.add(t);
        });
        if (res.destroyed) return;
        break;
    }
    const a = await answer(route, path, fault?.kind === 'alter');
    send(res, record, a, fault);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent)
        send(
          res,
          { path: req.url ?? '', kind: 'other', status: 0, at: Date.now() },
          text(500, `fixture proxy error: ${String(err)}`),
          undefined,
        );
      else res.destroy();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    name: options.name ?? 'fixture-proxy',
    requests,
    setFault(match, fault) {
      const key = matchKey(match);
      if (fault === undefined) faults.delete(key);
      else faults.set(key, { match, fault, used: 0, seq: seq++ });
    },
    clearFaults() {
      faults.clear();
    },
    addModule,
    close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      link?.close();
      sumdbAgent.destroy();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        for (const s of sockets) s.destroy();
      });
    },
  };
}
