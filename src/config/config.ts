import path from 'node:path';
import { ConfigError } from '../errors.js';
import { parseProxyList, type ProxySpec } from '../module/proxy-list.js';
import { parsePrefixPatterns } from '../module/prefix-patterns.js';
import { parseSumdbSetting, type SumdbSetting } from '../module/sumdb-setting.js';
import { FALLBACKS, type Fallback } from '../goproxy/relay-types.js';
import { parsePathRoutes, type PathRoute } from '../goproxy/path-routes.js';
import { type ClientCertRule, parseClientCertRules } from '../net/client-certs.js';
import type { LicenseException } from '../licenses/policy.js';
import { parseS3Location, type S3Location } from '../cache/s3-location.js';
import { parseDuration } from './duration.js';
import { parseArtifactInputs, type ArtifactConfig } from './artifact-inputs.js';
import { INPUTS, type RawInputs } from './inputs.js';
import { parseLicenseExceptions } from './license-exceptions.js';
import { parseBoolean, parseEnum, parseFraction, parseList } from './scalars.js';
import { normalizeSpdxId } from './spdx-ids.js';
import type { RunnerFacts } from './runner-facts.js';

/** Every input, parsed once. Values left undefined come from `go env` (see src/go/settings.ts). */
export interface Config {
  readonly workingDirectory: string;
  readonly proxy: readonly ProxySpec[] | undefined;
  readonly private: readonly string[] | undefined;
  readonly latencyBudgetMs: number;
  readonly stallTimeoutMs: number;
  readonly fallback: readonly Fallback[];
  readonly timeoutMs: number;
  readonly prefetch: boolean;
  readonly sumdb: SumdbSetting | undefined;
  readonly sumdbUnavailable: 'fail' | 'warn';
  /** A go.sum line the checksum database holds no record of (404/410): warn (default) or fail. */
  readonly sumdbNoRecord: 'fail' | 'warn';
  readonly licenseAllow: readonly string[];
  readonly licenseDeny: readonly string[];
  readonly licenseExceptions: readonly LicenseException[];
  readonly licenseConfidence: number;
  readonly licenseScope: 'shipped' | 'build-list' | 'imports';
  readonly unknownLicense: 'fail' | 'warn';
  readonly cache: boolean;
  readonly cacheSave: 'auto' | 'true' | 'false';
  readonly cacheBackend: 'actions' | 'local' | 's3';
  readonly cacheDir: string;
  /** The s3 backend's bucket and prefix (`cache-url`); set when cacheBackend is `s3`. */
  readonly cacheS3?: S3Location;
  /** `cache-heal`: delete a bucket object that failed verification. */
  readonly cacheHeal: boolean;
  readonly cacheKeyPrefix: string;
  readonly warnOnly: boolean;
  readonly reportFile: string;
  /** sbom, sbom-file, notices-file, compare-to, gate. */
  readonly artifacts: ArtifactConfig;
  /** `proxy-routes`: module path globs → their own GOPROXY list. */
  readonly proxyRoutes: readonly PathRoute[];
  /** `proxy-client-certs`: files checked by checkClientCerts before the run. */
  readonly proxyClientCerts: readonly ClientCertRule[];
}

/**
 * Parses every input into one frozen Config. Throws the first ConfigError found; nothing runs
 * before this returns. Empty values take the action.yml default.
 */
