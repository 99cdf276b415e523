import type { CacheReport, CacheSaveReport } from '../../cache/cache-report.js';
import { formatDuration } from '../../config/duration.js';
import { plural } from '../../plural.js';
import type { Report } from '../model.js';

const SHOWN = 20;

/** 1234567 → "1.2 MB" (decimal units, as the cache service reports sizes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = -1;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** Escaped text in <code>: entities are decoded there, unlike in a Markdown code span. */
function code(text: string, escape: (text: string) => string): string {
  return `<code>${escape(text)}</code>`;
}

const HIT = {
  exact: '✅ exact hit',
  partial: '🟡 partial hit (restore key), missing modules fetched',
  miss: '⚪ miss',
  disabled: 'disabled',
} as const;

/** One line about the post step's save (also usable on its own in the post step's log). */
export function renderCacheSaveLine(save: CacheSaveReport, escape: (text: string) => string): string {
  if (!save.saved) return `- Saved: no — ${escape(save.reason ?? 'not saved')}`;
  const parts = [`- Saved: ${code(save.key ?? '', escape)}`];
  if (save.bytes !== undefined) parts.push(formatBytes(save.bytes));
  if (save.archiveBytes !== undefined) parts.push(`archive ${formatBytes(save.archiveBytes)}`);
  if (save.durationMs !== undefined) parts.push(formatDuration(save.durationMs));
  if (save.pruned) parts.push(`${save.pruned} module versions pruned first`);
  return parts.join(' · ');
}

/**
 * The "Cache" section of the job summary: purged (polluted) entries first with what differed,
 * then key, hit kind, restored size and time, verification counts, and the save (or that it
 * happens in the post step). Every module-provided string goes through `escape`.
 */
export function renderCacheSection(
  report: CacheReport,
  escape: (text: string) => string,
  checksFailed = false,
  runFailed = checksFailed,
): string {
  const lines = ['### Cache'];
  if (report.hit === 'disabled') {
    lines.push('', 'Cache disabled (`cache: false`).');
    return lines.join('\n');
  }
  if (report.purged.length > 0) {
    lines.push(
      '',
      `⚠️ **${plural(report.purged.length, 'polluted module')} purged from the restored cache and fetched again:**`,
      '',
    );
    lines.push('| Module | Version | What differed |', '|---|---|---|');
    for (const entry of report.purged.slice(0, SHOWN)) {
      const what = entry.problems.map((p) => escape(p.detail)).join('<br>');
      lines.push(`| ${escape(entry.path)} | ${escape(entry.version)} | ${what} |`);
    }
    if (report.purged.length > SHOWN)
      lines.push(`| … ${report.purged.length - SHOWN} more: see the JSON report | | |`);
  }
  lines.push('');
  const backend = report.backend
    ? ` (${report.backend === 'actions' ? 'GitHub cache service' : 'local directory'})`
    : '';
  lines.push(`- Restore: ${HIT[report.hit]}${backend}`);
  if (report.key) lines.push(`- Key: ${code(report.key, escape)}`);
  if (report.matchedKey && report.matchedKey !== report.key)
    lines.push(`- Restored from: ${code(report.matchedKey, escape)}`);
  if (report.restoreError)
    lines.push(`- ⚠️ Restore failed, the run went on without a cache: ${escape(report.restoreError)}`);
  const sized = [
    report.restoredBytes !== undefined ? `${formatBytes(report.restoredBytes)} restored` : undefined,
    report.restoreMs !== undefined
      ? `restore and verification ${formatDuration(report.restoreMs)}`
      : undefined,
  ].filter((s) => s !== undefined);
  if (sized.length > 0) lines.push(`- ${sized.join(', ')}`);
  if (report.verified !== undefined)
    lines.push(
      `- Verified: ${report.verified} module versions match go.sum${report.unlisted ? `, ${report.unlisted} not in go.sum (consistency checked)` : ''}, ${report.purged.length} purged`,
    );
  lines.push(
    report.save
      ? renderCacheSaveLine(report.save, escape)
      : saveToCome(report, escape, checksFailed, runFailed),
  );
  return lines.join('\n');
}

/**
 * What the post step will do, as far as the main step knows (cache/entry.ts; the hand-over decided, from the
 * run's verdict). A failed run promises no save: its post step does not run (post-if: success()).
 */
function saveToCome(
  report: CacheReport,
  escape: (text: string) => string,
  checksFailed: boolean,
  runFailed: boolean,
): string {
  if (report.hit === 'exact' && !report.saveSkipped) return '- Save: not needed, the exact key was restored';
  if (checksFailed) return '- Save: no, a checksum check failed in this run';
  if (report.saveSkipped) return `- Save: no — ${escape(report.saveSkipped)}`;
  if (runFailed) return '- Save: no, the run failed (a failed run saves nothing)';
  return `- Save: in the post step, under ${report.key ? 'the key above' : "this run's key"} (${report.hit === 'partial' ? 'a restore key matched' : 'no entry matched'})`;
}

/** The section as a summary SectionRenderer: nothing when the run did not reach the cache. */
export function cacheSection(report: Report, escape: (text: string) => string): string | undefined {
  const checksFailed = report.findings.some((f) => f.kind === 'security');
  const runFailed = report.status === 'failed';
  return report.cache ? renderCacheSection(report.cache, escape, checksFailed, runFailed) : undefined;
}
