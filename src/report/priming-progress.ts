import type { ProxyReport } from '../goproxy/proxy-report.js';
import type { Logger } from '../logger.js';
import { plural } from '../plural.js';
import { formatBytes } from './sections/cache-section.js';

/** How often a long priming says where it is. */
export const PROGRESS_EVERY_MS = 5000;

export interface ProgressOptions {
  /** The relay's running counters (Relay.report()). */
  readonly report: () => ProxyReport;
  /** Files known ahead (those go.sum names, fetched ahead); 0 when none are known. */
  readonly known: number;
  readonly logger: Logger;
  readonly now: () => number;
  /** Calls `tick` every `ms` until the returned function is called (setInterval by default). */
  readonly every?: (ms: number, tick: () => void) => () => void;
}

/**
 * While `go mod download` runs: one line every few seconds with the files and bytes the relay has
 * served, which upstream served most since the last line, and what it waits on when nothing moved.
 * The lines go to the logger, so on GitHub they stay in the priming phase's log group.
 */
export function startPrimingProgress(options: ProgressOptions): { stop(): void; tick(): void } {
  const started = options.now();
  let last = { files: 0, bytes: new Map<string, number>() };
  const tick = (): void => {
    const report = options.report();
    const files = report.upstreams.reduce((sum, u) => sum + (u.outcomes['200'] ?? 0), 0);
    const bytes = report.upstreams.reduce((sum, u) => sum + u.bytes, 0);
    const serving = report.upstreams
      .map((u) => ({ name: u.name, gained: u.bytes - (last.bytes.get(u.name) ?? 0) }))
      .filter((u) => u.gained > 0)
      .sort((a, b) => b.gained - a.gained)[0];
    const seconds = Math.round((options.now() - started) / 1000);
    // Served counts every upstream answer (checksum-database lookups and tiles, graph-only modules),
    // so it is set beside the number go.sum names, never presented as a share of it.
    const done =
      options.known > 0
        ? `${plural(files, 'file')} served (go.sum names ${options.known})`
        : `${plural(files, 'file')} served`;
    let where: string;
    if (serving) where = `now from ${serving.name}`;
    else if (report.pending.length > 0) {
      const upstreams = [...new Set(report.pending.flatMap((p) => p.upstreams))];
      where = `nothing new; ${plural(report.pending.length, 'request')} waiting on ${upstreams.join(', ') || 'go'}`;
    } else where = files === last.files ? 'nothing new' : 'idle';
    options.logger.info(`priming: ${done}, ${formatBytes(bytes)} so far, ${where} (${seconds} s)`);
    last = { files, bytes: new Map(report.upstreams.map((u) => [u.name, u.bytes])) };
  };
  const every =
    options.every ??
    ((ms: number, fn: () => void) => {
      const timer = setInterval(fn, ms);
      timer.unref();
      return () => clearInterval(timer);
    });
  const cancel = every(PROGRESS_EVERY_MS, tick);
  return { stop: cancel, tick };
}
