import { ConfigError } from '../errors.js';

/** One GOPROXY entry. `fallBackOnError` is true when the separator after it was `|`. */
export type ProxySpec =
  | { readonly kind: 'url'; readonly url: string; readonly fallBackOnError: boolean }
  | { readonly kind: 'direct' }
  | { readonly kind: 'off' };

const ACCEPTED =
  'a list of proxy URLs separated by `,` (next only on 404/410) or `|` (next on any error), ending optionally in `direct` or `off`, e.g. `https://goproxy.corp.example,https://proxy.golang.org,direct`';

/**
 * Parses a GOPROXY value. Mirrors cmd/go/internal/modfetch/proxy.go proxyList(): entries trimmed,
 * empty ones skipped, `direct` and `off` end the list, implicit https:// for host-like entries,
 * only http, https and file URLs, and an error when a non-empty value holds no entry.
 */
export function parseProxyList(input: string, value: string): ProxySpec[] {
  // go would read `a;direct` as one URL and fail on it later; say why now.
  if (value.includes(';'))
    throw new ConfigError(
      input,
      `'${value.trim()}' contains ';': GOPROXY entries are separated by \`,\` or \`|\``,
      `e.g. \`${value.trim().replace(/\s*;\s*/g, ',')}\``,
    );
  const list: ProxySpec[] = [];
  let rest = value;
  while (rest !== '') {
    let entry: string;
    let fallBackOnError = false;
    const separator = rest.search(/[,|]/);
    if (separator >= 0) {
      entry = rest.slice(0, separator);
      fallBackOnError = rest[separator] === '|';
      rest = rest.slice(separator + 1);
    } else {
      entry = rest;
      rest = '';
    }
    entry = entry.trim();
    if (entry === '') continue;
    if (entry === 'off') {
      list.push({ kind: 'off' });
      break;
    }
    if (entry === 'direct') {
      list.push({ kind: 'direct' });
      break;
    }
    // Single words are reserved; anything with ".:/" that is not already a URL or a path gets https://.
    if (/[.:/]/.test(entry) && !entry.includes(':/') && !entry.startsWith('/')) entry = `https://${entry}`;
    list.push({ kind: 'url', url: checkProxyUrl(input, entry), fallBackOnError });
  }
  if (list.length === 0) {
    throw new ConfigError(
      input,
      `GOPROXY list '${value}' is not the empty string, but contains no entries`,
      ACCEPTED,
    );
  }
  return list;
}

/** Mirrors newProxyRepo's checks: a scheme is required and must be http, https or file. */
function checkProxyUrl(input: string, entry: string): string {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    throw new ConfigError(input, `invalid proxy URL missing scheme: ${redactUrl(entry)}`, ACCEPTED);
  }
  if (!['http:', 'https:', 'file:'].includes(url.protocol)) {
    throw new ConfigError(
      input,
      `invalid proxy URL scheme (must be https, http, file): ${redactUrl(entry)}`,
      ACCEPTED,
    );
  }
  if (url.search || url.hash) {
    throw new ConfigError(
      input,
      `proxy URL ${redactUrl(entry)} has a query or fragment, which GOPROXY does not allow`,
      ACCEPTED,
    );
  }
  return entry.replace(/\/+$/, '');
}

/** Hides the userinfo of a URL, for messages. */
export function redactUrl(text: string): string {
  return text.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1***@');
}

/** Formats a list back into GOPROXY syntax (credentials kept: for the child process only). */
export function formatProxyList(list: readonly ProxySpec[]): string {
  return list
    .map((spec, index) => {
      const text = spec.kind === 'url' ? spec.url : spec.kind;
      const last = index === list.length - 1;
      return last ? text : text + (spec.kind === 'url' && spec.fallBackOnError ? '|' : ',');
    })
    .join('');
}
