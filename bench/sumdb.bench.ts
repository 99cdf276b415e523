/**
 * Checksum-database verification of a 300-module build list against a loopback test database:
 * our client cold, warm (stored lookups and tiles: proven offline, one `/latest` to refresh), and
 * warm with the database unreachable (connection refused) or hanging (the default 2300 ms budget),
 * beside `go`'s own verification of the same modules (empty go.sum, `go mod download all` with the
 * module cache already filled, so only the database is consulted). Prints figures, then one JSON
 * object as the last line.
 *
 *   npx tsx bench/sumdb.bench.ts [modules=300] [filler records=20000]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { toBuildListModule, type GoModule } from '../src/go/build-list.js';
import { parseGoSum } from '../src/go/go-sum.js';
import { MemoryLogger } from '../src/logger.js';
import { parseSumdbSetting } from '../src/module/sumdb-setting.js';
import { verifyChecksums } from '../src/sumdb/verify-go-sum.js';
import { egressProxyFromEnv } from '../src/net/egress-proxy.js';
import { createHttpAgents, destroyHttpAgents, getSmall } from '../src/net/http-get.js';
import { manyModules } from '../test-support/fixture-modules.js';
import { benchRecords } from './sumdb-records.js';
import { startFixtureProxy } from '../test-support/fixture-proxy.js';
import { readRunnerFacts } from '../src/config/runner-facts.js';
import { parseConfig } from '../src/config/config.js';
import { spawnGo } from '../src/go/go-command.js';
import { runPipeline } from '../src/pipeline.js';
import { Redactor } from '../src/report/redact.js';
import { createFixtureProject, createGoSandbox } from '../test-support/go-sandbox.js';
import { startTestSumdb, type TestSumdb } from '../test-support/sumdb-server.js';

const MODULES = Number(process.argv[2] ?? 300);
const FILLER = Number(process.argv[3] ?? 20000);

interface Figures {
  ms: number;
  lookups: number;
  /** Every request the database received. */
  requests: number;
  tiles: number;
  tilesFromDisk?: number;
  verified?: number;
}

function counter(db: TestSumdb) {
  const start = db.requests.length;
  return () => {
    const seen = db.requests.slice(start);
    return {
      lookups: seen.filter((r) => r.kind === 'lookup').length,
      requests: seen.length,
      tiles: seen.filter((r) => r.kind === 'tile').length,
    };
  };
}

