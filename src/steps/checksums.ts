import path from 'node:path';
import type { Config } from '../config/config.js';
import type { BuildListModule } from '../go/build-list.js';
import type { GoSumLine } from '../go/go-sum.js';
import type { GoSettings } from '../go/settings.js';
import type { ProxySpec } from '../module/proxy-list.js';
import type { Logger } from '../logger.js';
import type { ChecksumReport } from '../sumdb/checksum-report.js';
import { sumdbRoutes } from '../sumdb/resolve-base.js';
import type { RetryClock } from '../sumdb/sumdb-http.js';
import { verifyChecksums } from '../sumdb/verify-go-sum.js';

/**
 * Verifies every go.sum line of the build list against the checksum database, through the same
 * proxies `go` used (the relay, once it runs) and then the database itself, with the database's
 * state (tiles, lookups, the last verified tree) kept beside the module cache so it travels with it.
 */
export async function checkChecksums(input: {
  config: Config;
  settings: GoSettings;
  modules: readonly BuildListModule[];
  goSum: readonly GoSumLine[];
  /** The proxies that may relay `/sumdb/<name>/` (the relay when it runs), in order. */
  proxies: readonly ProxySpec[];
  fetch: typeof fetch;
  /** HTTPS_PROXY/HTTP_PROXY/NO_PROXY for the direct route, as go reads them. */
  env?: NodeJS.ProcessEnv;
  clock?: RetryClock;
  logger: Logger;
}): Promise<ChecksumReport> {
  const { config, settings } = input;
  const setting = settings.sumdb;
  const name = setting.off ? 'off' : setting.key.name;
  const upstreams = settings.proxy.filter((p) => p.kind === 'url').length;
  const now = input.clock?.now ?? Date.now;
  return verifyChecksums({
    modules: input.modules,
    goSum: input.goSum,
    setting,
    noSumDb: settings.noSumDb,
    routes: setting.off
      ? []
      : sumdbRoutes({
          key: setting.key,
          url: setting.url,
          proxies: input.proxies,
          // The relay tries each upstream within the budget (and hedges): one budget per upstream.
          proxyAttemptMs: config.latencyBudgetMs * (upstreams + 1),
        }),
    stateDir: path.join(settings.goModCache, 'cache', 'download', 'sumdb', name),
    fetch: input.fetch,
    latencyBudgetMs: config.latencyBudgetMs,
    deadline: now() + config.timeoutMs,
    clock: input.clock,
    env: input.env,
    unavailable: config.sumdbUnavailable,
    noRecord: config.sumdbNoRecord,
    logger: input.logger,
  });
}
