/**
 * The checksum-database records of bench/sumdb.bench.ts: the graph's modules spread through filler
 * records (as real modules are spread over sum.golang.org's tiles). Run as a script, it serves them
 * from a child process (so the database does not share the measured process's event loop) and
 * prints its GOSUMDB value on the first line:
 *
 *   npx tsx bench/sumdb-records.ts <modules> <filler>
 */
import { manyModules } from '../test-support/fixture-modules.js';
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
  const db = await startTestSumdb(benchRecords(Number(process.argv[2]), Number(process.argv[3])));
  console.log(db.gosumdb);
  process.stdin.resume();
  process.stdin.on('end', () => void db.close().then(() => process.exit(0)));
}
