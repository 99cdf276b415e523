/**
 * Typed errors. Each carries the kind of failure it is, which decides the exit code and whether
 * warn-only may soften it; the edges turn them into fail/warn in exactly one place (src/outcome.ts).
 */
export type FailureKind = 'config' | 'policy' | 'security' | 'infrastructure';

/** The module an error is about, when there is one. */
export interface ErrorSubject {
  readonly module: string;
  readonly version?: string;
}

export class WardenError extends Error {
  readonly kind: FailureKind;
  readonly subject: ErrorSubject | undefined;
  constructor(kind: FailureKind, message: string, options?: { cause?: unknown; subject?: ErrorSubject }) {
    super(message, options);
    this.kind = kind;
    this.subject = options?.subject;
    this.name = new.target.name;
  }
}

/** A bad input: names the input, shows the accepted forms. Nothing runs after one. */
export class ConfigError extends WardenError {
  readonly input: string;
  constructor(input: string, problem: string, accepted?: string, options?: { cause?: unknown }) {
    super('config', `Input '${input}': ${problem}${accepted ? `\n  Accepted: ${accepted}` : ''}`, options);
    this.input = input;
  }
}

/** The project itself is not usable as it is (no go.mod, go.sum missing entries, …). */
export class ProjectError extends WardenError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('config', message, options);
  }
}

/** The `go` tool, a proxy, the checksum database or the cache service failed us. */
export class InfrastructureError extends WardenError {
  constructor(message: string, options?: { cause?: unknown; subject?: ErrorSubject }) {
    super('infrastructure', message, options);
  }
}

/** Tampering: a checksum mismatch, a bad signature, a forked tree. Never softened by warn-only. */
export class SecurityError extends WardenError {
  constructor(message: string, options?: { cause?: unknown; subject?: ErrorSubject }) {
    super('security', message, options);
  }
}

/** One line for the user: the message, and the causes' messages, never a stack trace. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const parts = [error.message];
  let cause = (error as { cause?: unknown }).cause;
  for (let depth = 0; cause instanceof Error && depth < 3; depth++) {
    if (!parts.some((p) => p.includes(cause instanceof Error ? cause.message : '')))
      parts.push(cause.message);
    cause = (cause as { cause?: unknown }).cause;
  }
  return parts.join(': ');
}
