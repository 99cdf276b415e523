import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { withLateFindings } from '../../src/report/finish.js';
import { reportNotWritten, writeJsonReport } from '../../src/report/json-report.js';
import { sampleFailedReport } from '../../test-support/sample-report.js';

describe('the JSON report file', () => {
  it('when it cannot be written at the end, the verdict stands and a warning names report-file', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'warden-json-'));
    await fs.writeFile(path.join(dir, 'a-file'), 'x');
    const passed = { ...sampleFailedReport(), status: 'passed' as const, findings: [] };
    const file = path.join(dir, 'a-file', 'report.json');
    const error = await writeJsonReport(file, passed).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeDefined();
    const report = withLateFindings(passed, [reportNotWritten(file, error)]);
    expect(report.status).toBe('warned');
    expect(report.findings[0]).toMatchObject({ severity: 'warning', area: 'config' });
    expect(report.findings[0].message).toMatch(
      /could not be written to '.*a-file\/report\.json'.*set the 'report-file' input/,
    );
    expect(report.findings[0].message).not.toMatch(/^internal error/);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
