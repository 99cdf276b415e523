import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { hash1, hashGoMod } from '../src/go/dirhash.js';
import { signNote, type NoteSigner } from '../src/sumdb/note.js';
import { keyHash, parseVerifierKey, type VerifierKey } from '../src/module/sumdb-setting.js';
import { parseTilePath, readTileData } from '../src/sumdb/tile.js';
import {
  recordHash,
  storedHashesForRecordHash,
  treeHash,
  type Hash,
  type HashReader,
} from '../src/sumdb/tlog.js';
import { formatRecord, formatTree } from '../src/sumdb/tree-note.js';
import { type FixtureModule, moduleGoMod, moduleZipEntries } from './fixture-modules.js';

/** One module version as the database records it. */
export interface SumdbEntry {
  path: string;
  version: string;
  /** `h1:` of the module zip. */
  zipHash: string;
  /** `h1:` of its go.mod. */
  goModHash: string;
}

/** A fresh Ed25519 key for a test database: the signer and the verifier key text for GOSUMDB. */
export interface TestKey {
  signer: NoteSigner;
  /** `name+hash+base64(0x01 ‖ pub)`. */
  verifierKey: string;
  key: VerifierKey;
}

export function generateTestKey(name: string): TestKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = (publicKey.export({ format: 'der', type: 'spki' }) as Buffer).subarray(-32);
  const keyBytes = Buffer.concat([Buffer.of(1), raw]);
  const hash = keyHash(name, keyBytes);
  const verifierKey = `${name}+${hash.toString(16).padStart(8, '0')}+${keyBytes.toString('base64')}`;
  return {
    signer: { name, hash, privateKey: privateKey as KeyObject },
    verifierKey,
    key: parseVerifierKey(verifierKey),
  };
}

/**
 * The record a database keeps for a fixture module: the h1 of its zip (the same entries as
 * moduleZip, each under `path@version/`) and of its go.mod. `go` accepting it is the oracle.
 */
export function entryForModule(m: FixtureModule): SumdbEntry {
  // The zip's files and blobs, as the proxy serves them.
  const files = moduleZipEntries(m).map((e) => ({ name: e.name, data: e.data }));
  return {
    path: m.path,
    version: m.version,
    zipHash: hash1(files),
    goModHash: hashGoMod(Buffer.from(moduleGoMod(m), 'utf8')),
  };
}

/** A well-formed h1: hash made of byte `n` (distinct per n), for go.sum lines and records. */
export function fakeH1(n: number): string {
  return `h1:${Buffer.alloc(32, n).toString('base64')}`;
}

export function recordText(e: SumdbEntry): string {
  return `${e.path} ${e.version} ${e.zipHash}\n${e.path} ${e.version}/go.mod ${e.goModHash}\n`;
}

/** One request the database received (path percent-decoded). */
export interface SumdbRequest {
  path: string;
  kind: 'lookup' | 'tile' | 'latest' | 'supported' | 'other';
  status: number;
}

/** Switches that make the database misbehave; all off by default, flip them between requests. */
export interface SumdbTamper {
  /** Lookups of these `path@version` return an altered record text (the tree is unchanged). */
  alterRecord: Set<string>;
  /** Flip one byte of every note signature. */
  badSignature: boolean;
  /** Sign notes with another key of the same name. */
  otherKey: boolean;
  /** Tiles matching this regexp (against `tile/...`) are served cut in half. */
  truncateTile?: RegExp;
  /** Tiles matching this regexp get one hash byte flipped. */
  alterTile?: RegExp;
  /** Lookups answer with this record id instead of the real one (e.g. the tree size). */
  recordId?: number;
  /** Tiles matching this regexp answer 404 (e.g. partial tiles a server dropped once complete). */
  missingTile?: RegExp;
  /** Serve notes (and lookups) for this older tree size instead of the current one. */
  noteSize?: number;
  /** Every request answers this HTTP status. */
  status?: number;
  /** Lookups of these `path@version` answer this status (e.g. 404: no record, 503: a targeted failure) or hang. */
  lookup: Map<string, number | 'hang'>;
  /** Every request hangs (never answered until close). */
  hang: boolean;
  /** Every request is answered this much later (a database across the internet, for benches). */
  delayMs?: number;
  /** The next requests answer these statuses, one each (e.g. [503]: one failure, then service). */
  nextStatuses: number[];
  /** Every request is answered only once this settles (a test's gate: "not before X happened"). */
  hold?: Promise<void>;
}

