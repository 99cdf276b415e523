/**
 * Relay benchmark (issue 3). Run: npx tsx bench/relay.bench.ts
 * (a) priming ≥ 100 modules through the relay (as the action runs it: fetching go.sum's files
 *     ahead) vs plain `go mod download` at the same healthy fixture proxy (ratio, target ≤ 1.10),
 *     next to the relay with prefetch off (the cost of the extra hop alone);
 * (b) a hanging primary + healthy secondary through the relay vs the secondary alone through the
 *     relay, next to plain `go` with GOPROXY=primary,secondary killed at a cap;
 * (c) peak RSS of a child process running only the relay while it relays a 200 MiB zip
 *     (process.memoryUsage().rss sampled every 20 ms inside that child).
 * The last line is one JSON object with the figures.
 */
import { fork } from 'node:child_process';
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
import { manyModules } from '../test-support/fixture-modules.js';
import { startFixtureProxy } from '../test-support/fixture-proxy.js';
import { createFixtureProject, createGoSandbox, removeTree, run } from '../test-support/go-sandbox.js';

const MODULES = 120;
const ROUNDS = 5;
const BUDGET_MS = 1000;
const CAP_MS = 20_000;
const ZIP_BYTES = 200 * 1024 * 1024;
/** A second healthy proxy that answers after this delay, as a proxy across a network would. */
const NET_DELAY_MS = 10;

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
  const slowNet = await spawnProxy(MODULES, NET_DELAY_MS, 'none');
  const hanging = await spawnProxy(MODULES, 0, 'hang');
  const dirs: string[] = [];
  try {
    const project = await createFixtureProject(sandbox, graph, healthy.url);
    const prime = async (goproxy: string, timeoutMs = 120_000): Promise<{ ms: number; code: number }> => {
      const cache = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-bench-cache-'));
      dirs.push(cache);
      const start = performance.now();
      const res = await sandbox.go(['mod', 'download', '-json', 'all'], {
        cwd: project,
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
      }
      return {
        plainMs: Math.round(median(rounds.plain)),
        relayMs: Math.round(median(rounds.relay)),
        hopOnlyMs: Math.round(median(rounds.hopOnly)),
        rounds,
      };
    };
    const a = await compare(healthy.url);
    const ratioA = a.relayMs / a.plainMs;
    console.log(`(a) rounds (ms): ${JSON.stringify(a.rounds)}`);
    console.log(
      `(a) ${MODULES} modules, median of ${ROUNDS}, zero-latency loopback proxy: plain go ${a.plainMs} ms, through the relay ${a.relayMs} ms, ratio ${ratioA.toFixed(3)} (target ≤ 1.10); prefetch off (the hop alone) ${a.hopOnlyMs} ms, ratio ${(a.hopOnlyMs / a.plainMs).toFixed(3)}`,
    );
    const aNet = await compare(slowNet.url);
    const ratioNet = aNet.relayMs / aNet.plainMs;
    console.log(
      `(a') same, the proxy answering after ${NET_DELAY_MS} ms as one across a network would: plain go ${aNet.plainMs} ms, through the relay ${aNet.relayMs} ms, ratio ${ratioNet.toFixed(3)}; prefetch off ${aNet.hopOnlyMs} ms, ratio ${(aNet.hopOnlyMs / aNet.plainMs).toFixed(3)}`,
    );

    // (a-cold) as the action runs it: the relay compiled to JavaScript, in a fresh node process.
    const cold = await coldRuns(sandbox.env, project, healthy.url, dirs);
    console.log(
      `(a-cold) the relay in a fresh node process each run (compiled JS, median of ${ROUNDS}): ${cold.relayMs} ms (its CPU ${cold.relayCpuMs} ms) vs plain go ${cold.plainMs} ms, ratio ${(cold.relayMs / cold.plainMs).toFixed(3)}`,
    );

    // (b) hanging primary + healthy secondary.
    const secondaryAlone = await relayMs(healthy.url, true)();
    const hangingPair = await relayMs(`${hanging.url},${healthy.url}`, true)();
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
    };
    console.log(
      `(b) budget ${BUDGET_MS} ms: hanging primary + healthy secondary ${b.hangingPrimaryMs} ms vs secondary alone ${b.secondaryAloneMs} ms, ratio ${ratioB.toFixed(2)} (target ≤ ${b.boundMs} ms); plain go with the same GOPROXY: ${plainHangText}`,
    );

    // (c) peak RSS of the relay process relaying a 200 MiB body.
    const c = await measureRss();
    console.log(
      `(c) relay child process RSS: idle ${c.idleMiB} MiB, peak ${c.peakMiB} MiB while relaying ${ZIP_BYTES / 1024 / 1024} MiB (${c.receivedMiB} MiB received, ${c.seconds} s) (target < 150 MiB)`,
    );

    console.log(
      JSON.stringify({
        machine: { cpus: os.cpus().length, node: process.version },
        modules: MODULES,
        a: {
          ...a,
          ratio: Number(ratioA.toFixed(3)),
          hopOnlyRatio: Number((a.hopOnlyMs / a.plainMs).toFixed(3)),
          target: 1.1,
        },
        aCold: { ...cold, ratio: Number((cold.relayMs / cold.plainMs).toFixed(3)) },
        aWithLatency: {
          upstreamDelayMs: NET_DELAY_MS,
          ...aNet,
          ratio: Number(ratioNet.toFixed(3)),
          hopOnlyRatio: Number((aNet.hopOnlyMs / aNet.plainMs).toFixed(3)),
        },
        b: { budgetMs: BUDGET_MS, capMs: CAP_MS, ...b },
        c: { method: 'child process, process.memoryUsage().rss sampled every 20 ms', ...c, targetMiB: 150 },
      }),
    );
  } finally {
    await healthy.close();
    await slowNet.close();
    await hanging.close();
    for (const dir of dirs) await removeTree(dir);
    await sandbox.cleanup();
  }
}

