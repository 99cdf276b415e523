/** The logging surface the core uses; the edges back it with @actions/core or the terminal. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** Runs `fn` inside a collapsible group (core.group on GitHub, a heading on the terminal). */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /**
   * One status line rewritten in place (a terminal only; absent elsewhere, where callers log
   * lines instead). An empty line clears it.
   */
  status?(line: string): void;
}

/** A logger that keeps every line, for tests and for the CLI's --json mode. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  debug(message: string): void {
    this.lines.push(`debug: ${message}`);
  }
  info(message: string): void {
    this.lines.push(message);
  }
  warn(message: string): void {
    this.lines.push(`warning: ${message}`);
  }
  error(message: string): void {
    this.lines.push(`error: ${message}`);
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`## ${title}`);
    return fn();
  }
}

/**
 * Writes to a stream (stderr for the CLI, so stdout stays clean for --json). Each group is one
 * heading line and, when it ends, one line with its time; quiet keeps only warnings and errors.
 */
export class StreamLogger implements Logger {
  constructor(
    private readonly write: (line: string) => void,
    private readonly verbose = false,
    private readonly quiet = false,
    private readonly now: () => number = Date.now,
    /** Raw output to a terminal: given, the logger has a status line (`\r`, erase to the end). */
    writeRaw?: (text: string) => void,
  ) {
    if (writeRaw && !quiet) {
      this.raw = writeRaw;
      this.status = (line: string) => {
        writeRaw(`\r\u001b[K${line}`);
        this.statusShown = line !== '';
      };
    }
  }
  private readonly raw?: (text: string) => void;
  private statusShown = false;
  readonly status?: (line: string) => void;
  /** A logged line first erases the status line, which the next status call writes again. */
  private line(text: string): void {
    if (this.statusShown) this.raw?.('\r\u001b[K');
    this.statusShown = false;
    this.write(text);
  }
  debug(message: string): void {
    if (this.verbose) this.line(`  ${message}`);
  }
  info(message: string): void {
    if (!this.quiet) this.line(message);
  }
  warn(message: string): void {
    this.line(`warning: ${message}`);
  }
  error(message: string): void {
    this.line(`error: ${message}`);
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    if (!this.quiet) this.line(`▸ ${title}`);
    const started = this.now();
    try {
      return await fn();
    } finally {
      if (!this.quiet) this.line(`  ${title}: ${formatElapsed(this.now() - started)}`);
    }
  }
}

/** 840 ms, 3.2 s, 2 min 5 s: a phase's time as a person reads it. */
export function formatElapsed(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/**
 * Keeps a step's lines while it runs beside another step, whose group is on screen then, and
 * writes them into a logger afterwards (`replayInto`), so two groups never interleave.
 */
export class KeptLogger implements Logger {
  private readonly kept: ((to: Logger) => void)[] = [];
  debug(message: string): void {
    this.kept.push((to) => to.debug(message));
  }
  info(message: string): void {
    this.kept.push((to) => to.info(message));
  }
  warn(message: string): void {
    this.kept.push((to) => to.warn(message));
  }
  error(message: string): void {
    this.kept.push((to) => to.error(message));
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.info(title);
    return fn();
  }
  replayInto(to: Logger): void {
    for (const line of this.kept.splice(0)) line(to);
  }
}
