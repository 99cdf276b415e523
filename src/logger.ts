/** The logging surface the core uses; the edges back it with @actions/core or the terminal. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** Runs `fn` inside a collapsible group (core.group on GitHub, a heading on the terminal). */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
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

/** Writes to a stream (stderr for the CLI, so stdout stays clean for --json). */
export class StreamLogger implements Logger {
  constructor(
    private readonly write: (line: string) => void,
    private readonly verbose = false,
  ) {}
  debug(message: string): void {
    if (this.verbose) this.write(`  ${message}`);
  }
  info(message: string): void {
    this.write(message);
  }
  warn(message: string): void {
    this.write(`warning: ${message}`);
  }
  error(message: string): void {
    this.write(`error: ${message}`);
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.write(`▸ ${title}`);
    return fn();
  }
}
