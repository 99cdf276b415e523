/**
 * Relay benchmark (issues 3 and 15). Run: npx tsx bench/relay.bench.ts
 * (a) priming 300 modules through the relay as the action runs it (fetching go.sum's files ahead)
 *     vs plain `go mod download all` at the same proxy shaped like one across a network: 20 ms
 *     before headers and a 50 MB/s bandwidth cap shared by every response (target ≤ 0.7×);
 * (a0) the same at a zero-latency, unshaped loopback proxy (the hop's own cost; target ≤ 1.5×);
 * (b) a hanging primary + healthy secondary through the relay vs the secondary alone through the
 *     relay (target ≤ secondary alone + 2 × budget), next to plain `go` killed at a cap;
 * (c) peak RSS of a child process running only the relay while it relays a 200 MiB zip
 *     (process.memoryUsage().rss sampled every 20 ms inside that child; target < 150 MiB);
 * (d) a thin link: the shaped proxy at 5 MB/s shared, each zip carrying 30 to 100 KB of incompressible
 *     bytes (about 20 MB in all, so the link stays saturated), default budget (2300 ms), every fallback
 *     (direct unreachable: example.test): relay + adaptive prefetch vs plain go; breakers opened,
 *     fallbacks, late wins and the prefetch widths from the relay's report (target: none opened);
 * (e) one proxy whose zips of 5 modules answer after 3 × the budget, direct unreachable: the relay
 *     must pass like plain go (which waits), beside it.
 * `--rows d,e` runs only those rows (default: every row).
 * Every round is printed, then the medians; the last line is one JSON object with the figures.
 * --scale adds the scale row (300 vs 3,000 modules: time per module, the relay's peak RSS; see
 * relayScaleRow at the end), --scale-only prints it alone.
 * The machine may be shared: the JSON carries the load average before and after.
 */
import { fork } from 'node:child_process';
import { createCipheriv, createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGoSum } from '../src/go/go-sum.js';
import { planPrefetch } from '../src/goproxy/prefetch-plan.js';
import { parseProxyList } from '../src/module/proxy-list.js';
import { childGoproxy, startRelay } from '../src/goproxy/relay.js';
import { MemoryLogger } from '../src/logger.js';
import { type FixtureGraph, goModFile, manyModules } from '../test-support/fixture-modules.js';
import { startFixtureProxy } from '../test-support/fixture-proxy.js';
import { createFixtureProject, createGoSandbox, removeTree } from '../test-support/go-sandbox.js';
import { entryForModule } from '../test-support/sumdb-server.js';
import { shapedFront } from './shaped-front.js';

const MODULES = 300;
const ROUNDS = 3;
const BUDGET_MS = 1000;
const CAP_MS = 20_000;
const ZIP_BYTES = 200 * 1024 * 1024;
/** The shaped proxy: time before headers, and the bandwidth every response shares. */
const NET_DELAY_MS = 20;
const NET_BYTES_PER_SECOND = 50 * 1000 * 1000;
/** (d): a thin link, and the action's default budget. */
const THIN_BYTES_PER_SECOND = 5 * 1000 * 1000;
const DEFAULT_BUDGET_MS = 2300;
/** (e): modules whose zips answer after 3 × BUDGET_MS. */
const SLOW_ZIPS = 5;
/** `--rows a,b`: the rows to run (every row by default). */
const ROWS = new Set(
  (process.argv.includes('--rows') ? process.argv[process.argv.indexOf('--rows') + 1] : 'a,a0,b,c,d,e').split(
    ',',
  ),
);

/**
 * (d): manyModules at v1.1.0 (the sandbox's module cache holds v1.0.0 without blobs) with a 30 to
 * 100 KB incompressible blob in each zip, the same in every process.
 */
