import { formatDuration } from '../config/duration.js';
import type { Report } from './model.js';
import { findingParts } from './finding-text.js';
import { routeText } from './summary.js';

/** Plain text for the CLI: status first, then problems, then the modules. No colour codes, no markup. */
export function renderTerminal(report: Report): string {
  const lines: string[] = [];
  const word = { passed: 'PASSED', warned: 'PASSED WITH WARNINGS', failed: 'FAILED' }[report.status];
  lines.push(
    `go-module-warden: ${word} (${report.modules.length} modules, ${formatDuration(report.durationMs)})`,
  );
  for (const f of report.findings) {
    const { label, subject, message } = findingParts(f);
    lines.push(`  ${label} [${f.area}] ${subject ? `${subject}: ` : ''}${message.replace(/\n/g, '\n    ')}`);
  }
  lines.push('');
  const width = Math.min(60, Math.max(6, ...report.modules.map((m) => m.path.length)));
  for (const m of report.modules) {
    const kind = m.main ? 'main' : m.indirect ? 'indirect' : 'direct';
    const extra = [
      m.replace?.kind === 'module' ? `=> ${m.replace.path}@${m.replace.version}` : '',
      m.replace?.kind === 'local' ? `=> ${m.replace.dir}` : '',
      m.route ? `via ${routeText(m.route)}` : '',
      m.license ? `license ${m.license.expression} (${m.license.verdict})` : '',
      m.checksum ? `checksum ${m.checksum}` : '',
    ].filter((s) => s !== '');
    lines.push(
      `  ${m.path.padEnd(width)} ${(m.version || '-').padEnd(12)} ${kind.padEnd(8)} ${extra.join('  ')}`.trimEnd(),
    );
  }
  return lines.join('\n') + '\n';
}
