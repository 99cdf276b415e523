import { describeError } from '../errors.js';
import { writeFileAtomic } from '../files.js';
import type { Finding } from '../findings.js';
import type { Logger } from '../logger.js';
import type { Report } from '../report/model.js';
import { renderOpenMetrics } from './openmetrics.js';
import type { PhaseDuration } from './phase-timer.js';

/**
 * Writes the `metrics-file` (OpenMetrics text), when one is named, atomically: a textfile
 * collector reading it mid-run sees the old file or the new one, never half. A failed write is a
 * warning (logged and returned); the verdict stands.
 */
export async function writeMetricsFile(
  file: string | undefined,
  report: Report,
  options: {
    readonly phases: readonly PhaseDuration[];
    readonly redact: (text: string) => string;
    readonly logger: Logger;
  },
): Promise<Finding | undefined> {
  if (!file) return undefined;
  const { phases, redact } = options;
  try {
    await writeFileAtomic(file, redact(renderOpenMetrics(report, phases, redact)), { mkdir: true });
    return undefined;
  } catch (error) {
    const message = `'${file}' could not be written (${describeError(error)}); set the 'metrics-file' input to a writable path`;
    options.logger.warn(message);
    return { kind: 'infrastructure', severity: 'warning', area: 'config', message };
  }
}
