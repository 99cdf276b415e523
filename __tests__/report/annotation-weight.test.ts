import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/findings.js';
import { renderAnnotations } from '../../src/report/annotations.js';
import type { ModuleEntry } from '../../src/report/model.js';
import { reportModule } from '../../test-support/sample-report.js';

/**
 * GitHub shows 10 error annotations per step: the ones that matter must come first. restic's one
 * violation it really compiles in was 15th of 23.
 */
describe('annotations by weight', () => {
  const license = (i: number): Finding => ({
    kind: 'policy',
    area: 'license',
    module: `example.test/m${i}`,
    version: 'v1.0.0',
    message: 'GPL-3.0-only is in license-deny',
    file: 'go.mod',
    line: i + 3,
  });
  const findings: Finding[] = [
    ...Array.from({ length: 22 }, (_, i) => license(i)),
    {
      kind: 'security',
      area: 'checksum',
      module: 'example.test/tampered',
      version: 'v1.0.0',
      message: 'checksum mismatch',
    },
    { kind: 'infrastructure', severity: 'warning', area: 'proxy', message: 'upstream slow' },
  ];
  const modules: ModuleEntry[] = Array.from({ length: 22 }, (_, i) =>
    reportModule(`example.test/m${i}`, {
      indirect: i !== 16,
      // Only m14 provides a package the build compiles.
      imported: i === 14,
    }),
  );

  it('puts checksum failures first, then modules compiled in, then direct requirements, then the rest', () => {
    const errors = renderAnnotations({ findings, warnOnly: false, modules }).filter(
      (a) => a.level === 'error',
    );
    expect(errors.slice(0, 3).map((a) => a.message.split(':')[0])).toEqual([
      'example.test/tampered@v1.0.0',
      'example.test/m14@v1.0.0',
      'example.test/m16@v1.0.0',
    ]);
  });

  it('gives at most 10 error annotations, the last one saying how many more the summary lists', () => {
    const annotations = renderAnnotations({ findings, warnOnly: false, modules });
    const errors = annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors[9].message).toBe('14 more problems (license): see the job summary');
    expect(errors[9].properties.file).toBeUndefined();
    expect(annotations.filter((a) => a.level === 'warning')).toHaveLength(1);
  });

  it('gives every annotation when there are 10 or fewer', () => {
    const few = findings.slice(0, 10);
    expect(renderAnnotations({ findings: few, warnOnly: false, modules })).toHaveLength(10);
  });
});
