/** One netrc entry with both a login and a password. `machine` is undefined for `default`. */
export interface NetrcEntry {
  readonly machine: string | undefined;
  readonly login: string;
  readonly password: string;
}

/**
 * Parses a netrc file: `machine`, `default`, `login`, `password`, `account` and `macdef` (whose
 * body runs to the next empty line). Entries without both a login and a password are dropped,
 * as cmd/go/internal/auth/netrc.go parseNetrc does; unlike it, `default` is kept (for hosts
 * without a machine entry).
 */
export function parseNetrc(data: string): NetrcEntry[] {
  const entries: NetrcEntry[] = [];
  let current: { machine: string | undefined; login?: string; password?: string } | undefined;
  const flush = (): void => {
    if (current?.login && current.password !== undefined && current.password !== '')
      entries.push({ machine: current.machine, login: current.login, password: current.password });
    current = undefined;
  };
  const lines = data.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const tokens = lines[n]
      .trim()
      .split(/\s+/)
      .filter((t) => t !== '');
    if (tokens[0]?.startsWith('#')) continue;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      switch (token) {
        case 'machine':
          flush();
          current = { machine: tokens[++i] };
          break;
        case 'default':
          flush();
          current = { machine: undefined };
          break;
        case 'login':
          if (current) current.login = tokens[i + 1];
          i++;
          break;
        case 'password':
          if (current) current.password = tokens[i + 1];
          i++;
          break;
        case 'account':
          i++;
          break;
        case 'macdef':
          // The macro body runs from the next line to an empty line.
          while (n + 1 < lines.length && lines[n + 1].trim() !== '') n++;
          i = tokens.length;
          break;
      }
    }
  }
  flush();
  return entries;
}

/** The credentials for a host (`hostname` or `hostname:port`): its machine entry, else `default`. */
export function netrcCredentials(
  entries: readonly NetrcEntry[],
  host: string,
): { login: string; password: string } | undefined {
  const hostname = host.replace(/:\d+$/, '');
  const match =
    entries.find((e) => e.machine !== undefined && e.machine.toLowerCase() === host.toLowerCase()) ??
    entries.find((e) => e.machine !== undefined && e.machine.toLowerCase() === hostname.toLowerCase()) ??
    entries.find((e) => e.machine === undefined);
  return match && { login: match.login, password: match.password };
}
