import { parsePrefixPatterns } from '../module/prefix-patterns.js';
import { parseProxyList, type ProxySpec } from '../module/proxy-list.js';
import { parseSumdbSetting, type SumdbSetting } from '../module/sumdb-setting.js';
import type { GoEnv } from './go-env.js';

/** What the inputs set of GOPROXY, GOPRIVATE and GOSUMDB; undefined means "as `go env` says". */
export interface SettingsInputs {
  readonly proxy: readonly ProxySpec[] | undefined;
  readonly private: readonly string[] | undefined;
  readonly sumdb: SumdbSetting | undefined;
}

/** The effective module settings: the inputs where given, else the job's `go env`. */
export interface GoSettings {
  readonly proxy: readonly ProxySpec[];
  /** GOPRIVATE: never sent to a proxy or to the checksum database. */
  readonly private: readonly string[];
  /** GONOPROXY: fetched direct, never through the relay. */
  readonly noProxy: readonly string[];
  /** GONOSUMDB: never looked up in the checksum database. */
  readonly noSumDb: readonly string[];
  readonly sumdb: SumdbSetting;
  /** The GOSUMDB value as written, for the child `go`. */
  readonly sumdbText: string;
  readonly goModCache: string;
  /** GOAUTH as go reads it: which credentials the relay may send (goproxy/netrc.ts parseGoAuth). */
  readonly goAuth: string;
}

export function resolveSettings(inputs: SettingsInputs, goEnv: GoEnv): GoSettings {
  const proxy = inputs.proxy ?? parseProxyList('proxy (from `go env GOPROXY`)', goEnv.GOPROXY);
  const privateGlobs =
    inputs.private ?? parsePrefixPatterns('private (from `go env GOPRIVATE`)', goEnv.GOPRIVATE);
  const union = (extra: string) => [...new Set([...privateGlobs, ...parsePrefixPatterns('private', extra)])];
  const sumdb = inputs.sumdb ?? parseSumdbSetting('sumdb (from `go env GOSUMDB`)', goEnv.GOSUMDB);
  return {
    proxy,
    private: privateGlobs,
    noProxy: union(goEnv.GONOPROXY),
    noSumDb: union(goEnv.GONOSUMDB),
    sumdb,
    sumdbText: formatSumdbSetting(sumdb),
    goModCache: goEnv.GOMODCACHE,
    goAuth: goEnv.GOAUTH,
  };
}

/** Writes a setting back in GOSUMDB syntax, for the child `go`. */
export function formatSumdbSetting(setting: SumdbSetting): string {
  if (setting.off) return 'off';
  return setting.url === undefined ? setting.key.text : `${setting.key.text} ${setting.url}`;
}
