import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import { LocalBackend } from '../../src/cache/local-backend.js';
import { LicenseReads } from '../../src/cache/run-memo.js';
import type { BuildListModule } from '../../src/go/build-list.js';
import { MemoryLogger } from '../../src/logger.js';
import { moduleCachePaths } from '../../src/cache/module-path.js';
import type { LicenseRead } from '../../src/licenses/evaluate.js';
import { LicensePrefetch } from '../../src/steps/license-prefetch.js';
import { fixtureModule, moduleZip } from '../../test-support/fixture-modules.js';
import { entryForModule } from '../../test-support/sumdb-server.js';
import { runWarden } from '../../src/run.js';
import { installGoWrapper, type GoWrapper } from '../../test-support/go-wrapper.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import { removeTree, type GoSandbox } from '../../test-support/go-sandbox.js';

/**
 * A warm exact hit re-derives nothing it already knows and can trust (issue #29): the build list
 * comes from the cache entry, keyed by go.mod/go.sum/the Go version; license verdicts are
 * re-derived from the proven zips (a stored verdict is a claim no proof covers). The real go runs behind a wrapper on PATH that logs
 * every invocation, so "go list -m was not run" is checked on the processes themselves.
 */
describe('a warm exact hit reuses the stored build list, never a stored license verdict', () => {
  let world: FixtureWorld;
  let sandbox: GoSandbox;
  let go: GoWrapper;

  beforeAll(async () => {
    world = await startFixtureWorld();
    sandbox = await world.freshSandbox();
    go = await installGoWrapper(sandbox);
  });
  afterAll(async () => {
    await world?.close();
  });

  const gomodcache = () => sandbox.env.GOMODCACHE as string;
  const cacheDir = () => path.join(sandbox.root, 'warden-cache');

  async function runCli(name: string, inputs: Record<string, string> = {}) {
    const temp = path.join(sandbox.root, `temp-${name}`);
    await fs.mkdir(temp, { recursive: true });
    await go.forget();
    const logger = new MemoryLogger();
    const result = await runWarden(
      {
        'working-directory': world.project,
        proxy: world.proxy.url,
        sumdb: `${world.sumdb.verifierKey} ${world.sumdb.url}`,
        'license-allow': 'MIT, Apache-2.0, BSD-3-Clause, ISC',
        'cache-backend': 'local',
        'cache-dir': cacheDir(),
        'report-file': path.join(temp, 'report.json'),
        ...inputs,
      },
      { ...sandbox.env, PATH: go.path, RUNNER_TEMP: temp },
      logger,
      { cacheBackend: (_kind, dir) => new LocalBackend(dir) },
    );
    const invocations = await go.invocations();
    const text = logger.lines.join('\n');
    return { ...result, invocations, text };
  }

  const verdicts = (report: Awaited<ReturnType<typeof runCli>>['report']) =>
    report.licenses?.modules.map((m) => `${m.path}@${m.version} ${m.expression} ${m.verdict}`);

  it('lists and classifies on a cold run, then on an exact hit reuses the list (no go list -m) and reclassifies', async () => {
    await removeTree(gomodcache());
    const cold = await runCli('cold');
    expect(cold.report.status).toBe('passed');
    expect(cold.report.cache?.save?.saved).toBe(true);
    expect(cold.invocations.filter((a) => /^list .*-m -json all/.test(a))).toHaveLength(1);
    // Each zip is read as it lands while go primes, or after priming if it landed late: 6 in all.
    const counts = (text: string) =>
      /Licenses: (\d+) read ahead .*, (\d+) read and classified now/.exec(text)?.slice(1).map(Number) ?? [];
    expect(counts(cold.text).reduce((a, b) => a + b, 0)).toBe(6);

    await removeTree(gomodcache());
    const warm = await runCli('warm');
    expect(warm.report.status).toBe('passed');
    expect(warm.report.cache?.hit).toBe('exact');
    expect(warm.invocations.filter((a) => /^list .*-m -json all/.test(a))).toEqual([]);
    expect(warm.text).toMatch(/Build list reused from the cache entry/);
    // No verdict comes from the entry (a claim no proof covers): all 6 are re-derived from the proven
    // zips, read ahead as the restore's check proves each one (at least the first: the license step
    // waits for the read in progress), the rest by the license step.
    const [ahead, now] = counts(warm.text);
    expect(ahead + now).toBe(6);
    expect(ahead).toBeGreaterThanOrEqual(1);
    expect(warm.report.modules.map((m) => `${m.path}@${m.version}`)).toEqual(
      cold.report.modules.map((m) => `${m.path}@${m.version}`),
    );
    expect(verdicts(warm.report)).toEqual(verdicts(cold.report));
  });

  it('lists what ships (six go list -deps) only when a license policy gates: a report-only run lists nothing', async () => {
    const shippedCalls = (invocations: readonly string[]) =>
      invocations.filter((a) => /^list -mod=readonly -e -deps /.test(a)).length;
    await removeTree(gomodcache());
    const gated = await runCli('gated-scope', { 'cache-dir': path.join(sandbox.root, 'scope-cache-1') });
    expect(gated.report.status).toBe('passed');
    expect(shippedCalls(gated.invocations)).toBe(6);

    await removeTree(gomodcache());
    const reportOnly = await runCli('report-only-scope', {
      'license-allow': '',
      'cache-dir': path.join(sandbox.root, 'scope-cache-2'),
    });
    expect(reportOnly.report.status).toBe('passed');
    expect(reportOnly.report.licenses?.gating).toBe(false);
    expect(shippedCalls(reportOnly.invocations)).toBe(0);
  });
});

