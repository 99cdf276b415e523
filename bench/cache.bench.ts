/**
 * The verified cache on the test bed's manyModules(100), everything local (fixture proxy on
 * loopback, local-directory backend with the same tar + zstd as @actions/cache):
 * - cold: empty module cache, `go mod download all` through the proxy;
 * - warm (ours): exact hit of `cache/download`, integrity check of every module, then
 *   `go mod download all` (extracts the trees from the zips, no network);
 * - warm (ours, with extracted trees): same with the whole module cache, trees verified too;
 * - baseline (setup-go style): restore the whole module cache, no verification, then the same
 *   `go mod download all`;
 * - restored bytes and archive bytes for each content choice.
 * Run: npx tsx bench/cache.bench.ts [modules] [repeats]. The last line is one JSON object.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { cachePaths, type CacheContent, measurePaths } from '../src/cache/content.js';
import { checkCacheIntegrity } from '../src/cache/integrity.js';
import { cacheKeys, readSumFiles } from '../src/cache/keys.js';
import { LocalBackend } from '../src/cache/local-backend.js';
import { restoreVerifiedCache } from '../src/cache/restore.js';
import { parseGoSum } from '../src/go/go-sum.js';
import { MemoryLogger } from '../src/logger.js';
import { manyModules } from '../test-support/fixture-modules.js';
import { startFixtureProxy } from '../test-support/fixture-proxy.js';
import { createFixtureProject, createGoSandbox, removeTree } from '../test-support/go-sandbox.js';

const count = Number(process.argv[2] ?? 100);
const repeats = Number(process.argv[3] ?? 5);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

const graph = manyModules(count);
const proxy = await startFixtureProxy(graph.modules);
const tidy = await createGoSandbox();
const sandbox = await createGoSandbox();
try {
  const project = await createFixtureProject(tidy, graph, proxy.url);
  const gomodcache = sandbox.env.GOMODCACHE as string;
  const goSumFile = path.join(project, 'go.sum');
  const goSum = parseGoSum(await fs.readFile(goSumFile, 'utf8'), 'go.sum');
  const keys = cacheKeys('bench', 'linux', 'amd64', await readSumFiles(project, [goSumFile]));
  const download = async (): Promise<number> => {
    proxy.requests.length = 0;
    const res = await sandbox.go(['mod', 'download', 'all'], {
      cwd: project,
      env: { GOPROXY: proxy.url, GOSUMDB: 'off' },
    });
    if (res.code !== 0) throw new Error(`go mod download failed: ${res.stderr}`);
    return proxy.requests.length;
  };

  const coldRun = async (): Promise<{ ms: number; requests: number }> => {
    await removeTree(gomodcache);
    const run = await timed(download);
    return { ms: run.ms, requests: run.value };
  };
  // Prime once, then save one entry per content choice from the same cache.
  await coldRun();
  const backends: Record<CacheContent, LocalBackend> = {
    download: new LocalBackend(path.join(sandbox.root, 'cache-download')),
    'download+extracted': new LocalBackend(path.join(sandbox.root, 'cache-full')),
  };
  const sizes: Record<string, { bytes: number; files: number; archiveBytes: number; saveMs: number }> = {};
  for (const content of Object.keys(backends) as CacheContent[]) {
    const paths = cachePaths(gomodcache, content);
    const measured = await measurePaths(paths);
    const saved = await timed(() => backends[content].save(paths, keys.primary));
    sizes[content] = { ...measured, archiveBytes: saved.value.archiveBytes ?? 0, saveMs: saved.ms };
  }
  // setup-go caches the whole GOMODCACHE under its own key, restored without any check.
  const setupGo = new LocalBackend(path.join(sandbox.root, 'cache-setup-go'));
  await setupGo.save([gomodcache], keys.primary);

  const warmRun = async (content: CacheContent) => {
    await removeTree(gomodcache);
    let restoreMs = 0;
    let verified = 0;
    const run = await timed(async () => {
      const restored = await timed(() =>
        restoreVerifiedCache({
          backend: backends[content],
          gomodcache,
          paths: cachePaths(gomodcache, content),
          keys,
          goSum,
          logger: new MemoryLogger(),
          now: Date.now,
        }),
      );
      if (restored.value.report.hit !== 'exact')
        throw new Error(`expected an exact hit, got ${restored.value.report.hit}`);
      restoreMs = restored.ms;
      verified = restored.value.integrity.verified;
      return download();
    });
    return { ms: run.ms, restoreMs, requests: run.value, verified };
  };
  const baselineRun = async () => {
    await removeTree(gomodcache);
    let restoreMs = 0;
    const run = await timed(async () => {
      const restored = await timed(() => setupGo.restore([gomodcache], keys.primary, []));
      restoreMs = restored.ms;
      return download();
    });
    return { ms: run.ms, restoreMs, requests: run.value, verified: 0 };
  };

  // Interleaved, so that drift in the machine's load hits every scenario alike.
  const runs = {
    cold: [] as { ms: number; requests: number }[],
    warmDownload: [] as Awaited<ReturnType<typeof warmRun>>[],
    warmFull: [] as Awaited<ReturnType<typeof warmRun>>[],
    baseline: [] as Awaited<ReturnType<typeof baselineRun>>[],
  };
  for (let i = 0; i < repeats; i++) {
    runs.cold.push(await coldRun());
    runs.warmDownload.push(await warmRun('download'));
    runs.warmFull.push(await warmRun('download+extracted'));
    runs.baseline.push(await baselineRun());
  }
  const summarize = (list: { ms: number; restoreMs: number; requests: number; verified: number }[]) => ({
    ms: median(list.map((r) => r.ms)),
    restoreVerifyMs: median(list.map((r) => r.restoreMs)),
    requests: Math.max(...list.map((r) => r.requests)),
    verified: list[0].verified,
  });
  const cold = runs.cold.map((r) => r.ms);
  const coldRequests = runs.cold[0].requests;
  const warmDownload = summarize(runs.warmDownload);
  const warmFull = summarize(runs.warmFull);
  const base = summarize(runs.baseline);
  const baseline = [base.ms];
  const baselineRestore = [base.restoreVerifyMs];
  const baselineRequests = base.requests;

  // The integrity check alone, on the primed cache with trees (the cost of "verified").
  const verifyOnly = await timed(() => checkCacheIntegrity({ gomodcache, goSum }));

  const figures = {
    modules: count,
    repeats,
    coldMs: Math.round(median(cold)),
    coldProxyRequests: coldRequests,
    warmDownloadOnlyMs: Math.round(warmDownload.ms),
    warmDownloadOnlyRestoreVerifyMs: Math.round(warmDownload.restoreVerifyMs),
    warmDownloadOnlyProxyRequests: warmDownload.requests,
    warmWithTreesMs: Math.round(warmFull.ms),
    warmWithTreesRestoreVerifyMs: Math.round(warmFull.restoreVerifyMs),
    warmWithTreesProxyRequests: warmFull.requests,
    setupGoStyleMs: Math.round(median(baseline)),
    setupGoStyleRestoreMs: Math.round(median(baselineRestore)),
    setupGoStyleProxyRequests: baselineRequests,
    verifiedModules: warmDownload.verified,
    integrityCheckWithTreesMs: Math.round(verifyOnly.ms),
    downloadOnlyBytes: sizes.download.bytes,
    downloadOnlyFiles: sizes.download.files,
    downloadOnlyArchiveBytes: sizes.download.archiveBytes,
    withTreesBytes: sizes['download+extracted'].bytes,
    withTreesFiles: sizes['download+extracted'].files,
    withTreesArchiveBytes: sizes['download+extracted'].archiveBytes,
  };

  const kb = (b: number): string => `${(b / 1000).toFixed(1)} kB`;
  console.log(`Verified module cache, ${count} modules (manyModules), median of ${repeats} runs`);
  console.log(
    `  cold (empty cache, go mod download all via proxy): ${figures.coldMs} ms, ${coldRequests} proxy requests`,
  );
  console.log(
    `  warm, ours, cache/download only:   ${figures.warmDownloadOnlyMs} ms (restore+verify ${figures.warmDownloadOnlyRestoreVerifyMs} ms), ${warmDownload.requests} proxy requests, ${warmDownload.verified} modules verified`,
  );
  console.log(
    `  warm, ours, with extracted trees:  ${figures.warmWithTreesMs} ms (restore+verify ${figures.warmWithTreesRestoreVerifyMs} ms), ${warmFull.requests} proxy requests`,
  );
  console.log(
    `  setup-go style (whole cache, no verification): ${figures.setupGoStyleMs} ms (restore ${figures.setupGoStyleRestoreMs} ms), ${baselineRequests} proxy requests`,
  );
  console.log(`  integrity check alone (zips, .mod, trees): ${figures.integrityCheckWithTreesMs} ms`);
  console.log(
    `  restored bytes: cache/download ${kb(figures.downloadOnlyBytes)} in ${figures.downloadOnlyFiles} files (archive ${kb(figures.downloadOnlyArchiveBytes)}); with trees ${kb(figures.withTreesBytes)} in ${figures.withTreesFiles} files (archive ${kb(figures.withTreesArchiveBytes)})`,
  );
  console.log(JSON.stringify(figures));
} finally {
  await proxy.close();
  await tidy.cleanup();
  await sandbox.cleanup();
}
