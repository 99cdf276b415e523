import type { Logger } from '../logger.js';
/**
 * Removes secrets (proxy credentials, netrc passwords) from anything we write: logs, the summary,
 * the JSON report, outputs. Userinfo in any URL is always hidden, registered secrets by value.
 */
export class Redactor {
  private readonly secrets: string[] = [];

  /** `onSecret` hears of each secret as it is added (the action edge calls core.setSecret). */
  constructor(private readonly onSecret: (secret: string) => void = () => {}) {}

  add(secret: string | undefined): void {
    if (secret && secret.length >= 3 && !this.secrets.includes(secret)) {
      this.secrets.push(secret);
      this.onSecret(secret);
      // Longest first, so a secret that contains another is replaced whole.
      this.secrets.sort((a, b) => b.length - a.length);
    }
  }

  list(): readonly string[] {
    return this.secrets;
  }

  redact(text: string): string {
    let out = text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1***@');
    for (const secret of this.secrets) {
      out = out.split(secret).join('***');
      const encoded = encodeURIComponent(secret);
      if (encoded !== secret) out = out.split(encoded).join('***');
    }
    return out;
  }

  /** Redacts every string inside a plain JSON value. */
  redactValue<T>(value: T): T {
    return JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
      typeof v === 'string' ? this.redact(v) : v,
    ) as T;
  }
}

/** Adds the userinfo of each URL (user and password) to the redactor. */
export function registerUrlSecrets(redactor: Redactor, urls: readonly string[]): void {
  for (const text of urls) {
    try {
      const url = new URL(text);
      if (url.password) redactor.add(decodeURIComponent(url.password));
      if (url.username && url.password) redactor.add(`${url.username}:${url.password}`);
      else if (url.username) redactor.add(decodeURIComponent(url.username));
    } catch {
      // Not a URL (direct, off): nothing secret in it.
    }
  }
}

/**
 * Every line through the redactor before it reaches the log: a credential or the relay's path
 * token that some message quotes (a URL in an error, a route) never reaches the terminal or the
 * job log, whichever step wrote it.
 */
export function redactingLogger(logger: Logger, redactor: Redactor): Logger {
  return {
    debug: (m) => logger.debug(redactor.redact(m)),
    info: (m) => logger.info(redactor.redact(m)),
    warn: (m) => logger.warn(redactor.redact(m)),
    error: (m) => logger.error(redactor.redact(m)),
    group: (title, fn) => logger.group(redactor.redact(title), fn),
    ...(logger.status ? { status: (m: string) => logger.status?.(redactor.redact(m)) } : {}),
  };
}