function thinGraph(n: number): FixtureGraph {
  const graph = manyModules(n);
  graph.main.goMod = goModFile(
    'example.test/many',
    Object.fromEntries(graph.modules.map((m) => [m.path, 'v1.1.0'])),
  );
  graph.modules.forEach((m, i) => {
    m.version = 'v1.1.0';
    const key = createHash('sha256').update(m.path).digest().subarray(0, 16);
    const bytes = 30_000 + ((i * 7919) % 70_000);
    m.blobs = {
      'data.bin': createCipheriv('aes-128-ctr', key, Buffer.alloc(16)).update(Buffer.alloc(bytes)),
    };
  });
  return graph;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function relayChild(): Promise<void> {
  const upstream = process.argv[process.argv.indexOf('--relay-child') + 1];
  const relay = await startRelay({
    upstreams: parseProxyList('proxy', upstream),
    latencyBudgetMs: 5000,
    stallTimeoutMs: 5000,
    fallback: ['next-proxy'],
    probe: false,
    logger: new MemoryLogger(),
  });
  let peak = process.memoryUsage().rss;
  const idle = peak;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  process.on('message', async (message) => {
    if (message === 'report') {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().rss);
      process.send?.({ idle, peak });
      await relay.close();
      process.exit(0);
    }
  });
  process.send?.({ url: relay.url });
}

