import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';

/** The egress proxy settings `go` itself would use (HTTP_PROXY, HTTPS_PROXY, NO_PROXY). */
export interface EgressProxyConfig {
  readonly httpProxy: URL | undefined;
  readonly httpsProxy: URL | undefined;
  readonly noProxy: string;
}

// golang.org/x/net/http/httpproxy parseProxy: a value without a known scheme is taken as http://.
function parseProxy(value: string): URL | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  try {
    const url = new URL(text);
    if (['http:', 'https:', 'socks5:', 'socks5h:'].includes(url.protocol) && url.host !== '') return url;
  } catch {
    // fall through to http://
  }
  try {
    return new URL(`http://${text}`);
  } catch {
    return undefined;
  }
}

/** Reads the proxy variables as golang.org/x/net/http/httpproxy FromEnvironment does. */
export function egressProxyFromEnv(env: NodeJS.ProcessEnv): EgressProxyConfig {
  const get = (upper: string): string => env[upper] || env[upper.toLowerCase()] || '';
  // Under CGI, HTTP_PROXY may come from the client's Proxy header: never trust it.
  const cgi = (env.REQUEST_METHOD ?? '') !== '';
  return {
    httpProxy: cgi ? undefined : parseProxy(get('HTTP_PROXY')),
    httpsProxy: parseProxy(get('HTTPS_PROXY')),
    noProxy: get('NO_PROXY'),
  };
}

function splitHostPort(hostPort: string): { host: string; port: string } {
  const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(hostPort) ?? /^([^:]+)(?::(\d+))?$/.exec(hostPort);
  return m ? { host: m[1], port: m[2] ?? '' } : { host: hostPort, port: '' };
}

/**
 * Whether a request to host:port goes through the egress proxy. Mirrors golang.org/x/net/http/
 * httpproxy useProxy: never for localhost or a loopback IP; NO_PROXY entries are `*`, IPs, CIDRs,
 * domains (matching the domain and its subdomains; a leading `.` or `*.` means subdomains only),
 * each with an optional port.
 */
export function useEgressProxy(host: string, port: string, noProxy: string): boolean {
  const hostname = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (hostname === 'localhost') return false;
  const ipVersion = net.isIP(hostname);
  if (ipVersion !== 0 && isLoopback(hostname, ipVersion)) return false;
  for (const raw of noProxy.split(',')) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry === '*') return false;
    const cidr = /^(.+)\/(\d+)$/.exec(entry);
    if (cidr && net.isIP(cidr[1]) !== 0) {
      if (ipVersion === 0) continue;
      const list = new net.BlockList();
      const family = net.isIP(cidr[1]) === 4 ? 'ipv4' : 'ipv6';
      list.addSubnet(cidr[1], Number(cidr[2]), family);
      if (net.isIP(cidr[1]) === ipVersion && list.check(hostname, family)) return false;
      continue;
    }
    const { host: entryHost, port: entryPort } =
      net.isIP(entry) !== 0 ? { host: entry, port: '' } : splitHostPort(entry);
    const portMatches = entryPort === '' || entryPort === port;
    if (net.isIP(entryHost) !== 0) {
      if (ipVersion !== 0 && sameIp(entryHost, hostname) && portMatches) return false;
      continue;
    }
    let domain = entryHost.startsWith('*.') ? entryHost.slice(1) : entryHost;
    const matchHost = !domain.startsWith('.');
    if (matchHost) domain = `.${domain}`;
    if ((hostname.endsWith(domain) || (matchHost && hostname === domain.slice(1))) && portMatches)
      return false;
  }
  return true;
}

function isLoopback(ip: string, version: number): boolean {
  if (version === 4) return ip.startsWith('127.');
  return ip === '::1' || /^::ffff:127\./.test(ip);
}

function sameIp(a: string, b: string): boolean {
  const list = new net.BlockList();
  const family = net.isIP(a) === 4 ? 'ipv4' : 'ipv6';
  list.addAddress(a, family);
  return net.isIP(b) === net.isIP(a) && list.check(b, family);
}