export function parseConfig(raw: RawInputs, runner: RunnerFacts): Config {
  for (const name of Object.keys(raw)) {
    if (!INPUTS.some((spec) => spec.name === name)) {
      const near = INPUTS.find(
        (spec) => spec.name.replace(/-/g, '') === name.replace(/[-_]/g, '').toLowerCase(),
      );
      throw new ConfigError(
        name,
        `is not an input of this action${near ? `; did you mean '${near.name}'?` : ''}`,
      );
    }
  }
  const get = (name: string): string => {
    const spec = INPUTS.find((s) => s.name === name);
    if (!spec) throw new Error(`unknown input ${name}`);
    const value = raw[name];
    return value === undefined || value.trim() === '' ? spec.default : value;
  };
  const optional = (name: string): string | undefined => (get(name).trim() === '' ? undefined : get(name));

  const proxyValue = optional('proxy');
  const privateValue = optional('private');
  const sumdbValue = optional('sumdb');
  const licenseAllow = parseList(get('license-allow')).map((id) => normalizeSpdxId('license-allow', id));
  const licenseDeny = parseList(get('license-deny')).map((id) => normalizeSpdxId('license-deny', id));
  const both = licenseAllow.filter((id) => licenseDeny.includes(id));
  if (both.length > 0) {
    throw new ConfigError(
      'license-deny',
      `${both.join(', ')} is both allowed and denied`,
      'an id in one list only',
    );
  }
  const latencyBudgetMs = parseDuration('latency-budget', get('latency-budget'));
  const timeoutMs = parseDuration('timeout', get('timeout'));
  if (timeoutMs < latencyBudgetMs) {
    throw new ConfigError(
      'timeout',
      `${get('timeout')} is shorter than the latency budget (${get('latency-budget')})`,
      'a duration longer than latency-budget',
    );
  }
  const backend = parseEnum('cache-backend', get('cache-backend'), [
    'auto',
    'actions',
    'local',
    's3',
  ] as const);
  const cacheDir = optional('cache-dir');
  const cacheS3 = parseCacheS3(backend, optional('cache-url'), get('cache-s3-path-style'), runner.env);

  const reportFile = path.resolve(
    optional('report-file') ?? path.join(runner.tempDir, 'go-module-warden', 'report.json'),
  );
  const config: Config = {
    workingDirectory: get('working-directory').trim(),
    proxy: proxyValue === undefined ? undefined : parseProxyList('proxy', proxyValue),
    private: privateValue === undefined ? undefined : parsePrefixPatterns('private', privateValue),
    latencyBudgetMs,
    stallTimeoutMs: parseDuration('stall-timeout', get('stall-timeout')),
    fallback: parseFallbacks(get('fallback')),
    timeoutMs,
    prefetch: parseBoolean('prefetch', get('prefetch')),
    sumdb: sumdbValue === undefined ? undefined : parseSumdbSetting('sumdb', sumdbValue),
    sumdbUnavailable: parseEnum('sumdb-unavailable', get('sumdb-unavailable'), ['fail', 'warn'] as const),
    sumdbNoRecord: parseEnum('sumdb-no-record', get('sumdb-no-record'), ['fail', 'warn'] as const),
    licenseAllow,
    licenseDeny,
    licenseExceptions: parseLicenseExceptions('license-exceptions', get('license-exceptions')),
    licenseConfidence: parseFraction('license-confidence', get('license-confidence')),
    licenseScope: parseEnum('license-scope', get('license-scope'), [
      'shipped',
      'build-list',
      'imports',
    ] as const),
    unknownLicense: parseEnum('unknown-license', get('unknown-license'), ['fail', 'warn'] as const),
    cache: parseBoolean('cache', get('cache')),
    cacheSave: parseEnum('cache-save', get('cache-save'), ['auto', 'true', 'false'] as const),
    cacheBackend: cacheS3 ? 's3' : backend === 'auto' ? (runner.onGitHub ? 'actions' : 'local') : backend,
    cacheDir: path.resolve(cacheDir ?? path.join(runner.homeDir, '.cache', 'go-module-warden')),
    cacheKeyPrefix: parseCacheKeyPrefix(get('cache-key-prefix')),
    ...(cacheS3 ? { cacheS3 } : {}),
    cacheHeal: parseBoolean('cache-heal', get('cache-heal')),
    warnOnly: parseBoolean('warn-only', get('warn-only')),
    reportFile,
    artifacts: parseArtifactInputs(get, reportFile),
    proxyRoutes: parsePathRoutes(get('proxy-routes')),
    proxyClientCerts: parseClientCertRules(get('proxy-client-certs')),
  };
  return deepFreeze(config);
}

function parseFallbacks(value: string): Fallback[] {
  const accepted =
    '`none`, or any of `next-proxy`, `cache`, `direct` in the order to try them, e.g. `next-proxy, cache, direct`';
  const entries = parseList(value).map((entry) => entry.toLowerCase());
  if (entries.length === 1 && entries[0] === 'none') return [];
  if (entries.includes('none'))
    throw new ConfigError('fallback', `'none' cannot be combined with other fallbacks`, accepted);
  const seen = new Set<Fallback>();
  for (const entry of entries) {
    if (!(FALLBACKS as readonly string[]).includes(entry)) {
      throw new ConfigError('fallback', `'${entry}' is not a fallback`, accepted);
    }
    if (seen.has(entry as Fallback))
      throw new ConfigError('fallback', `'${entry}' is listed twice`, accepted);
    seen.add(entry as Fallback);
  }
  if (entries.length === 0) throw new ConfigError('fallback', 'is empty', accepted);
  return [...seen];
}

/** `cache-url` for `cache-backend: s3` (or `auto` with a URL); another backend with a URL is a mistake. */
function parseCacheS3(
  backend: 'auto' | 'actions' | 'local' | 's3',
  url: string | undefined,
  pathStyle: string,
  env: NodeJS.ProcessEnv | undefined,
): S3Location | undefined {
  const style = parseEnum('cache-s3-path-style', pathStyle, ['auto', 'true', 'false'] as const);
  if (backend === 's3' && url === undefined)
    throw new ConfigError(
      'cache-url',
      'is required with cache-backend: s3',
      '`s3://<bucket>/<prefix>`, e.g. `cache-url: s3://build-cache/go-modules`',
    );
  if (url === undefined) return undefined;
  if (backend === 'actions' || backend === 'local')
    throw new ConfigError(
      'cache-url',
      `is set, but cache-backend is '${backend}'`,
      '`cache-backend: s3` (or `auto`) with `cache-url`, or no `cache-url`',
    );
  return parseS3Location('cache-url', url, style, env ?? {});
}

function parseCacheKeyPrefix(value: string): string {
  const text = value.trim();
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(text)) {
    throw new ConfigError(
      'cache-key-prefix',
      `'${value}' cannot be part of a cache key`,
      'letters, digits, `.`, `_` and `-`, at most 100 characters',
    );
  }
  return text;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
