import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { MemoryLogger } from '../../src/logger.js';
import { sumdbClientFor } from '../../src/sumdb/client.js';
import { openNote } from '../../src/sumdb/note.js';
import { parseVerifierKey, SUM_GOLANG_ORG_KEY } from '../../src/module/sumdb-setting.js';
import { parseTree } from '../../src/sumdb/tree-note.js';

const GOLDEN = path.resolve('__fixtures__/sumdb/golden');
const key = parseVerifierKey(SUM_GOLANG_ORG_KEY);

/**
 * Real sum.golang.org data captured once through proxy.golang.org (see the README beside it),
 * served offline from loopback: we must interoperate with the real database, not only with ourselves.
 */
describe('golden sum.golang.org data', () => {
  let server: http.Server;
  let base: string;
  const requested: string[] = [];
  const dirs: string[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const url = decodeURIComponent(req.url ?? '/');
      requested.push(url);
      const file =
        url === '/lookup/golang.org/x/text@v0.14.0' ? 'lookup-golang.org-x-text@v0.14.0' : url.slice(1);
      fs.readFile(path.join(GOLDEN, file)).then(
        (data) => res.writeHead(200).end(data),
        () => res.writeHead(404).end('not found\n'),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
  });

  async function stateDir(): Promise<string> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-golden-'));
    dirs.push(dir);
    return dir;
  }

  it('verifies the signed tree notes with the real sum.golang.org key', async () => {
    const latest = openNote(await fs.readFile(path.join(GOLDEN, 'latest')), [key]);
    expect(parseTree(latest.text).n).toBe(71848828);
  });

  it('proves the golang.org/x/text v0.14.0 record is in the signed tree and returns its lines', async () => {
    const client = sumdbClientFor(key, {
      baseUrl: base,
      stateDir: await stateDir(),
      latencyBudgetMs: 5000,
    });
    expect(await client.lookup('golang.org/x/text', 'v0.14.0')).toEqual([
      'golang.org/x/text v0.14.0 h1:ScX5w1eTa3QqT8oi6+ziP7dTV1S2+ALU0bI+0zXKWiQ=',
    ]);
    expect(await client.lookup('golang.org/x/text', 'v0.14.0/go.mod')).toEqual([
      'golang.org/x/text v0.14.0/go.mod h1:18ZOQIKpY8NJVqYksKHtTdi31H5itFRjB5/qKTNYzSU=',
    ]);
    expect(client.latest.n).toBe(66398721);
    expect(client.counts.lookups).toBe(1);
  });

  it('proves the real tree of 71848828 records extends the remembered tree of 66398721', async () => {
    const dir = await stateDir();
    const first = sumdbClientFor(key, { baseUrl: base, stateDir: dir, latencyBudgetMs: 5000 });
    await first.lookup('golang.org/x/text', 'v0.14.0');
    const remembered = await fs.readFile(path.join(dir, 'latest'), 'utf8');
    expect(parseTree(remembered.split('\n\n')[0] + '\n').n).toBe(66398721);

    const next = sumdbClientFor(key, { baseUrl: base, stateDir: dir, latencyBudgetMs: 5000 });
    const tree = await next.fetchLatest();
    expect(tree.n).toBe(71848828);
    expect(tree.hash.toString('base64')).toBe('KknkYm4hx0y71VQ4E6FoF3fdumxzXU5QwTwo+kVX+2I=');
    expect(parseTree((await fs.readFile(path.join(dir, 'latest'), 'utf8')).split('\n\n')[0] + '\n').n).toBe(
      71848828,
    );
  });

  it('refetches corrupted cached tiles instead of trusting them', async () => {
    const dir = await stateDir();
    const first = sumdbClientFor(key, { baseUrl: base, stateDir: dir, latencyBudgetMs: 5000 });
    await first.lookup('golang.org/x/text', 'v0.14.0');
    for (const file of await fs.readdir(path.join(dir, 'tile'), { recursive: true })) {
      const full = path.join(dir, 'tile', file);
      if ((await fs.stat(full)).isFile())
        await fs.writeFile(full, Buffer.alloc((await fs.stat(full)).size, 1));
    }
    const logger = new MemoryLogger();
    const next = sumdbClientFor(key, { baseUrl: base, stateDir: dir, latencyBudgetMs: 5000, logger });
    expect(await next.lookup('golang.org/x/text', 'v0.14.0')).toHaveLength(1);
    expect(next.counts.tilesFromDisk).toBeGreaterThan(0);
    expect(next.counts.tiles).toBeGreaterThan(0);
    expect(logger.lines.join('\n')).toMatch(
      /cached tiles do not match the signed tree .*; fetching them again/,
    );
  });
});
