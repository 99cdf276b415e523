import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/findings.js';
import { ANSI, colourWanted } from '../../src/report/colour.js';
import type { Report } from '../../src/report/model.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { passedReport, reportModule, sampleFailedReport } from '../../test-support/sample-report.js';

const module = reportModule;
const report = passedReport;

const violation: Finding = {
  kind: 'policy',
  area: 'license',
  module: 'example.test/m7',
  version: 'v1.0.0',
  message: 'BSD-2-Clause is not in license-allow (MIT)',
};

describe('the terminal output', () => {
  it('says what the pull request changes just above the verdict', () => {
    const diff = {
      base: { kind: 'go.sum', path: 'base/go.sum' },
      added: [{ path: 'example.test/new', version: 'v1.0.0' }],
      updated: [],
      removed: [{ path: 'example.test/old', version: 'v0.1.0' }],
    } as unknown as NonNullable<Report['diff']>;
    const lines = renderTerminal(report({ diff })).trimEnd().split('\n');
    expect(lines.at(-2)).toBe('Against the base: adds 1 module, updates 0, removes 1');
    expect(lines.at(-1)).toMatch(/^go-module-warden: PASSED/);
  });

  it('prints the verdict last, after the module table and the problems', () => {
    const lines = renderTerminal(report({ status: 'failed', findings: [violation] }), {
      reportFile: '/tmp/r.json',
    })
      .trimEnd()
      .split('\n');
    expect(lines.at(-1)).toBe('go-module-warden: FAILED (2 modules, 1 problem; 1.23s)');
    expect(lines.at(-2)).toBe('JSON report: /tmp/r.json');
    expect(lines.findIndex((l) => l.includes('example.test/alpha'))).toBeLessThan(
      lines.findIndex((l) => l.includes('BSD-2-Clause')),
    );
  });

  it('says what failed in words that read right, and the flags that fix it', () => {
    const text = renderTerminal(sampleFailedReport());
    expect(text).toContain(
      'policy [license] github.com/pkg/errors@v0.9.1: BSD-2-Clause is not in license-allow (MIT, Apache-2.0, BSD-3-Clause, ISC, …)',
    );
    expect(text).toContain(
      "How to fix:\n  allow BSD-2-Clause:\n    --license-allow 'MIT, Apache-2.0, BSD-3-Clause, ISC, MPL-2.0, BSD-2-Clause'\n  or exempt these versions:\n    --license-exceptions 'github.com/pkg/errors@v0.9.1 ignore'",
    );
    expect(text).toContain('license BSD-2-Clause (not allowed)');
  });

  it('says one module, not one modules', () => {
    const text = renderTerminal(report({ modules: [module('example.test/app', { main: true })] }));
    expect(text.trimEnd().split('\n').at(-1)).toBe('go-module-warden: PASSED (1 module; 1.23s)');
  });

  it('shows only the failing and warning rows above 40 modules, unless verbose', () => {
    const modules = Array.from({ length: 60 }, (_, i) => module(`example.test/m${i}`));
    const r = report({ modules, status: 'failed', findings: [violation] });
    const short = renderTerminal(r);
    expect(short).toContain('60 modules; showing the 1 failing or warning row (--verbose for all)');
    expect(short).toMatch(/^ {2}example\.test\/m7 /m);
    expect(short).not.toMatch(/^ {2}example\.test\/m8 /m);
    expect(renderTerminal(r, { verbose: true })).toMatch(/^ {2}example\.test\/m8 /m);
  });

  it('says none is failing rather than showing 0 rows above 40 modules', () => {
    const modules = Array.from({ length: 60 }, (_, i) => module(`example.test/m${i}`));
    const text = renderTerminal(report({ modules }));
    expect(text).toContain('60 modules, none failing or warning (--verbose lists them all)');
    expect(text).not.toMatch(/^ {2}example\.test\/m\d+ /m);
  });

  it('prints the verdict alone with --quiet', () => {
    expect(renderTerminal(report(), { quiet: true })).toBe('go-module-warden: PASSED (2 modules; 1.23s)\n');
  });

  it('calls a softened violation what it is in warn-only mode', () => {
    const text = renderTerminal(report({ status: 'warned', warnOnly: true, findings: [violation] }));
    expect(text).toContain('policy (warn-only) [license] example.test/m7@v1.0.0: BSD-2-Clause');
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/PASSED WITH WARNINGS \(2 modules, 1 warning/);
  });

  it('colours a failure when colour is wanted, and has no escape codes otherwise', () => {
    const r = report({ status: 'failed', findings: [violation] });
    expect(renderTerminal(r, { colour: ANSI })).toContain('\u001b[31m');
    expect(renderTerminal(r)).not.toContain('\u001b[');
  });

  it.each([
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{}, true, true],
    [{}, false, false],
    [{ TERM: 'dumb' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
  ])('colour for env %j on a TTY %s: %s', (env, tty, wanted) => {
    expect(colourWanted(env, tty)).toBe(wanted);
  });
});
