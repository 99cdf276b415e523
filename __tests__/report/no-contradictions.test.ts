import { describe, expect, it } from '@jest/globals';
import type { CacheReport } from '../../src/cache/cache-report.js';
import { parseConfig } from '../../src/config/config.js';
import { formatDuration } from '../../src/config/duration.js';
import type { DiffReport } from '../../src/diff/diff-report.js';
import type { Finding } from '../../src/findings.js';
import type { ProxyReport } from '../../src/goproxy/proxy-report.js';
import type { LicenseReport, ModuleLicense } from '../../src/licenses/license-report.js';
import { buildReport } from '../../src/report/build-report.js';
import { failureOf, finishFindings, markCancelled } from '../../src/report/finish.js';
import type { Report } from '../../src/report/model.js';
import { reportOutputs } from '../../src/report/outputs.js';
import { SUMMARY_SECTIONS } from '../../src/report/sections.js';
import { renderSummary } from '../../src/report/summary.js';
import { buildListModule } from '../../test-support/build-list-module.js';
import { proxyReport, upstreamReport } from '../../test-support/sample-report.js';
import { summaryContradictions } from '../../test-support/summary-facts.js';

const context = { onGitHub: true, tempDir: '/tmp/rt', homeDir: '/home/u' };

interface Outcome {
  /** Each dependency's license expression and verdict. */
  readonly licenses: readonly (readonly [string, string, ModuleLicense['verdict']])[];
  readonly inputs?: Record<string, string>;
  readonly extra?: readonly Finding[];
  readonly hit?: CacheReport['hit'];
  readonly diff?: Omit<DiffReport, 'gate'>;
  readonly proxy?: ProxyReport;
  readonly cancelled?: boolean;
}

const ALLOW = 'MIT, Apache-2.0, BSD-2-Clause, BSD-3-Clause, ISC';

/** A run's facts through the real finishing path: findings, gate, verdict, hand-over decision, report. */
function runOf(outcome: Outcome): Report {
  const config = parseConfig({ 'license-allow': ALLOW, ...outcome.inputs }, context);
  const main = buildListModule('example.test/app', '', { main: true });
  const deps = outcome.licenses.map(([path]) => buildListModule(path, 'v1.0.0'));
  const gating = config.licenseAllow.length + config.licenseDeny.length > 0;
  const modules: ModuleLicense[] = [
    licenseOf(main.path, '', 'LicenseRef-unknown', 'not-gated', true),
    ...outcome.licenses.map(([path, expression, verdict]) =>
      licenseOf(path, 'v1.0.0', expression, gating ? verdict : 'not-gated'),
    ),
  ];
  const findings: Finding[] = modules
    .filter((m) => m.verdict === 'denied' || m.verdict === 'unknown')
    .map((m) => ({
      kind: 'policy',
      area: 'license',
      module: m.path,
      version: m.version,
      ...(m.verdict === 'unknown' && config.unknownLicense === 'warn'
        ? { severity: 'warning' as const }
        : {}),
      message: `license ${m.expression} is ${m.verdict === 'denied' ? 'not allowed' : 'unknown'}`,
    }));
  const counts = new Map<string, number>();
  for (const m of modules.filter((m) => !m.main))
    counts.set(m.expression, (counts.get(m.expression) ?? 0) + 1);
  const licenses: LicenseReport = {
    gating,
    threshold: 0.9,
    modules,
    findings,
    counts: [...counts].map(([license, n]) => ({ license, modules: n })),
  };
  const diff = outcome.diff && { ...outcome.diff, gate: config.artifacts.gate };
  const proxy = outcome.proxy;
  const verdict = finishFindings(config, {
    steps: [...findings, ...(outcome.extra ?? [])],
    relay: proxy && { proxy, findings: [] },
    diff,
    modules: [main, ...deps],
  });
  // As steps/cache.ts hands over: the run's verdict decides whether anything may be saved.
  const failure = failureOf(verdict, config.warnOnly);
  const hit = outcome.hit ?? 'miss';
  const cache: CacheReport = {
    hit,
    backend: 'actions',
    key: 'gmw-linux-x64-abc',
    matchedKey: hit === 'miss' ? undefined : 'gmw-linux-x64-abc',
    verified: 3,
    unlisted: 0,
    purged: [],
    ...(failure ? { saveSkipped: `the run failed (${failure}); a failed run saves nothing` } : {}),
  };
  const report = buildReport(
    config,
    {
      modules: [main, ...deps],
      licenses,
      cache,
      proxy,
      ...(diff ? { diff } : {}),
    },
    verdict,
    '/w',
    0,
    61_000,
  );
  return outcome.cancelled ? markCancelled(report, 'SIGINT') : report;
}

