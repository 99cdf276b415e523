import { RollingWindow } from './latency-stats.js';

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  /** Requests in the rolling window whose p95 time to headers is compared with the budget. */
  readonly window: number;
  /** Consecutive timeouts or errors that open the breaker. */
  readonly consecutiveFailures: number;
  /** How long an open breaker waits before one half-open trial request. */
  readonly coolDownMs: number;
}

export const DEFAULT_BREAKER_OPTIONS: BreakerOptions = {
  window: 20,
  consecutiveFailures: 3,
  coolDownMs: 30_000,
};

export interface BreakerTransition {
  /** Epoch milliseconds from the injected clock. */
  readonly at: number;
  readonly from: BreakerState;
  readonly to: BreakerState;
  readonly reason: string;
}

/** What one request to the upstream came to. A 404 is a success: the upstream answered. */
export type RequestOutcome =
  /** `untimed`: its time to headers says nothing of the upstream's health (a big file): a success only. */
  | { readonly kind: 'answered'; readonly ms: number; readonly untimed?: boolean }
  | { readonly kind: 'timeout'; readonly ms: number }
  | { readonly kind: 'error'; readonly ms: number; readonly reason: string };

/**
 * Whether a request may go to the upstream: yes, yes as the half-open trial, or no; 'kept' when
 * it goes anyway as the last route that answers (its outcome does not move the breaker).
 */
export type Admission = 'normal' | 'trial' | 'refused' | 'kept';

/**
 * A circuit breaker for one upstream: closed → open when the rolling p95 of the last `window`
 * requests exceeds the budget or after `consecutiveFailures` timeouts/errors in a row; open →
 * half-open after the cool-down, when exactly one trial request is let through; the trial's
 * outcome closes it or opens it again. Every transition is kept with its time and reason.
 */
export class CircuitBreaker {
  private current: BreakerState = 'closed';
  private openedAt = 0;
  private failures = 0;
  /** The failure streak an answer in time just reset (restored when that answer's body fails). */
  private streakBeforeAnswer = 0;
  private trialInFlight = false;
  private readonly recent: RollingWindow;
  readonly transitions: BreakerTransition[] = [];

  constructor(
    private readonly budgetMs: number,
    private readonly options: BreakerOptions,
    private readonly now: () => number,
    private readonly onTransition: (transition: BreakerTransition) => void = () => {},
  ) {
    this.recent = new RollingWindow(options.window);
  }

  /** The state now (an open breaker whose cool-down is over reads as half-open). */
  get state(): BreakerState {
    if (this.current === 'open' && this.now() - this.openedAt >= this.options.coolDownMs) return 'half-open';
    return this.current;
  }

  /** Asks to send a request. In half-open state only the first asker gets it, as the trial. */
  admit(): Admission {
    if (this.state === 'half-open' && this.current === 'open') {
      this.move('half-open', `cool-down of ${this.options.coolDownMs} ms over`);
    }
    switch (this.current) {
      case 'closed':
        return 'normal';
      case 'open':
        return 'refused';
      case 'half-open':
        if (this.trialInFlight) return 'refused';
        this.trialInFlight = true;
        return 'trial';
    }
  }

  /** The recent time to headers (ms) at the given percentile, over the rolling window. */
  recentPercentile(p: number): number {
    return this.recent.percentile(p);
  }

  get recentSamples(): number {
    return this.recent.length;
  }

  /** The recent median time to headers is over the budget: the next request will likely breach. */
  predictsBreach(): boolean {
    return this.recent.length >= 3 && this.recent.percentile(50) > this.budgetMs;
  }

  /** Records what a request admitted by admit() came to. */
  record(admission: Admission, outcome: RequestOutcome): void {
    if (admission === 'kept') return;
    if (admission === 'trial') {
      this.trialInFlight = false;
      if (this.current !== 'half-open') return;
      if (outcome.kind === 'answered' && (outcome.untimed || outcome.ms <= this.budgetMs)) {
        this.recent.clear();
        this.failures = 0;
        this.move('closed', `trial request answered in ${Math.round(outcome.ms)} ms`);
      } else {
        this.open(`trial request ${describe(outcome, this.budgetMs)}`);
      }
      return;
    }
    if (this.current !== 'closed') return;
    if (outcome.kind === 'answered' && outcome.untimed) {
      this.streakBeforeAnswer = this.failures;
      this.failures = 0;
      return;
    }
    // A timeout is over the budget by definition, however early its timer fired.
    this.recent.add(outcome.kind === 'timeout' ? Math.max(outcome.ms, this.budgetMs + 1) : outcome.ms);
    const failed = outcome.kind !== 'answered' || outcome.ms > this.budgetMs;
    if (!failed) this.streakBeforeAnswer = this.failures;
    this.failures = failed ? this.failures + 1 : 0;
    this.checkFailures(outcome);
  }

  /**
   * The body of a request whose headers came in time failed after all (cut off, stalled, altered):
   * that answer counts as a failure in the streak it had reset.
   */
  bodyFailed(ms: number, reason: string): void {
    if (this.current !== 'closed') return;
    this.failures = Math.max(this.failures, this.streakBeforeAnswer) + 1;
    this.streakBeforeAnswer = 0;
    this.checkFailures({ kind: 'error', ms, reason });
  }

  private checkFailures(outcome: RequestOutcome): void {
    if (this.failures >= this.options.consecutiveFailures) {
      this.open(
        `${this.failures} consecutive timeouts or errors (last: ${describe(outcome, this.budgetMs)})`,
      );
    } else if (this.recent.full && this.recent.percentile(95) > this.budgetMs) {
      this.open(
        `p95 of the last ${this.recent.length} requests ${Math.round(this.recent.percentile(95))} ms > budget ${this.budgetMs} ms`,
      );
    }
  }

  /** A trial request that ended without telling anything (it lost a race before its budget). */
  release(admission: Admission): void {
    if (admission === 'trial') this.trialInFlight = false;
  }

  /** Opens the breaker whatever its state (the start-up probe failed). */
  open(reason: string): void {
    this.openedAt = this.now();
    this.failures = 0;
    this.recent.clear();
    if (this.current !== 'open') this.move('open', reason);
  }

  private move(to: BreakerState, reason: string): void {
    const transition = { at: this.now(), from: this.current, to, reason };
    this.current = to;
    this.transitions.push(transition);
    this.onTransition(transition);
  }
}

function describe(outcome: RequestOutcome, budgetMs: number): string {
  switch (outcome.kind) {
    case 'answered':
      return outcome.ms > budgetMs
        ? `answered after ${Math.round(outcome.ms)} ms, over the ${budgetMs} ms budget`
        : `answered in ${Math.round(outcome.ms)} ms`;
    case 'timeout':
      return `no response headers within ${budgetMs} ms`;
    case 'error':
      return outcome.reason;
  }
}
