/**
 * Where priming time goes, from the relay's per-file timeline (src/goproxy/timeline.ts): for each
 * kind of module file, medians and sums of download (first → last byte), hash (last byte → hashed),
 * go's wait (asked → handed), hand-over (handed → go done), and how long go waited on a hash.
 */
interface Mark {
  t: number;
  module: string;
  version: string;
  kind: string;
  event: string;
}

function pct(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] * 10) / 10;
}

export function summarizeTimeline(text: string): string {
  const files = new Map<string, Record<string, number>>();
  let first = Infinity;
  let last = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const m = JSON.parse(line) as Mark;
    const key = `${m.module}@${m.version}.${m.kind}`;
    const events = files.get(key) ?? {};
    events[m.event] ??= m.t;
    files.set(key, events);
    first = Math.min(first, m.t);
    last = Math.max(last, m.t);
  }
  const out = [`Relay timeline (one cold run): ${files.size} files over ${Math.round(last - first)} ms`];
  for (const kind of ['info', 'mod', 'zip']) {
    const rows = [...files.entries()].filter(([k]) => k.endsWith(`.${kind}`)).map(([, e]) => e);
    const span = (a: string, b: string): number[] =>
      rows.filter((e) => e[a] !== undefined && e[b] !== undefined).map((e) => e[b] - e[a]);
    const describe = (name: string, values: number[]): string =>
      `${name} p50 ${pct(values, 0.5)} p90 ${pct(values, 0.9)} sum ${Math.round(values.reduce((s, v) => s + v, 0))}`;
    // How long go, having asked, waited for the hash to finish (the hash on go's critical path).
    const hashWait = rows
      .filter((e) => e.asked !== undefined && e.hashed !== undefined && e['last-byte'] !== undefined)
      .map((e) => Math.max(0, e.hashed - Math.max(e.asked, e['last-byte'])));
    const ahead = rows.filter(
      (e) => e.asked !== undefined && e.hashed !== undefined && e.hashed <= e.asked,
    ).length;
    out.push(
      `  .${kind} (${rows.length}): ${describe('download', span('first-byte', 'last-byte'))}; ${describe('hash', span('last-byte', 'hashed'))}; ${describe('go waits (asked→handed)', span('asked', 'handed'))}; ${describe('hand-over (handed→go done)', span('handed', 'go-done'))}; ${describe('go waited on the hash', hashWait)}; ready before go asked: ${ahead}`,
    );
  }
  return out.join('\n');
}
