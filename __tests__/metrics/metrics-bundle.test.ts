import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs/promises';
import path from 'node:path';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { startFixtureProxy, type FixtureProxy } from '../../test-support/fixture-proxy.js';
import { startFixtureWorld, type FixtureWorld } from '../../test-support/fixture-world.js';
import { run } from '../../test-support/go-sandbox.js';
import { copyDist } from '../../test-support/dist-copy.js';

// Issue #24 §8, through the built CLI (a copy of dist/, as bundles.test.ts runs it): the
// `metrics-file` input writes OpenMetrics text that a real Prometheus text parser from npm reads.
// Two upstreams, `|`-separated: the first answers one zip with a 503, so the relay falls back.

interface Family {
  name: string;
  type: string;
  metrics: { value?: string; labels?: Record<string, string>; buckets?: Record<string, string> }[];
}

describe('the metrics file of the built CLI', () => {
  let world: FixtureWorld;
  let second: FixtureProxy;
  let distCopy = '';
  let CLI = '';
  let text = '';
  let families: Family[] = [];
  let secondName = '';
  let firstName = '';

  beforeAll(async () => {
    distCopy = await copyDist();
    CLI = path.join(distCopy, 'cli', 'index.js');
    world = await startFixtureWorld();
    second = await startFixtureProxy(world.graph.modules);
    world.proxy.setFault(
      { module: 'example.test/gamma/v2', kind: 'zip' },
      { kind: 'status', status: 503, body: 'maintenance window' },
    );
    const first = new URL(world.proxy.url);
    first.username = 'ci-user';
    first.password = 'sekret-token-123';
    firstName = `${first.host}${first.pathname.replace(/\/+$/, '')}`;
    const secondUrl = new URL(second.url);
    secondName = `${secondUrl.host}${secondUrl.pathname.replace(/\/+$/, '')}`;
    const sandbox = await world.freshSandbox();
    const file = path.join(sandbox.root, 'metrics', 'warden.prom');
    const result = await run(
      'node',
      [
        CLI,
        'check',
        world.project,
        '--proxy',
        `${first.href.replace(/\/$/, '')}|${second.url}`,
        '--sumdb',
        world.sumdb.gosumdb,
        '--metrics-file',
        file,
      ],
      { env: { ...sandbox.env, RUNNER_TEMP: sandbox.root } },
    );
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(result.code).toBe(0);
    text = await fs.readFile(file, 'utf8');
    families = parsePrometheusTextFormat(text) as Family[];
  }, 240_000);

  afterAll(async () => {
    world?.proxy.clearFaults();
    await second?.close();
    await world?.close();
    if (distCopy) await fs.rm(distCopy, { recursive: true, force: true });
  });

  const family = (name: string) => families.find((f) => f.name === name);

  it('is OpenMetrics text that ends with # EOF and carries no credentials', () => {
    expect(text.endsWith('# EOF\n')).toBe(true);
    expect(text).not.toContain('sekret-token-123');
    expect(text).not.toContain('ci-user');
    expect(text).toContain('# UNIT go_module_warden_upstream_request_duration_seconds seconds');
  });

  it('has a time-to-headers histogram per upstream: cumulative buckets, +Inf equal to _count', () => {
    expect(family('go_module_warden_upstream_request_duration_seconds')?.type).toBe('HISTOGRAM');
    for (const upstream of [firstName, secondName]) {
      const label = `upstream="${upstream}"`;
      const buckets = [
        ...text.matchAll(
          new RegExp(
            `^go_module_warden_upstream_request_duration_seconds_bucket\\{${escape(label)},le="([^"]+)"\\} (\\d+)$`,
            'gm',
          ),
        ),
      ];
      expect(buckets.map((b) => b[1])).toEqual([
        '0.005',
        '0.01',
        '0.025',
        '0.05',
        '0.1',
        '0.25',
        '0.5',
        '1',
        '2.5',
        '5',
        '10',
        '+Inf',
      ]);
      const counts = buckets.map((b) => Number(b[2]));
      expect(counts).toEqual([...counts].sort((a, b) => a - b));
      const count = new RegExp(
        `^go_module_warden_upstream_request_duration_seconds_count\\{${escape(label)}\\} (\\d+)$`,
        'm',
      ).exec(text);
      expect(Number(count?.[1])).toBe(counts.at(-1));
      expect(Number(count?.[1])).toBeGreaterThan(0);
      expect(text).toMatch(
        new RegExp(
          `^go_module_warden_upstream_request_duration_seconds_sum\\{${escape(label)}\\} [0-9.e-]+$`,
          'm',
        ),
      );
    }
  });

  it('counts requests by upstream and outcome, and the fallback', () => {
    const requests = family('go_module_warden_upstream_requests_total')?.metrics ?? [];
    const of = (upstream: string, outcome: string) =>
      requests.find((m) => m.labels?.upstream === upstream && m.labels?.outcome === outcome)?.value;
    expect(Number(of(firstName, '503'))).toBeGreaterThanOrEqual(1);
    expect(Number(of(secondName, '200'))).toBeGreaterThanOrEqual(1);
    expect(family('go_module_warden_upstream_requests')?.type).toBe('COUNTER');
    const fallbacks = family('go_module_warden_relay_fallbacks_total')?.metrics[0]?.value;
    expect(Number(fallbacks)).toBeGreaterThanOrEqual(1);
  });

  it('gives each breaker one state, and the phase durations of the run', () => {
    const states = (family('go_module_warden_upstream_breaker_state')?.metrics ?? []).filter(
      (m) => m.labels?.upstream === secondName && m.labels?.breaker === 'module',
    );
    expect(states.map((m) => m.labels?.state).sort()).toEqual(['closed', 'half-open', 'open']);
    expect(states.filter((m) => m.value === '1')).toHaveLength(1);
    const phases = (family('go_module_warden_phase_duration_seconds')?.metrics ?? []).map(
      (m) => m.labels?.phase,
    );
    expect(phases).toEqual(expect.arrayContaining(['environment', 'prime', 'build_list', 'licenses']));
    expect(Number(family('go_module_warden_run_duration_seconds')?.metrics[0]?.value)).toBeGreaterThan(0);
  });

  it('refuses a metrics-file that is a folder, or that another output names, all at once, exit 2', async () => {
    const sandbox = await world.freshSandbox();
    const shared = path.join(sandbox.root, 'out.txt');
    const result = await run(
      'node',
      [
        CLI,
        'check',
        world.project,
        '--metrics-file',
        sandbox.root,
        '--report-file',
        shared,
        '--notices-file',
        shared,
      ],
      { env: { ...sandbox.env, RUNNER_TEMP: sandbox.root } },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/metrics-file.*is a folder/);
    expect(result.stderr).toMatch(/notices-file/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
