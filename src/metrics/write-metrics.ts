import { describeError } from '../errors.js';
import { writeFileAtomic } from '../files.js';
import type { Finding } from '../findings.js';
import type { Report } from '../report/model.js';
import { renderOpenMetrics } from './openmetrics.js';
import type { PhaseDuration } from './phase-timer.js';

/**
 * Writes the `metrics-file` (OpenMetrics text) atomically: a textfile collector reading it mid-run
 * sees the old file or the new one, never half. A failed write is a warning; the verdict stands.
 */
export async function writeMetricsFile(
  file: string,
  report: Report,
  phases: readonly PhaseDuration[],
  redact: (text: string) => string,
): Promise<Finding | undefined> {
  try {
    await writeFileAtomic(file, redact(renderOpenMetrics(report, phases, redact)), { mkdir: true });
    return undefined;
  } catch (error) {
    return {
      kind: 'infrastructure',
      severity: 'warning',
      area: 'config',
      message: `'${file}' could not be written (${describeError(error)}); set the 'metrics-file' input to a writable path`,
    };
  }
}
