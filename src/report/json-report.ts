import fs from 'node:fs/promises';
import path from 'node:path';
import { describeError } from '../errors.js';
import type { Finding } from '../findings.js';
import type { Report } from './model.js';

/** Writes the JSON report atomically (temp file, then rename), so a reader never sees half of it. */
export async function writeJsonReport(file: string, report: Report): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await fs.writeFile(temp, JSON.stringify(report, null, 2) + '\n');
    await fs.rename(temp, file);
  } catch (error) {
    // A failed write leaves nothing behind.
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** The report could not be written at the end: a warning (the checks' verdict stands). */
export function reportNotWritten(file: string, error: unknown): Finding {
  return {
    kind: 'infrastructure',
    severity: 'warning',
    area: 'config',
    message: `the JSON report could not be written to '${file}' (${describeError(error)}); set the 'report-file' input to a writable path`,
  };
}