async function main(): Promise<void> {
  const sandbox = await createGoSandbox();
  const graph = manyModules(MODULES);
  const healthy = await spawnProxy(MODULES, 0, 'none');
  const shaped = await spawnProxy(MODULES, NET_DELAY_MS, 'shaped');
  const hanging = await spawnProxy(MODULES, 0, 'hang');
  const thin = await spawnProxy(MODULES, NET_DELAY_MS, 'thin');
  const slowZips = await spawnProxy(MODULES, 0, 'slow-zips');
  const dirs: string[] = [];
  try {
    const project = await createFixtureProject(sandbox, graph, healthy.url);
    const prime = async (
      goproxy: string,
      timeoutMs = 120_000,
      cwd = project,
    ): Promise<{ ms: number; code: number }> => {
      const cache = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-bench-cache-'));
      dirs.push(cache);
      const start = performance.now();
      const res = await sandbox.go(['mod', 'download', '-json', 'all'], {
        cwd,
        env: { GOPROXY: goproxy, GOSUMDB: 'off', GOMODCACHE: cache },
        timeoutMs,
      });
      const ms = performance.now() - start;
      if (res.code > 0) throw new Error(`go mod download failed (${goproxy}):\n${res.stderr.slice(0, 2000)}`);
      return { ms, code: res.code };
    };
    // What the pipeline fetches ahead: go.sum's files (the caches here start empty, nothing is private).
    const goSum = parseGoSum(await fs.readFile(path.join(project, 'go.sum'), 'utf8'), 'go.sum');
    const ahead = planPrefetch({ goSum, neverProxied: [], inCache: new Set() });
    const withRelay = async <T>(
      goproxy: string,
      fn: (url: string) => Promise<T>,
      prefetch = true,
    ): Promise<T> => {
      const relay = await startRelay({
        upstreams: parseProxyList('proxy', goproxy),
        latencyBudgetMs: BUDGET_MS,
        stallTimeoutMs: 5000,
        fallback: ['next-proxy', 'cache'],
        logger: new MemoryLogger(),
      });
      try {
        if (prefetch) relay.prefetch(ahead);
        return await fn(childGoproxy(relay.url, ['next-proxy', 'cache']));
      } finally {
        await relay.endPrefetch();
        await relay.close();
      }
    };
    const relayMs = (goproxy: string, prefetch: boolean) => () =>
      withRelay(goproxy, async (url) => (await prime(url)).ms, prefetch);

    // (a) a healthy proxy: one untimed round of each arm, then ROUNDS interleaved so that any drift
    // is shared evenly. This process's relay warms up over the rounds; the action's never does
    // (one fresh process a job), so (a-cold) below times that case apart.
    const compare = async (
      url: string,
    ): Promise<{ plainMs: number; relayMs: number; hopOnlyMs: number; rounds: Record<string, number[]> }> => {
      await prime(url);
      await relayMs(url, true)();
      await relayMs(url, false)();
      const rounds: Record<string, number[]> = { plain: [], relay: [], hopOnly: [] };
      for (let round = 0; round < ROUNDS; round++) {
        rounds.plain.push(Math.round((await prime(url)).ms));
        rounds.relay.push(Math.round(await relayMs(url, true)()));
        rounds.hopOnly.push(Math.round(await relayMs(url, false)()));
        console.log(
          `  round ${round + 1}: plain ${rounds.plain[round]} ms, relay + prefetch ${rounds.relay[round]} ms, relay without prefetch ${rounds.hopOnly[round]} ms`,
        );
      }
      return {
        plainMs: Math.round(median(rounds.plain)),
        relayMs: Math.round(median(rounds.relay)),
        hopOnlyMs: Math.round(median(rounds.hopOnly)),
        rounds,
      };
    };
    const load0 = os.loadavg()[0];
    const aRow = async (url: string, label: string, target: number) => {
      const r = await compare(url);
      const ratio = r.relayMs / r.plainMs;
      console.log(`(${label}) rounds (ms): ${JSON.stringify(r.rounds)}`);
      console.log(
        `(${label}) ${MODULES} modules, median of ${ROUNDS}: plain go ${r.plainMs} ms, relay + prefetch ${r.relayMs} ms, ratio ${ratio.toFixed(3)} (target ≤ ${target}); prefetch off ${r.hopOnlyMs} ms, ratio ${(r.hopOnlyMs / r.plainMs).toFixed(3)}`,
      );
      return {
        ...r,
        ratio: Number(ratio.toFixed(3)),
        hopOnlyRatio: Number((r.hopOnlyMs / r.plainMs).toFixed(3)),
        target,
      };
    };
    // (a) the proxy shaped like one across a network; (a0) the same at a zero-latency loopback proxy.
    const aNet = ROWS.has('a') ? await aRow(shaped.url, 'a', 0.7) : undefined;
    const a = ROWS.has('a0') ? await aRow(healthy.url, 'a0', 1.5) : undefined;

    // (b) hanging primary + healthy secondary, interleaved rounds, medians.
    const bRow = async () => {
      const bRounds: { secondaryAlone: number[]; hangingPrimary: number[] } = {
        secondaryAlone: [],
        hangingPrimary: [],
      };
      for (let round = 0; round < ROUNDS; round++) {
        bRounds.secondaryAlone.push(Math.round(await relayMs(healthy.url, true)()));
        bRounds.hangingPrimary.push(Math.round(await relayMs(`${hanging.url},${healthy.url}`, true)()));
        console.log(
          `  round ${round + 1}: secondary alone ${bRounds.secondaryAlone[round]} ms, hanging primary + secondary ${bRounds.hangingPrimary[round]} ms`,
        );
      }
      const secondaryAlone = median(bRounds.secondaryAlone);
      const hangingPair = median(bRounds.hangingPrimary);
      const plainHang = await prime(`${hanging.url},${healthy.url}`, CAP_MS).catch(() => ({
        ms: CAP_MS,
        code: -1,
      }));
      const plainHangText =
        plainHang.code === -1 ? `> ${CAP_MS} ms (killed at the cap)` : `${Math.round(plainHang.ms)} ms`;
      const ratioB = hangingPair / secondaryAlone;
      const b = {
        secondaryAloneMs: Math.round(secondaryAlone),
        hangingPrimaryMs: Math.round(hangingPair),
        ratio: Number(ratioB.toFixed(3)),
        boundMs: Math.round(secondaryAlone + 2 * BUDGET_MS),
        plainGo: plainHang.code === -1 ? `> ${CAP_MS}` : Math.round(plainHang.ms),
        rounds: bRounds,
      };
      console.log(
        `(b) budget ${BUDGET_MS} ms: hanging primary + healthy secondary ${b.hangingPrimaryMs} ms vs secondary alone ${b.secondaryAloneMs} ms, ratio ${ratioB.toFixed(2)} (target ≤ ${b.boundMs} ms); plain go with the same GOPROXY: ${plainHangText}`,
      );
      return b;
    };
    const b = ROWS.has('b') ? await bRow() : undefined;

    // (d) a thin link at the default budget, every fallback allowed; (e) slow zips, direct unreachable.
    const fallbackRow = async (
      url: string,
      budgetMs: number,
      cwd = project,
    ): Promise<{ plainMs: number[]; relayMs: number[]; relayFacts: unknown[] }> => {
      const row = { plainMs: [] as number[], relayMs: [] as number[], relayFacts: [] as unknown[] };
      const all = ['next-proxy', 'cache', 'direct'] as const;
      const sums = parseGoSum(await fs.readFile(path.join(cwd, 'go.sum'), 'utf8'), 'go.sum');
      const plan = planPrefetch({ goSum: sums, neverProxied: [], inCache: new Set() });
      for (let round = 0; round < ROUNDS; round++) {
        row.plainMs.push(Math.round((await prime(url, 120_000, cwd)).ms));
        const relay = await startRelay({
          upstreams: parseProxyList('proxy', url),
          latencyBudgetMs: budgetMs,
          stallTimeoutMs: 30_000,
          fallback: [...all],
          logger: new MemoryLogger(),
          goSum: sums,
          direct: { env: { ...sandbox.env, GOSUMDB: 'off' }, scratchParent: os.tmpdir() },
        });
        try {
          relay.prefetch(plan);
          row.relayMs.push(Math.round((await prime(childGoproxy(relay.url, [...all]), 120_000, cwd)).ms));
        } finally {
          await relay.endPrefetch();
          const report = relay.report();
          await relay.close();
          const proxy = report.upstreams[0];
          row.relayFacts.push({
            breakersOpened: proxy.breaker.transitions.filter((t) => t.to === 'open').length,
            fallbacks: report.fallbacks,
            lateWins: proxy.lateWins ?? 0,
            direct: report.upstreams[1]?.requests ?? 0,
            widths: report.prefetch?.widths,
          });
        }
        console.log(
          `  round ${round + 1}: plain ${row.plainMs[round]} ms, relay ${row.relayMs[round]} ms, ${JSON.stringify(row.relayFacts[round])}`,
        );
      }
      return row;
    };
    const thinProject = ROWS.has('d')
      ? await createFixtureProject(sandbox, thinGraph(MODULES), thin.url, 'thin-project')
      : undefined;
    const d = thinProject ? await fallbackRow(thin.url, DEFAULT_BUDGET_MS, thinProject) : undefined;
    if (d)
      console.log(
        `(d) ${THIN_BYTES_PER_SECOND / 1e6} MB/s shared, budget ${DEFAULT_BUDGET_MS} ms: plain go ${median(d.plainMs)} ms, relay ${median(d.relayMs)} ms (target: no breaker opened, no fallback)`,
      );
    const e = ROWS.has('e') ? await fallbackRow(slowZips.url, BUDGET_MS) : undefined;
    if (e)
      console.log(
        `(e) ${SLOW_ZIPS} zips after ${3 * BUDGET_MS} ms (budget ${BUDGET_MS} ms), direct unreachable: plain go ${median(e.plainMs)} ms, relay ${median(e.relayMs)} ms (target: passes like plain go)`,
      );

    // (c) peak RSS of the relay process relaying a 200 MiB body.
    const c = ROWS.has('c') ? await measureRss() : undefined;
    if (c)
      console.log(
        `(c) relay child process RSS: idle ${c.idleMiB} MiB, peak ${c.peakMiB} MiB while relaying ${ZIP_BYTES / 1024 / 1024} MiB (${c.receivedMiB} MiB received, ${c.seconds} s) (target < 150 MiB)`,
      );

    console.log(
      JSON.stringify({
        machine: {
          cpus: os.cpus().length,
          node: process.version,
          loadAverageBefore: Number(load0.toFixed(2)),
          loadAverageAfter: Number(os.loadavg()[0].toFixed(2)),
          note: 'shared with other jobs: absolute times are noisy, ratios within a run less so',
        },
        modules: MODULES,
        a: aNet && { upstreamDelayMs: NET_DELAY_MS, bandwidthBytesPerSecond: NET_BYTES_PER_SECOND, ...aNet },
        a0: a,
        b: b && { budgetMs: BUDGET_MS, capMs: CAP_MS, ...b },
        d: d && { bandwidthBytesPerSecond: THIN_BYTES_PER_SECOND, budgetMs: DEFAULT_BUDGET_MS, ...d },
        e: e && { slowZips: SLOW_ZIPS, zipDelayMs: 3 * BUDGET_MS, budgetMs: BUDGET_MS, ...e },
        c: c && {
          method: 'child process, process.memoryUsage().rss sampled every 20 ms',
          ...c,
          targetMiB: 150,
        },
      }),
    );
  } finally {
    await healthy.close();
    await shaped.close();
    await hanging.close();
    await thin.close();
    await slowZips.close();
    for (const dir of dirs) await removeTree(dir);
    await sandbox.cleanup();
  }
}

