import { describe, expect, it } from '@jest/globals';
import {
  egressProxyFor,
  egressProxyFromEnv,
  egressSecrets,
  useEgressProxy,
} from '../../src/net/egress-proxy.js';

describe('whether a host goes through the egress proxy (x/net/http/httpproxy useProxy)', () => {
  it.each<[string, string, string, boolean]>([
    ['proxy.golang.org', '443', '', true],
    ['localhost', '80', '', false],
    ['127.0.0.1', '8080', '', false],
    ['127.8.9.1', '80', '', false],
    ['[::1]', '80', '', false],
    ['proxy.golang.org', '443', '*', false],
    ['proxy.golang.org', '443', 'golang.org', false],
    ['golang.org', '443', 'golang.org', false],
    ['golang.org', '443', '.golang.org', true],
    ['proxy.golang.org', '443', '.golang.org', false],
    ['proxy.golang.org', '443', '*.golang.org', false],
    ['notgolang.org', '443', 'golang.org', true],
    ['goproxy.corp.example', '443', 'goproxy.corp.example:8443', true],
    ['goproxy.corp.example', '8443', 'goproxy.corp.example:8443', false],
    ['10.1.2.3', '443', '10.0.0.0/8', false],
    ['11.1.2.3', '443', '10.0.0.0/8', true],
    ['192.168.1.5', '443', '192.168.1.5', false],
    ['192.168.1.5', '443', ' other.example , 192.168.1.5:443 ', false],
    ['192.168.1.5', '443', '192.168.1.5:80', true],
    ['GOPROXY.Corp.Example', '443', 'corp.example', false],
  ])('%s:%s with NO_PROXY=%j → %s', (host, port, noProxy, expected) => {
    expect(useEgressProxy(host, port, noProxy)).toBe(expected);
  });
});

describe('the egress proxy settings', () => {
  it('reads upper- then lower-case variables, and takes a value without a scheme as http://', () => {
    const config = egressProxyFromEnv({
      https_proxy: 'squid.corp:3128',
      HTTP_PROXY: 'http://h.corp:8080',
      no_proxy: 'x',
    });
    expect(config.httpsProxy?.href).toBe('http://squid.corp:3128/');
    expect(config.httpProxy?.href).toBe('http://h.corp:8080/');
    expect(config.noProxy).toBe('x');
  });

  it('ignores HTTP_PROXY under CGI, as Go does', () => {
    expect(egressProxyFromEnv({ HTTP_PROXY: 'http://h:1', REQUEST_METHOD: 'GET' }).httpProxy).toBeUndefined();
  });

  it('picks HTTPS_PROXY for https upstreams and HTTP_PROXY for http ones, never for loopback, never socks', () => {
    const config = egressProxyFromEnv({ HTTPS_PROXY: 'http://s:1', HTTP_PROXY: 'http://h:2' });
    expect(egressProxyFor(new URL('https://proxy.golang.org'), config)?.host).toBe('s:1');
    expect(egressProxyFor(new URL('http://goproxy.corp.example'), config)?.host).toBe('h:2');
    expect(egressProxyFor(new URL('http://127.0.0.1:9999'), config)).toBeUndefined();
    const socks = egressProxyFromEnv({ HTTPS_PROXY: 'socks5://s:1080' });
    expect(egressProxyFor(new URL('https://proxy.golang.org'), socks)).toBeUndefined();
  });

  it('lists proxy credentials as secrets', () => {
    const secrets = egressSecrets(egressProxyFromEnv({ HTTPS_PROXY: 'http://me:pr0xy-pass@s:1' }));
    expect(secrets).toEqual(expect.arrayContaining(['me:pr0xy-pass', 'pr0xy-pass']));
  });
});
