import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../src/config/config.js';
import { diffSentence } from '../../src/diff/diff-step.js';
import { applyGate } from '../../src/diff/gate.js';
import type { DiffReport } from '../../src/diff/diff-report.js';
import type { Finding } from '../../src/findings.js';
import { diffVersions, zipVersions } from '../../src/diff/go-sum-diff.js';
import { buildListModule } from '../../test-support/build-list-module.js';

const context = { onGitHub: false, tempDir: '/tmp/rt', homeDir: '/home/u' };
const diff: DiffReport = {
  base: { kind: 'file', path: '/base.sum' },
  added: [{ path: 'example.test/new', version: 'v1.0.0' }],
  updated: [{ path: 'example.test/fork', from: 'v1.0.0', to: 'v1.1.0', licenseChanged: false }],
  removed: [],
  gate: 'changed',
};
const modules = [
  buildListModule('example.test/new', 'v1.0.0'),
  buildListModule('example.test/old', 'v1.0.0'),
  // Replaced by a fork: go.sum (and so the diff) names the fork.
  buildListModule('example.test/orig', 'v1.0.0', {
    replace: { kind: 'module', path: 'example.test/fork', version: 'v1.1.0' },
  }),
];
const findings: Finding[] = [
  { kind: 'policy', area: 'license', module: 'example.test/new', message: 'GPL-3.0-only is denied' },
  { kind: 'policy', area: 'license', module: 'example.test/old', message: 'GPL-3.0-only is denied' },
  { kind: 'policy', area: 'license', module: 'example.test/orig', message: 'unknown license' },
  { kind: 'security', area: 'checksum', module: 'example.test/old', message: 'checksum mismatch' },
  { kind: 'infrastructure', area: 'proxy', message: 'slow upstream' },
];

describe('applyGate', () => {
  it('with gate: changed, only license findings of untouched modules become warnings', () => {
    const config = parseConfig({ gate: 'changed' }, context);
    const gated = applyGate(config, diff, modules, findings);
    expect(gated.map((f) => `${f.area} ${f.module ?? ''} ${f.severity ?? 'error'}`)).toEqual([
      'license example.test/new error',
      'license example.test/old warning',
      'license example.test/orig error',
      'checksum example.test/old error',
      'proxy  error',
    ]);
    expect(gated[1].message).toBe(
      'GPL-3.0-only is denied (not introduced by this pull request; gate: changed)',
    );
  });

  it('changes nothing with gate: all, or without a diff', () => {
    expect(applyGate(parseConfig({}, context), diff, modules, findings)).toEqual(findings);
    expect(applyGate(parseConfig({ gate: 'changed' }, context), undefined, modules, findings)).toEqual(
      findings,
    );
  });
});

describe('the go.sum diff', () => {
  it('takes the highest zip version of each path and ignores /go.mod lines', () => {
    const base = zipVersions([
      {
        file: 'base',
        text: [
          'example.test/a v1.0.0 h1:x=',
          'example.test/a v1.0.0/go.mod h1:x=',
          'example.test/a v1.10.0 h1:x=',
          'example.test/a v1.9.0 h1:x=',
          'example.test/graphonly v1.0.0/go.mod h1:x=',
          'example.test/gone v0.1.0 h1:x=',
          'example.test/inc v2.0.0+incompatible h1:x=',
        ].join('\n'),
      },
    ]);
    expect(Object.fromEntries(base)).toEqual({
      'example.test/a': 'v1.10.0',
      'example.test/gone': 'v0.1.0',
      'example.test/inc': 'v2.0.0+incompatible',
    });
    const head = new Map([
      ['example.test/a', 'v1.10.0'],
      ['example.test/inc', 'v2.1.0+incompatible'],
      ['example.test/new', 'v0.0.0-20240102030405-abcdefabcdef'],
    ]);
    const d = diffVersions(base, head);
    expect(d).toEqual({
      added: [{ path: 'example.test/new', version: 'v0.0.0-20240102030405-abcdefabcdef' }],
      updated: [{ path: 'example.test/inc', from: 'v2.0.0+incompatible', to: 'v2.1.0+incompatible' }],
      removed: [{ path: 'example.test/gone', version: 'v0.1.0' }],
    });
    expect(diffSentence(d)).toBe('adds 1 module, updates 1, removes 1');
  });
});

describe('the diff section of the summary', () => {
  it('escapes module text and lists at most 300 rows', async () => {
    const { renderDiffSection } = await import('../../src/report/sections/diff-section.js');
    const { escapeSummaryText } = await import('../../src/report/escape.js');
    const many: DiffReport = {
      ...diff,
      base: { kind: 'git', ref: 'main', commit: 'a'.repeat(40), fetched: false },
      added: Array.from({ length: 301 }, (_, i) => ({
        path: `example.test/<b>m${i}</b>`,
        version: 'v1.0.0',
        license: { expression: 'MIT', verdict: 'allowed' },
      })),
      updated: [],
    };
    const text = renderDiffSection(many, escapeSummaryText);
    expect(text.split('\n')[0]).toBe('### This PR adds 301 modules, updates 0, removes 0');
    expect(text).toContain('Compared with <code>main</code> (aaaaaaaaaaaa)');
    expect(text).not.toContain('<b>');
    expect(text.split('\n').filter((l) => l.startsWith('| ➕ added'))).toHaveLength(300);
    expect(text).toContain("| … | 1 more in the JSON report's `diff` | | | | |");
  });
});
