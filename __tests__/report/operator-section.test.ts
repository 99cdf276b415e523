import { describe, expect, it } from '@jest/globals';
import type { Report } from '../../src/report/model.js';
import { SUMMARY_SECTIONS } from '../../src/report/sections.js';
import { renderSummary } from '../../src/report/summary.js';
import { proxyReport, sampleFailedReport, upstreamReport } from '../../test-support/sample-report.js';

// Issue #24 §2: tree hashes, tile counts, fetched-ahead bytes and route details were spread over
// the sections. They now sit in one collapsed block, and nowhere else in the summary.
const OPERATOR_FACTS = [
  'Tree: 4 records, root',
  'tiles fetched',
  'Fetched ahead:',
  'Route (module paths)',
  'Every figure per upstream',
  'Circuit breaker transitions',
];

function operatorReport(): Report {
  const base = sampleFailedReport();
  const proxy = proxyReport([upstreamReport('proxy.golang.org'), upstreamReport('goproxy.corp.example')], {
    prefetch: {
      planned: 10,
      concurrency: 4,
      fetched: 10,
      failed: 0,
      served: 9,
      overtaken: 0,
      unused: 1,
      unusedBytes: 100,
      notStarted: 0,
    },
    routes: [
      { route: '(default)', upstreams: ['proxy.golang.org'], requests: 4, served: 4, failed: 0 },
      { route: 'corp.example.com/*', upstreams: ['goproxy.corp.example'], requests: 2, served: 2, failed: 0 },
    ],
  } as Parameters<typeof proxyReport>[1]);
  const transitions = base.proxy!.upstreams[0].breaker;
  return {
    ...base,
    proxy: { ...proxy, upstreams: [{ ...proxy.upstreams[0], breaker: transitions }, proxy.upstreams[1]] },
    checksums: {
      enabled: true,
      database: { name: 'sum.golang.org', url: 'https://sum.golang.org' },
      tree: { size: 4, hash: 'abc=' },
      modules: [],
      verified: 28,
      checkable: 28,
      mismatched: 0,
      privateModules: [],
      unchecked: [],
      extraGoSumLines: [],
      findings: [],
      requests: { lookups: 3, lookupsFromDisk: 0, tiles: 2, tilesFromDisk: 1, failed: 0 },
    } as NonNullable<Report['checksums']>,
  };
}

describe('operator data in the summary', () => {
  it('sits in one collapsed block, after the sections, and nowhere else', () => {
    const md = renderSummary(operatorReport(), SUMMARY_SECTIONS);
    const start = md.indexOf('<details><summary>Operator data</summary>');
    expect(start).toBeGreaterThan(0);
    expect(md.indexOf('<details><summary>Operator data</summary>', start + 1)).toBe(-1);
    const end = md.indexOf('</details>', start);
    const block = md.slice(start, end);
    const outside = md.slice(0, start) + md.slice(end);
    for (const fact of OPERATOR_FACTS) {
      expect(block).toContain(fact);
      expect(outside).not.toContain(fact);
    }
    // No block nested inside it: one click opens all of it.
    expect(block.slice(1)).not.toContain('<details>');
  });
});
