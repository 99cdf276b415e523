import { describePrefetch } from '../../goproxy/prefetch.js';
import type { ProxyReport, UpstreamReport } from '../../goproxy/proxy-report.js';
import { plural } from '../../plural.js';
import { fallbackDecisions, type FallbackDecisions, upstreamP95Ms } from '../proxy-figures.js';
import type { SectionRenderer } from '../summary.js';

const TIMEOUT_KEYS = ['timeout'];
const ERROR_KEYS = ['error', 'stalled', 'truncated'];

function sum(outcomes: Readonly<Record<string, number>>, keys: (key: string) => boolean): number {
  return Object.entries(outcomes)
    .filter(([key]) => keys(key))
    .reduce((total, [, n]) => total + n, 0);
}

const timeouts = (u: UpstreamReport): number => sum(u.outcomes, (k) => TIMEOUT_KEYS.includes(k));
const errors = (u: UpstreamReport): number =>
  sum(u.outcomes, (k) => ERROR_KEYS.includes(k) || /^5\d\d$/.test(k));
const skipped = (u: UpstreamReport): number => u.outcomes.skipped ?? 0;

/** Requests the relay sent upstream (hedges and trials included, skipped ones not). */
function requestsSent(report: ProxyReport): number {
  return report.upstreams.reduce((sum, u) => sum + u.requests, 0);
}

function describeDecisions(d: FallbackDecisions): string {
  return [
    d.hedgesWon > 0 ? `${plural(d.hedgesWon, 'hedge')} won by a later upstream` : '',
    d.circuitsOpened > 0 ? `${plural(d.circuitsOpened, 'circuit')} opened` : '',
    d.toDirect > 0 ? `${plural(d.toDirect, 'request')} sent direct` : '',
  ]
    .filter((s) => s !== '')
    .join(', ');
}

/** An upstream the user should hear about: over budget, timing out, failing, or its circuit opened. */
function isUnhealthy(u: UpstreamReport, budgetMs: number): boolean {
  return (
    u.latency.p95Ms > budgetMs ||
    timeouts(u) > 0 ||
    errors(u) > 0 ||
    u.breaker.transitions.length > 0 ||
    (u.sumdbBreaker?.transitions.length ?? 0) > 0
  );
}

/** Bytes fetched ahead that `go` never asked for, against every byte relayed (target: under 5%). */
function wasted(report: ProxyReport): string {
  const unused = report.prefetch?.unusedBytes ?? 0;
  const relayed = report.upstreams.reduce((total, u) => total + u.bytes, 0);
  const share = relayed === 0 ? 0 : (100 * unused) / relayed;
  return `Wasted: ${formatBytes(unused)} of ${formatBytes(relayed)} relayed (${share.toFixed(1)}%${share >= 5 ? ' ⚠️ over' : ', under'} the 5% target).`;
}

