import fs from 'node:fs';

/** One moment in a module file's trip through the relay (bench/pipeline.bench.ts --timeline). */
export type TimelineEvent = 'asked' | 'first-byte' | 'last-byte' | 'hashed' | 'handed' | 'go-done';

/**
 * A per-file timeline of priming, for the bench only: off unless GMW_TIMELINE names a file, where
 * one JSON line per event (`t` in ms since the process started) is appended when the process ends.
 * Costs one branch per event when off.
 */
const file = process.env.GMW_TIMELINE;
const lines: string[] = [];
if (file) process.once('exit', () => fs.appendFileSync(file, lines.join('')));

export function timelineMark(module: string, version: string, kind: string, event: TimelineEvent): void {
  if (!file) return;
  lines.push(
    JSON.stringify({ t: Math.round(performance.now() * 10) / 10, module, version, kind, event }) + '\n',
  );
}

/** Whether marks are recorded (callers skip building extra closures when not). */
export const timelineOn = file !== undefined;