/** Serves 200 MiB generated on the fly (never held whole), relays it through a child, reads it here. */
async function measureRss(): Promise<{
  idleMiB: number;
  peakMiB: number;
  receivedMiB: number;
  seconds: number;
}> {
  const chunk = Buffer.alloc(64 * 1024, 0x5a);
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/zip', 'Content-Length': String(ZIP_BYTES) });
    let sent = 0;
    const pump = (): void => {
      while (sent < ZIP_BYTES) {
        const part = chunk.subarray(0, Math.min(chunk.length, ZIP_BYTES - sent));
        sent += part.length;
        if (!res.write(part)) return void res.once('drain', pump);
      }
      res.end();
    };
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const upstream = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const child = fork(fileURLToPath(import.meta.url), ['--relay-child', upstream], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const messages: unknown[] = [];
  const next = (): Promise<Record<string, number | string>> =>
    new Promise((resolve) => {
      const poll = (): void => {
        const m = messages.shift();
        if (m) resolve(m as Record<string, number | string>);
        else setTimeout(poll, 10);
      };
      poll();
    });
  child.on('message', (m) => messages.push(m));
  const { url } = await next();
  const start = performance.now();
  const received = await new Promise<number>((resolve, reject) => {
    http
      .get(`${url}/example.test/big/@v/v1.0.0.zip`, (res) => {
        let n = 0;
        res.on('data', (d: Buffer) => (n += d.length));
        res.on('end', () => resolve(n));
        res.on('error', reject);
      })
      .on('error', reject);
  });
  const seconds = (performance.now() - start) / 1000;
  child.send('report');
  const { idle, peak } = await next();
  server.close();
  server.closeAllConnections();
  const mib = (n: number): number => Number((n / 1024 / 1024).toFixed(1));
  return {
    idleMiB: mib(Number(idle)),
    peakMiB: mib(Number(peak)),
    receivedMiB: mib(received),
    seconds: Number(seconds.toFixed(2)),
  };
}

/** A fixture proxy in its own process, so that it never competes with the relay for the event loop. */
async function proxyChild(): Promise<void> {
  const n = Number(process.argv[process.argv.indexOf('--proxy-child') + 1]);
  const delayMs = Number(process.argv[process.argv.indexOf('--proxy-child') + 2]);
  const faults = process.argv[process.argv.indexOf('--proxy-child') + 3];
  const proxy = await startFixtureProxy((faults === 'thin' ? thinGraph(n) : manyModules(n)).modules);
  if (faults === 'hang') proxy.setFault('*', { kind: 'hang' });
  if (faults === 'slow-zips')
    for (const m of manyModules(n).modules.slice(0, SLOW_ZIPS))
      proxy.setFault({ module: m.path, kind: 'zip' }, { kind: 'delay', ms: 3 * BUDGET_MS });
  const rate = faults === 'thin' ? THIN_BYTES_PER_SECOND : NET_BYTES_PER_SECOND;
  const front =
    faults === 'shaped' || faults === 'thin' ? await shapedFront(proxy.url, delayMs, rate) : undefined;
  process.on('message', async () => {
    await front?.close();
    await proxy.close();
    process.exit(0);
  });
  process.send?.({ url: front?.url ?? proxy.url });
}

/** Starts a fixture proxy child process; returns its URL and a stop function. */
async function spawnProxy(
  n: number,
  delayMs: number,
  fault: 'none' | 'hang' | 'shaped' | 'thin' | 'slow-zips',
): Promise<{ url: string; close(): Promise<void> }> {
  const child = fork(fileURLToPath(import.meta.url), ['--proxy-child', String(n), String(delayMs), fault], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve) =>
    child.once('message', (m) => resolve((m as { url: string }).url)),
  );
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send('stop');
      }),
  };
}

