/**
 * "Verified before trusted", alone: our check of a full module cache (verifyModuleCache: every
 * module version go.sum names, zip h1 vs go.sum and .ziphash, .mod vs go.sum, extracted tree vs
 * the same hash) against `GOPROXY=off go mod verify` on the same cache, in the same run.
 * The cache is generated: `modules` fixture modules (default 120) of `files` source-like files
 * each (default 150, 1–40 KB, deflated) plus one incompressible blob (default 256 KiB, stored),
 * served by the fixture proxy on loopback and fetched once with `go mod download all` (zips and
 * extracted trees). Runs interleave, `repeats` times (default 3); medians. Our peak RSS is taken
 * from one more run alone in a child process (node's maxRSS).
 * Run: npx tsx bench/verify.bench.ts [modules] [files] [repeats]. The last line is one JSON object.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyModuleCache } from '../src/cache/verify-on-disk.js';
import { parseGoSum } from '../src/go/go-sum.js';
import { MemoryLogger } from '../src/logger.js';
import {
  goModFile,
  largeModule,
  mainSource,
  type FixtureGraph,
  type FixtureModule,
} from '../test-support/fixture-modules.js';
import { startFixtureProxy } from '../test-support/fixture-proxy.js';
import { createFixtureProject, createGoSandbox, run } from '../test-support/go-sandbox.js';

async function ours(gomodcache: string, project: string): Promise<{ ms: number; verified: number }> {
  const goSum = parseGoSum(await fs.readFile(path.join(project, 'go.sum'), 'utf8'), 'go.sum');
  const started = performance.now();
  const { integrity } = await verifyModuleCache({ gomodcache, goSum, logger: new MemoryLogger() });
  if (integrity.polluted.length > 0) throw new Error(`bench cache polluted: ${integrity.polluted.length}`);
  return { ms: performance.now() - started, verified: integrity.verified };
}

if (process.argv[2] === '--child') {
  const { verified } = await ours(process.argv[3], process.argv[4]);
  process.stdout.write(JSON.stringify({ verified, maxRssKiB: process.resourceUsage().maxRSS }) + '\n');
  process.exit(0);
}

const [count, filesPer, repeats] = [120, 150, 3].map((d, i) => Number(process.argv[i + 2] ?? d));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Source-like text, distinct per file, compressible as Go source is. */
function sourceText(seed: number, bytes: number): string {
  const lines: string[] = [`// Code for file ${seed}.`, 'package p', ''];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = `func f${seed}_${i}(x int) int { return x*${(seed * 31 + i) % 977} + ${i} } // ${(seed ^ i).toString(36)}`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n') + '\n';
}

function generatedGraph(): FixtureGraph {
  const width = String(count - 1).length;
  const modules: FixtureModule[] = Array.from({ length: count }, (_, i) => {
    const m = largeModule(`example.test/verify/mod${String(i).padStart(width, '0')}`, 'v1.0.0', 256 << 10);
    for (let f = 0; f < filesPer; f++) {
      const seed = i * filesPer + f;
      m.files[`pkg${f % 7}/file${f}.txt`] = sourceText(seed, 1024 + ((seed * 7919) % 40) * 1024);
    }
    return m;
  });
  const requires = Object.fromEntries(modules.map((m) => [m.path, m.version]));
  return {
    modules,
    main: {
      path: 'example.test/verifybench',
      goMod: goModFile('example.test/verifybench', requires),
      files: { 'main.go': mainSource(modules.map((m) => m.path)) },
    },
  };
}

const graph = generatedGraph();
const proxy = await startFixtureProxy(graph.modules);
const tidy = await createGoSandbox();
const sandbox = await createGoSandbox();
try {
  const project = await createFixtureProject(tidy, graph, proxy.url);
  const gomodcache = sandbox.env.GOMODCACHE as string;
  const env = { ...sandbox.env, GOSUMDB: 'off', GOFLAGS: '-modcacherw' };
  const fetched = await run('go', ['mod', 'download', 'all'], {
    cwd: project,
    env: { ...env, GOPROXY: proxy.url },
  });
  if (fetched.code !== 0) throw new Error(`go mod download failed: ${fetched.stderr}`);
  const du = await run('du', ['-sm', path.join(gomodcache, 'cache', 'download'), gomodcache]);
  const [zipsMiB, allMiB] = du.stdout.split('\n').map((l) => Number(l.split('\t')[0]));

  const goVerify = async (): Promise<number> => {
    const started = performance.now();
    const res = await run('go', ['mod', 'verify'], { cwd: project, env: { ...env, GOPROXY: 'off' } });
    if (res.code !== 0) throw new Error(`go mod verify failed: ${res.stderr}${res.stdout}`);
    return performance.now() - started;
  };
  const runs = { ours: [] as number[], go: [] as number[] };
  let verified = 0;
  for (let i = 0; i < repeats; i++) {
    const o = await ours(gomodcache, project);
    runs.ours.push(o.ms);
    verified = o.verified;
    runs.go.push(await goVerify());
  }

  const child = spawn(
    path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.bin', 'tsx'),
    [fileURLToPath(import.meta.url), '--child', gomodcache, project],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise((resolve) => child.on('close', resolve));
  const { maxRssKiB } = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { maxRssKiB: number };

  const oursMs = median(runs.ours);
  const goMs = median(runs.go);
  const figures = {
    bench: 'verify',
    modules: count,
    filesPerModule: filesPer + 3,
    zipsMiB: zipsMiB,
    extractedMiB: allMiB - zipsMiB,
    repeats,
    verified,
    oursMs: Math.round(oursMs),
    goModVerifyMs: Math.round(goMs),
    oursVsGoModVerify: Number((oursMs / goMs).toFixed(2)),
    oursPeakRssMiB: Math.round(maxRssKiB / 1024),
  };
  console.log(`Module cache check, ${count} modules of ${filesPer + 3} files, median of ${repeats}`);
  console.log(
    `  ours (verifyModuleCache): ${figures.oursMs} ms, ${verified} verified, peak RSS ${figures.oursPeakRssMiB} MiB`,
  );
  console.log(`  GOPROXY=off go mod verify: ${figures.goModVerifyMs} ms; ratio ${figures.oursVsGoModVerify}`);
  console.log(JSON.stringify(figures));
} finally {
  await proxy.close();
  await tidy.cleanup();
  await sandbox.cleanup();
}
