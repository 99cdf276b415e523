import { LATENCY_BUCKETS_SECONDS } from '../goproxy/latency-stats.js';
import type { UpstreamReport } from '../goproxy/proxy-report.js';
import type { Report } from '../report/model.js';
import type { PhaseDuration } from './phase-timer.js';

const PREFIX = 'go_module_warden';
const BREAKER_STATES = ['closed', 'open', 'half-open'] as const;

/** One metric family: its metadata lines, then its samples. */
interface Family {
  readonly name: string;
  readonly type: 'counter' | 'gauge' | 'histogram';
  readonly unit?: string;
  readonly help: string;
  readonly samples: readonly string[];
}

/**
 * The run's metrics in the OpenMetrics 1.0 text format (application/openmetrics-text): per-upstream
 * time-to-headers histograms, request and fallback counters, breaker state, phase durations, and
 * `# EOF`. Names follow Prometheus conventions (base units, `_total` on counter samples). Upstream
 * labels are the relay's names for them (host[:port][/path]: never userinfo); `redact` is the
 * run's redactor, a second fence for a secret in a proxy path.
 */
export function renderOpenMetrics(
  report: Report,
  phases: readonly PhaseDuration[],
  redact: (text: string) => string = (text) => text,
): string {
  const upstreams = report.proxy?.upstreams ?? [];
  const label = (u: UpstreamReport) => `upstream="${escapeLabel(redact(u.name))}"`;
  const families = [...upstreamFamilies(upstreams, label), ...runFamilies(report, phases)];
  const lines: string[] = [];
  for (const f of families) {
    lines.push(`# TYPE ${f.name} ${f.type}`);
    if (f.unit) lines.push(`# UNIT ${f.name} ${f.unit}`);
    lines.push(`# HELP ${f.name} ${escapeHelp(f.help)}`, ...f.samples);
  }
  return `${lines.join('\n')}\n# EOF\n`;
}

/** The relay's series, one set per upstream. */
function upstreamFamilies(
  upstreams: readonly UpstreamReport[],
  label: (u: UpstreamReport) => string,
): Family[] {
  return [
    {
      name: `${PREFIX}_upstream_request_duration_seconds`,
      type: 'histogram',
      unit: 'seconds',
      help: 'Time to response headers of requests the relay sent to each upstream proxy.',
      samples: upstreams.flatMap((u) => histogramSamples(u, label(u))),
    },
    {
      name: `${PREFIX}_upstream_requests`,
      type: 'counter',
      help: 'Requests the relay sent to each upstream proxy, by outcome (HTTP status, timeout, error, ...).',
      samples: upstreams.flatMap((u) =>
        Object.entries(u.outcomes)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(
            ([outcome, n]) =>
              `${PREFIX}_upstream_requests_total{${label(u)},outcome="${escapeLabel(outcome)}"} ${n}`,
          ),
      ),
    },
    {
      name: `${PREFIX}_upstream_hedges`,
      type: 'counter',
      help: 'Hedged requests started on a later upstream because this one was slow.',
      samples: upstreams.map((u) => `${PREFIX}_upstream_hedges_total{${label(u)}} ${u.hedgesFired}`),
    },
    {
      name: `${PREFIX}_upstream_breaker_state`,
      type: 'gauge',
      help: "Each upstream's circuit breaker at the end of the run: 1 for its state, 0 for the others.",
      samples: upstreams.flatMap((u) => breakerSamples(u, label(u))),
    },
    {
      name: `${PREFIX}_upstream_breaker_opened`,
      type: 'counter',
      help: 'Times each upstream circuit breaker opened during the run.',
      samples: upstreams.map(
        (u) =>
          `${PREFIX}_upstream_breaker_opened_total{${label(u)}} ${u.breaker.transitions.filter((t) => t.to === 'open').length}`,
      ),
    },
  ];
}

/** The run's own series: the relay's totals, phases, duration, verdict. */
function runFamilies(report: Report, phases: readonly PhaseDuration[]): Family[] {
  return [
    {
      name: `${PREFIX}_relay_requests`,
      type: 'counter',
      help: 'Requests go made to the relay.',
      samples: report.proxy ? [`${PREFIX}_relay_requests_total ${report.proxy.requests}`] : [],
    },
    {
      name: `${PREFIX}_relay_fallbacks`,
      type: 'counter',
      help: 'Requests served by a later upstream, or answered with an error so that go fell back to direct.',
      samples: report.proxy ? [`${PREFIX}_relay_fallbacks_total ${report.proxy.fallbacks}`] : [],
    },
    {
      name: `${PREFIX}_phase_duration_seconds`,
      type: 'gauge',
      unit: 'seconds',
      help: 'Wall time of each phase of the run (its log group).',
      samples: phases.map(
        (p) => `${PREFIX}_phase_duration_seconds{phase="${escapeLabel(p.phase)}"} ${p.seconds}`,
      ),
    },
    {
      name: `${PREFIX}_run_duration_seconds`,
      type: 'gauge',
      unit: 'seconds',
      help: 'Wall time of the whole run.',
      samples: [`${PREFIX}_run_duration_seconds ${report.durationMs / 1000}`],
    },
    {
      name: `${PREFIX}_run_passed`,
      type: 'gauge',
      help: 'The run passed (1) or warned or failed (0); the status label names which.',
      samples: [`${PREFIX}_run_passed{status="${report.status}"} ${report.status === 'passed' ? 1 : 0}`],
    },
    {
      name: `${PREFIX}_run_timestamp_seconds`,
      type: 'gauge',
      unit: 'seconds',
      help: 'When the run started (Unix time): a stale file shows as an old timestamp.',
      samples: [`${PREFIX}_run_timestamp_seconds ${Date.parse(report.startedAt) / 1000}`],
    },
  ];
}

function histogramSamples(u: UpstreamReport, label: string): string[] {
  const h = u.latencyHistogram;
  if (!h) return [];
  const name = `${PREFIX}_upstream_request_duration_seconds`;
  return [
    ...LATENCY_BUCKETS_SECONDS.map((le, i) => `${name}_bucket{${label},le="${le}"} ${h.buckets[i]}`),
    `${name}_bucket{${label},le="+Inf"} ${h.count}`,
    `${name}_sum{${label}} ${h.sumSeconds}`,
    `${name}_count{${label}} ${h.count}`,
  ];
}

function breakerSamples(u: UpstreamReport, label: string): string[] {
  const name = `${PREFIX}_upstream_breaker_state`;
  const of = (breaker: string, state: string) =>
    BREAKER_STATES.map((s) => `${name}{${label},breaker="${breaker}",state="${s}"} ${s === state ? 1 : 0}`);
  return [...of('module', u.breaker.state), ...(u.sumdbBreaker ? of('sumdb', u.sumdbBreaker.state) : [])];
}

/** OpenMetrics label values escape `\`, `"` and newline. */
function escapeLabel(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}
