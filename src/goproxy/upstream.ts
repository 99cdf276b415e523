import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { netrcCredentials, parseNetrc } from './netrc.js';
import type { ProxySpec } from '../module/proxy-list.js';

/** The response headers of an upstream, and its body still to be read. */
export interface UpstreamResponse {
  readonly status: number;
  readonly contentType: string | undefined;
  readonly contentLength: string | undefined;
  readonly body: Readable;
}

/** One GET in flight to one upstream; abort() drops its connection at once, whatever its state. */
export interface UpstreamCall {
  readonly response: Promise<UpstreamResponse>;
  abort(): void;
}

/** A route that is not an HTTP proxy: the relay's own `direct` fetch (direct-fetch.ts). */
export interface RouteSource {
  call(requestPath: string): UpstreamCall;
}

/** One upstream proxy of the relay, its credentials taken out of its URL. */
export interface Upstream {
  /** Position in the GOPROXY list. */
  readonly index: number;
  /** The base URL without userinfo and without a trailing slash. */
  readonly url: string;
  /** How the report and the logs name it: host[:port][/path], never credentials. */
  readonly name: string;
  /** The `|` separator followed it: move on after any error, not only 404/410. */
  readonly fallBackOnError: boolean;
  /** `Basic …`, sent to this upstream only (and to redirects on the same origin). */
  readonly authorization: string | undefined;
  /** A local directory for file:// entries. */
  readonly directory: string | undefined;
  /** The relay's own `direct` route (module files only, fetched by a child `go`). */
  readonly source?: RouteSource;
}

/**
 * The upstreams of a GOPROXY list: its URL entries up to `direct` or `off` (which end the list and
 * are handled by `go` itself), with userinfo moved into an Authorization header, or credentials
 * from the netrc for the upstream's host. Returns the secrets to register for redaction.
 */
export function prepareUpstreams(
  specs: readonly ProxySpec[],
  netrc?: string,
): { upstreams: Upstream[]; secrets: string[] } {
  const entries = netrc === undefined ? [] : parseNetrc(netrc);
  const upstreams: Upstream[] = [];
  const secrets = new Set<string>();
  for (const spec of specs) {
    if (spec.kind !== 'url') break;
    const url = new URL(spec.url);
    let login = safeDecode(url.username);
    let password = safeDecode(url.password);
    url.username = '';
    url.password = '';
    const base = url.href.replace(/\/+$/, '');
    if (url.protocol === 'file:') {
      upstreams.push({
        index: upstreams.length,
        url: base,
        name: `file:${fileURLToPath(url)}`,
        fallBackOnError: spec.fallBackOnError,
        authorization: undefined,
        directory: fileURLToPath(url),
      });
      continue;
    }
    if (login === '' && password === '') {
      const fromNetrc = netrcCredentials(entries, url.host);
      if (fromNetrc) ({ login, password } = fromNetrc);
    }
    let authorization: string | undefined;
    if (login !== '' || password !== '') {
      const token = Buffer.from(`${login}:${password}`).toString('base64');
      authorization = `Basic ${token}`;
      for (const secret of [password, `${login}:${password}`, token])
        if (secret.length >= 3) secrets.add(secret);
      // A user name alone (a token in the user slot) is a secret too.
      if (password === '' && login.length >= 3) secrets.add(login);
    }
    const path = url.pathname.replace(/\/+$/, '');
    upstreams.push({
      index: upstreams.length,
      url: base,
      name: `${url.host}${path}`,
      fallBackOnError: spec.fallBackOnError,
      authorization,
      directory: undefined,
    });
  }
  return { upstreams, secrets: [...secrets] };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Replaces every secret in the text, and any userinfo in URLs, by `***`. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1***@');
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join('***');
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) out = out.split(encoded).join('***');
  }
  return out;
}
