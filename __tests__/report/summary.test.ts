import { describe, expect, it } from '@jest/globals';
import type { Report } from '../../src/report/model.js';
import { decideStatus, sortFindings } from '../../src/report/outcome.js';
import { reportOutputs } from '../../src/report/outputs.js';
import { Redactor, registerUrlSecrets } from '../../src/report/redact.js';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js';
import { passedReport, reportModule } from '../../test-support/sample-report.js';

const module = reportModule;

// The passed report with a main module and the default GOPROXY and checksum DB.
function report(extra: Partial<Report> = {}): Report {
  return passedReport({
    project: {
      dir: '/w',
      goVersion: 'go1.26.8',
      mode: 'module',
      vendor: false,
      mainModules: ['example.test/app'],
    },
    settings: {
      proxy: 'https://proxy.golang.org,direct',
      private: '',
      sumdb: 'sum.golang.org',
      latencyBudgetMs: 2300,
      fallback: ['direct'],
    },
    ...extra,
  });
}

describe('the job summary', () => {
  it('says pass in its first line', () => {
    expect(renderSummary(report()).split('\n')[0]).toBe('## ✅ Go Module Warden passed: 2 modules');
  });

  it('says fail in its first line and puts the failing facts right under it, security first', () => {
    const findings = sortFindings([
      {
        kind: 'infrastructure',
        area: 'proxy',
        module: 'example.test/beta',
        version: 'v1.1.0',
        message: '500 Internal Server Error',
      },
      {
        kind: 'security',
        area: 'checksum',
        module: 'example.test/alpha',
        version: 'v1.0.0',
        message: 'checksum mismatch',
      },
    ]);
    const text = renderSummary(report({ status: decideStatus(findings, false), findings }));
    const lines = text.split('\n');
    expect(lines[0]).toBe('## ❌ Go Module Warden failed: 2 modules, 2 problems');
    expect(lines[2]).toMatch(
      /^- \*\*SECURITY\*\* \(checksum\) <code>example\.test\/alpha&#64;v1\.0\.0<\/code>: checksum mismatch/,
    );
    expect(lines[3]).toMatch(
      /^- \*\*infrastructure\*\* \(proxy\) <code>example\.test\/beta&#64;v1\.1\.0<\/code>/,
    );
  });

  it('escapes every text that comes from modules', () => {
    const hostile = module('evil.test/<img src=x onerror=alert(1)>|@octocat', {
      license: { expression: '<script>MIT</script>', verdict: 'allowed' },
    });
    const findings = [
      {
        kind: 'policy' as const,
        area: 'license' as const,
        module: hostile.path,
        message: '**bold** [link](http://x) `code`',
      },
    ];
    const text = renderSummary(report({ modules: [hostile], findings, status: 'failed' }));
    expect(text).not.toMatch(/<img|<script|@octocat|\*\*bold\*\*|\[link\]|`code`/);
    // Long paths are shortened in the middle on the first screen and in the table; both ends escaped.
    expect(text).toMatch(/evil\.test\/&#60;img src.*alert\(1\)&#62;&#124;&#64;octocat \|/);
    // Entities are not decoded inside Markdown code spans: escaped text must never sit in backticks.
    expect(text).not.toMatch(/`[^`\n]*&#\d+;[^`\n]*`/);
  });

  it('stays under the 1 MiB summary limit for a huge build list and says where the rest is', () => {
    const modules = Array.from({ length: 40_000 }, (_, i) =>
      module(`example.test/a-rather-long-module-path/number/${i}`),
    );
    const text = renderSummary(report({ modules }));
    expect(Buffer.byteLength(text)).toBeLessThan(SUMMARY_LIMIT_BYTES);
    expect(text).toMatch(/more modules: see the JSON report/);
    expect(text.split('\n')[0]).toBe('## ✅ Go Module Warden passed: 40000 modules');
  });

  it('collapses the module table', () => {
    expect(renderSummary(report())).toMatch(
      /<details><summary>All 2 modules<\/summary>[\s\S]*\| example\.test\/alpha \| v1\.0\.0 \| direct \|/,
    );
  });
});

describe('outputs and terminal', () => {
  it('computes the outputs from the report', () => {
    const r = report({
      modules: [
        module('a', {
          route: { kind: 'proxy', host: 'proxy.golang.org' },
          license: { expression: 'GPL-3.0-only', verdict: 'denied' },
        }),
        module('b', {
          route: { kind: 'proxy', host: 'proxy.golang.org' },
          license: { expression: 'LicenseRef-unknown', verdict: 'unknown' },
        }),
      ],
    });
    expect(reportOutputs(r, '/tmp/r.json')).toMatchObject({
      result: 'passed',
      modules: '2',
      route: 'proxy.golang.org',
      'license-violations': '1',
      'unknown-licenses': '1',
      'report-file': '/tmp/r.json',
    });
  });
});

describe('Redactor', () => {
  it('hides proxy credentials everywhere in a report', () => {
    const redactor = new Redactor();
    registerUrlSecrets(redactor, ['https://ci-bot:s3cr%21t@goproxy.corp.example']);
    const value = redactor.redactValue({
      a: 'GET https://ci-bot:s3cr!t@goproxy.corp.example/x failed',
      b: ['token s3cr!t'],
    });
    expect(JSON.stringify(value)).not.toMatch(/s3cr/);
    expect(value.a).toBe('GET https://***@goproxy.corp.example/x failed');
  });
});