export interface TestSumdb {
  /** The database's base URL: `http://127.0.0.1:PORT` (or with `/sumdb/<name>` under a proxy prefix). */
  url: string;
  name: string;
  /** GOSUMDB value for `go`: `<verifierKey> <url>`. */
  gosumdb: string;
  verifierKey: string;
  key: VerifierKey;
  requests: SumdbRequest[];
  tamper: SumdbTamper;
  /** Requests being answered now, and the most at once so far. */
  readonly load: { readonly inFlight: number; most: number };
  /** Appends records; returns the new tree size. */
  add(entries: readonly SumdbEntry[]): Promise<number>;
  /**
   * Rewrites history: the log is rebuilt with record `index` altered, plus `extra` new records,
   * signed with the same key. A client that remembered the old tree must call it a fork.
   */
  fork(index: number, extra?: readonly SumdbEntry[]): Promise<void>;
  treeSize(): number;
  treeHash(): Promise<Hash>;
  /**
   * Answers a request path (`/lookup/…`, `/tile/…`, `/latest`) in this process, recorded and
   * tampered with as over HTTP; undefined when it would hang. For a fixture proxy that relays
   * the database without a second HTTP hop, as a real proxy serves it from its own cache.
   */
  serve(path: string): Promise<{ status: number; contentType: string; body: Buffer | string } | undefined>;
  close(): Promise<void>;
}

class Log {
  records: string[] = [];
  hashes: Hash[] = [];
  readonly read: HashReader = async (indexes) =>
    indexes.map((i) => {
      const h = this.hashes[i];
      if (!h) throw new Error(`no stored hash ${i}`);
      return h;
    });

  async append(text: string): Promise<void> {
    const hashes = await storedHashesForRecordHash(this.records.length, recordHash(text), this.read);
    this.records.push(text);
    this.hashes.push(...hashes);
  }
}

/**
 * A checksum database on 127.0.0.1 (random port) speaking the sumdb protocol (`/lookup`, `/latest`,
 * `/tile`), signed with a key generated at start. `prefix` serves it under `<prefix>/` (e.g. to
 * mimic a proxy's `/sumdb/<name>`; `<prefix>/supported` then answers 200).
 */