if (process.argv.includes('--relay-child')) await relayChild();
else if (process.argv.includes('--proxy-child')) await proxyChild();
else {
  if (!process.argv.includes('--scale-only')) await main();
  if (process.argv.includes('--scale') || process.argv.includes('--scale-only')) await relayScaleRow();
}

/**
 * The scale row (issue #29), apart from the rows above: `go mod download all` of 300 and of
 * --scale-modules (3,000) modules (manyModules: small zips) through a relay in a child process
 * (as in (c); no prefetch), beside plain go at the same shaped proxy: time per module, and the
 * relay process's peak RSS (sampled every 20 ms), 300 beside 3,000 (target: within 1.2×). Run
 * with --scale after the other rows, or --scale-only alone.
 */
async function relayScaleRow(): Promise<void> {
  const at = process.argv.indexOf('--scale-modules');
  const big = at > 0 ? Number(process.argv[at + 1]) : 3000;
  const rows: Record<number, ScaleRun> = {};
  for (const n of [300, big]) rows[n] = await relayScaleRun(n);
  const perModule = (ms: number, n: number): number => Number((ms / n).toFixed(2));
  console.log(
    `Scale row: 300 vs ${big} modules through the relay (a child process, no prefetch), one run each`,
  );
  for (const n of [300, big])
    console.log(
      `  ${n}: plain go ${perModule(rows[n].plainMs, n)} ms/module, relay ${perModule(rows[n].relayMs, n)} ms/module (ratio ${(rows[n].relayMs / rows[n].plainMs).toFixed(2)}); relay peak RSS ${rows[n].peakMiB} MiB (idle ${rows[n].idleMiB})`,
    );
  const growth = {
    relayPerModule: Number(
      (perModule(rows[big].relayMs, big) / perModule(rows[300].relayMs, 300)).toFixed(2),
    ),
    relayPeakRss: Number((rows[big].peakMiB / rows[300].peakMiB).toFixed(2)),
  };
  console.log(`  growth ${big}/300: ${JSON.stringify(growth)} (target ≤ 1.2)`);
  console.log(JSON.stringify({ scale: { rows, growth, loadAverage: Number(os.loadavg()[0].toFixed(2)) } }));
}

