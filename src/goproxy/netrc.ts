import path from 'node:path';
import { WardenError } from '../errors.js';

/** One complete netrc entry: a machine with both a login and a password. */
export interface NetrcEntry {
  readonly machine: string;
  readonly login: string;
  readonly password: string;
}

/**
 * Mirrors cmd/go/internal/auth/netrc.go parseNetrc, rule for rule:
 * - lines split on "\n"; each line's whitespace-separated fields are read in pairs (keyword,
 *   value), so a keyword never takes its value from the next line, while an entry may span lines;
 * - `machine` starts an entry; it is kept once it has a machine, a login and a password, and a
 *   later `login`/`password` without a new `machine` belongs to nothing;
 * - `macdef` skips the lines after it up to an exactly empty line (the rest of its own line is read);
 * - `default` is never an entry: as the last field of a line it ends the file (machines after it
 *   are ignored), elsewhere it is skipped like `account`;
 * - there are no comments: `#` is a field like any other.
 */
export function parseNetrc(data: string): NetrcEntry[] {
  const entries: NetrcEntry[] = [];
  let current = { machine: '', login: '', password: '' };
  let inMacro = false;
  for (const line of data.split('\n')) {
    if (inMacro) {
      if (line === '') inMacro = false;
      continue;
    }
    const fields = line.split(/\s+/).filter((f) => f !== '');
    let i = 0;
    for (; i < fields.length - 1; i += 2) {
      const value = fields[i + 1];
      switch (fields[i]) {
        case 'machine':
          current = { machine: value, login: '', password: '' };
          break;
        case 'login':
          current.login = value;
          break;
        case 'password':
          current.password = value;
          break;
        case 'macdef':
          inMacro = true;
          break;
      }
      if (current.machine !== '' && current.login !== '' && current.password !== '') {
        entries.push(current);
        current = { machine: '', login: '', password: '' };
      }
    }
    if (i < fields.length && fields[i] === 'default') break;
  }
  return entries;
}

/**
 * The netrc credentials cmd/go (GOAUTH=netrc, Go 1.24+) sends with a request, as auth.go's
 * storeCredential/loadCredential: https only; the entry whose machine is the URL's host (with its
 * port, case as written) plus a leading part of its path, cut at a `/`, the longest winning; for
 * a machine listed twice, the first. A host string is matched as `https://<host>/`.
 */
export function netrcCredentials(
  entries: readonly NetrcEntry[],
  target: string | URL,
): { login: string; password: string } | undefined {
  const url = typeof target === 'string' ? new URL(`https://${target}/`) : target;
  if (url.protocol !== 'https:') return undefined;
  let prefix = `${url.host}${url.pathname}`.replace(/\/$/, '');
  for (;;) {
    const match = entries.find((e) => e.machine.replace(/^https:\/\//, '').replace(/\/$/, '') === prefix);
    if (match) return { login: match.login, password: match.password };
    const slash = prefix.lastIndexOf('/');
    if (slash < 0) return undefined;
    prefix = prefix.slice(0, slash);
  }
}

/** What GOAUTH asks for, as far as the relay can honour it. */
export interface GoAuth {
  /** `netrc` is one of the methods (the default when GOAUTH is unset). */
  readonly netrc: boolean;
  /** Methods the relay does not run (`git <dir>`, commands): their credentials are not sent. */
  readonly unsupported: readonly string[];
}

/**
 * Mirrors cmd/go/internal/auth/auth.go runGoAuth's reading of GOAUTH (Go 1.24+): `;`-separated
 * methods, empty meaning `netrc`; `off` alone sends nothing; an empty method, `off` combined with
 * others, or `git` without one absolute directory are errors (go fails on them too).
 */
export function parseGoAuth(value: string): GoAuth {
  const text = value === '' ? 'netrc' : value;
  const methods = text.split(';').map((m) => m.trim());
  const fail = (problem: string): never => {
    throw new WardenError(
      'config',
      `GOAUTH=${value}: ${problem}; go refuses it as well. Accepted: netrc, off, git <absolute dir>, or a command; several joined by ;`,
    );
  };
  let netrc = false;
  const unsupported: string[] = [];
  for (const method of methods) {
    const words = method.split(/\s+/).filter((w) => w !== '');
    if (words.length === 0) fail('an empty method (go: "GOAUTH encountered an empty command")');
    switch (words[0]) {
      case 'off':
        if (methods.length !== 1) fail('off cannot be combined with other methods');
        return { netrc: false, unsupported: [] };
      case 'netrc':
        netrc = true;
        break;
      case 'git':
        if (words.length !== 2 || !path.isAbsolute(words[1]))
          fail('git needs one absolute path to a git working directory');
        unsupported.push(method);
        break;
      default:
        unsupported.push(method);
    }
  }
  return { netrc, unsupported };
}

/**
 * The netrc text the relay gets: one `machine <host> login … password …` line per https upstream
 * host that cmd/go would send netrc credentials to, nothing else; undefined when go would send
 * none. The relay keys credentials by host, so a host go would treat in two ways (an http
 * upstream beside an https one, or two paths with different entries) gets none: fewer
 * credentials than go, never more.
 */
export function netrcForUpstreams(
  goAuth: GoAuth,
  netrcText: string | undefined,
  upstreamUrls: readonly string[],
): string | undefined {
  if (!goAuth.netrc || netrcText === undefined) return undefined;
  const entries = parseNetrc(netrcText);
  const byHost = new Map<string, Set<string>>();
  for (const raw of upstreamUrls) {
    if (!URL.canParse(raw)) continue;
    const url = new URL(raw);
    if (url.protocol === 'file:') continue;
    const credentials = netrcCredentials(entries, url);
    const line =
      credentials && `machine ${url.host} login ${credentials.login} password ${credentials.password}`;
    byHost.set(url.host, (byHost.get(url.host) ?? new Set()).add(line ?? ''));
  }
  const lines = [...byHost.values()].flatMap((set) => (set.size === 1 && !set.has('') ? [...set] : []));
  return lines.length === 0 ? undefined : lines.join('\n') + '\n';
}