/** The circuit per route kind: module files and lists, and the checksum database paths. */
function circuits(u: UpstreamReport): string {
  if (!u.sumdbBreaker) return u.breaker.state;
  return u.breaker.state === u.sumdbBreaker.state
    ? u.breaker.state
    : `modules ${u.breaker.state}, sumdb ${u.sumdbBreaker.state}`;
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

function ms(value: number, samples: number): string {
  return samples === 0 ? '–' : `${value} ms`;
}

function time(iso: string): string {
  return iso.slice(11, 23);
}

/** "3 requests: 2 cancelled, 1 skipped" for an upstream with no answer on record. */
function neverAnswered(u: UpstreamReport): string {
  const outcomes = Object.entries(u.outcomes).filter(([, n]) => n > 0);
  const listed = outcomes.map(([outcome, n]) => `${n} ${outcome}`).join(', ');
  return `${plural(u.requests, 'request')}${listed ? `: ${listed}` : ''}`;
}

/** One sentence per unhealthy upstream: how slow, by how much, and what the relay did. */
function verdict(u: UpstreamReport, budgetMs: number, escape: (t: string) => string): string {
  const facts: string[] = [];
  if (u.latency.samples > 0 && u.latency.p95Ms > budgetMs)
    facts.push(`p95 ${u.latency.p95Ms} ms, ${u.latency.p95Ms - budgetMs} ms over the ${budgetMs} ms budget`);
  if (timeouts(u) > 0)
    facts.push(`${timeouts(u)} of ${u.requests} requests sent no headers within ${budgetMs} ms`);
  if (errors(u) > 0) facts.push(`${errors(u)} failed`);
  const actions: string[] = [];
  if (u.hedgesFired > 0) actions.push(`${u.hedgesFired} requests hedged to the next upstream`);
  const opened = u.breaker.transitions.filter((t) => t.to === 'open');
  if (opened.length > 0) {
    const first = opened[0];
    actions.push(
      `circuit opened ${opened.length === 1 ? 'once' : `${opened.length} times`} (first at ${time(first.at)}: ${escape(first.reason)})`,
    );
  }
  const sumdbOpened = u.sumdbBreaker?.transitions.find((t) => t.to === 'open');
  if (sumdbOpened)
    actions.push(
      `checksum database paths circuit opened (${escape(sumdbOpened.reason)}); module files unaffected`,
    );
  if (skipped(u) > 0) actions.push(`${skipped(u)} requests skipped it while open`);
  // "Within budget" only of an upstream that answered: one that never did says what became of its requests.
  const what =
    facts.length > 0
      ? facts.join(', ')
      : u.latency.samples > 0
        ? 'answered within budget'
        : `never answered (${neverAnswered(u)})`;
  return `- ⚠️ **${escape(u.name)}**: ${what}${actions.length > 0 ? ` → ${actions.join('; ')}` : ''}. ${u.breaker.state === (u.sumdbBreaker?.state ?? u.breaker.state) ? 'Circuit now' : 'Circuits now:'} ${circuits(u)}.`;
}

/**
 * The "Proxy health" section of the job summary: which upstream was slow and by how much, what
 * the relay did about it (hedges, open circuits, fallbacks), then a table per upstream (the rest
 * is operator data: proxyOperatorParts). Every name and reason goes through `escape`.
 */
export function renderProxyHealthSection(
  report: ProxyReport,
  escape: (text: string) => string,
  directAllowed = true,
): string {
  const budget = report.latencyBudgetMs;
  const parts: string[] = ['### Proxy health'];
  const unhealthy = report.upstreams.filter((u) => isUnhealthy(u, budget));
  const lead =
    unhealthy.length === 0
      ? `✅ Every upstream answered within the ${budget} ms budget.`
      : `${unhealthy.length} of ${report.upstreams.length} ${report.upstreams.length === 1 ? 'upstream was' : 'upstreams were'} slow or failing.`;
  const decisions = fallbackDecisions(report, directAllowed);
  parts.push(
    `${lead} ${plural(requestsSent(report), 'request')} sent upstream, p95 ${upstreamP95Ms(report)} ms; ` +
      `${plural(decisions.total, 'fallback decision')}${decisions.total > 0 ? ` (${describeDecisions(decisions)})` : ''}` +
      `${report.nextProxy ? '' : ' (next-proxy not allowed: no hedging)'}.`,
  );
  if (unhealthy.length > 0) parts.push(unhealthy.map((u) => verdict(u, budget, escape)).join('\n'));

  parts.push(
    [
      '| Upstream | Requests | p95 | Timeouts / errors | Circuit |',
      '|---|---:|---:|---:|---|',
      ...report.upstreams.map((u) => {
        const over = u.latency.samples > 0 && u.latency.p95Ms > budget ? ' ⚠️' : '';
        return `| ${escape(u.name)} | ${u.requests} | ${ms(u.latency.p95Ms, u.latency.samples)}${over} | ${timeouts(u)} / ${errors(u)} | ${circuits(u)} |`;
      }),
    ].join('\n'),
  );
  const security = report.security ?? [];
  if (security.length > 0) {
    parts.push(
      [
        `#### Bytes that did not match go.sum (${security.length})`,
        '',
        'Never handed to `go`; the request moved on to the next upstream.',
        '',
        '| Module | Version | File | Upstream | go.sum | Served |',
        '|---|---|---|---|---|---|',
        ...security
          .slice(0, 20)
          .map(
            (f) =>
              `| ${escape(f.module)} | ${escape(f.version)} | ${f.kind} | ${escape(f.upstream)} | ${escape(f.expected)} | ${escape(f.got)} |`,
          ),
      ].join('\n'),
    );
  }
  if (report.failures.length > 0) {
    parts.push(
      [
        `#### Requests no upstream could answer (${report.failures.length}${report.failures.length >= 100 ? '+' : ''})`,
        '',
        '| Module | Version | Request | Reason |',
        '|---|---|---|---|',
        ...report.failures
          .slice(0, 20)
          .map(
            (f) =>
              `| ${escape(f.module ?? '–')} | ${escape(f.version ?? '–')} | ${escape(f.kind)} | ${escape(f.reason)} |`,
          ),
      ].join('\n'),
    );
  }
  if (report.pending.length > 0) {
    parts.push(
      [
        `#### Still waiting when the run stopped (${report.pending.length})`,
        '',
        '| Module | Version | Request | Waiting on | For |',
        '|---|---|---|---|---:|',
        ...report.pending
          .slice(0, 20)
          .map(
            (p) =>
              `| ${escape(p.module ?? '–')} | ${escape(p.version ?? '–')} | ${escape(p.kind)} | ${escape(p.upstreams.join(', ') || '–')} (${p.phase}) | ${p.waitingMs} ms |`,
          ),
      ].join('\n'),
    );
  }
  return parts.join('\n\n');
}

/**
 * The relay's figures for operators, shown in the summary's one collapsed "Operator data" block
 * (sections/operator-section.ts): every figure per upstream, the routes, what was fetched ahead,
 * and the breaker transitions.
 */
export function proxyOperatorParts(report: ProxyReport, escape: (text: string) => string): string[] {
  const parts: string[] = [];
  const routed = new Map<string, number>();
  for (const m of report.modules) routed.set(m.upstream, (routed.get(m.upstream) ?? 0) + 1);
  parts.push(
    [
      '**Every figure per upstream**',
      '',
      '| Upstream | p50 | p99 | max | Hedges fired / won | Skipped while open | Modules served | Bytes |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      ...report.upstreams.map(
        (u) =>
          `| ${escape(u.name)} | ${ms(u.latency.p50Ms, u.latency.samples)} | ${ms(u.latency.p99Ms, u.latency.samples)} | ${ms(u.latency.maxMs, u.latency.samples)} | ${u.hedgesFired} / ${u.hedgesWon} | ${skipped(u)} | ${routed.get(u.name) ?? 0} | ${formatBytes(u.bytes)} |`,
      ),
      '',
      `\`go\` made ${plural(report.requests, 'request')} to the relay; p95 ${report.p95Ms} ms as \`go\` saw it.`,
    ].join('\n'),
  );

  if (report.routes && report.routes.length > 0) parts.push(routesTable(report, escape));
  if (report.prefetch) parts.push(`Fetched ahead: ${describePrefetch(report.prefetch)}. ${wasted(report)}`);

  const transitions = report.upstreams
    .flatMap((u) => [
      ...u.breaker.transitions.map((t) => ({ ...t, upstream: u.name })),
      ...(u.sumdbBreaker?.transitions ?? []).map((t) => ({ ...t, upstream: `${u.name} (sumdb)` })),
    ])
    .sort((a, b) => a.at.localeCompare(b.at));
  if (transitions.length > 0) {
    parts.push(
      [
        '**Circuit breaker transitions**',
        '',
        '| Time (UTC) | Upstream | Change | Reason |',
        '|---|---|---|---|',
        ...transitions.map(
          (t) => `| ${time(t.at)} | ${escape(t.upstream)} | ${t.from} → ${t.to} | ${escape(t.reason)} |`,
        ),
      ].join('\n'),
    );
  }
  return parts;
}

/** One row per `proxy-routes` rule (the default route first): where its module paths went. */
function routesTable(report: ProxyReport, escape: (t: string) => string): string {
  return [
    '| Route (module paths) | Upstreams | Requests | Served | Failed |',
    '|---|---|---:|---:|---:|',
    ...(report.routes ?? []).map(
      (r) =>
        `| ${escape(r.route)} | ${escape([...r.upstreams, ...(r.ends ? [r.ends] : [])].join(', ') || '–')} | ${r.requests} | ${r.served} | ${r.failed} |`,
    ),
  ].join('\n');
}

/** The section as a summary renderer: nothing when the run had no relay. */
export const proxyHealthSection: SectionRenderer = (report, escape) =>
  report.proxy
    ? renderProxyHealthSection(report.proxy, escape, report.settings.fallback.includes('direct'))
    : undefined;
