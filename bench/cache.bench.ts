/**
 * The verified cache on a generated build list (default 300 modules, about 200 MB of zips) served
 * by the fixture proxy on loopback, local-directory backend (tar + zstd):
 * - cold: empty module cache, restore (miss), `go mod download all` through the proxy, the
 *   proof and file list, the save;
 * - warm (ours): empty module cache, exact hit: the in-process checked restore, the integrity
 *   check of every module against go.sum, then what the pipeline runs after it on a complete
 *   exact hit (no `go mod download`: `go list -deps ./...`, which extracts what a build loads, and
 *   `go list -m -json all`, offline);
 * - floor 1: plain `tar -x` of the same archive;
 * - floor 2: plain `tar -x` + `GOPROXY=off go mod download all`.
 * Each scenario runs `repeats` times, interleaved; medians. The warm run also runs once in a child
 * process for its peak RSS (node's maxRSS; go and zstd children not included).
 * Run: npx tsx bench/cache.bench.ts [modules] [megabytes] [repeats]. The last line is one JSON object.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { archiveFiles } from '../src/cache/archive-files.js';
import { cacheKeys, readSumFiles } from '../src/cache/keys.js';
import { LocalBackend } from '../src/cache/local-backend.js';
import { restoreVerifiedCache } from '../src/cache/restore.js';
import { parseGoSum, type GoSumLine } from '../src/go/go-sum.js';
import { MemoryLogger } from '../src/logger.js';
import { goModFile, largeModule, mainSource, type FixtureGraph } from '../test-support/fixture-modules.js';
import { startFixtureProxy } from '../test-support/fixture-proxy.js';
import { createFixtureProject, createGoSandbox, removeTree, run } from '../test-support/go-sandbox.js';

const [count, megabytes, repeats] = [300, 200, 3].map((d, i) => Number(process.argv[i + 2] ?? d));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** What the warm run does, given a GOMODCACHE, a local cache dir and the project. */
async function warm(gomodcache: string, cacheDir: string, project: string, env: NodeJS.ProcessEnv) {
  const started = performance.now();
  const goSumFile = path.join(project, 'go.sum');
  const goSum: GoSumLine[] = parseGoSum(await fs.readFile(goSumFile, 'utf8'), 'go.sum');
  const keys = cacheKeys('bench', 'linux', 'amd64', await readSumFiles(project, [goSumFile]));
  const restored = await restoreVerifiedCache({
    backend: new LocalBackend(cacheDir),
    gomodcache,
    keys,
    goSum,
    logger: new MemoryLogger(),
    now: Date.now,
  });
  if (restored.report.hit !== 'exact') throw new Error(`expected an exact hit, got ${restored.report.hit}`);
  const restoreVerifyMs = performance.now() - started;
  // What the pipeline runs next on a complete exact hit (priming skipped): the packages a build
  // loads (go extracts those modules from the zips), then the build list; offline.
  const offline = { cwd: project, env: { ...env, GOPROXY: 'off' } };
  for (const args of [
    ['list', '-mod=readonly', '-deps', '-test', '-f', '{{with .Module}}{{.Path}}{{end}}', './...'],
    ['list', '-mod=readonly', '-m', '-json', 'all'],
  ]) {
    const res = await run('go', args, offline);
    if (res.code !== 0) throw new Error(`go ${args.join(' ')} (offline) failed: ${res.stderr}`);
  }
  return { verified: restored.integrity.verified, restoreVerifyMs, complete: restored.report.complete };
}

if (process.argv[2] === '--warm-child') {
  const [gomodcache, cacheDir, project] = process.argv.slice(3);
  const env = JSON.parse(process.env.BENCH_ENV ?? '{}') as NodeJS.ProcessEnv;
  const { verified } = await warm(gomodcache, cacheDir, project, env);

  process.stdout.write(JSON.stringify({ verified, maxRssKiB: process.resourceUsage().maxRSS }) + '\n');
  process.exit(0);
}

function generatedGraph(n: number, totalBytes: number): FixtureGraph {
  const width = String(n - 1).length;
  const modules = Array.from({ length: n }, (_, i) =>
    largeModule(
      `example.test/big/mod${String(i).padStart(width, '0')}`,
      'v1.0.0',
      Math.floor(totalBytes / n),
    ),
  );
  const requires = Object.fromEntries(modules.map((m) => [m.path, m.version]));
  return {
    modules,
    main: {
      path: 'example.test/bench',
      goMod: goModFile('example.test/bench', requires),
      files: { 'main.go': mainSource(modules.map((m) => m.path)) },
    },
  };
}

