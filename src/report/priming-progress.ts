import type { ProxyReport } from '../goproxy/proxy-report.js';
import type { Logger } from '../logger.js';
import { plural } from '../plural.js';
import { formatBytes } from './sections/cache-section.js';

/** At most one progress line this often off a terminal (a CI log keeps every line). */
export const PROGRESS_EVERY_MS = 5000;
/** On a terminal the one status line is rewritten this often. */
export const STATUS_EVERY_MS = 1000;

export interface ProgressOptions {
  /** The relay's running counters (Relay.report()). */
  readonly report: () => ProxyReport;
  /** `module@version` of the zips go.sum names that are not in the cache (the known total). */
  readonly known: readonly string[];
  readonly logger: Logger;
  readonly now: () => number;
  /** Calls `tick` every `ms` until the returned function is called (setInterval by default). */
  readonly every?: (ms: number, tick: () => void) => () => void;
}

/** Where priming stands, from the relay's counters: the facts one progress line states. */
export interface ProgressFacts {
  /** Known modules the relay has served a file of, and how many are known. */
  readonly done: number;
  readonly known: number;
  readonly bytes: number;
  readonly elapsedMs: number;
  /** Bytes per second since the last line. */
  readonly rate: number;
  /** What the relay serves from now, or waits on. */
  readonly where: string;
}

/** `3.5 s`, `2 min 5 s`: a whole number of seconds past ten. */
function seconds(ms: number): string {
  const s = ms / 1000;
  if (s < 10) return `${s.toFixed(1)} s`;
  if (s < 60) return `${Math.round(s)} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

/**
 * `priming: 120 of 465 modules (26%), 13 MB of about 50 MB, 2.6 MB/s, about 40 s left; now from
 * proxy.golang.org`. The total bytes and the time left are extrapolated from the modules done
 * (a proxy announces no sizes ahead), so they say "about".
 */
export function progressLine(f: ProgressFacts): string {
  const parts: string[] = [];
  if (f.known > 0) {
    parts.push(`${f.done} of ${plural(f.known, 'module')} (${Math.floor((100 * f.done) / f.known)}%)`);
    const left = f.known - f.done;
    if (f.done > 0 && left > 0) {
      parts.push(`${formatBytes(f.bytes)} of about ${formatBytes(Math.round((f.bytes * f.known) / f.done))}`);
      parts.push(`${formatBytes(Math.round(f.rate))}/s`);
      parts.push(`about ${seconds((f.elapsedMs * left) / f.done)} left`);
    } else {
      parts.push(formatBytes(f.bytes));
      if (f.done > 0) parts.push(`${formatBytes(Math.round(f.rate))}/s`);
    }
  } else parts.push(`${formatBytes(f.bytes)}`, `${formatBytes(Math.round(f.rate))}/s`);
  return `priming: ${parts.join(', ')}; ${f.where} (${seconds(f.elapsedMs)})`;
}

/** Every file go.sum named was fetched ahead of go: what go has not taken yet waits here. */
function fetchedAhead(report: ProxyReport): boolean {
  const p = report.prefetch;
  return p !== undefined && p.planned > 0 && p.fetched >= p.planned;
}

/**
 * While `go mod download` runs: modules and bytes done against the total go.sum names, the rate,
 * the time left, and which upstream serves (or what it waits on). On a terminal (the logger has a
 * status line) one line is rewritten in place every second; elsewhere a line every 5 s at most,
 * in the priming phase's log group on GitHub.
 */
export function startPrimingProgress(options: ProgressOptions): { stop(): void; tick(): void } {
  const started = options.now();
  const known = new Set(options.known);
  const inPlace = options.logger.status !== undefined;
  let last = { at: started, total: 0, bytes: new Map<string, number>() };
  const tick = (): void => {
    const report = options.report();
    const now = options.now();
    const bytes = report.upstreams.reduce((sum, u) => sum + u.bytes, 0);
    const done = report.modules.filter((m) => m.file === 'zip' && known.has(`${m.path}@${m.version}`)).length;
    const serving = report.upstreams
      .map((u) => ({ name: u.name, gained: u.bytes - (last.bytes.get(u.name) ?? 0) }))
      .filter((u) => u.gained > 0)
      .sort((a, b) => b.gained - a.gained)[0];
    let where: string;
    if (serving) where = `now from ${serving.name}`;
    else if (report.pending.length > 0) {
      const upstreams = [...new Set(report.pending.flatMap((p) => p.upstreams))];
      where = `nothing new; ${plural(report.pending.length, 'request')} waiting on ${upstreams.join(', ') || 'go'}`;
    } else if (known.size > 0 && (done >= known.size || fetchedAhead(report))) {
      // Every file is in (here, or held for go); go now unpacks the trees (minutes on a large
      // list): not a hang.
      where = 'every module fetched; go is unpacking them';
    } else where = 'nothing new';
    const rate = now > last.at ? ((bytes - last.total) * 1000) / (now - last.at) : 0;
    const line = progressLine({ done, known: known.size, bytes, elapsedMs: now - started, rate, where });
    if (options.logger.status) options.logger.status(line);
    else options.logger.info(line);
    last = { at: now, total: bytes, bytes: new Map(report.upstreams.map((u) => [u.name, u.bytes])) };
  };
  const every =
    options.every ??
    ((ms: number, fn: () => void) => {
      const timer = setInterval(fn, ms);
      timer.unref();
      return () => clearInterval(timer);
    });
  const cancel = every(inPlace ? STATUS_EVERY_MS : PROGRESS_EVERY_MS, tick);
  return {
    stop: () => {
      cancel();
      options.logger.status?.('');
    },
    tick,
  };
}
