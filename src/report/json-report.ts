import fs from 'node:fs/promises';
import path from 'node:path';
import type { Report } from './model.js';

/** Writes the JSON report atomically (temp file, then rename), so a reader never sees half of it. */
export async function writeJsonReport(file: string, report: Report): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temp, JSON.stringify(report, null, 2) + '\n');
  await fs.rename(temp, file);
}