const graph = generatedGraph(count, megabytes * 1e6);
const proxy = await startFixtureProxy(graph.modules);
const tidy = await createGoSandbox();
const sandbox = await createGoSandbox();
try {
  const project = await createFixtureProject(tidy, graph, proxy.url);
  const gomodcache = sandbox.env.GOMODCACHE as string;
  const env = { ...sandbox.env, GOSUMDB: 'off', GOFLAGS: '-modcacherw' };
  const goSumFile = path.join(project, 'go.sum');
  const goSum = parseGoSum(await fs.readFile(goSumFile, 'utf8'), 'go.sum');
  const keys = cacheKeys('bench', 'linux', 'amd64', await readSumFiles(project, [goSumFile]));
  const cacheDir = path.join(sandbox.root, 'warden-cache');
  const backend = new LocalBackend(cacheDir, { compression: 'zstd' });

  const cold = async (): Promise<{ ms: number; archiveBytes: number }> => {
    await removeTree(gomodcache);
    await fs.rm(cacheDir, { recursive: true, force: true });
    const result = await timed(async () => {
      await restoreVerifiedCache({
        backend,
        gomodcache,
        keys,
        goSum,
        logger: new MemoryLogger(),
        now: Date.now,
      });
      const res = await run('go', ['mod', 'download', 'all'], {
        cwd: project,
        env: { ...env, GOPROXY: proxy.url },
      });
      if (res.code !== 0) throw new Error(`go mod download failed: ${res.stderr}`);
      const modules = graph.modules.map((m) => ({ path: m.path, version: m.version }));
      const files = await archiveFiles(gomodcache, modules, []);
      return backend.save(gomodcache, files, keys.primary);
    });
    return { ms: result.ms, archiveBytes: result.value.archiveBytes ?? 0 };
  };
  const archive = async (): Promise<string> => {
    const [entry] = await backend.entries();
    return path.join(entry.dir, 'archive.tar');
  };
  const untar = async (): Promise<void> => {
    await fs.mkdir(gomodcache, { recursive: true });
    const res = await run('tar', [
      '-x',
      '--use-compress-program',
      'zstd',
      '-f',
      await archive(),
      '-C',
      gomodcache,
    ]);
    if (res.code !== 0) throw new Error(`tar failed: ${res.stderr}`);
  };
  const floorUntar = async (): Promise<number> => {
    await removeTree(gomodcache);
    return (await timed(untar)).ms;
  };
  const floorUntarDownload = async (): Promise<number> => {
    await removeTree(gomodcache);
    return (
      await timed(async () => {
        await untar();
        const res = await run('go', ['mod', 'download', 'all'], {
          cwd: project,
          env: { ...env, GOPROXY: 'off' },
        });
        if (res.code !== 0) throw new Error(`offline go mod download failed: ${res.stderr}`);
      })
    ).ms;
  };
  const warmRun = async (): Promise<{ ms: number; verified: number; restoreVerifyMs: number }> => {
    await removeTree(gomodcache);
    const result = await timed(() => warm(gomodcache, cacheDir, project, env));
    return { ms: result.ms, ...result.value };
  };

  const runs = {
    cold: [] as number[],
    warm: [] as number[],
    warmRestoreVerify: [] as number[],
    untar: [] as number[],
    untarDownload: [] as number[],
  };
  let archiveBytes = 0;
  let verified = 0;
  for (let i = 0; i < repeats; i++) {
    const c = await cold();
    runs.cold.push(c.ms);
    archiveBytes = c.archiveBytes;
    const w = await warmRun();
    runs.warm.push(w.ms);
    runs.warmRestoreVerify.push(w.restoreVerifyMs);
    verified = w.verified;
    runs.untar.push(await floorUntar());
    runs.untarDownload.push(await floorUntarDownload());
  }

  // Peak RSS: the warm run once more, alone in a child process.
  await removeTree(gomodcache);
  const child = spawn(
    path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.bin', 'tsx'),
    [fileURLToPath(import.meta.url), '--warm-child', gomodcache, cacheDir, project],
    { env: { ...process.env, BENCH_ENV: JSON.stringify(env) }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise((resolve) => child.on('close', resolve));
  const { maxRssKiB } = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { maxRssKiB: number };

  const warmMs = median(runs.warm);
  const untarMs = median(runs.untar);
  const untarDownloadMs = median(runs.untarDownload);
  const figures = {
    modules: count,
    zipMegabytes: megabytes,
    repeats,
    verified,
    coldMs: Math.round(median(runs.cold)),
    warmMs: Math.round(warmMs),
    // The part before `go mod download`: what an exact hit would cost once priming is skipped.
    warmRestoreVerifyMs: Math.round(median(runs.warmRestoreVerify)),
    untarMs: Math.round(untarMs),
    untarOfflineDownloadMs: Math.round(untarDownloadMs),
    warmVsUntar: Number((warmMs / untarMs).toFixed(2)),
    warmVsUntarOfflineDownload: Number((warmMs / untarDownloadMs).toFixed(2)),
    warmPeakRssMiB: Math.round(maxRssKiB / 1024),
    archiveBytes,
  };
  console.log(`Verified module cache, ${count} modules, ~${megabytes} MB of zips, median of ${repeats}`);
  console.log(`  cold (miss, download via proxy, save): ${figures.coldMs} ms; archive ${archiveBytes} bytes`);
  console.log(
    `  warm (exact hit, checked restore, verify, go list -deps and -m all offline): ${figures.warmMs} ms (restore + verify ${figures.warmRestoreVerifyMs} ms), ${verified} verified`,
  );
  console.log(
    `  floor: untar ${figures.untarMs} ms; untar + GOPROXY=off go mod download all ${figures.untarOfflineDownloadMs} ms`,
  );
  console.log(
    `  ratios: warm/untar ${figures.warmVsUntar}, warm/(untar+download) ${figures.warmVsUntarOfflineDownload}; warm peak RSS ${figures.warmPeakRssMiB} MiB`,
  );
  console.log(JSON.stringify(figures));
} finally {
  await proxy.close();
  await tidy.cleanup();
  await sandbox.cleanup();
}
