import type { Clock } from '../clock.js';
import type { HealthKind, UpstreamState } from './relay-accounts.js';
import { type Agents, callUpstream } from './upstream-request.js';

/** The default probe: any GOPROXY answers it quickly (200 or 404); only the time to headers counts. */
export const DEFAULT_PROBE_PATH = '/sumdb/sum.golang.org/supported';

/**
 * One request per upstream at start-up, so that a hanging upstream is known before `go` waits on
 * it. No headers within the budget, or no connection, opens every breaker of the upstream (the
 * host is out). A 5xx opens only the breaker of the probed kind: a proxy that fails /sumdb/ may
 * still serve modules well. Any other answer seeds that breaker with its time to headers.
 */
export function probeUpstream(
  state: UpstreamState,
  probePath: string,
  budgetMs: number,
  agents: Agents,
  clock: Clock,
  closed: () => boolean,
): { abort(): void } {
  const kind: HealthKind = probePath.startsWith('/sumdb/') ? 'sumdb' : 'module';
  state.probe = 'pending';
  const openAll = (reason: string): void => {
    state.probe = reason.replace(/^start-up probe: /, '');
    for (const breaker of Object.values(state.breakers)) breaker.open(reason);
  };
  const call = callUpstream(state.upstream, probePath, agents);
  const started = clock.now();
  const timer = clock.setTimeout(() => {
    call.abort();
    openAll(`start-up probe: no response headers within ${budgetMs} ms`);
  }, budgetMs);
  call.response.then(
    (response) => {
      clock.clearTimeout(timer);
      response.body.resume();
      response.body.on('error', () => {});
      state.probe = `answered ${response.status} in ${Math.round(clock.now() - started)} ms`;
      if (response.status >= 500)
        state.breakers[kind].open(`start-up probe ${probePath}: answered ${response.status}`);
      else state.breakers[kind].record('normal', { kind: 'answered', ms: clock.now() - started });
    },
    (error: unknown) => {
      clock.clearTimeout(timer);
      if (closed()) return;
      openAll(`start-up probe: ${error instanceof Error ? error.message : String(error)}`);
    },
  );
  return {
    abort() {
      clock.clearTimeout(timer);
      call.abort();
    },
  };
}