async function main(): Promise<void> {
  const graph = manyModules(MODULES);
  const proxy = await startFixtureProxy(graph.modules);
  // Filler records give the tree a realistic depth.
  const db = await startTestSumdb(benchRecords(MODULES, FILLER));
  const reference = await createGoSandbox();
  const tmp: string[] = [];
  try {
    console.log(
      `preparing: ${MODULES} modules, tree of ${db.treeSize()} records; go mod tidy (GOSUMDB=off)…`,
    );
    const dir = await createFixtureProject(reference, graph, proxy.url);
    const goSumText = await fs.readFile(path.join(dir, 'go.sum'), 'utf8');
    const list = await reference.go(['list', '-m', '-json', 'all'], {
      cwd: dir,
      env: { GOPROXY: proxy.url },
    });
    if (list.code !== 0) throw new Error(list.stderr);
    const modules = (JSON.parse(`[${list.stdout.replace(/}\s*{/g, '},{')}]`) as GoModule[]).map(
      toBuildListModule,
    );

    const ours = async (
      stateDir: string,
      down?: { baseUrl: string; latencyBudgetMs: number; verifiedOffline: number },
    ): Promise<Figures> => {
      const count = counter(db);
      const start = performance.now();
      const report = await verifyChecksums({
        modules,
        goSum: parseGoSum(goSumText, 'go.sum'),
        setting: parseSumdbSetting('sumdb', db.gosumdb),
        noSumDb: [],
        baseUrl: down?.baseUrl ?? db.url,
        stateDir,
        latencyBudgetMs: down?.latencyBudgetMs ?? 10000,
        concurrency: 16,
        unavailable: 'fail',
        logger: new MemoryLogger(),
      });
      const ms = performance.now() - start;
      const offlineOnly =
        down && report.verifiedOffline === down.verifiedOffline && report.findings.length === 1;
      if (report.findings.length > 0 && !offlineOnly) throw new Error(JSON.stringify(report.findings));
      return { ms, ...count(), tilesFromDisk: report.requests.tilesFromDisk, verified: report.verified };
    };
    const newStateDir = async () => {
      const d = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-bench-sumdb-'));
      tmp.push(d);
      return d;
    };

    const coldRuns: Figures[] = [];
    const warmRuns: Figures[] = [];
    const refusedRuns: Figures[] = [];
    const hangingRuns: Figures[] = [];
    const checkable = modules.filter((m) => !m.main).length;
    for (let i = 0; i < 3; i++) {
      const stateDir = await newStateDir();
      coldRuns.push(await ours(stateDir));
      warmRuns.push(await ours(stateDir));
      // Nothing listens on port 1: connection refused, as with the network down.
      refusedRuns.push(
        await ours(stateDir, {
          baseUrl: 'http://127.0.0.1:1',
          latencyBudgetMs: 2300,
          verifiedOffline: checkable,
        }),
      );
      db.tamper.hang = true;
      try {
        hangingRuns.push(
          await ours(stateDir, { baseUrl: db.url, latencyBudgetMs: 2300, verifiedOffline: checkable }),
        );
      } finally {
        db.tamper.hang = false;
      }
    }

    // The floor for any client in this process: the same 300 lookups as plain GETs, no verification
    // (the test database shares this event loop with us, not with go).
    const rawRuns: Figures[] = [];
    const floorAgents = createHttpAgents(egressProxyFromEnv({}));
    for (let i = 0; i < 3; i++) {
      const count = counter(db);
      const start = performance.now();
      const targets = modules.filter((m) => !m.main);
      const pending = [...targets];
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          for (let m = pending.shift(); m; m = pending.shift())
            await getSmall(new URL(`${db.url}/lookup/${m.path}@${m.version}`), {
              agents: floorAgents,
              maxBytes: 1 << 20,
              signal: AbortSignal.timeout(10_000),
            });
        }),
      );
      rawRuns.push({ ms: performance.now() - start, ...count() });
    }
    destroyHttpAgents(floorAgents);

    // go: same module cache (so nothing is downloaded), fresh GOPATH, go.sum removed.
    const goRun = async (sandboxRoot: Awaited<ReturnType<typeof createGoSandbox>>): Promise<Figures> => {
      const project = await sandboxRoot.writeProject(`p${Math.random().toString(36).slice(2)}`, {
        'go.mod': await fs.readFile(path.join(dir, 'go.mod'), 'utf8'),
        ...graph.main.files,
      });
      const count = counter(db);
      const start = performance.now();
      const r = await sandboxRoot.go(['mod', 'download', 'all'], {
        cwd: project,
        env: { GOPROXY: proxy.url, GOSUMDB: db.gosumdb, GOFLAGS: '-modcacherw -mod=mod' },
      });
      const ms = performance.now() - start;
      if (r.code !== 0) throw new Error(r.stderr);
      return { ms, ...count() };
    };
    const goColdRuns: Figures[] = [];
    const goWarmRuns: Figures[] = [];
    for (let i = 0; i < 3; i++) {
      const gomodcache = path.join(reference.root, `modcache-copy-${i}`);
      await fs.cp(reference.env.GOMODCACHE as string, gomodcache, { recursive: true });
      await fs.rm(path.join(gomodcache, 'cache', 'download', 'sumdb'), { recursive: true, force: true });
      const sb = await createGoSandbox({ gomodcache });
      try {
        goColdRuns.push(await goRun(sb));
        goWarmRuns.push(await goRun(sb));
      } finally {
        await sb.cleanup();
      }
    }

    // The whole pipeline, cold (empty module cache, no sumdb state), with the checksum step and
    // without it (sumdb: off): what the step adds to a cold run now that it overlaps priming.
    // The checksum step's own group is what remains after the lookups that overlapped priming.
    // The database and the module proxy run in a child process: in a real run neither shares our
    // event loop (with the proxy in this process, every ms of our own work also delayed the
    // proxy's answers to go, and the priming that the lookups overlap).
    // `latency` delays every answer of the child's proxy and database (0: loopback speed).
    const startChild = async (latency: number) => {
      const child = spawn(
        'npx',
        [
          'tsx',
          path.join(import.meta.dirname, 'sumdb-records.ts'),
          String(MODULES),
          String(FILLER),
          String(latency),
        ],
        { stdio: ['pipe', 'pipe', 'inherit'] },
      );
      const childLines: string[] = [];
      const waiting: ((line: string) => void)[] = [];
      let partial = '';
      child.stdout.on('data', (chunk: Buffer) => {
        partial += chunk.toString('utf8');
        for (let i = partial.indexOf('\n'); i >= 0; i = partial.indexOf('\n')) {
          const line = partial.slice(0, i);
          partial = partial.slice(i + 1);
          const waiter = waiting.shift();
          if (waiter) waiter(line);
          else childLines.push(line);
        }
      });
      let exited: Error | undefined;
      child.on('exit', (code) => {
        exited = new Error(`database child exited with ${code}`);
        for (const waiter of waiting.splice(0)) waiter('');
      });
      const childLine = async (): Promise<string> => {
        const line =
          childLines.shift() ?? (exited ? '' : await new Promise<string>((resolve) => waiting.push(resolve)));
        if (exited && line === '') throw exited;
        return line;
      };
      const gosumdb = await childLine();
      const proxyUrl = await childLine();
      const counts = async (): Promise<Record<string, number>> => {
        child.stdin.write('counts\n');
        return JSON.parse(await childLine()) as Record<string, number>;
      };
      const cpu = async (): Promise<number> => {
        child.stdin.write('cpu\n');
        return Number(await childLine());
      };
      return { gosumdb, proxyUrl, counts, cpu, end: () => child.stdin.end() };
    };
    type Child = Awaited<ReturnType<typeof startChild>>;
    const loopbackChild = await startChild(0);
    const childGosumdb = loopbackChild.gosumdb;
    const dbCounts = loopbackChild.counts;

    // Our cold client against the database in the child, as go has it (in its own process).
    const coldChildRuns: Figures[] = [];
    for (let i = 0; i < 3; i++) {
      const before = await dbCounts();
      const start = performance.now();
      const report = await verifyChecksums({
        modules,
        goSum: parseGoSum(goSumText, 'go.sum'),
        setting: parseSumdbSetting('sumdb', childGosumdb),
        noSumDb: [],
        baseUrl: childGosumdb.split(' ')[1],
        stateDir: await newStateDir(),
        latencyBudgetMs: 10000,
        concurrency: 16,
        unavailable: 'fail',
        logger: new MemoryLogger(),
      });
      const ms = performance.now() - start;
      if (report.findings.length > 0) throw new Error(JSON.stringify(report.findings));
      const after = await dbCounts();
      const delta = (kind?: string): number =>
        Object.entries(after)
          .filter(([k]) => kind === undefined || k === kind)
          .reduce((sum, [k, v]) => sum + v - (before[k] ?? 0), 0);
      coldChildRuns.push({
        ms,
        lookups: delta('lookup'),
        requests: delta(),
        tiles: delta('tile'),
        verified: report.verified,
      });
    }

    interface PipelineFigures {
      total: number;
      step: number;
      /** This process's CPU time (user + system) for the run. */
      cpu: number;
      /** Requests the database received during the run. */
      dbRequests: number;
      /** CPU time of the child serving the proxy and the database (on a 2-core machine, it competes). */
      childCpu: number;
    }
    const pipelineRun = async (child: Child, sumdb: string): Promise<PipelineFigures> => {
      const sb = await createGoSandbox();
      const groups = new Map<string, number>();
      const logger = new MemoryLogger();
      logger.group = async <T>(title: string, fn: () => Promise<T>): Promise<T> => {
        const start = performance.now();
        try {
          return await fn();
        } finally {
          groups.set(title, performance.now() - start);
        }
      };
      try {
        const config = parseConfig(
          {
            'working-directory': dir,
            proxy: child.proxyUrl,
            sumdb,
            'license-scope': 'imports',
            'report-file': `${sb.root}/r.json`,
          },
          { onGitHub: false, tempDir: sb.root, homeDir: sb.env.HOME as string },
        );
        const before = Object.values(await child.counts()).reduce((a, b) => a + b, 0);
        const childCpuBefore = await child.cpu();
        const cpu = process.cpuUsage();
        const start = performance.now();
        const { report } = await runPipeline(config, {
          runGo: spawnGo,
          env: sb.env,
          runner: await readRunnerFacts(sb.env),
          logger,
          redactor: new Redactor(),
          now: Date.now,
        });
        const total = performance.now() - start;
        const used = process.cpuUsage(cpu);
        const after = Object.values(await child.counts()).reduce((a, b) => a + b, 0);
        const childCpu = (await child.cpu()) - childCpuBefore;
        if (report.checksums?.enabled && report.checksums.verified !== checkable)
          throw new Error(JSON.stringify(report.findings));
        return {
          total,
          step: groups.get('Checksum database') ?? 0,
          cpu: (used.user + used.system) / 1000,
          dbRequests: after - before,
          childCpu,
        };
      } finally {
        await sb.cleanup();
      }
    };
    const PIPELINE_RUNS = 5;
    const mid = (xs: number[]): number => Math.round([...xs].sort((a, b) => a - b)[xs.length >> 1]);
    // With checksums and with sumdb: off, alternately, PIPELINE_RUNS of each (after one of each,
    // not counted, that warms this process: module loading, JIT). `sumdb` is the GOSUMDB value:
    // the key alone (the default shape: the proxy relays the database, as proxy.golang.org does
    // sum.golang.org), or the key and the database's own URL.
    const pipelineComparison = async (child: Child, sumdb: string) => {
      const withChecksums: PipelineFigures[] = [];
      const withoutChecksums: PipelineFigures[] = [];
      await pipelineRun(child, 'off');
      await pipelineRun(child, sumdb);
      for (let i = 0; i < PIPELINE_RUNS; i++) {
        withChecksums.push(await pipelineRun(child, sumdb));
        withoutChecksums.push(await pipelineRun(child, 'off'));
      }
      const totalOn = mid(withChecksums.map((r) => r.total));
      const totalOff = mid(withoutChecksums.map((r) => r.total));
      const stepMs = mid(withChecksums.map((r) => r.step));
      return {
        withChecksumsMs: totalOn,
        checksumStepMs: stepMs,
        stepPercentOfRun: Math.round((stepMs / totalOn) * 100),
        sumdbOffMs: totalOff,
        addedPercent: Math.round(((totalOn - totalOff) / totalOff) * 100),
        cpuWithChecksumsMs: mid(withChecksums.map((r) => r.cpu)),
        cpuSumdbOffMs: mid(withoutChecksums.map((r) => r.cpu)),
        dbRequests: mid(withChecksums.map((r) => r.dbRequests)),
        childCpuWithChecksumsMs: mid(withChecksums.map((r) => r.childCpu)),
        childCpuSumdbOffMs: mid(withoutChecksums.map((r) => r.childCpu)),
      };
    };
    const keyOnly = (gosumdb: string): string => gosumdb.split(' ')[0];
    const pipelineCold = await pipelineComparison(loopbackChild, keyOnly(loopbackChild.gosumdb));
    const pipelineColdDbUrl = await pipelineComparison(loopbackChild, loopbackChild.gosumdb);
    loopbackChild.end();
    // A CI runner's round trip to proxy.golang.org and sum.golang.org is some tens of ms.
    const LATENCY_MS = 20;
    const distantChild = await startChild(LATENCY_MS);
    const pipelineColdAtLatency = await pipelineComparison(distantChild, keyOnly(distantChild.gosumdb));
    distantChild.end();

    const median = (runs: Figures[]): Figures => {
      const sorted = [...runs].sort((a, b) => a.ms - b.ms);
      const m = sorted[Math.floor(sorted.length / 2)];
      return { ...m, ms: Math.round(m.ms) };
    };
    const results = {
      modules: MODULES,
      treeSize: db.treeSize(),
      ours: {
        cold: median(coldRuns),
        coldDbInChild: median(coldChildRuns),
        warm: median(warmRuns),
        warmDbRefused: median(refusedRuns),
        warmDbHanging: median(hangingRuns),
      },
      rawFetchFloor: median(rawRuns),
      go: { cold: median(goColdRuns), warm: median(goWarmRuns) },
      pipelineCold,
      pipelineColdAtLatency: { latencyMs: LATENCY_MS, ...pipelineColdAtLatency },
      pipelineColdDbUrl,
    };
    const row = (name: string, f: Figures) =>
      `${name.padEnd(40)} ${String(f.ms).padStart(7)} ms  ${String(f.lookups).padStart(4)} lookups  ${String(f.requests).padStart(4)} requests  ${String(f.tiles).padStart(4)} tiles fetched${f.tilesFromDisk !== undefined ? `  ${f.tilesFromDisk} tiles from disk` : ''}`;
    console.log(`\nmedian of 3 runs, ${MODULES} modules, tree of ${results.treeSize} records, loopback:`);
    console.log(row('ours, cold tile cache', results.ours.cold));
    console.log(row('ours, cold, database in a child process', results.ours.coldDbInChild));
    console.log(row('ours, warm (stored proofs + /latest)', results.ours.warm));
    console.log(row('ours, warm, DB refused (offline proofs)', results.ours.warmDbRefused));
    console.log(row('ours, warm, DB hanging (2300 ms budget)', results.ours.warmDbHanging));
    console.log(row('plain GETs, no verification (floor)', results.rawFetchFloor));
    console.log(row('go mod download all, cold sumdb', results.go.cold));
    console.log(row('go mod download all, warm sumdb', results.go.warm));
    for (const [name, p] of [
      ['proxy (relaying the database) at loopback', results.pipelineCold],
      [`proxy (relaying the database) at ${LATENCY_MS} ms per answer`, results.pipelineColdAtLatency],
      ['proxy and database (GOSUMDB with its URL) at loopback', results.pipelineColdDbUrl],
    ] as const) {
      console.log(
        `whole pipeline, cold, ${name}: ${p.withChecksumsMs} ms, of which the checksum step (after the lookups that overlapped priming) ${p.checksumStepMs} ms (${p.stepPercentOfRun}%); ${p.sumdbOffMs} ms with sumdb: off (+${p.addedPercent}%, medians of ${PIPELINE_RUNS}, noisy on a shared machine)`,
      );
      console.log(
        `  CPU of this process: ${Math.round(p.cpuWithChecksumsMs)} ms with checksums, ${Math.round(p.cpuSumdbOffMs)} ms with sumdb: off; of the proxy and database child: ${Math.round(p.childCpuWithChecksumsMs)} / ${Math.round(p.childCpuSumdbOffMs)} ms; ${p.dbRequests} database requests`,
      );
    }
    console.log(
      `\nours verifies every go.sum line on every run (warm: from stored lookups and tiles, refreshed by one\n` +
        `/latest); go asks the database only for lines missing from go.sum, and its warm run answers from\n` +
        `its cached lookups (zero requests, no fresh proof).\n` +
        `The test database runs in this node process for the rows above the child-process one, so it\n` +
        `shares our event loop there but not go's: compare those with the plain-GET floor.`,
    );
    console.log(JSON.stringify(results));
  } finally {
    await reference.cleanup();
    for (const d of tmp) await fs.rm(d, { recursive: true, force: true });
    await db.close();
    await proxy.close();
  }
}

await main();
