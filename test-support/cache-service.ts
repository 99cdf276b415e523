import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A loopback stand-in for GitHub's cache service v2, enough for the real @actions/cache 6.3 to do
 * its real tar + zstd round trip: the twirp JSON API (CreateCacheEntry, FinalizeCacheEntryUpload,
 * GetCacheEntryDownloadURL, `Bearer` token checked), Azure block-blob uploads to the signed URL it
 * hands out (a single `PUT` Blob, or `PUT ?comp=block` + `PUT ?comp=blocklist`), and downloads by
 * `GET` (with `Range`) and `HEAD`. Entries are stored by key + version, as the service does:
 * the library derives the version from the paths and the compression.
 *
 * Env for the library: `cacheServiceEnv(service.url)`.
 */
export interface CacheServiceEntry {
  readonly id: number;
  readonly key: string;
  readonly version: string;
  readonly created: number;
  data?: Buffer;
  finalized: boolean;
  sizeBytes?: number;
}

export interface CacheServiceRequest {
  readonly method: string;
  /** `CreateCacheEntry`… for twirp calls, `blob` for uploads and downloads. */
  readonly call: string;
  readonly path: string;
  readonly status: number;
}

export interface CacheServiceOptions {
  /** The token the library must send (ACTIONS_RUNTIME_TOKEN). */
  token?: string;
}

export interface CacheService {
  /** `http://127.0.0.1:PORT/` (with the trailing slash the library expects of ACTIONS_RESULTS_URL). */
  readonly url: string;
  readonly entries: CacheServiceEntry[];
  readonly requests: CacheServiceRequest[];
  /** Refuse CreateCacheEntry (as the service does for a read-only token) until set back to undefined. */
  refuseWrites: string | undefined;
  close(): Promise<void>;
}

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';
const BLOB = '/devstoreaccount1/actions-cache/';

