import { describe, expect, it } from '@jest/globals';
import { escapeSummaryText } from '../../src/report/escape.js';
import {
  proxyOperatorParts,
  renderProxyHealthSection,
} from '../../src/report/sections/proxy-health-section.js';
import { MISMATCHED_ZIP, proxyReport, upstreamReport } from '../../test-support/sample-report.js';

describe('the Proxy health section', () => {
  it('says under the table what fetching ahead did, and leaves it out when it did not run', () => {
    const prefetch = {
      planned: 360,
      concurrency: 8,
      fetched: 359,
      failed: 1,
      served: 358,
      overtaken: 0,
      unused: 1,
      unusedBytes: 1234,
      notStarted: 0,
    };
    const text = proxyOperatorParts(
      proxyReport([upstreamReport('proxy.golang.org')], { prefetch }),
      escapeSummaryText,
    ).join('\n\n');
    expect(text).toContain(
      'Fetched ahead: fetched 359 of 360 files named by go.sum ahead of go (8 at a time); go took 358; 1 failed (go fetched them itself); 1 never asked for (1234 bytes; go.sum may have stale lines). Wasted: 1.2 KiB of 2.0 KiB relayed (60.3% ⚠️ over the 5% target).',
    );
    expect(
      proxyOperatorParts(proxyReport([upstreamReport('proxy.golang.org')]), escapeSummaryText).join('\n'),
    ).not.toContain('Fetched ahead');
  });

  it('shows the circuit of the checksum database paths apart from that of module files', () => {
    const sumdbDown = upstreamReport('goproxy.corp.example', {
      sumdbBreaker: {
        state: 'open',
        transitions: [
          {
            at: '2026-01-01T00:00:00.000Z',
            from: 'closed',
            to: 'open',
            reason: 'start-up probe /sumdb/sum.golang.org/supported: answered 500',
          },
        ],
      },
    });
    const text = renderProxyHealthSection(proxyReport([sumdbDown]), escapeSummaryText);
    expect(text).toContain('| goproxy.corp.example | 10 | 90 ms | 0 / 0 | modules closed, sumdb open |');
    expect(text).toContain(
      'checksum database paths circuit opened (start-up probe /sumdb/sum.golang.org/supported: answered 500); module files unaffected',
    );
    expect(proxyOperatorParts(proxyReport([sumdbDown]), escapeSummaryText).join('\n')).toContain(
      '| goproxy.corp.example (sumdb) | closed → open |',
    );
  });

  it('names each upstream that served bytes not matching go.sum, and what the relay did', () => {
    const text = renderProxyHealthSection(
      proxyReport([upstreamReport('goproxy.corp.example')], {
        security: [MISMATCHED_ZIP],
      }),
      escapeSummaryText,
    );
    expect(text).toContain('#### Bytes that did not match go.sum (1)');
    expect(text).toContain('| example.test/a | v1.0.0 | zip | goproxy.corp.example | h1:AAA= | h1:BBB= |');
  });

  it('says every upstream was within budget when none was slow, with a row per upstream', () => {
    const text = renderProxyHealthSection(
      proxyReport([upstreamReport('goproxy.corp.example'), upstreamReport('proxy.golang.org')]),
      escapeSummaryText,
    );
    expect(text).toMatch(
      /^### Proxy health\n\n✅ Every upstream answered within the 2300 ms budget\. 20 requests sent upstream/,
    );
    expect(text).toContain('| Upstream | Requests | p95 | Timeouts / errors | Circuit |');
    expect(text).toContain('| goproxy.corp.example | 10 | 90 ms | 0 / 0 | closed |');
    // The rest is operator data, in the summary's one collapsed block.
    const operator = proxyOperatorParts(
      proxyReport([upstreamReport('goproxy.corp.example'), upstreamReport('proxy.golang.org')]),
      escapeSummaryText,
    ).join('\n\n');
    expect(operator).toContain(
      '**Every figure per upstream**\n\n| Upstream | p50 | p99 | max | Hedges fired / won | Skipped while open | Modules served | Bytes |',
    );
    expect(operator).toContain('| goproxy.corp.example | 40 ms | 95 ms | 95 ms | 0 / 0 | 0 | 1 | 2.0 KiB |');
    expect(text).not.toContain('⚠️');
    expect(text).not.toContain('Circuit breaker transitions');
  });

  it('names the slow upstream, by how much it was over, and what the relay did about it', () => {
    const slow = upstreamReport('goproxy.corp.example', {
      requests: 23,
      outcomes: { '200': 3, timeout: 20, skipped: 17 },
      latency: { samples: 3, p50Ms: 2900, p95Ms: 3010, p99Ms: 3010, maxMs: 3010 },
      hedgesFired: 20,
      sumdbBreaker: { state: 'closed', transitions: [] },
      breaker: {
        state: 'open',
        transitions: [
          {
            at: '2026-11-22T09:00:01.250Z',
            from: 'closed',
            to: 'open',
            reason: '3 consecutive timeouts or errors (last: no response headers within 2300 ms)',
          },
        ],
      },
    });
    const report = proxyReport([slow, upstreamReport('proxy.golang.org', { hedgesWon: 20 })], {
      fallbacks: 37,
    });
    const text = renderProxyHealthSection(report, escapeSummaryText);
    expect(text).toContain('1 of 2 upstreams were slow or failing.');
    // Decisions, not requests: 20 hedges won and one opening (the 17 skips follow from it).
    expect(text).toContain('21 fallback decisions (20 hedges won by a later upstream, 1 circuit opened)');
    expect(text).toContain('33 requests sent upstream, p95 2900 ms');
    expect(text).toContain(
      '- ⚠️ **goproxy.corp.example**: p95 3010 ms, 710 ms over the 2300 ms budget, 20 of 23 requests sent no headers within 2300 ms → 20 requests hedged to the next upstream; circuit opened once (first at 09:00:01.250: 3 consecutive timeouts or errors (last: no response headers within 2300 ms)); 17 requests skipped it while open. Circuits now: modules open, sumdb closed.',
    );
    expect(text).toContain('| 3010 ms ⚠️ |');
    expect(proxyOperatorParts(report, escapeSummaryText).join('\n')).toContain(
      '| 09:00:01.250 | goproxy.corp.example | closed → open |',
    );
  });

  it('lists requests no upstream could answer and those still pending, escaping module text', () => {
    const text = renderProxyHealthSection(
      proxyReport([upstreamReport('a.example')], {
        failures: [
          { module: 'example.test/<img>', version: 'v1.0.0', kind: 'zip', status: 502, reason: 'a|b' },
        ],
        pending: [
          {
            module: 'example.test/slow',
            version: 'v2.0.0',
            kind: 'zip',
            upstreams: ['a.example'],
            phase: 'body',
            since: '2026-11-22T09:00:00.000Z',
            waitingMs: 5000,
          },
        ],
      }),
      escapeSummaryText,
    );
    expect(text).toContain('#### Requests no upstream could answer (1)');
    expect(text).toContain('| example.test/&#60;img&#62; | v1.0.0 | zip | a&#124;b |');
    expect(text).not.toContain('<img>');
    expect(text).toContain('| example.test/slow | v2.0.0 | zip | a.example (body) | 5000 ms |');
  });

  it('says when hedging was off because next-proxy is not an allowed fallback', () => {
    const text = renderProxyHealthSection(
      proxyReport([upstreamReport('a.example')], { nextProxy: false }),
      escapeSummaryText,
    );
    expect(text).toContain('(next-proxy not allowed: no hedging)');
  });
});
