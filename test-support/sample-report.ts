import type { ProxyReport, SecurityFact, UpstreamReport } from '../src/goproxy/proxy-report.js';
import type { LicenseReport, ModuleLicense } from '../src/licenses/license-report.js';
import type { ModuleEntry, Report } from '../src/report/model.js';
import { buildListModule } from './build-list-module.js';

/** A module entry at v1.0.0 for report tests. */
export function reportModule(path: string, extra: Partial<ModuleEntry> = {}): ModuleEntry {
  return buildListModule<ModuleEntry>(path, 'v1.0.0', extra);
}

/** The smallest passed report: a main module and one dependency, proxy and checksum DB off. */
export function passedReport(extra: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'go-module-warden', version: '0.1.0' },
    startedAt: '2026-11-22T00:00:00.000Z',
    durationMs: 1234,
    status: 'passed',
    warnOnly: false,
    project: { dir: '/w', goVersion: 'go1.26.8', mode: 'module', vendor: false, mainModules: [] },
    settings: { proxy: 'off', private: '', sumdb: 'off', latencyBudgetMs: 2300, fallback: [] },
    findings: [],
    modules: [
      reportModule('example.test/app', { version: '', main: true }),
      reportModule('example.test/alpha'),
    ],
    download: { downloaded: 1, failed: [] },
    ...extra,
  };
}

/**
 * A failed run as users meet it: one license violation (BSD-2-Clause with license-allow set, no
 * deny list), a hanging first upstream that hedges got past, a partial cache hit. The summary
 * tests read it and scripts/render-summary.ts renders it to a PNG to look at.
 */
export function sampleFailedReport(moduleCount = 30): Report {
  const modules: ModuleEntry[] = [
    buildListModule<ModuleEntry>('example.com/app', '', { main: true }),
    buildListModule<ModuleEntry>('github.com/pkg/errors', 'v0.9.1', {
      indirect: true,
      route: { kind: 'proxy', host: 'proxy.golang.org' },
      checksum: 'verified',
      license: {
        expression: 'BSD-2-Clause',
        verdict: 'denied',
        rule: 'not in license-allow: BSD-2-Clause',
        failing: { id: 'BSD-2-Clause', list: 'license-allow' },
      },
    }),
    ...Array.from({ length: moduleCount - 2 }, (_, i) =>
      buildListModule<ModuleEntry>(`github.com/example/dep${i}`, `v1.${i}.0`, {
        route: i % 3 === 0 ? { kind: 'cache' } : { kind: 'proxy', host: 'proxy.golang.org' },
        checksum: 'verified',
        license: { expression: i % 2 ? 'MIT' : 'Apache-2.0', verdict: 'allowed', rule: 'license-allow' },
      }),
    ),
  ];
  return passedReport({
    startedAt: '2026-11-22T09:00:00.000Z',
    durationMs: 41_200,
    status: 'failed',
    project: {
      dir: '/home/runner/work/app',
      goVersion: 'go1.26.8',
      mode: 'module',
      vendor: false,
      mainModules: ['example.com/app'],
    },
    settings: {
      proxy: 'https://goproxy.corp.example|https://proxy.golang.org,direct',
      private: '',
      sumdb: 'sum.golang.org',
      latencyBudgetMs: 2300,
      fallback: ['next-proxy', 'cache', 'direct'],
      licenseAllow: ['MIT', 'Apache-2.0', 'BSD-3-Clause', 'ISC', 'MPL-2.0'],
      licenseDeny: [],
      licenseScope: 'build-list',
    },
    findings: [
      {
        kind: 'policy',
        area: 'license',
        module: 'github.com/pkg/errors',
        version: 'v0.9.1',
        message:
          'github.com/pkg/errors@v0.9.1: license BSD-2-Clause is not allowed (not in license-allow: BSD-2-Clause); found in LICENSE (BSD-2-Clause)',
        file: 'go.mod',
        line: 7,
      },
      {
        kind: 'infrastructure',
        severity: 'warning',
        area: 'proxy',
        message:
          'upstream goproxy.corp.example breached the 2.3s budget or failed (9 timeouts, circuit opened: 3 consecutive timeouts); its requests went to the next fallback',
      },
    ],
    modules,
    download: { downloaded: moduleCount - 1, failed: [] },
    proxy: sampleProxyReport(),
    licenses: sampleLicenseReport(modules),
    cache: {
      hit: 'partial',
      backend: 'actions',
      key: 'go-module-warden-linux-x64-3f2a',
      matchedKey: 'go-module-warden-linux-x64-1b9c',
      restoredBytes: 48_000_000,
      restoreMs: 2100,
      verified: 9,
      unlisted: 0,
      purged: [],
    },
  });
}

