/**
 * The whole license step (read license files from the zips, classify, policy) over every module
 * zip of a real module cache, timed in a fresh process, as a warm run does it: no verdict is
 * taken from anywhere, each text is classified from the zip's bytes.
 *
 *   npx tsx scripts/license-step-profile.ts [GOMODCACHE=$(go env GOMODCACHE)] [rounds=1]
 *   node --cpu-prof --import tsx scripts/license-step-profile.ts …   (where the time goes)
 *
 * Round 1 is a fresh process's (templates compiled, code not yet optimized); rounds 2+ are the
 * steady state, whose median is printed last. CPU time is printed beside wall time: on a shared
 * machine the wall time also holds the time other processes took.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { BuildListModule } from '../src/go/build-list.js';
import { evaluateLicenses } from '../src/licenses/evaluate.js';
import type { LicensePolicy } from '../src/licenses/policy.js';
import { forgetClassifications } from '../src/licenses/text-memo.js';
import { unescapeModulePath, unescapeVersion } from '../src/module/module-escape.js';

const start = performance.now();
const modCache = process.argv[2] ?? execFileSync('go', ['env', 'GOMODCACHE'], { encoding: 'utf8' }).trim();
const rounds = Number(process.argv[3] ?? 1);
const download = path.join(modCache, 'cache', 'download');

function zips(dir: string, out: string[]): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) zips(full, out);
    else if (entry.name.endsWith('.zip')) out.push(full);
  }
  return out;
}

const modules: BuildListModule[] = zips(download, []).map((zip) => {
  const rel = path.relative(download, zip).split(path.sep);
  const version = unescapeVersion(rel.at(-1)!.slice(0, -4))!;
  return {
    path: unescapeModulePath(rel.slice(0, -2).join('/'))!,
    version,
    main: false,
    indirect: false,
    dir: undefined,
    goMod: undefined,
    replace: undefined,
    error: undefined,
  };
});
const policy: LicensePolicy = {
  allow: ['MIT', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'ISC', 'MPL-2.0'],
  deny: [],
  exceptions: [],
  confidence: 0.9,
  unknownLicense: 'fail',
  warnOnly: false,
};
const loaded = performance.now();
const steady: { wall: number; cpu: number }[] = [];
for (let round = 1; round <= rounds; round++) {
  forgetClassifications();
  const t = performance.now();
  const cpu = process.cpuUsage();
  const report = await evaluateLicenses(modules, policy, { modCache });
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const counts = report.counts.map((c) => `${c.license} ${c.modules}`).join(', ');
  console.log(
    `round ${round}: ${modules.length} modules in ${ms.toFixed(0)} ms, ${(ms / modules.length).toFixed(3)} ms/module wall, ${cpuMs.toFixed(0)} ms CPU (${(cpuMs / modules.length).toFixed(3)} ms/module); ${report.findings.length} findings`,
  );
  if (round === 1) console.log(`  ${counts}`);
  else steady.push({ wall: ms / modules.length, cpu: cpuMs / modules.length });
  if (process.env.DUMP)
    fs.writeFileSync(
      process.env.DUMP,
      JSON.stringify(
        report.modules.map((m) => [
          m.path,
          m.version,
          m.detected,
          m.verdict,
          m.files.map((f) => [f.path, f.expression, f.matches, f.unknown]),
        ]),
      ),
    );
}
const median = (values: number[]): number => values.sort((x, y) => x - y)[Math.floor(values.length / 2)];
if (steady.length > 0)
  console.log(
    `rounds 2-${rounds} (steady state), median: ${median(steady.map((s) => s.wall)).toFixed(3)} ms/module wall, ${median(steady.map((s) => s.cpu)).toFixed(3)} ms/module CPU`,
  );
console.log(`process: modules listed in ${(loaded - start).toFixed(0)} ms`);
