/**
 * How many files the relay fetches ahead at once, adapted to the link: each round (as many
 * landed files as the width) measures the throughput (bytes per second of wall time). A step
 * wider is kept while throughput rises by more than RISE and undone when it does not; a
 * throughput that falls backs off by one. A flat link holds, then probes (narrower, then wider)
 * after PROBE_AFTER flat rounds, keeping a narrower width that costs nothing. So a saturated link
 * drifts to the narrowest width that fills it (our own downloads then do not inflate every
 * upstream's time to headers), and a latency-bound one widens.
 */
export class PrefetchWidth {
  private width: number;
  private roundStart: number;
  private roundBytes = 0;
  private roundFiles = 0;
  private lastRate: number | undefined;
  private lastMove: 'up' | 'down' | 'hold' = 'hold';
  private flatRounds = 0;
  private probeUp = true;
  /** The widths taken, in order (for the report; the first MAX_HISTORY). */
  readonly history: number[];

  constructor(
    private readonly options: {
      readonly min: number;
      readonly max: number;
      readonly start: number;
      readonly now: () => number;
    },
  ) {
    this.width = clamp(options.start, options.min, options.max);
    this.roundStart = options.now();
    this.history = [this.width];
  }

  get current(): number {
    return this.width;
  }

  /** One file landed (or failed) with this many body bytes. */
  landed(bytes: number): void {
    this.roundBytes += bytes;
    this.roundFiles++;
    if (this.roundFiles < this.width) return;
    const now = this.options.now();
    const rate = (this.roundBytes * 1000) / Math.max(1, now - this.roundStart);
    this.roundStart = now;
    this.roundBytes = 0;
    this.roundFiles = 0;
    this.adapt(rate);
  }

  private adapt(rate: number): void {
    const last = this.lastRate;
    this.lastRate = rate;
    const rose = last === undefined || rate > last * (1 + RISE);
    const fell = last !== undefined && rate < last * (1 - RISE);
    // A step up that did not pay is undone; a step down that cost throughput is undone.
    if (this.lastMove === 'up') return this.move(rose ? 'up' : 'down', !rose);
    if (this.lastMove === 'down') return fell ? this.move('up', true) : this.hold();
    if (rose) return this.move('up');
    if (fell) return this.move('down');
    if (++this.flatRounds < PROBE_AFTER) return this.hold();
    // Flat for a while: probe, alternately narrower (same throughput with less queueing) and wider.
    this.probeUp = !this.probeUp;
    this.move(this.probeUp ? 'up' : 'down');
  }

  private hold(): void {
    this.lastMove = 'hold';
  }

  /** One step; `undo` steps back from a probe, and holds there. */
  private move(direction: 'up' | 'down', undo = false): void {
    this.flatRounds = 0;
    const next = clamp(this.width + (direction === 'up' ? 1 : -1), this.options.min, this.options.max);
    this.lastMove = next === this.width || undo ? 'hold' : direction;
    if (next !== this.width && this.history.length < MAX_HISTORY) this.history.push(next);
    this.width = next;
  }
}

/** A change of throughput smaller than this is noise. */
const RISE = 0.1;
/** Widths kept for the report, at most. */
const MAX_HISTORY = 200;
/** Flat rounds before probing one step wider again. */
const PROBE_AFTER = 3;

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}
