/**
 * The verified cache on a generated build list (default 300 modules, about 200 MB of zips) shaped
 * like real Go code (many ~12 KB source files per module, compressible ~3.3×), served by the
 * fixture proxy and checksum database on loopback. The product itself runs (runWarden, as the CLI
 * does), local-directory backend:
 * - cold: empty module cache and cache dir: restore (miss), priming through the relay, checksums,
 *   licenses, the save;
 * - warm (ours): empty module cache, exact hit: the checked restore, every zip hashed against
 *   go.sum, go.sum proven offline from the stored proofs, licenses read from the zips, the build
 *   list (`go list -m -json all`), no `go mod download`;
 * - floor 1: plain `tar -x` of the same archive;
 * - floor 2: plain `tar -x` + `GOPROXY=off go mod download all` (what setup-go's restore plus a
 *   `go mod download` costs).
 * Each scenario runs `repeats` times, interleaved; medians. The warm run also runs once in a child
 * process for its peak RSS (node's maxRSS; go and tar children not included).
 * Run: NODE_OPTIONS=--max-old-space-size=6144 npx tsx bench/cache.bench.ts [modules] [megabytes] [repeats]
 *        [--scale | --scale-only] [--scale-modules 3000] [--scale-kb 5]
 * (the generated sources, ~700 MB, are held in memory). The last line is one JSON object. --scale
 * adds the scale row (300 vs 3,000 modules, time per module and peak RSS; see scaleRow).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalBackend } from '../src/cache/local-backend.js';
import { MemoryLogger } from '../src/logger.js';
import { runWarden } from '../src/run.js';
import type { Report } from '../src/report/model.js';
import { goModFile, mainSource, sourceModule, type FixtureGraph } from '../test-support/fixture-modules.js';
import { startFixtureWorld } from '../test-support/fixture-world.js';
import { removeTree, run, type GoSandbox } from '../test-support/go-sandbox.js';
import { benchWorld } from './bench-world.js';

const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const [count, megabytes, repeats] = [300, 200, 3].map((d, i) => Number(positional[i] ?? d));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface Paths {
  project: string;
  proxyUrl: string;
  sumdb: string;
  cacheDir: string;
  root: string;
}

/** One run of the product as the CLI runs it; returns the report and each log group's time. */
async function warden(
  paths: Paths,
  env: NodeJS.ProcessEnv,
  name: string,
  extra: Record<string, string> = {},
) {
  const temp = path.join(paths.root, `temp-${name}`);
  await fs.mkdir(temp, { recursive: true });
  const logger = new MemoryLogger();
  const groups: Record<string, number> = {};
  const group = logger.group.bind(logger);
  logger.group = async <T>(title: string, fn: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await group(title, fn);
    } finally {
      groups[title] = Math.round(performance.now() - start);
    }
  };
  const started = performance.now();
  const { report } = await runWarden(
    {
      'working-directory': paths.project,
      proxy: paths.proxyUrl,
      sumdb: paths.sumdb,
      'license-allow': 'MIT',
      'cache-backend': 'local',
      'cache-dir': paths.cacheDir,
      'report-file': path.join(temp, 'report.json'),
      ...extra,
    },
    { ...env, RUNNER_TEMP: temp },
    logger,
    { cacheBackend: (_kind, dir) => new LocalBackend(dir) },
  );
  const ms = performance.now() - started;
  if (report.status !== 'passed')
    throw new Error(`${name}: ${report.status}: ${JSON.stringify(report.findings).slice(0, 2000)}`);
  return { ms, report, groups };
}

function expectWarmHit(report: Report): void {
  if (report.cache?.hit !== 'exact' || !report.cache.complete)
    throw new Error(`expected a complete exact hit, got ${JSON.stringify(report.cache)}`);
  if (report.download.downloaded > 0) throw new Error('the warm run ran go mod download');
}

if (process.argv[2] === '--warm-child') {
  const paths = JSON.parse(process.argv[3]) as Paths;
  const env = JSON.parse(process.env.BENCH_ENV ?? '{}') as NodeJS.ProcessEnv;
  const { report } = await warden(paths, env, 'rss');
  expectWarmHit(report);
  process.stdout.write(JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS }) + '\n');
  process.exit(0);
}

// One cold or warm run alone in this process: its wall time and this process's peak RSS.
if (process.argv[2] === '--run-child') {
  const paths = JSON.parse(process.argv[4]) as Paths;
  const env = JSON.parse(process.env.BENCH_ENV ?? '{}') as NodeJS.ProcessEnv;
  // A loaded box makes the loopback proxy breach the default budget (a warning, not a failure):
  // the scale row is about time per module and memory, so the budget is wide.
  const { ms, report } = await warden(paths, env, process.argv[3], { 'latency-budget': '60s' });
  if (process.argv[3] === 'warm') expectWarmHit(report);
  process.stdout.write(JSON.stringify({ ms, maxRssKiB: process.resourceUsage().maxRSS }) + '\n');
  process.exit(0);
}
if (process.argv.includes('--scale-only')) {
  await scaleRow();
  process.exit(0);
}