function licenseOf(
  path: string,
  version: string,
  expression: string,
  verdict: ModuleLicense['verdict'],
  main = false,
): ModuleLicense {
  return {
    path,
    version,
    main,
    detected: expression,
    expression,
    verdict,
    rule: verdict,
    confidence: 0.99,
    files: [],
    ...(verdict === 'denied' ? { failing: { id: expression, list: 'license-allow' as const } } : {}),
  };
}

const mit = (path: string) => [path, 'MIT', 'allowed'] as const;
const gpl = (path: string) => [path, 'GPL-3.0-only', 'denied'] as const;
const unknown = (path: string) => [path, 'LicenseRef-unknown', 'unknown'] as const;

const OUTCOMES: Record<string, Outcome> = {
  pass: { licenses: [mit('example.test/a'), mit('example.test/b')] },
  'pass, not gated': { licenses: [mit('example.test/a')], inputs: { 'license-allow': '' } },
  warn: {
    licenses: [mit('example.test/a'), unknown('example.test/u')],
    inputs: { 'unknown-license': 'warn' },
  },
  fail: {
    licenses: [
      mit('example.test/a'),
      gpl('example.test/g1'),
      gpl('example.test/g2'),
      unknown('example.test/u'),
    ],
  },
  'gate changed': {
    licenses: [mit('example.test/new'), gpl('example.test/old')],
    inputs: { gate: 'changed' },
    diff: {
      base: { kind: 'git', ref: 'main', commit: 'a'.repeat(40), fetched: false },
      added: [{ path: 'example.test/new', version: 'v1.0.0' }],
      updated: [],
      removed: [],
    },
  },
  'warn-only': { licenses: [gpl('example.test/g1')], inputs: { 'warn-only': 'true' } },
  ignored: { licenses: [['example.test/g', 'GPL-3.0-only', 'ignored'], mit('example.test/a')] },
  cancelled: { licenses: [mit('example.test/a')], cancelled: true },
  'cache hit': { licenses: [mit('example.test/a')], hit: 'exact' },
  'cache partial, failing': { licenses: [gpl('example.test/g')], hit: 'partial' },
  'an upstream that never answered': {
    licenses: [mit('example.test/a')],
    proxy: proxyReport([
      upstreamReport('goproxy.corp.example', {
        requests: 3,
        outcomes: { cancelled: 3 },
        latency: { samples: 0, p50Ms: 0, p95Ms: 0, p99Ms: 0, maxMs: 0 },
        breaker: {
          state: 'open',
          transitions: [{ at: '2026-11-22T09:00:07.300Z', from: 'closed', to: 'open', reason: '3 errors' }],
        },
      }),
      upstreamReport('proxy.golang.org'),
    ]),
  },
};

describe('the summary says what the report holds, for every outcome', () => {
  it.each(Object.entries(OUTCOMES))('%s', (_name, outcome) => {
    const report = runOf(outcome);
    const summary = renderSummary(report, SUMMARY_SECTIONS);
    expect(summaryContradictions(summary, report)).toEqual([]);
    expect(reportOutputs(report, '/r.json').result).toBe(report.status);
    // A cancelled run fails and says so (the rule applies only when the report says cancelled).
    if (outcome.cancelled) expect(report.cancelled).toBe(true);
  });

  it('finds each contradiction once seen in a real run (each rule can fail)', () => {
    const report = runOf(OUTCOMES.fail);
    const summary = renderSummary(report, SUMMARY_SECTIONS);
    const lines = summary.split('\n');
    const save = lines.findIndex((l) => l.startsWith('- Save'));
    const contradicting = [
      lines.map((l, i) => (i === save ? '- Save: in the post step' : l)).join('\n'),
      summary.replace(/\d+ violations/, '0 violations'),
      `${summary}\n(licenses reported, not gated)`,
      summary.replace(` · ${formatDuration(report.durationMs)} · `, ' · 2.03 min · '),
      summary.replace(/^## ❌ Go Module Warden failed/, '## ✅ Go Module Warden passed'),
    ];
    for (const text of contradicting) expect(summaryContradictions(text, report)).not.toEqual([]);
  });

  it('gate: changed passes with warnings and hands the save over as a passing run', () => {
    const report = runOf(OUTCOMES['gate changed']);
    expect(report.status).toBe('warned');
    expect(report.cache?.saveSkipped).toBeUndefined();
    expect(renderSummary(report, SUMMARY_SECTIONS)).toContain(
      '1 violation (1 only warns: not introduced by this pull request, `gate: changed`)',
    );
  });
});
