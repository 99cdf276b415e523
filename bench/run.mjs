// `npm run bench`: every benchmark in bench/, one after another (each prints its figures and a
// JSON line). GO_LICENSES=/path/to/go-licenses adds go-licenses to the license comparison.
import { spawnSync } from 'node:child_process';

const benches = ['relay', 'sumdb', 'cache', 'verify', 'licenses', 'sbom'];
const env = { ...process.env, GO_LICENSES: process.env.GO_LICENSES ?? 'skip' };
for (const name of benches) {
  console.log(`\n== bench/${name}.bench.ts`);
  const run = spawnSync('npx', ['tsx', `bench/${name}.bench.ts`], { stdio: 'inherit', env });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