/** The environment @actions/cache reads to talk to `url`. */
export function cacheServiceEnv(url: string, token = 'test-runtime-token'): Record<string, string> {
  return {
    ACTIONS_CACHE_SERVICE_V2: 'true',
    ACTIONS_RESULTS_URL: url,
    ACTIONS_RUNTIME_TOKEN: token,
    // github.com (the default) selects the v2 service; a GHES URL would force v1.
    GITHUB_SERVER_URL: 'https://github.com',
  };
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Starts the service on 127.0.0.1 (random port). Close it in afterAll. */
export async function startCacheService(options: CacheServiceOptions = {}): Promise<CacheService> {
  const token = options.token ?? 'test-runtime-token';
  const entries: CacheServiceEntry[] = [];
  const requests: CacheServiceRequest[] = [];
  const blocks = new Map<number, Map<string, Buffer>>();
  const sockets = new Set<Socket>();
  let nextId = 1;
  let clock = 0;
  let base = '';

  const state: { refuseWrites: string | undefined } = { refuseWrites: undefined };

  const twirp = (call: string, body: Record<string, unknown>): { status: number; json: unknown } => {
    const key = String(body.key ?? '');
    const version = String(body.version ?? '');
    switch (call) {
      case 'CreateCacheEntry': {
        if (state.refuseWrites) return { status: 200, json: { ok: false, message: state.refuseWrites } };
        if (entries.some((e) => e.key === key && e.version === version))
          return {
            status: 409,
            json: {
              code: 'already_exists',
              msg: 'cache entry with the same key, version, and scope already exists',
            },
          };
        const entry: CacheServiceEntry = { id: nextId++, key, version, created: ++clock, finalized: false };
        entries.push(entry);
        return {
          status: 200,
          json: { ok: true, signed_upload_url: `${base}${BLOB.slice(1)}${entry.id}?sig=upload-secret` },
        };
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = entries.find((e) => e.key === key && e.version === version && !e.finalized);
        if (!entry?.data)
          return { status: 404, json: { code: 'not_found', msg: 'no upload for this entry' } };
        entry.finalized = true;
        entry.sizeBytes = Number(body.size_bytes);
        return { status: 200, json: { ok: true, entry_id: String(entry.id) } };
      }
      case 'GetCacheEntryDownloadURL': {
        const usable = entries
          .filter((e) => e.finalized && e.version === version)
          .sort((a, b) => b.created - a.created);
        let match = usable.find((e) => e.key === key);
        for (const prefix of (body.restore_keys as string[] | undefined) ?? []) {
          if (match) break;
          match = usable.find((e) => e.key.startsWith(prefix));
        }
        if (!match) return { status: 200, json: { ok: false, signed_download_url: '', matched_key: '' } };
        return {
          status: 200,
          json: {
            ok: true,
            signed_download_url: `${base}${BLOB.slice(1)}${match.id}?sig=download-secret`,
            matched_key: match.key,
          },
        };
      }
      default:
        return { status: 404, json: { code: 'bad_route', msg: `no method ${call}` } };
    }
  };

  const blob = async (req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<number> => {
    const entry = entries.find((e) => e.id === Number(url.pathname.slice(BLOB.length)));
    const azureHeaders = {
      'x-ms-request-id': '00000000-0000-0000-0000-000000000000',
      'x-ms-version': '2025-01-05',
      etag: `"0x${(entry?.id ?? 0).toString(16)}"`,
      'last-modified': new Date(0).toUTCString(),
    };
    if (!entry || url.searchParams.get('sig') === null) {
      res.writeHead(404, azureHeaders).end();
      return 404;
    }
    if (req.method === 'PUT') {
      const body = await readBody(req);
      const comp = url.searchParams.get('comp');
      if (comp === 'block') {
        const id = url.searchParams.get('blockid') ?? '';
        if (!blocks.has(entry.id)) blocks.set(entry.id, new Map());
        blocks.get(entry.id)?.set(id, body);
      } else if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\//g)].map(
          (m) => m[1],
        );
        const stored = blocks.get(entry.id) ?? new Map<string, Buffer>();
        if (ids.some((id) => !stored.has(id))) {
          res.writeHead(400, azureHeaders).end('InvalidBlockList');
          return 400;
        }
        entry.data = Buffer.concat(ids.map((id) => stored.get(id) as Buffer));
        blocks.delete(entry.id);
      } else if (req.headers['x-ms-blob-type'] === 'BlockBlob') {
        entry.data = body;
      } else {
        res.writeHead(400, azureHeaders).end('unsupported blob operation');
        return 400;
      }
      res.writeHead(201, { ...azureHeaders, 'content-length': '0' }).end();
      return 201;
    }
    if ((req.method === 'GET' || req.method === 'HEAD') && entry.finalized && entry.data) {
      const data = entry.data;
      const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
      const headers = {
        ...azureHeaders,
        'content-type': 'application/octet-stream',
        'accept-ranges': 'bytes',
        'x-ms-blob-type': 'BlockBlob',
      };
      if (range) {
        const start = Number(range[1]);
        const end = Math.min(range[2] ? Number(range[2]) : data.length - 1, data.length - 1);
        res.writeHead(206, {
          ...headers,
          'content-length': String(end - start + 1),
          'content-range': `bytes ${start}-${end}/${data.length}`,
        });
        res.end(req.method === 'HEAD' ? undefined : data.subarray(start, end + 1));
        return 206;
      }
      res.writeHead(200, { ...headers, 'content-length': String(data.length) });
      res.end(req.method === 'HEAD' ? undefined : data);
      return 200;
    }
    res.writeHead(404, azureHeaders).end();
    return 404;
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const record = (call: string, status: number): void => {
      requests.push({ method: req.method ?? '', call, path: url.pathname, status });
    };
    void (async () => {
      try {
        if (url.pathname.startsWith(SERVICE) && req.method === 'POST') {
          const call = url.pathname.slice(SERVICE.length);
          const body = await readBody(req);
          if (req.headers.authorization !== `Bearer ${token}`) {
            res
              .writeHead(401, { 'content-type': 'application/json' })
              .end(JSON.stringify({ code: 'unauthenticated', msg: 'bad token' }));
            record(call, 401);
            return;
          }
          const answer = twirp(call, JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>);
          res
            .writeHead(answer.status, { 'content-type': 'application/json' })
            .end(JSON.stringify(answer.json));
          record(call, answer.status);
        } else if (url.pathname.startsWith(BLOB)) {
          record('blob', await blob(req, res, url));
        } else {
          res.writeHead(404).end();
          record('other', 404);
        }
      } catch (error) {
        res.writeHead(500).end(String(error));
        record('error', 500);
      }
    })();
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  return {
    url: base,
    entries,
    requests,
    get refuseWrites() {
      return state.refuseWrites;
    },
    set refuseWrites(value: string | undefined) {
      state.refuseWrites = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
