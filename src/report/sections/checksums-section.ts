import { plural } from '../../plural.js';
import type { Report } from '../model.js';
import type { ChecksumReport, ModuleChecksum } from '../../sumdb/checksum-report.js';

const SHOWN = 20;

/**
 * The "Checksums" summary section: failures first, then verified N of M, modules skipped as
 * private, modules left unchecked. All module text is escaped.
 */
export function renderChecksumsSection(report: ChecksumReport, escape: (text: string) => string): string {
  const lines = ['### Checksums'];
  if (!report.enabled) {
    lines.push(
      '',
      '⚠️ **GOSUMDB=off: go.sum was not checked against any checksum database.** A tampered go.sum or proxy would go unnoticed.',
    );
    return lines.join('\n');
  }
  const db = report.database ? code(report.database.name, escape) : 'the checksum database';
  const failed = report.modules.filter((m) => m.status === 'mismatch');
  if (failed.length > 0) {
    lines.push('', `❌ **${plural(failed.length, 'module does', 'modules do')} not match ${db}:**`, '');
    lines.push('| Module | go.sum | Checksum database |', '|---|---|---|');
    for (const m of failed.slice(0, SHOWN)) lines.push(mismatchRow(m, escape));
    if (failed.length > SHOWN) lines.push(`| … ${failed.length - SHOWN} more: see the JSON report | | |`);
  }
  const doubtful = report.unchecked.length + (report.noRecord?.length ?? 0) + (report.verifiedOffline ?? 0);
  const icon = failed.length > 0 ? '❌' : doubtful > 0 ? '⚠️' : '✅';
  lines.push('', `${icon} Verified **${report.verified} of ${report.checkable}** modules against ${db}.`);
  if (report.verifiedOffline)
    lines.push(
      `- Verified offline (database unreachable; proven against the stored tree ${report.tree?.size ?? ''}, not refreshed): ${report.verifiedOffline}`,
    );
  if (report.noRecord?.length)
    lines.push(
      `- No record in the database (go.sum alone vouches for them): ${list(report.noRecord, escape)}`,
    );
  if (report.unchecked.length > 0)
    lines.push(`- Not checked (database unreachable): ${list(report.unchecked, escape)}`);
  const missing = report.modules.filter((m) => m.status === 'missing-from-go-sum');
  if (missing.length > 0)
    lines.push(
      `- Missing from go.sum: ${list(
        missing.map((m) => `${m.path}@${m.version}`),
        escape,
      )}`,
    );
  if (report.privateModules.length > 0)
    lines.push(
      `- Skipped as private (GONOSUMDB/GOPRIVATE, never looked up): ${list(report.privateModules, escape)}`,
    );
  if (report.extraGoSumLines.length > 0)
    lines.push(
      `- go.sum lines for versions outside the build list (not checked): ${report.extraGoSumLines.length}`,
    );
  return lines.join('\n');
}

/** The tree the database proved and the requests it took: operator data (operator-section.ts). */
export function checksumOperatorLines(report: ChecksumReport, escape: (text: string) => string): string[] {
  if (!report.enabled) return [];
  const lines: string[] = [];
  if (report.tree) lines.push(`- Tree: ${report.tree.size} records, root ${code(report.tree.hash, escape)}`);
  const r = report.requests;
  lines.push(
    `- Requests: ${r.lookups} lookups${r.lookupsFromDisk ? ` (${r.lookupsFromDisk} proven from stored records)` : ''}, ${r.tiles} tiles fetched, ${r.tilesFromDisk} tiles from the cache${r.failed ? `, ${r.failed} failed` : ''}`,
  );
  return lines;
}

/** The section as a summary SectionRenderer: nothing when the run did not reach verification. */
export function checksumsSection(report: Report, escape: (text: string) => string): string | undefined {
  return report.checksums ? renderChecksumsSection(report.checksums, escape) : undefined;
}

function mismatchRow(m: ModuleChecksum, escape: (text: string) => string): string {
  const name = `${escape(m.path)}@${escape(m.version)}${m.checkedAs ? ` ⇒ ${escape(m.checkedAs.path)}@${escape(m.checkedAs.version)}` : ''}`;
  const bad = [m.zip, m.goMod].filter((c) => c && !c.ok);
  if (bad.length === 0) return `| ${name} | ${escape(m.detail ?? '')} | |`;
  const ours = bad
    .map((c) => `${escape(c?.goSum ?? '')} (${escape(c?.file ?? '')}:${c?.line ?? ''})`)
    .join('<br>');
  const theirs = bad.map((c) => escape(c?.database ?? 'no such line')).join('<br>');
  return `| ${name} | ${ours} | ${theirs} |`;
}

function list(items: readonly string[], escape: (text: string) => string): string {
  const shown = items.slice(0, SHOWN).map((i) => code(i, escape));
  return `${items.length}: ${shown.join(', ')}${items.length > SHOWN ? ', …' : ''}`;
}

/** Escaped text in <code>: entities are decoded there, unlike in a Markdown code span. */
function code(text: string, escape: (text: string) => string): string {
  return `<code>${escape(text)}</code>`;
}
