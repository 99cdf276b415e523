import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/findings.js';
import { renderAnnotations } from '../../src/report/annotations.js';

describe('annotations from findings', () => {
  it.each<[string, Finding, ReturnType<typeof renderAnnotations>[number]]>([
    [
      'a license violation points at its require line',
      {
        kind: 'policy',
        area: 'license',
        module: 'example.test/Upper',
        version: 'v1.2.0',
        message: 'ISC is not allowed',
        file: 'go.mod',
        line: 7,
      },
      {
        level: 'error',
        message: 'example.test/Upper@v1.2.0: ISC is not allowed',
        properties: { title: 'Go Module Warden: license', file: 'go.mod', startLine: 7 },
      },
    ],
    [
      'a message that already names its module does not repeat it',
      {
        kind: 'security',
        area: 'checksum',
        module: 'example.test/beta',
        version: 'v1.1.0',
        message: 'example.test/beta@v1.1.0: checksum mismatch',
      },
      {
        level: 'error',
        message: 'example.test/beta@v1.1.0: checksum mismatch',
        properties: { title: 'Go Module Warden: checksum', file: undefined, startLine: undefined },
      },
    ],
    [
      'a warning stays a warning',
      { kind: 'infrastructure', severity: 'warning', area: 'proxy', message: 'upstream slow' },
      {
        level: 'warning',
        message: 'upstream slow',
        properties: { title: 'Go Module Warden: proxy', file: undefined, startLine: undefined },
      },
    ],
    [
      'a security finding marked warning still fails',
      { kind: 'security', severity: 'warning', area: 'checksum', message: 'altered bytes' },
      {
        level: 'error',
        message: 'altered bytes',
        properties: { title: 'Go Module Warden: checksum', file: undefined, startLine: undefined },
      },
    ],
  ])('%s', (_name, finding, expected) => {
    expect(renderAnnotations({ findings: [finding], warnOnly: false })).toEqual([expected]);
  });

  it('under warn-only, a license violation is a warning and a checksum mismatch still an error', () => {
    const violation: Finding = {
      kind: 'policy',
      area: 'license',
      module: 'example.com/gpl',
      message: 'GPL-3.0-only is not in license-allow (MIT)',
    };
    const mismatch: Finding = {
      kind: 'security',
      area: 'checksum',
      module: 'example.com/x',
      message: 'checksum mismatch',
    };
    const levels = renderAnnotations({ findings: [violation, mismatch], warnOnly: true }).map(
      (a) => `${a.level} ${a.properties.title}`,
    );
    // The checksum failure leads (annotations by weight).
    expect(levels).toEqual(['error Go Module Warden: checksum', 'warning Go Module Warden: license']);
  });
});
