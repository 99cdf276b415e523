import { describe, expect, it } from '@jest/globals';
import { escapeSummaryText } from '../../src/report/escape.js';
import { proxyOperatorParts } from '../../src/report/sections/proxy-health-section.js';
import { proxyReport, upstreamReport } from '../../test-support/sample-report.js';

describe('the Proxy health section with proxy-routes', () => {
  it('shows one row per route, the default first, with its upstreams and what it carried', () => {
    const routes = [
      {
        route: '(default)',
        upstreams: ['proxy.golang.org'],
        ends: 'direct' as const,
        requests: 40,
        served: 38,
        failed: 0,
      },
      {
        route: 'corp.example.com/*, git.corp.example.com/*',
        upstreams: ['goproxy.corp.example'],
        requests: 12,
        served: 11,
        failed: 1,
      },
    ];
    const text = proxyOperatorParts(
      proxyReport([upstreamReport('proxy.golang.org'), upstreamReport('goproxy.corp.example')], { routes }),
      escapeSummaryText,
    ).join('\n\n');
    expect(text).toContain(
      [
        '| Route (module paths) | Upstreams | Requests | Served | Failed |',
        '|---|---|---:|---:|---:|',
        '| (default) | proxy.golang.org, direct | 40 | 38 | 0 |',
        '| corp.example.com/&#42;, git.corp.example.com/&#42; | goproxy.corp.example | 12 | 11 | 1 |',
      ].join('\n'),
    );
    expect(
      proxyOperatorParts(proxyReport([upstreamReport('proxy.golang.org')]), escapeSummaryText).join('\n'),
    ).not.toContain('Route (module paths)');
  });
});
