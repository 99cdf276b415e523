/**
 * One deadline for the whole run, fixed at its start: every `go` command gets what is left of it,
 * so `timeout: 5m` bounds the run, not each command (cmd/go has no such flag: golang/go#28194).
 */
export class Deadline {
  readonly budgetMs: number;
  readonly #at: number;
  readonly #now: () => number;

  constructor(budgetMs: number, now: () => number) {
    this.budgetMs = budgetMs;
    this.#now = now;
    this.#at = now() + budgetMs;
  }

  /** What is left, never negative. A command given 0 is not started (go-command.ts). */
  remainingMs(): number {
    return Math.max(0, this.#at - this.#now());
  }

  expired(): boolean {
    return this.remainingMs() === 0;
  }
}
