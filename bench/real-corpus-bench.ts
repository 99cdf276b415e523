/**
 * The real-text corpus part of bench/licenses.bench.ts: accuracy against the hand labels, false
 * allows through a permissive allow list, and files/s, for ours and for google/licensecheck
 * (a library: a tiny Go main is written to a temp dir and built at bench time, outside the
 * repository's code; skipped with a note when it cannot be built, LICENSECHECK=skip skips it).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { UNKNOWN_LICENSE } from '../src/licenses/classifier.js';
import { classifyModuleFiles } from '../src/licenses/evaluate.js';
import type { LicenseFileReport } from '../src/licenses/license-report.js';
import { moduleExpression } from '../src/licenses/module-expression.js';
import {
  asLabel,
  corpusFiles,
  corpusKey,
  gateAllows,
  loadRealCorpus,
  sameLabel,
  type CorpusLabel,
  type CorpusModule,
} from '../__tests__/licenses/real-corpus.js';

const run = promisify(execFile);

export interface CorpusFigures {
  readonly tool: string;
  readonly modules: number;
  readonly files: number;
  readonly agree: number;
  readonly accuracy: number;
  readonly falseAllows: readonly string[];
  readonly filesPerSecond: number;
  /** Files per second of CPU time: the machine's other load does not count against it. */
  readonly filesPerCpuSecond: number;
  readonly note?: string;
}

const { modules, labels } = loadRealCorpus();
const readme = (module: CorpusModule): string | undefined =>
  module.readme ? fs.readFileSync(path.join(module.dir, 'README.license-section.md'), 'utf8') : undefined;
const strip = ({ note: _n, ...label }: CorpusLabel): CorpusLabel => label;

function score(
  tool: string,
  answers: Map<string, CorpusLabel>,
  files: number,
  ms: number,
  cpuMs: number,
): CorpusFigures {
  let agree = 0;
  const falseAllows: string[] = [];
  for (const module of modules) {
    const key = corpusKey(module);
    const ours = answers.get(key)!;
    const label = strip(labels[key]);
    // licensecheck and go-licenses answer for the root alone: compared on the root expression.
    const same = tool === 'ours' ? sameLabel(ours, label) : ours.expression === label.expression;
    if (same) agree++;
    if (gateAllows(ours) && !gateAllows(label)) falseAllows.push(key);
  }
  return {
    tool,
    modules: modules.length,
    files,
    agree,
    accuracy: agree / modules.length,
    falseAllows,
    filesPerSecond: Math.round(files / (ms / 1000)),
    filesPerCpuSecond: Math.round(files / (cpuMs / 1000)),
  };
}

/** Ours: the same path as evaluateLicenses (classify each file, then the module's expression). */
export function benchOurs(rounds: number): CorpusFigures {
  const inputs = modules.map((module) => ({ module, files: corpusFiles(module), readme: readme(module) }));
  const fileCount = inputs.reduce((n, input) => n + input.files.length, 0);
  classifyModuleFiles(inputs[0].files, 0.9); // compiles the templates
  const answers = new Map<string, CorpusLabel>();
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) {
      const result = moduleExpression(classifyModuleFiles(input.files, 0.9), input.readme);
      if (round === 0) answers.set(corpusKey(input.module), asLabel(result));
    }
  }
  const used = process.cpuUsage(cpu);
  return score(
    'ours',
    answers,
    fileCount * rounds,
    performance.now() - start,
    (used.user + used.system) / 1000,
  );
}

const GO_MAIN = `package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"syscall"
	"time"

	"github.com/google/licensecheck"
)

// Reads file paths on stdin, prints one JSON line per file: the ids licensecheck matched
// (in order) and its coverage, then the total scan time.
func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	enc := json.NewEncoder(os.Stdout)
	var total time.Duration
	var before, after syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &before)
	for in.Scan() {
		name := strings.TrimSpace(in.Text())
		data, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		start := time.Now()
		cov := licensecheck.Scan(data)
		total += time.Since(start)
		ids := []string{}
		for _, m := range cov.Match {
			ids = append(ids, m.ID)
		}
		enc.Encode(map[string]any{"file": name, "ids": ids, "percent": cov.Percent})
	}
	syscall.Getrusage(syscall.RUSAGE_SELF, &after)
	cpu := time.Duration(after.Utime.Nano() + after.Stime.Nano() - before.Utime.Nano() - before.Stime.Nano())
	enc.Encode(map[string]any{"totalNs": total.Nanoseconds(), "cpuNs": cpu.Nanoseconds()})
}
`;

/** google/licensecheck, built from a temp module at bench time; undefined when it can't be. */
export async function benchLicensecheck(): Promise<CorpusFigures | { tool: string; note: string }> {
  if (process.env.LICENSECHECK === 'skip')
    return { tool: 'licensecheck', note: 'skipped (LICENSECHECK=skip)' };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gmw-licensecheck-'));
  try {
    fs.writeFileSync(path.join(dir, 'go.mod'), 'module licensecheckbench\n\ngo 1.21\n');
    fs.writeFileSync(path.join(dir, 'main.go'), GO_MAIN);
    const env = { ...process.env, GOFLAGS: '-mod=mod', GOWORK: 'off' };
    await run('go', ['get', 'github.com/google/licensecheck@v0.3.1'], { cwd: dir, env, timeout: 180_000 });
    await run('go', ['build', '-o', 'licensecheck-bench', '.'], { cwd: dir, env, timeout: 180_000 });
    const inputs = modules.map((module) => ({ module, files: corpusFiles(module) }));
    const list = inputs.flatMap((input) => input.files.map((file) => path.join(input.module.dir, file.path)));
    const child = execFile(path.join(dir, 'licensecheck-bench'), { maxBuffer: 64 << 20 });
    const output = new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve(out) : reject(new Error(`licensecheck-bench exited ${code}`)),
      );
    });
    child.stdin!.end(`${list.join('\n')}\n`);
    const lines = (await output)
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const last = lines.pop()!;
    const totalNs = Number(last.totalNs);
    const cpuNs = Number(last.cpuNs);
    const byFile = new Map(lines.map((line) => [line.file as string, line]));
    const answers = new Map<string, CorpusLabel>();
    for (const input of inputs) {
      const reports: LicenseFileReport[] = input.files.map((file) => {
        const got = byFile.get(path.join(input.module.dir, file.path))!;
        const ids = [...new Set(got.ids as string[])];
        // licensecheck's own rule of thumb: a file mostly covered by matches is those licenses.
        const expression = ids.length > 0 && Number(got.percent) >= 75 ? ids.join(' AND ') : UNKNOWN_LICENSE;
        return { ...file, expression, matches: [], unknown: [], declared: [] };
      });
      answers.set(corpusKey(input.module), asLabel(moduleExpression(reports, undefined)));
    }
    // Its CPU time includes reading the files and writing JSON: an upper bound on its scan time.
    return score('licensecheck v0.3.1', answers, list.length, totalNs / 1e6, cpuNs / 1e6);
  } catch (error) {
    return { tool: 'licensecheck', note: `not run: ${(error as Error).message.split('\n')[0]}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