function generatedGraph(n: number, totalBytes: number): FixtureGraph {
  const width = String(n - 1).length;
  const modules = Array.from({ length: n }, (_, i) =>
    sourceModule(
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

const world = await startFixtureWorld(generatedGraph(count, megabytes * 1e6));
let sandbox: GoSandbox | undefined;
try {
  sandbox = await world.freshSandbox();
  const gomodcache = sandbox.env.GOMODCACHE as string;
  const env = { ...sandbox.env, GOFLAGS: '-modcacherw' };
  const paths: Paths = {
    project: world.project,
    proxyUrl: world.proxy.url,
    sumdb: `${world.sumdb.verifierKey} ${world.sumdb.url}`,
    cacheDir: path.join(sandbox.root, 'warden-cache'),
    root: sandbox.root,
  };

  const cold = async () => {
    await removeTree(gomodcache);
    await fs.rm(paths.cacheDir, { recursive: true, force: true });
    const result = await warden(paths, env, 'cold');
    if (!result.report.cache?.save?.saved)
      throw new Error(`cold run saved nothing: ${JSON.stringify(result.report.cache)}`);
    return result;
  };
  const archive = async (): Promise<{ file: string; bytes: number }> => {
    const [entry] = await new LocalBackend(paths.cacheDir).entries();
    const file = path.join(entry.dir, 'archive.tar');
    return { file, bytes: (await fs.stat(file)).size };
  };
  const untar = async (): Promise<void> => {
    await fs.mkdir(gomodcache, { recursive: true });
    // GNU tar detects the compression (zstd or gzip) of an archive file by itself.
    const res = await run('tar', ['-x', '-f', (await archive()).file, '-C', gomodcache]);
    if (res.code !== 0) throw new Error(`tar failed: ${res.stderr}`);
  };
  const timed = async (fn: () => Promise<unknown>): Promise<number> => {
    const start = performance.now();
    await fn();
    return performance.now() - start;
  };
  const floorUntar = async (): Promise<number> => {
    await removeTree(gomodcache);
    return timed(untar);
  };
  const floorUntarDownload = async (): Promise<number> => {
    await removeTree(gomodcache);
    return timed(async () => {
      await untar();
      const res = await run('go', ['mod', 'download', 'all'], {
        cwd: paths.project,
        env: { ...env, GOPROXY: 'off' },
      });
      if (res.code !== 0) throw new Error(`offline go mod download failed: ${res.stderr}`);
    });
  };
  const warm = async () => {
    await removeTree(gomodcache);
    const result = await warden(paths, env, 'warm');
    expectWarmHit(result.report);
    return result;
  };

  const runs = {
    cold: [] as number[],
    warm: [] as number[],
    untar: [] as number[],
    untarDownload: [] as number[],
  };
  let warmGroups: Record<string, number> = {};
  let verified = 0;
  for (let i = 0; i < repeats; i++) {
    runs.cold.push((await cold()).ms);
    const w = await warm();
    runs.warm.push(w.ms);
    warmGroups = w.groups;
    verified = w.report.checksums?.verified ?? 0;
    runs.untar.push(await floorUntar());
    runs.untarDownload.push(await floorUntarDownload());
  }
  const archiveBytes = (await archive()).bytes;

  // Peak RSS: the warm run once more, alone in a child process.
  await removeTree(gomodcache);
  const child = spawn(
    path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.bin', 'tsx'),
    [fileURLToPath(import.meta.url), '--warm-child', JSON.stringify(paths)],
    { env: { ...process.env, BENCH_ENV: JSON.stringify(env) }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`the RSS child exited with ${String(code)}`);
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
    untarMs: Math.round(untarMs),
    untarOfflineDownloadMs: Math.round(untarDownloadMs),
    warmVsUntar: Number((warmMs / untarMs).toFixed(2)),
    warmVsUntarOfflineDownload: Number((warmMs / untarDownloadMs).toFixed(2)),
    warmPeakRssMiB: Math.round(maxRssKiB / 1024),
    archiveBytes,
    warmPhasesMs: warmGroups,
  };
  console.log(`Verified module cache, ${count} modules, ~${megabytes} MB of zips, median of ${repeats}`);
  console.log(
    `  cold (miss, priming via the relay, checksums, licenses, save): ${figures.coldMs} ms; archive ${archiveBytes} bytes`,
  );
  console.log(
    `  warm (exact hit: checked restore, verify, offline proofs, licenses from zips, build list): ${figures.warmMs} ms, ${verified} verified`,
  );
  console.log(
    `  warm phases (last run): ${Object.entries(warmGroups)
      .map(([k, v]) => `${k} ${v} ms`)
      .join('; ')}`,
  );
  console.log(
    `  floor: untar ${figures.untarMs} ms; untar + GOPROXY=off go mod download all ${figures.untarOfflineDownloadMs} ms`,
  );
  console.log(
    `  ratios: warm/untar ${figures.warmVsUntar} (target ≤ 3), warm/(untar+download) ${figures.warmVsUntarOfflineDownload} (target ≤ 0.5); warm peak RSS ${figures.warmPeakRssMiB} MiB (target < 300)`,
  );
  console.log(JSON.stringify(figures));
} finally {
  await world.close();
}
if (process.argv.includes('--scale')) await scaleRow();

/**
 * The scale row (issue #29): the same cold and warm runs at 300 and at SCALE modules, each alone
 * in a child process, with small zips (the issue's ~2 GB of zips at 3,000 modules does not fit a
 * shared box: the module count is kept, zip sizes are scaled down): time per module and peak RSS,
 * 300 beside SCALE (target: within 1.2×). --scale runs it after the main figures, --scale-only alone;
 * --scale-modules N (3000) and --scale-kb K (5) shape it.
 */
async function scaleRow(): Promise<void> {
  const flag = (name: string, fallback: number): number => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? Number(process.argv[at + 1]) : fallback;
  };
  const big = flag('scale-modules', 3000);
  const kb = flag('scale-kb', 5);
  const rows: Record<string, { cold: Measured; warm: Measured }> = {};
  for (const n of [300, big]) rows[n] = await scaleRuns(n, n * kb * 1000);
  const perModule = (m: Measured, n: number): number => Number((m.ms / n).toFixed(2));
  console.log(`Scale row (~${kb} KB zips): 300 vs ${big} modules, one run each, alone in a child process`);
  for (const n of [300, big])
    console.log(
      `  ${n}: cold ${perModule(rows[n].cold, n)} ms/module (peak RSS ${rows[n].cold.rssMiB} MiB), warm ${perModule(rows[n].warm, n)} ms/module (peak RSS ${rows[n].warm.rssMiB} MiB)`,
    );
  const growth = {
    cold: Number((perModule(rows[big].cold, big) / perModule(rows[300].cold, 300)).toFixed(2)),
    warm: Number((perModule(rows[big].warm, big) / perModule(rows[300].warm, 300)).toFixed(2)),
    rssCold: Number((rows[big].cold.rssMiB / rows[300].cold.rssMiB).toFixed(2)),
    rssWarm: Number((rows[big].warm.rssMiB / rows[300].warm.rssMiB).toFixed(2)),
  };
  console.log(`  growth ${big}/300: ${JSON.stringify(growth)} (target ≤ 1.2)`);
  console.log(JSON.stringify({ scale: { kb, rows, growth } }));
}

interface Measured {
  readonly ms: number;
  readonly rssMiB: number;
}

/** A world of n modules; one cold run (empty caches), then one warm exact hit, each in a child. */
async function scaleRuns(n: number, totalBytes: number): Promise<{ cold: Measured; warm: Measured }> {
  // Without go mod tidy (minutes for 3,000 modules on a loaded box): bench-world.ts writes go.sum.
  const scaleWorld = await benchWorld(generatedGraph(n, totalBytes));
  try {
    const box = await scaleWorld.freshSandbox();
    const env = { ...box.env, GOFLAGS: '-modcacherw' };
    const paths: Paths = {
      project: scaleWorld.project,
      proxyUrl: scaleWorld.proxy.url,
      sumdb: `${scaleWorld.sumdb.verifierKey} ${scaleWorld.sumdb.url}`,
      cacheDir: path.join(box.root, 'warden-cache'),
      root: box.root,
    };
    const inChild = async (name: 'cold' | 'warm'): Promise<Measured> => {
      await removeTree(box.env.GOMODCACHE as string);
      const child = spawn(
        path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.bin', 'tsx'),
        [fileURLToPath(import.meta.url), '--run-child', name, JSON.stringify(paths)],
        { env: { ...process.env, BENCH_ENV: JSON.stringify(env) }, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      const code = await new Promise((resolve) => child.on('close', resolve));
      if (code !== 0) throw new Error(`the ${name} child (${n} modules) exited with ${String(code)}`);
      const { ms, maxRssKiB } = JSON.parse(out.trim().split('\n').pop() ?? '{}') as {
        ms: number;
        maxRssKiB: number;
      };
      return { ms: Math.round(ms), rssMiB: Math.round(maxRssKiB / 1024) };
    };
    return { cold: await inChild('cold'), warm: await inChild('warm') };
  } finally {
    await scaleWorld.close();
  }
}
