import type { CancelSignal } from '../cancel.js';
import type { Finding } from '../findings.js';
import type { Report } from './model.js';

/**
 * A run stopped by SIGINT/SIGTERM: the report keeps what the finished steps found, says
 * `cancelled: true`, fails, and carries one finding naming the signal.
 */
export function markCancelled(report: Report, by: CancelSignal): Report {
  const named = report.findings.some((f) => f.message.startsWith(`cancelled by ${by}`));
  const finding: Finding = {
    kind: 'infrastructure',
    area: 'go',
    message: `cancelled by ${by}: go was stopped; the report covers only the steps that finished`,
  };
  return {
    ...report,
    status: 'failed',
    cancelled: true,
    findings: named ? report.findings : [finding, ...report.findings],
  };
}