export async function startTestSumdb(
  entries: readonly SumdbEntry[] = [],
  options: { name?: string; prefix?: string } = {},
): Promise<TestSumdb> {
  const name = options.name ?? 'sum.test.example';
  const prefix = (options.prefix ?? '').replace(/\/+$/, '');
  const testKey = generateTestKey(name);
  const otherKey = generateTestKey(name);
  let log = new Log();
  const index = new Map<string, number>();
  // Signing is the server's main cost: sign each (tree, key) once, like a real server's cached note.
  const notes = new Map<string, string>();
  const add = async (more: readonly SumdbEntry[]): Promise<number> => {
    notes.clear();
    for (const e of more) {
      index.set(`${e.path}@${e.version}`, log.records.length);
      await log.append(recordText(e));
    }
    return log.records.length;
  };
  await add(entries);

  const requests: SumdbRequest[] = [];
  const tamper: SumdbTamper = {
    alterRecord: new Set(),
    badSignature: false,
    otherKey: false,
    lookup: new Map(),
    hang: false,
    nextStatuses: [],
  };
  const load = { inFlight: 0, most: 0 };

  async function signedNote(): Promise<string> {
    const n = Math.min(tamper.noteSize ?? log.records.length, log.records.length);
    const cacheKey = `${n} ${tamper.otherKey} ${tamper.badSignature}`;
    const cached = notes.get(cacheKey);
    if (cached) return cached;
    const note = await signFreshNote(n);
    notes.set(cacheKey, note);
    return note;
  }

  async function signFreshNote(n: number): Promise<string> {
    const text = formatTree({ n, hash: await treeHash(n, log.read) });
    let note = signNote(text, [tamper.otherKey ? otherKey.signer : testKey.signer]);
    if (tamper.badSignature) {
      const [body, sigLine] = [
        note.slice(0, note.lastIndexOf('\u2014')),
        note.slice(note.lastIndexOf('\u2014')),
      ];
      const [dash, signer, b64] = sigLine.trim().split(' ');
      const sig = Buffer.from(b64, 'base64');
      sig[sig.length - 1] ^= 0x01;
      note = `${body}${dash} ${signer} ${sig.toString('base64')}\n`;
    }
    return note;
  }

  type Answer = { status: number; body: Buffer | string; kind: SumdbRequest['kind'] };
  async function answer(path: string): Promise<Answer> {
    if (!path.startsWith(`${prefix}/`)) return { status: 404, body: 'not found\n', kind: 'other' };
    const rest = path.slice(prefix.length + 1);
    if (rest === 'supported' && prefix) return { status: 200, body: '', kind: 'supported' };
    if (rest === 'latest') return { status: 200, body: await signedNote(), kind: 'latest' };
    if (rest.startsWith('lookup/')) {
      const target = rest.slice('lookup/'.length).replace(/!([a-z])/g, (_, c: string) => c.toUpperCase());
      const at = target.lastIndexOf('@');
      const id = index.get(target);
      const size = Math.min(tamper.noteSize ?? log.records.length, log.records.length);
      if (at < 0 || id === undefined || id >= size)
        return { status: 404, body: `not found: ${target}\n`, kind: 'lookup' };
      let text = log.records[id];
      if (tamper.alterRecord.has(target))
        text = text.replace(/h1:(.)/, (_, c: string) => `h1:${c === 'A' ? 'B' : 'A'}`);
      const body = formatRecord(tamper.recordId ?? id, text) + (await signedNote());
      return { status: 200, body, kind: 'lookup' };
    }
    if (rest.startsWith('tile/')) {
      let tile;
      try {
        tile = parseTilePath(rest);
      } catch {
        return { status: 404, body: 'bad tile path\n', kind: 'tile' };
      }
      if (tile.l < 0 || tile.h !== 8) return { status: 404, body: 'no such tile\n', kind: 'tile' };
      if (tamper.missingTile?.test(rest)) return { status: 404, body: 'tile gone\n', kind: 'tile' };
      let data: Buffer;
      try {
        data = await readTileData(tile, log.read);
      } catch {
        return { status: 404, body: 'tile not in tree\n', kind: 'tile' };
      }
      if (tamper.alterTile?.test(rest)) {
        data = Buffer.from(data);
        data[0] ^= 0xff;
      }
      if (tamper.truncateTile?.test(rest)) data = data.subarray(0, Math.floor(data.length / 2));
      return { status: 200, body: data, kind: 'tile' };
    }
    return { status: 404, body: 'not found\n', kind: 'other' };
  }

  /** Answers one request as the server does (undefined: it hangs), and records it. */
  async function serve(
    path: string,
  ): Promise<{ status: number; contentType: string; body: Buffer | string } | undefined> {
    load.most = Math.max(load.most, ++load.inFlight);
    try {
      return await answerRecorded(path);
    } finally {
      load.inFlight--;
    }
  }

  async function answerRecorded(
    path: string,
  ): Promise<{ status: number; contentType: string; body: Buffer | string } | undefined> {
    const record: SumdbRequest = { path, kind: 'other', status: 0 };
    requests.push(record);
    if (tamper.hang) return undefined;
    if (tamper.hold) await tamper.hold;
    if (tamper.delayMs) await new Promise((resolve) => setTimeout(resolve, tamper.delayMs));
    const target = /\/lookup\/(.*)$/.exec(path)?.[1].replace(/!([a-z])/g, (_, c: string) => c.toUpperCase());
    const fault = target === undefined ? undefined : tamper.lookup.get(target);
    if (fault === 'hang') return undefined;
    const plain = 'text/plain; charset=utf-8';
    const forced = tamper.nextStatuses.shift();
    if (forced !== undefined) {
      record.status = forced;
      return { status: forced, contentType: plain, body: `forced ${forced}\n` };
    }
    if (fault !== undefined) {
      record.kind = 'lookup';
      record.status = fault;
      return { status: fault, contentType: plain, body: `forced ${fault} for ${target}\n` };
    }
    try {
      const a = await answer(path);
      record.kind = a.kind;
      record.status = tamper.status ?? a.status;
      return {
        status: record.status,
        contentType: a.kind === 'tile' && !tamper.status ? 'application/octet-stream' : plain,
        body: tamper.status ? `forced ${tamper.status}\n` : a.body,
      };
    } catch (error) {
      record.status = 500;
      return { status: 500, contentType: 'text/plain', body: String(error) };
    }
  }

  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    void serve(path).then((a) => {
      if (!a) return;
      res.writeHead(a.status, { 'Content-Type': a.contentType });
      res.end(a.body);
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}`;

  return {
    url,
    name,
    gosumdb: `${testKey.verifierKey} ${url}`,
    verifierKey: testKey.verifierKey,
    key: testKey.key,
    requests,
    tamper,
    add,
    async fork(at, extra = []) {
      const old = log.records;
      log = new Log();
      for (const [i, text] of old.entries())
        await log.append(
          i === at ? text.replace(/h1:(.)/, (_, c: string) => `h1:${c === 'A' ? 'B' : 'A'}`) : text,
        );
      await add(extra);
    },
    serve,
    load,
    treeSize: () => log.records.length,
    treeHash: () => treeHash(log.records.length, log.read),
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
