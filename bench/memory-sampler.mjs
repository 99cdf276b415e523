// Where a run's memory goes, phase by phase: preload it into the CLI (nothing in src/ changes),
//   NODE_OPTIONS="--import $PWD/bench/memory-sampler.mjs" node dist/cli/index.js check <dir> ...
// Every MEMORY_SAMPLE_MS (default 250) the main thread prints `MEM t=<s> rss= heapT= heapU=
// ext= ab= thr=` (MiB: process RSS, this isolate's V8 heap total and used, external and
// ArrayBuffer bytes; the process's thread count); a worker thread that runs the preload prints
// `WMEM<id>` with its own isolate's figures. The CLI's log lines (stderr) get the same `[<s>]`
// time, so each sample falls in its phase. MEMORY_SMAPS=<file> keeps /proc/self/smaps at the
// highest RSS over 200 MiB: there, `[heap]` is the main thread's malloc heap, 64 MiB-aligned
// anonymous maps are other threads' malloc arenas, and 256 KiB maps are V8 heap pages. At exit:
// `MEM peak=<MiB>`.
import fs from 'node:fs';
import { isMainThread, threadId } from 'node:worker_threads';

const mib = (n) => (n / 1048576).toFixed(0);
const t0 = Number(process.env.MEMORY_SAMPLER_T0 || Date.now());
if (isMainThread) process.env.MEMORY_SAMPLER_T0 = String(t0);
const elapsed = () => ((Date.now() - t0) / 1000).toFixed(1);
let peak = 0;

function threads() {
  try {
    return /Threads:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1];
  } catch {
    return '?';
  }
}

function sample() {
  const m = process.memoryUsage();
  const figures = `heapT=${mib(m.heapTotal)} heapU=${mib(m.heapUsed)} ext=${mib(m.external)} ab=${mib(m.arrayBuffers)}`;
  if (!isMainThread) {
    fs.writeSync(2, `WMEM${threadId} t=${elapsed()} ${figures}\n`);
    return;
  }
  if (m.rss > peak) {
    peak = m.rss;
    const smaps = process.env.MEMORY_SMAPS;
    if (smaps && m.rss > 200 * 1048576) fs.writeFileSync(smaps, fs.readFileSync('/proc/self/smaps'));
  }
  fs.writeSync(2, `MEM t=${elapsed()} rss=${mib(m.rss)} ${figures} thr=${threads()}\n`);
}

setInterval(sample, Number(process.env.MEMORY_SAMPLE_MS || 250)).unref();
if (isMainThread) {
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = (chunk, ...rest) =>
    write(typeof chunk === 'string' ? chunk.replace(/^(?=.)/gm, `[${elapsed()}] `) : chunk, ...rest);
  process.on('exit', () => {
    sample();
    fs.writeSync(2, `MEM peak=${mib(peak)}\n`);
  });
}