/**
 * An upstream that answered all its 10 requests in time (p95 90 ms), with no separate checksum
 * database circuit; `over` sets what a test is about.
 */
export function upstreamReport(name: string, over: Partial<UpstreamReport> = {}): UpstreamReport {
  return {
    name,
    requests: 10,
    outcomes: { '200': 10 },
    latency: { samples: 10, p50Ms: 40, p95Ms: 90, p99Ms: 95, maxMs: 95 },
    bytes: 2048,
    hedgesFired: 0,
    hedgesWon: 0,
    breaker: { state: 'closed', transitions: [] },
    ...over,
  };
}

/**
 * The relay's report over `upstreams` with a 2300 ms budget and hedging on, the first upstream
 * having served one module; `over` sets what a test is about.
 */
export function proxyReport(upstreams: UpstreamReport[], over: Partial<ProxyReport> = {}): ProxyReport {
  return {
    latencyBudgetMs: 2300,
    stallTimeoutMs: 30_000,
    nextProxy: true,
    upstreams,
    requests: 40,
    p95Ms: 120,
    fallbacks: 0,
    modules: upstreams
      .slice(0, 1)
      .map((u) => ({ path: 'example.test/a', version: 'v1.0.0', upstream: u.name, file: 'zip' as const })),
    failures: [],
    security: [],
    pending: [],
    ...over,
  };
}

/** A .zip that goproxy.corp.example served with bytes that do not hash to go.sum. */
export const MISMATCHED_ZIP: SecurityFact = {
  module: 'example.test/a',
  version: 'v1.0.0',
  kind: 'zip',
  upstream: 'goproxy.corp.example',
  expected: 'h1:AAA=',
  got: 'h1:BBB=',
};

function sampleProxyReport(): ProxyReport {
  return proxyReport(
    [
      upstreamReport('goproxy.corp.example', {
        requests: 9,
        outcomes: { timeout: 9, skipped: 91 },
        latency: { samples: 0, p50Ms: 0, p95Ms: 0, p99Ms: 0, maxMs: 0 },
        bytes: 0,
        hedgesFired: 8,
        breaker: {
          state: 'open',
          transitions: [
            {
              at: '2026-11-22T09:00:07.300Z',
              from: 'closed',
              to: 'open',
              reason: '3 consecutive timeouts or errors (last: no response headers within 2300 ms)',
            },
          ],
        },
      }),
      upstreamReport('proxy.golang.org', {
        requests: 90,
        outcomes: { '200': 90 },
        latency: { samples: 90, p50Ms: 35, p95Ms: 80, p99Ms: 120, maxMs: 160 },
        bytes: 21_000_000,
        hedgesWon: 8,
      }),
    ],
    { requests: 99, p95Ms: 77, fallbacks: 100, modules: [] },
  );
}

function sampleLicenseReport(modules: readonly ModuleEntry[]): LicenseReport {
  const licensed: ModuleLicense[] = modules
    .filter((m) => !m.main && m.license)
    .map((m) => ({
      path: m.path,
      version: m.version,
      main: false,
      detected: m.license!.expression,
      expression: m.license!.expression,
      verdict: m.license!.verdict,
      rule: m.license!.rule ?? '',
      confidence: 0.98,
      files: [
        {
          path: 'LICENSE',
          dir: '',
          appliesToCode: true,
          expression: m.license!.expression,
          matches: [],
          unknown: [],
        } as unknown as ModuleLicense['files'][number],
      ],
      goMod: { file: 'go.mod', line: 7 },
    }));
  const counts = new Map<string, number>();
  for (const m of licensed) counts.set(m.expression, (counts.get(m.expression) ?? 0) + 1);
  return {
    gating: true,
    threshold: 0.9,
    modules: licensed,
    findings: [],
    counts: [...counts]
      .map(([license, n]) => ({ license, modules: n }))
      .sort((a, b) => b.modules - a.modules),
  };
}
