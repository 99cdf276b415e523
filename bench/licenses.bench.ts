/**
 * License gate benchmark.
 *  1. Classifier throughput on the labelled corpus (files/s, words/s, accuracy), beside a
 *     licensee-style word-set Dice baseline run in the same process on the same files.
 *  2. evaluateLicenses on a 300-module build list on disk (realistic mix of license files).
 *  3. If go-licenses can be installed (`go install github.com/google/go-licenses/v2@latest`,
 *     then the v1 path once if the v2 path has no package), its time and answers on the same
 *     corpus modules, downloaded by the real `go` from the fixture proxy, beside ours, with every
 *     disagreement listed. Prints figures, then one JSON object as the last line.
 *
 *  0. The real-text corpus (__fixtures__/license-corpus-real, hand labels): accuracy, false
 *     allows through a permissive allow list, files/s, for ours and google/licensecheck (built
 *     at bench time in a temp dir; LICENSECHECK=skip skips it). See bench/real-corpus-bench.ts.
 *
 *   npx tsx bench/licenses.bench.ts [rounds=3] [modules=300]
 *   GO_LICENSES=/path/to/go-licenses (a binary installed before) or GO_LICENSES=skip
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { toBuildListModule, type BuildListModule, type GoModule } from '../src/go/build-list.js';
import {
  classifyFully,
  classifyLicenseText,
  DEFAULT_CONFIDENCE,
  UNKNOWN_LICENSE,
} from '../src/licenses/classifier.js';
import { evaluateLicenses } from '../src/licenses/evaluate.js';
import { normalizeText } from '../src/licenses/normalize.js';
import { forgetClassifications } from '../src/licenses/text-memo.js';
import type { LicensePolicy } from '../src/licenses/policy.js';
import { NOTICE_TEMPLATES, TEMPLATE_IDS, templateSource } from '../src/licenses/template-texts.js';
import { benchLicensecheck, benchOurs } from './real-corpus-bench.js';
import { fixtureModule, goModFile, mainSource, type FixtureGraph } from '../test-support/fixture-modules.js';
import { startFixtureProxy } from '../test-support/fixture-proxy.js';
import { createFixtureProject, createGoSandbox } from '../test-support/go-sandbox.js';

const run = promisify(execFile);
const ROUNDS = Number(process.argv[2] ?? 3);
const MODULES = Number(process.argv[3] ?? 300);
const CORPUS = path.join(import.meta.dirname, '..', '__fixtures__', 'licenses', 'corpus');
const labels = JSON.parse(fs.readFileSync(path.join(CORPUS, 'labels.json'), 'utf8')) as Record<
  string,
  string
>;
const files = Object.entries(labels).map(([name, label]) => ({
  name,
  label,
  text: fs.readFileSync(path.join(CORPUS, name), 'utf8'),
}));

// --- 0. the real-text corpus ----------------------------------------------------------------
const realOurs = benchOurs(ROUNDS);
const realLicensecheck = await benchLicensecheck();
console.log(
  `Real-text corpus: ${realOurs.modules} modules, ${realOurs.files / ROUNDS} license files (hand labels)`,
);
for (const figures of [realOurs, realLicensecheck]) {
  if (!('agree' in figures)) {
    console.log(`  ${figures.tool}: ${figures.note}`);
    continue;
  }
  console.log(
    `  ${figures.tool.padEnd(20)} ${figures.agree}/${figures.modules} agree (${(figures.accuracy * 100).toFixed(1)}%), ${figures.falseAllows.length} false allows, ${figures.filesPerSecond} files/s (${figures.filesPerCpuSecond} per CPU second)`,
  );
  for (const key of figures.falseAllows.slice(0, 10)) console.log(`    false allow: ${key}`);
}

// --- 1. throughput on the corpus -------------------------------------------------------------
function timeIt<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

const words = files.reduce((sum, file) => sum + normalizeText(file.text).words.length, 0);
const warm = timeIt(() => classifyLicenseText(files[0].text)); // compiles the templates
let oursRight = 0;
const ours = timeIt(() => {
  for (let round = 0; round < ROUNDS; round++) {
    for (const file of files) {
      const got = classifyLicenseText(file.text).expression ?? 'none';
      if (round === 0 && got === file.label) oursRight++;
    }
  }
});

// The same files through the full classifier: what a text the known-text table does not hold
// costs (the corpus texts are the table's sources, so `ours` above answers most from the table).
let fullRight = 0;
const full = timeIt(() => {
  for (let round = 0; round < ROUNDS; round++) {
    for (const file of files) {
      const got = classifyFully(file.text, normalizeText(file.text), DEFAULT_CONFIDENCE).expression ?? 'none';
      if (round === 0 && got === file.label) fullRight++;
    }
  }
});

// Baseline: licensee's approach, word-set Dice coefficient ≥ 0.98 against each template.
const diceTemplates = [
  ...TEMPLATE_IDS.map((id) => ({
    id,
    words: new Set(normalizeText(templateSource(id).replace(/<<var>>|\[\[|\]\]/g, ' ')).words),
  })),
  ...NOTICE_TEMPLATES.map(({ id, source }) => ({
    id,
    words: new Set(normalizeText(source.replace(/\[\[|\]\]/g, ' ')).words),
  })),
];
function dice(text: string): string {
  const set = new Set(normalizeText(text).words);
  if (set.size === 0) return 'none';
  let best = { id: UNKNOWN_LICENSE, score: 0 };
  for (const template of diceTemplates) {
    let common = 0;
    for (const word of template.words) if (set.has(word)) common++;
    const score = (2 * common) / (template.words.size + set.size);
    if (score > best.score) best = { id: template.id, score };
  }
  return best.score >= 0.98 ? best.id : UNKNOWN_LICENSE;
}
let diceRight = 0;
const baseline = timeIt(() => {
  for (let round = 0; round < ROUNDS; round++) {
    for (const file of files) if (dice(file.text) === file.label && round === 0) diceRight++;
  }
});

const classified = files.length * ROUNDS;
console.log(
  `Corpus: ${files.length} files, ${words} words; ${ROUNDS} rounds; template compile + first file ${warm.ms.toFixed(0)} ms`,
);
console.log(
  `  ours (table, memo):   ${(classified / (ours.ms / 1000)).toFixed(1)} files/s, ${((words * ROUNDS) / (ours.ms / 1000) / 1000).toFixed(0)}k words/s, ${oursRight}/${files.length} right`,
);
console.log(
  `  ours (full, aligned): ${(classified / (full.ms / 1000)).toFixed(1)} files/s, ${((words * ROUNDS) / (full.ms / 1000) / 1000).toFixed(0)}k words/s, ${fullRight}/${files.length} right`,
);
console.log(
  `  baseline (Dice set):  ${(classified / (baseline.ms / 1000)).toFixed(1)} files/s, ${((words * ROUNDS) / (baseline.ms / 1000) / 1000).toFixed(0)}k words/s, ${diceRight}/${files.length} right`,
);

// --- 2. a build list of MODULES modules on disk ------------------------------------------------
const MIX: [string, number][] = [
  ['spdx-MIT.txt', 30],
  ['mit-rewrapped-60.txt', 8],
  ['mit-markdown.md', 4],
  ['spdx-Apache-2.0.txt', 18],
  ['apache-no-appendix.txt', 6],
  ['bsd3-go-authors.txt', 12],
  ['spdx-BSD-2-Clause.txt', 4],
  ['isc-named.txt', 5],
  ['spdx-MPL-2.0.txt', 4],
  ['dual-apache-mit.txt', 3],
  ['yaml-v3-style.txt', 2],
  ['spdx-GPL-3.0-only.txt', 1],
  ['spdx-LGPL-3.0-only.txt', 1],
  ['spdx-EPL-2.0.txt', 1],
  ['spdx-Unlicense.txt', 1],
];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gmw-licenses-bench-'));
const weighted = MIX.flatMap(([name, weight]) => Array.from({ length: weight }, () => name));
const buildList: BuildListModule[] = [];
for (let i = 0; i < MODULES; i++) {
  const dir = path.join(tmp, `mod${i}`);
  fs.mkdirSync(dir, { recursive: true });
  // Each module has its own copyright holder, as real modules do.
  fs.writeFileSync(
    path.join(dir, 'LICENSE'),
    `Copyright (c) ${2000 + (i % 25)} Holder ${i}\n\n${fs.readFileSync(path.join(CORPUS, weighted[i % weighted.length]), 'utf8')}`,
  );
  fs.writeFileSync(path.join(dir, 'go.mod'), `module example.test/m/mod${i}\n`);
  fs.writeFileSync(path.join(dir, 'mod.go'), 'package mod\n');
  buildList.push({
    path: `example.test/m/mod${i}`,
    version: 'v1.0.0',
    main: false,
    indirect: false,
    dir,
    goMod: undefined,
    replace: undefined,
    error: undefined,
  });
}
const policy: LicensePolicy = {
  allow: ['MIT', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'ISC', 'MPL-2.0'],
  deny: [],
  exceptions: [],
  confidence: 0.9,
  unknownLicense: 'fail',
  warnOnly: false,
};
// A fresh run's memo is empty: the sections above must not have classified its texts for it.
forgetClassifications();
const buildStart = performance.now();
const buildReport = await evaluateLicenses(buildList, policy);
const buildMs = performance.now() - buildStart;
console.log(
  `Build list: ${MODULES} modules evaluated in ${buildMs.toFixed(0)} ms, ${(buildMs / MODULES).toFixed(2)} ms/module (${buildReport.findings.length} findings: GPL/LGPL/EPL violations as expected)`,
);
fs.rmSync(tmp, { recursive: true, force: true });

// --- 3. go-licenses beside ours ---------------------------------------------------------------
interface Comparison {
  available: boolean;
  why?: string;
  version?: string;
  modules?: number;
  goLicensesMs?: number;
  oursMs?: number;
  goLicensesRight?: number;
  oursRight?: number;
  disagreements?: { module: string; file: string; label: string; ours: string; goLicenses: string }[];
}

async function moduleVersion(binary: string): Promise<string> {
  const { stdout } = await run('go', ['version', '-m', binary]);
  const mod = /^\s*mod\s+(\S+)\s+(\S+)/m.exec(stdout);
  return mod ? `${mod[1]}@${mod[2]}` : 'unknown version';
}

async function findOrInstallGoLicenses(): Promise<{ bin?: string; why?: string; version?: string }> {
  // GO_LICENSES=/path/to/go-licenses uses a binary installed earlier (no network).
  const given = process.env.GO_LICENSES;
  if (given === 'skip') return { why: 'skipped (GO_LICENSES=skip)' };
  if (given && fs.existsSync(given)) return { bin: given, version: await moduleVersion(given) };
  const bin = path.join(os.tmpdir(), `gmw-go-licenses-${os.userInfo().uid}`, 'bin');
  const installed = path.join(bin, 'go-licenses');
  if (fs.existsSync(installed)) return { bin: installed, version: await moduleVersion(installed) };
  const env = { ...process.env, GOBIN: bin, GOFLAGS: '-modcacherw', GOTOOLCHAIN: 'local' };
  const errors: string[] = [];
  for (const target of ['github.com/google/go-licenses/v2@latest', 'github.com/google/go-licenses@latest']) {
    try {
      await run('go', ['install', target], { env, timeout: 300_000 });
      return { bin: installed, version: await moduleVersion(installed) };
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr ?? String(error);
      errors.push(`${target}: ${stderr.trim().split('\n').pop()}`);
    }
  }
  return { why: `go install failed: ${errors.join('; ')}` };
}

async function compareWithGoLicenses(): Promise<Comparison> {
  const tool = await findOrInstallGoLicenses();
  if (!tool.bin) return { available: false, why: tool.why };
  const usable = files.filter((file) => file.label !== 'none');
  const modules = usable.map((file, i) => {
    const m = fixtureModule({ path: `example.test/c/m${String(i).padStart(3, '0')}`, version: 'v1.0.0' });
    m.files.LICENSE = file.text;
    m.license = file.label;
    return { module: m, file };
  });
  const requires = Object.fromEntries(modules.map(({ module }) => [module.path, module.version]));
  const graph: FixtureGraph = {
    modules: modules.map(({ module }) => module),
    main: {
      path: 'example.test/corpus',
      goMod: goModFile('example.test/corpus', requires),
      files: { 'main.go': mainSource(Object.keys(requires)) },
    },
  };
  const proxy = await startFixtureProxy(graph.modules);
  const sandbox = await createGoSandbox();
  try {
    const project = await createFixtureProject(sandbox, graph, proxy.url);
    const env = { GOPROXY: proxy.url, GOSUMDB: 'off', GOFLAGS: '-modcacherw' };
    await sandbox.go(['mod', 'download', 'all'], { cwd: project, env });
    const list = await sandbox.go(['list', '-m', '-json', 'all'], { cwd: project, env });
    const buildListModules = list.stdout
      .split(/\n(?=\{)/)
      .filter((s) => s.trim())
      .map((s) => toBuildListModule(JSON.parse(s) as GoModule));

    const theirsStart = performance.now();
    const csv = await run(tool.bin, ['csv', '.'], {
      cwd: project,
      env: { ...sandbox.env, ...env, GOPROXY: 'off' },
      maxBuffer: 64 << 20,
    }).catch((error: { stdout?: string; stderr?: string }) => ({
      stdout: error.stdout ?? '',
      stderr: error.stderr ?? '',
    }));
    const goLicensesMs = performance.now() - theirsStart;
    const theirs = new Map<string, string>();
    for (const line of csv.stdout.split('\n')) {
      const [pkg, , license] = line.split(',');
      if (pkg && license !== undefined) theirs.set(pkg, license.trim() || 'Unknown');
    }
    // go-licenses logs the packages it could not classify on stderr.
    for (const line of csv.stderr.split('\n')) {
      const match = /(example\.test\/c\/m\d+)/.exec(line);
      if (match && !theirs.has(match[1]))
        theirs.set(match[1], `error: ${line.replace(/^.*\] /, '').slice(0, 80)}`);
    }

    const oursStart = performance.now();
    const report = await evaluateLicenses(buildListModules, policy);
    const oursMs = performance.now() - oursStart;
    const ourAnswers = new Map(report.modules.map((m) => [m.path, m.detected]));

    const strip = (id: string): string => id.replace(/-only\b/g, '');
    const disagreements: Comparison['disagreements'] = [];
    let goLicensesRight = 0;
    let oursRight = 0;
    for (const { module, file } of modules) {
      const mine = ourAnswers.get(module.path) ?? 'missing';
      const theirsAnswer = theirs.get(module.path) ?? 'not reported';
      // go-licenses names one license per package and has no -only/-or-later or expressions.
      const label = file.label;
      const theirsRight =
        strip(theirsAnswer) === strip(label) ||
        (label === UNKNOWN_LICENSE && /unknown|error/i.test(theirsAnswer)) ||
        (/ (AND|OR) /.test(label) && label.split(/ (?:AND|OR) /).includes(theirsAnswer));
      if (theirsRight) goLicensesRight++;
      if (mine === label) oursRight++;
      const bothUnknown =
        mine.includes(UNKNOWN_LICENSE) &&
        /unknown|error|not reported/i.test(theirsAnswer) &&
        mine === UNKNOWN_LICENSE;
      if (strip(mine) !== strip(theirsAnswer) && !bothUnknown) {
        disagreements.push({
          module: module.path,
          file: file.name,
          label,
          ours: mine,
          goLicenses: theirsAnswer,
        });
      }
    }
    return {
      available: true,
      version: tool.version,
      modules: modules.length,
      goLicensesMs,
      oursMs,
      goLicensesRight,
      oursRight,
      disagreements,
    };
  } finally {
    await proxy.close();
    await sandbox.cleanup();
  }
}

const comparison = await compareWithGoLicenses().catch((error: Error): Comparison => ({
  available: false,
  why: `comparison failed: ${error.message}`,
}));
if (!comparison.available) {
  console.log(`go-licenses: not compared (${comparison.why})`);
} else {
  console.log(
    `go-licenses (${comparison.version}) on ${comparison.modules} corpus modules downloaded by go: ${comparison.goLicensesMs!.toFixed(0)} ms, ${comparison.goLicensesRight}/${comparison.modules} right`,
  );
  console.log(
    `ours on the same module dirs: ${comparison.oursMs!.toFixed(0)} ms, ${comparison.oursRight}/${comparison.modules} right`,
  );
  console.log(`Disagreements (${comparison.disagreements!.length}):`);
  for (const d of comparison.disagreements!) {
    console.log(
      `  ${d.file.padEnd(36)} label ${d.label.padEnd(28)} ours ${d.ours.padEnd(28)} go-licenses ${d.goLicenses}`,
    );
  }
}

console.log(
  JSON.stringify({
    realCorpus: [realOurs, realLicensecheck].map((f) =>
      'agree' in f
        ? {
            tool: f.tool,
            modules: f.modules,
            accuracy: f.accuracy,
            falseAllows: f.falseAllows.length,
            filesPerSecond: f.filesPerSecond,
            filesPerCpuSecond: f.filesPerCpuSecond,
          }
        : f,
    ),
    corpusFiles: files.length,
    corpusWords: words,
    rounds: ROUNDS,
    oursFilesPerSecond: Math.round(classified / (ours.ms / 1000)),
    oursAccuracy: oursRight / files.length,
    oursFullFilesPerSecond: Math.round(classified / (full.ms / 1000)),
    oursFullAccuracy: fullRight / files.length,
    baselineDiceFilesPerSecond: Math.round(classified / (baseline.ms / 1000)),
    baselineDiceAccuracy: diceRight / files.length,
    buildListModules: MODULES,
    buildListMs: Math.round(buildMs),
    goLicenses: comparison.available
      ? {
          version: comparison.version,
          modules: comparison.modules,
          ms: Math.round(comparison.goLicensesMs!),
          right: comparison.goLicensesRight,
          oursMs: Math.round(comparison.oursMs!),
          oursRight: comparison.oursRight,
          disagreements: comparison.disagreements!.length,
        }
      : { available: false, why: comparison.why },
  }),
);
