import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../src/config/config.js';
import type { RunnerFacts } from '../../src/config/runner-facts.js';
import { ConfigError } from '../../src/errors.js';
import { SUM_GOLANG_ORG_KEY } from '../../src/module/sumdb-setting.js';

const context: RunnerFacts = { onGitHub: false, tempDir: '/tmp/runner', homeDir: '/home/dev' };

function configError(raw: Record<string, string>): ConfigError {
  try {
    parseConfig(raw, context);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(raw)}`);
}

describe('parseConfig', () => {
  it('applies the action.yml defaults when no input is given', () => {
    const config = parseConfig({}, context);
    expect(config).toMatchObject({
      workingDirectory: '.',
      proxy: undefined,
      private: undefined,
      sumdb: undefined,
      latencyBudgetMs: 2300,
      stallTimeoutMs: 30_000,
      timeoutMs: 600_000,
      fallback: ['next-proxy', 'cache', 'direct'],
      sumdbUnavailable: 'fail',
      sumdbNoRecord: 'warn',
      licenseAllow: [],
      licenseConfidence: 0.9,
      licenseScope: 'shipped',
      unknownLicense: 'fail',
      cache: true,
      cacheSave: 'auto',
      cacheBackend: 'local',
      cacheDir: '/home/dev/.cache/go-module-warden',
      warnOnly: false,
      reportFile: '/tmp/runner/go-module-warden/report.json',
    });
  });

  it('returns a frozen object, down to its lists', () => {
    const config = parseConfig({ 'license-allow': 'MIT' }, context);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.licenseAllow)).toBe(true);
  });

  it('uses the actions cache backend on GitHub when the backend is auto', () => {
    expect(parseConfig({}, { ...context, onGitHub: true }).cacheBackend).toBe('actions');
  });

  it.each([
    ['2300ms', 2300],
    ['2.3s', 2300],
    ['10m', 600_000],
    ['1m30s', 90_000],
    [' 500ms ', 500],
  ])('reads the duration %j as %d ms', (value, ms) => {
    expect(parseConfig({ 'latency-budget': value, timeout: '1h' }, context).latencyBudgetMs).toBe(ms);
  });

  it('normalizes SPDX ids in any case and upgrades deprecated ones', () => {
    const config = parseConfig({ 'license-allow': 'mit, apache-2.0\nBSD-3-Clause, GPL-2.0+' }, context);
    expect(config.licenseAllow).toEqual(['MIT', 'Apache-2.0', 'BSD-3-Clause', 'GPL-2.0-or-later']);
  });

  it('parses license exceptions with versions, ranges with spaces and ignore', () => {
    const config = parseConfig(
      {
        'license-exceptions':
          '# vetted by legal\ngithub.com/acme/*@>=1.2.0 <2 Apache-2.0\nexample.com/tool ignore\nexample.com/dual MIT OR Apache-2.0',
      },
      context,
    );
    expect(config.licenseExceptions).toEqual([
      expect.objectContaining({
        module: 'github.com/acme/*',
        versions: '>=1.2.0 <2',
        license: 'Apache-2.0',
        line: 2,
      }),
      expect.objectContaining({
        module: 'example.com/tool',
        versions: undefined,
        license: 'ignore',
        line: 3,
      }),
      expect.objectContaining({ module: 'example.com/dual', license: 'MIT OR Apache-2.0', line: 4 }),
    ]);
  });

  it('keeps the proxy list with its separators', () => {
    const config = parseConfig({ proxy: 'goproxy.corp.example|https://proxy.golang.org,direct' }, context);
    expect(config.proxy).toEqual([
      { kind: 'url', url: 'https://goproxy.corp.example', fallBackOnError: true },
      { kind: 'url', url: 'https://proxy.golang.org', fallBackOnError: false },
      { kind: 'direct' },
    ]);
  });

  it('accepts sum.golang.org, its China mirror, full keys with a URL, and off', () => {
    expect(parseConfig({ sumdb: 'sum.golang.org' }, context).sumdb).toMatchObject({
      off: false,
      url: undefined,
    });
    expect(parseConfig({ sumdb: 'sum.golang.google.cn' }, context).sumdb).toMatchObject({
      key: { name: 'sum.golang.org' },
      url: 'https://sum.golang.google.cn',
    });
    expect(parseConfig({ sumdb: `${SUM_GOLANG_ORG_KEY} http://127.0.0.1:9/` }, context).sumdb).toMatchObject({
      url: 'http://127.0.0.1:9',
    });
    expect(parseConfig({ sumdb: 'off' }, context).sumdb).toEqual({ off: true });
  });

  it('reads fallback none as no fallback at all', () => {
    expect(parseConfig({ fallback: 'none' }, context).fallback).toEqual([]);
  });

  // Each bad input: one ConfigError that names the input, says what is wrong and what is accepted.
  it.each([
    ['latency-budget', { 'latency-budget': '2300' }, /has no unit; did you mean '2300ms'/],
    ['latency-budget', { 'latency-budget': 'fast' }, /'fast' is not a duration/],
    ['latency-budget', { 'latency-budget': '0s' }, /must be longer than zero/],
    ['timeout', { timeout: '-5m' }, /is not a duration/],
    ['timeout', { timeout: '1s', 'latency-budget': '2s' }, /shorter than the latency budget/],
    ['stall-timeout', { 'stall-timeout': '48h' }, /longer than 24h/],
    ['fallback', { fallback: 'next-proxy, mirror' }, /'mirror' is not a fallback/],
    ['fallback', { fallback: 'cache, cache' }, /listed twice/],
    ['fallback', { fallback: 'none, direct' }, /'none' cannot be combined with other fallbacks/],
    ['fallback', { fallback: 'direct,none' }, /'none' cannot be combined with other fallbacks/],
    ['warn-only', { 'warn-only': 'yes' }, /'yes' is not a boolean/],
    ['cache', { cache: '1' }, /'1' is not a boolean/],
    ['cache-save', { 'cache-save': 'always' }, /not one of the accepted values/],
    ['cache-backend', { 'cache-backend': 'gcs' }, /not one of the accepted values/],
    ['cache-url', { 'cache-backend': 's3' }, /is required with cache-backend: s3/],
    ['cache-url', { 'cache-url': 'https://bucket/x' }, /is not an s3:\/\/ URL/],
    ['cache-url', { 'cache-url': 's3://Bad_Bucket/x' }, /is not an S3 bucket name/],
    ['cache-url', { 'cache-url': 's3://bucket/a/../b' }, /not a clean key prefix/],
    ['cache-url', { 'cache-backend': 'local', 'cache-url': 's3://bucket/x' }, /cache-backend is 'local'/],
    ['cache-s3-path-style', { 'cache-s3-path-style': 'yes' }, /not one of the accepted values/],
    ['cache-key-prefix', { 'cache-key-prefix': 'my cache,key' }, /cannot be part of a cache key/],
    ['sumdb-unavailable', { 'sumdb-unavailable': 'ignore' }, /not one of the accepted values/],
    ['unknown-license', { 'unknown-license': 'allow' }, /not one of the accepted values/],
    ['license-scope', { 'license-scope': 'deps' }, /not one of the accepted values/],
    ['license-confidence', { 'license-confidence': '90%' }, /not a number between 0 and 1/],
    ['license-confidence', { 'license-confidence': '1.5' }, /not a number between 0 and 1/],
    [
      'license-allow',
      { 'license-allow': 'MIT, Apache 2' },
      /'Apache 2' is not an SPDX license id; did you mean 'Apache-2.0'\?/,
    ],
    [
      'license-allow',
      { 'license-allow': 'MIT OR Apache-2.0' },
      /is an SPDX expression; list single license ids/,
    ],
    ['license-deny', { 'license-deny': 'GPL3' }, /'GPL3' is not an SPDX license id; did you mean 'GPL-3.0/],
    ['license-deny', { 'license-allow': 'MIT', 'license-deny': 'mit' }, /MIT is both allowed and denied/],
    [
      'license-exceptions',
      { 'license-exceptions': 'github.com/acme/lib' },
      /line 1 'github.com\/acme\/lib' has no license/,
    ],
    [
      'license-exceptions',
      { 'license-exceptions': 'github.com/acme/lib@banana MIT' },
      /'banana' is not a semver range/,
    ],
    [
      'license-exceptions',
      { 'license-exceptions': '\ngithub.com/acme/lib mit or apache' },
      /line 2 .*did you mean 'MIT OR Apache-2.0'/,
    ],
    ['license-exceptions', { 'license-exceptions': 'github.com/[acme/lib MIT' }, /not a valid glob/],
    ['proxy', { proxy: ' , | ' }, /contains no entries/],
    ['proxy', { proxy: 'ftp://mirror.example' }, /must be https, http, file/],
    ['proxy', { proxy: 'goproxy' }, /missing scheme/],
    ['proxy', { proxy: 'https://user:hunter2@proxy.example?x=1' }, /has a query or fragment/],
    ['private', { private: 'github.com/[acme' }, /'github.com\/\[acme' is not a valid pattern/],
    ['sumdb', { sumdb: 'sum.example.com' }, /a name alone is known only for sum.golang.org/],
    ['sumdb', { sumdb: 'sum.example.com+0000+AAAA' }, /8 hex digits/],
    ['sumdb', { sumdb: SUM_GOLANG_ORG_KEY.replace('033de0ae', '033de0af') }, /key hash does not match/],
    ['sumdb', { sumdb: `${SUM_GOLANG_ORG_KEY} ftp://x` }, /is not an http\(s\) URL/],
    ['sumdb', { sumdb: `${SUM_GOLANG_ORG_KEY} https://a https://b` }, /too many fields/],
    [
      'latency_budget',
      { latency_budget: '1s' },
      /is not an input of this action; did you mean 'latency-budget'\?/,
    ],
  ])('rejects a bad %s with a message that names it', (input, raw, message) => {
    const error = configError(raw as Record<string, string>);
    expect(error.input.startsWith(input)).toBe(true);
    expect(error.message).toMatch(new RegExp(`^Input '${input}`));
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/\n\s+at /); // no stack trace in the message
  });

  it('never echoes a proxy password in an error', () => {
    const error = configError({ proxy: 'https://user:hunter2@proxy.example?x=1' });
    expect(error.message).not.toContain('hunter2');
  });
});