interface ScaleRun {
  readonly plainMs: number;
  readonly relayMs: number;
  readonly idleMiB: number;
  readonly peakMiB: number;
}

async function relayScaleRun(n: number): Promise<ScaleRun> {
  const sandbox = await createGoSandbox();
  // go.mod and go.sum as tidy would write them (tidy of 3,000 modules outlasts its timeout here):
  // manyModules' modules require nothing, so go.mod lists them all.
  const graph = manyModules(n);
  const goSum = graph.modules
    .map(entryForModule)
    .flatMap((e) => [`${e.path} ${e.version} ${e.zipHash}`, `${e.path} ${e.version}/go.mod ${e.goModHash}`]);
  const project = await sandbox.writeProject(`scale-${n}`, {
    'go.mod': graph.main.goMod,
    'go.sum': `${goSum.join('\n')}\n`,
    ...graph.main.files,
  });
  const proxy = await spawnProxy(n, NET_DELAY_MS, 'shaped');
  try {
    const prime = async (goproxy: string): Promise<number> => {
      const cache = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-bench-cache-'));
      try {
        const start = performance.now();
        const res = await sandbox.go(['mod', 'download', 'all'], {
          cwd: project,
          env: { GOPROXY: goproxy, GOSUMDB: 'off', GOMODCACHE: cache },
          timeoutMs: 1_800_000,
        });
        if (res.code !== 0)
          throw new Error(`go mod download failed (${goproxy}):\n${res.stderr.slice(0, 2000)}`);
        return Math.round(performance.now() - start);
      } finally {
        await removeTree(cache);
      }
    };
    const plainMs = await prime(proxy.url);
    const child = fork(fileURLToPath(import.meta.url), ['--relay-child', proxy.url], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const next = (): Promise<Record<string, number | string>> =>
      new Promise((resolve) => child.once('message', (m) => resolve(m as Record<string, number | string>)));
    const { url } = await next();
    const relayMs = await prime(childGoproxy(String(url), ['next-proxy']));
    const report = next();
    child.send('report');
    const { idle, peak } = await report;
    const mib = (x: number | string): number => Number((Number(x) / 1024 / 1024).toFixed(1));
    return { plainMs, relayMs, idleMiB: mib(idle), peakMiB: mib(peak) };
  } finally {
    await proxy.close();
    await sandbox.cleanup();
  }
}