describe('LicenseReads', () => {
  const line = (p: string, hash: string) => ({ path: p, version: 'v1.0.0', hash, file: 'go.sum', line: 1 });
  const read = { files: [], readme: undefined, problem: undefined };

  it('answers only with a read done early this run, for a module go.sum names', () => {
    const reads = LicenseReads.create([line('a.test/x', 'h1:AAA=')]);
    expect(reads.get(module('a.test/x'))).toBeUndefined();
    reads.setEarly(module('a.test/y'), read); // no go.sum line: not kept
    expect(reads.has(module('a.test/y'))).toBe(false);
    reads.setEarly(module('a.test/x'), read);
    expect(reads.get(module('a.test/x'))).toEqual(read);
    expect(reads.early).toBe(1);
  });
});

describe('LicensePrefetch', () => {
  it('reads a module as soon as its zip lands in the module cache, keyed by its go.sum h1, and never one that did not land', async () => {
    const gomodcache = await fs.mkdtemp(path.join(sandboxTemp(), 'gmw-prefetch-'));
    try {
      const landed = fixtureModule({ path: 'example.test/landed', version: 'v1.0.0', license: 'MIT' });
      const late = fixtureModule({ path: 'example.test/late', version: 'v1.0.0', license: 'MIT' });
      const goSum = [landed, late].map((m) => ({
        path: m.path,
        version: m.version,
        hash: entryForModule(m).zipHash,
        file: 'go.sum',
        line: 1,
      }));
      const reads = LicenseReads.create<LicenseRead>(goSum);
      const prefetch = new LicensePrefetch(gomodcache, goSum, reads, 0.9).start();
      const zip = `${moduleCachePaths(gomodcache, landed).base}.zip`;
      await fs.mkdir(path.dirname(zip), { recursive: true });
      await fs.writeFile(zip, moduleZip(landed));
      const asModule = (m: { path: string; version: string }) => ({ ...module(m.path), version: m.version });
      while (!reads.has(asModule(landed))) await new Promise((resolve) => setTimeout(resolve, 50));
      await prefetch.stop();
      expect(reads.get(asModule(landed))?.files.map((f) => f.expression)).toEqual(['MIT']);
      expect(reads.early).toBe(1);
      expect(reads.has(asModule(late))).toBe(false);
    } finally {
      await fs.rm(gomodcache, { recursive: true, force: true });
    }
  });
});

function module(p: string): BuildListModule {
  return {
    path: p,
    version: 'v1.0.0',
    main: false,
    indirect: false,
    dir: undefined,
    goMod: undefined,
    replace: undefined,
    error: undefined,
  };
}

function sandboxTemp(): string {
  return process.env.TMPDIR ?? '/tmp';
}
