/**
 * The checksum-database records of bench/sumdb.bench.ts: the graph's modules spread through filler
 * records (as real modules are spread over sum.golang.org's tiles). Run as a script, it serves
 * them, and the graph's module proxy, from a child process (so neither shares the measured
 * process's event loop, as in a real run), and prints its GOSUMDB value on the first line and the
 * proxy URL on the second. Each `counts` line on stdin is answered with one JSON line: the
 * requests the database received so far, by kind; each `cpu` line with this process's CPU time so
 * far in ms (the proxy's and the database's work, which in a real run is not on our machine).
 *
 * `latency` delays every answer of the proxy and of the database by that many ms (a proxy and a
 * database across the internet); a database request relayed by the proxy waits once.
 *
 *   npx tsx bench/sumdb-records.ts <modules> <filler> [latency ms=0]
 */
import readline from 'node:readline';
import { manyModules } from '../test-support/fixture-modules.js';
import { startFixtureProxy } from '../test-support/fixture-proxy.js';
import { entryForModule, startTestSumdb, type SumdbEntry } from '../test-support/sumdb-server.js';

export function benchRecords(modules: number, fillerCount: number): SumdbEntry[] {
  const graph = manyModules(modules);
  const filler: SumdbEntry[] = Array.from({ length: fillerCount }, (_, i) => ({
    path: `example.test/filler/f${i}`,
    version: 'v1.0.0',
    zipHash: `h1:${Buffer.alloc(32, i % 251).toString('base64')}`,
    goModHash: `h1:${Buffer.alloc(32, (i + 7) % 251).toString('base64')}`,
  }));
  const records: SumdbEntry[] = [...filler];
  const step = Math.max(1, Math.floor(fillerCount / modules));
  graph.modules.forEach((m, i) =>
    records.splice(Math.min(records.length, i * (step + 1)), 0, entryForModule(m)),
  );
  return records;
}

if (process.argv[1]?.endsWith('sumdb-records.ts')) {
  const modules = Number(process.argv[2]);
  const db = await startTestSumdb(benchRecords(modules, Number(process.argv[3])));
  const proxy = await startFixtureProxy(manyModules(modules).modules, { sumdb: db });
  const latency = Number(process.argv[4] ?? 0);
  if (latency > 0) {
    db.tamper.delayMs = latency;
    proxy.setFault('*', { kind: 'delay', ms: latency });
    // Relayed database requests wait once, at the database.
    proxy.setFault({ kind: 'sumdb' }, { kind: 'delay', ms: 0 });
  }
  console.log(db.gosumdb);
  console.log(proxy.url);
  const lines = readline.createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    if (line.trim() === 'cpu') {
      const used = process.cpuUsage();
      return console.log(String((used.user + used.system) / 1000));
    }
    if (line.trim() !== 'counts') return;
    const counts: Record<string, number> = {};
    for (const r of db.requests) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
    console.log(JSON.stringify(counts));
  });
  lines.on('close', () => void Promise.all([db.close(), proxy.close()]).then(() => process.exit(0)));
}
