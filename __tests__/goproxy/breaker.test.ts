import { describe, expect, it } from '@jest/globals';
import { type BreakerOptions, CircuitBreaker, type RequestOutcome } from '../../src/goproxy/breaker.js';

const BUDGET = 100;
const OPTIONS: BreakerOptions = { window: 5, consecutiveFailures: 3, coolDownMs: 1000 };

function breaker(options: Partial<BreakerOptions> = {}) {
  const clock = { t: 1_700_000_000_000 };
  const b = new CircuitBreaker(BUDGET, { ...OPTIONS, ...options }, () => clock.t);
  return { b, clock };
}

const ok = (ms = 10): RequestOutcome => ({ kind: 'answered', ms });
const timeout: RequestOutcome = { kind: 'timeout', ms: BUDGET };
const error: RequestOutcome = { kind: 'error', ms: 5, reason: 'answered 500' };

describe('the circuit breaker', () => {
  it.each<[string, RequestOutcome[], string]>([
    ['3 consecutive timeouts', [timeout, timeout, timeout], 'open'],
    ['3 consecutive 5xx errors', [error, error, error], 'open'],
    ['timeouts broken by a fast answer', [timeout, timeout, ok(), timeout], 'closed'],
    [
      'a full window of mostly timeouts, never 3 in a row',
      [timeout, timeout, ok(), timeout, timeout],
      'open',
    ],
    ['slow answers over the budget in a row', [ok(150), ok(150), ok(150)], 'open'],
    ['a full window whose p95 is over the budget', [ok(), ok(150), ok(), ok(150), ok()], 'open'],
    ['a full window of answers within the budget', [ok(90), ok(90), ok(90), ok(90), ok(90)], 'closed'],
    ['4 answers, one slow (window not full)', [ok(), ok(500), ok(), ok()], 'closed'],
  ])('after %s is %s', (_name, outcomes, state) => {
    const { b } = breaker();
    for (const o of outcomes) b.record(b.admit(), o);
    expect(b.state).toBe(state);
  });

  it('refuses requests while open, then lets exactly one trial through after the cool-down', () => {
    const { b, clock } = breaker();
    for (let i = 0; i < 3; i++) b.record(b.admit(), timeout);
    expect(b.admit()).toBe('refused');
    clock.t += 999;
    expect(b.admit()).toBe('refused');
    clock.t += 1;
    expect(b.state).toBe('half-open');
    expect(b.admit()).toBe('trial');
    expect(b.admit()).toBe('refused');
  });

  it('closes after a trial answered within the budget, with every transition time-stamped', () => {
    const { b, clock } = breaker();
    const start = clock.t;
    for (let i = 0; i < 3; i++) b.record(b.admit(), error);
    clock.t += 1000;
    const trial = b.admit();
    clock.t += 20;
    b.record(trial, ok(20));
    expect(b.state).toBe('closed');
    expect(b.transitions).toEqual([
      {
        at: start,
        from: 'closed',
        to: 'open',
        reason: '3 consecutive timeouts or errors (last: answered 500)',
      },
      { at: start + 1000, from: 'open', to: 'half-open', reason: 'cool-down of 1000 ms over' },
      { at: start + 1020, from: 'half-open', to: 'closed', reason: 'trial request answered in 20 ms' },
    ]);
  });

  it('opens again after a failed trial and waits a whole cool-down before the next one', () => {
    const { b, clock } = breaker();
    for (let i = 0; i < 3; i++) b.record(b.admit(), timeout);
    clock.t += 1000;
    b.record(b.admit(), ok(250));
    expect(b.state).toBe('open');
    expect(b.transitions.at(-1)?.reason).toBe('trial request answered after 250 ms, over the 100 ms budget');
    clock.t += 500;
    expect(b.admit()).toBe('refused');
    clock.t += 500;
    expect(b.admit()).toBe('trial');
  });

  it('lets another trial through when the first one ended without an answer (it lost a race)', () => {
    const { b, clock } = breaker();
    for (let i = 0; i < 3; i++) b.record(b.admit(), timeout);
    clock.t += 1000;
    const trial = b.admit();
    b.release(trial);
    expect(b.admit()).toBe('trial');
  });

  it('forgets old slow samples after closing from half-open', () => {
    const { b, clock } = breaker();
    for (let i = 0; i < 3; i++) b.record(b.admit(), ok(150));
    clock.t += 1000;
    b.record(b.admit(), ok());
    b.record(b.admit(), ok(150));
    expect(b.state).toBe('closed');
  });

  it('is opened at once by a failed start-up probe, and ignores late outcomes while open', () => {
    const { b } = breaker();
    b.open('start-up probe: no response headers within 100 ms');
    b.record('normal', ok());
    expect(b.state).toBe('open');
    expect(b.transitions).toHaveLength(1);
  });
});