/** The egress proxy for a request URL, or undefined to connect directly (socks proxies are not supported). */
export function egressProxyFor(target: URL, config: EgressProxyConfig): URL | undefined {
  const proxy =
    target.protocol === 'https:'
      ? config.httpsProxy
      : target.protocol === 'http:'
        ? config.httpProxy
        : undefined;
  if (!proxy || (proxy.protocol !== 'http:' && proxy.protocol !== 'https:')) return undefined;
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  return useEgressProxy(target.hostname, port, config.noProxy) ? proxy : undefined;
}

/** `Basic …` for the userinfo of a proxy URL, or undefined. */
export function proxyAuthorization(proxy: URL): string | undefined {
  if (proxy.username === '' && proxy.password === '') return undefined;
  const decode = (text: string): string => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  return `Basic ${Buffer.from(`${decode(proxy.username)}:${decode(proxy.password)}`).toString('base64')}`;
}

/** The credentials of the egress proxies, for redaction. */
export function egressSecrets(config: EgressProxyConfig): string[] {
  const secrets: string[] = [];
  for (const proxy of [config.httpProxy, config.httpsProxy]) {
    if (!proxy) continue;
    const auth = proxyAuthorization(proxy);
    if (!auth) continue;
    const token = auth.slice('Basic '.length);
    const userPass = Buffer.from(token, 'base64').toString('utf8');
    const password = userPass.slice(userPass.indexOf(':') + 1);
    for (const s of [token, userPass, password]) if (s.length >= 3 && !secrets.includes(s)) secrets.push(s);
  }
  return secrets;
}

/** What a GET through an egress proxy reports back to its caller. */
export interface EgressGetHooks {
  /** Each request started (the CONNECT, then the GET in the tunnel), so the caller can destroy it. */
  readonly request: (req: http.ClientRequest) => void;
  readonly response: (res: http.IncomingMessage) => void;
  readonly error: (error: Error) => void;
  /** Asked once the tunnel is up: true stops before the GET is sent. */
  readonly cancelled?: () => boolean;
  /** The client certificate (and extra CA) for the target's origin, presented inside the tunnel. */
  readonly secureContext?: tls.SecureContext;
}

/**
 * GETs `target` through the egress `proxy` as Go's http.Transport does with HTTPS_PROXY /
 * HTTP_PROXY: an absolute-URL request to a forward proxy for http://, a CONNECT tunnel then TLS
 * inside it for https:// (net/http Transport.dialConn). One place for the relay's upstreams and
 * the checksum database's direct route.
 */
export function getThroughEgressProxy(
  target: URL,
  proxy: URL,
  headers: Record<string, string>,
  on: EgressGetHooks,
): void {
  const client = proxy.protocol === 'https:' ? https : http;
  const proxyPort = proxy.port || (proxy.protocol === 'https:' ? '443' : '80');
  const proxyHeaders: Record<string, string> = {};
  const auth = proxyAuthorization(proxy);
  if (auth) proxyHeaders['Proxy-Authorization'] = auth;
  const track = (req: http.ClientRequest): http.ClientRequest => {
    on.request(req);
    req.on('error', on.error);
    return req;
  };
  if (target.protocol === 'http:') {
    track(
      client.get(
        {
          host: proxy.hostname,
          port: proxyPort,
          path: target.href,
          headers: { ...headers, ...proxyHeaders, Host: target.host },
          agent: false,
        },
        on.response,
      ),
    );
    return;
  }
  const targetPort = target.port || '443';
  const connect = track(
    client.request({
      host: proxy.hostname,
      port: proxyPort,
      method: 'CONNECT',
      path: `${target.hostname}:${targetPort}`,
      headers: { ...proxyHeaders, Host: `${target.hostname}:${targetPort}` },
      agent: false,
    }),
  );
  connect.on('connect', (res: http.IncomingMessage, socket: Duplex) => {
    if (res.statusCode !== 200) {
      socket.destroy();
      return on.error(new Error(`egress proxy ${proxy.host} refused CONNECT with ${res.statusCode}`));
    }
    if (on.cancelled?.()) {
      socket.destroy();
      return on.error(new Error('aborted'));
    }
    track(
      https.get(
        target,
        {
          headers,
          createConnection: () =>
            tls.connect({ secureContext: on.secureContext, socket, servername: target.hostname }),
        },
        on.response,
      ),
    );
  });
  connect.end();
}