/**
 * Priming through a relay that starts cold each time, as in the action (one fresh process a job):
 * src/ compiled by tsc, then per round a new `node` process (no tsx) that starts the relay, fetches
 * ahead from go.sum and runs `go mod download -json all` through it; interleaved with plain go.
 */
async function coldRuns(
  goEnv: NodeJS.ProcessEnv,
  project: string,
  upstream: string,
  dirs: string[],
): Promise<{ plainMs: number; relayMs: number; relayCpuMs: number }> {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-bench-js-'));
  dirs.push(out);
  await run(process.execPath, [
    path.join('node_modules', 'typescript', 'bin', 'tsc'),
    '-p',
    'tsconfig.build.json',
    '--outDir',
    out,
  ]);
  const script = path.join(out, 'cold-relay.mjs');
  await fs.writeFile(
    script,
    `import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
const [mode, upstream, project, cache] = process.argv.slice(2);
const env = { ...JSON.parse(process.env.GO_ENV), GOSUMDB: 'off', GOMODCACHE: cache };
const go = (goproxy) =>
  new Promise((resolve) => {
    const child = spawn('go', ['mod', 'download', '-json', 'all'], { cwd: project, env: { ...env, GOPROXY: goproxy }, stdio: 'ignore' });
    child.on('exit', (code) => resolve(code));
  });
const started = performance.now();
if (mode === 'plain') {
  const code = await go(upstream);
  console.log(JSON.stringify({ code, ms: performance.now() - started, cpuMs: 0 }));
} else {
  const { startRelay } = await import('./goproxy/relay.js');
  const { parseProxyList } = await import('./module/proxy-list.js');
  const { planPrefetch } = await import('./goproxy/prefetch-plan.js');
  const { parseGoSum } = await import('./go/go-sum.js');
  const { MemoryLogger } = await import('./logger.js');
  const begin = performance.now();
  const relay = await startRelay({ upstreams: parseProxyList('proxy', upstream), latencyBudgetMs: ${BUDGET_MS}, stallTimeoutMs: 5000, fallback: ['next-proxy', 'cache'], logger: new MemoryLogger() });
  const goSum = parseGoSum(fs.readFileSync(path.join(project, 'go.sum'), 'utf8'), 'go.sum');
  relay.prefetch(planPrefetch({ goSum, neverProxied: [], inCache: new Set() }));
  const code = await go(relay.url);
  const ms = performance.now() - begin;
  await relay.endPrefetch();
  await relay.close();
  const cpu = process.resourceUsage();
  console.log(JSON.stringify({ code, ms, cpuMs: (cpu.userCPUTime + cpu.systemCPUTime) / 1000 }));
}
`,
  );
  const once = async (mode: 'plain' | 'relay'): Promise<{ ms: number; cpuMs: number }> => {
    const cache = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-bench-cache-'));
    dirs.push(cache);
    const res = await run(process.execPath, [script, mode, upstream, project, cache], {
      env: { ...process.env, GO_ENV: JSON.stringify(goEnv) },
    });
    const result = JSON.parse(res.stdout) as { code: number; ms: number; cpuMs: number };
    if (res.code !== 0 || result.code !== 0) throw new Error(`cold ${mode} run failed: ${res.stderr}`);
    return result;
  };
  const plain: number[] = [];
  const relay: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    plain.push((await once('plain')).ms);
    const r = await once('relay');
    relay.push(r.ms);
    cpu.push(r.cpuMs);
  }
  return {
    plainMs: Math.round(median(plain)),
    relayMs: Math.round(median(relay)),
    relayCpuMs: Math.round(median(cpu)),
  };
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
  const proxy = await startFixtureProxy(manyModules(n).modules);
  if (faults === 'hang') proxy.setFault('*', { kind: 'hang' });
  else if (delayMs > 0) proxy.setFault('*', { kind: 'delay', ms: delayMs });
  process.on('message', async () => {
    await proxy.close();
    process.exit(0);
  });
  process.send?.({ url: proxy.url });
}

/** Starts a fixture proxy child process; returns its URL and a stop function. */
async function spawnProxy(
  n: number,
  delayMs: number,
  fault: 'none' | 'hang',
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
else await main();
