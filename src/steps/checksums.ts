import path from 'node:path';
import type { Config } from '../config/config.js';
import type { BuildListModule } from '../go/build-list.js';
import type { GoSumLine } from '../go/go-sum.js';
import type { GoSettings } from '../go/settings.js';
import type { ProxySpec } from '../module/proxy-list.js';
import type { Logger } from '../logger.js';
import type { ChecksumReport } from '../sumdb/checksum-report.js';
import { resolveSumdbBase } from '../sumdb/resolve-base.js';
import { verifyChecksums } from '../sumdb/verify-go-sum.js';
import type { GoEnvironment } from './environment.js';
import type { RelayPlan } from './relay.js';
import type { RunContext } from './run-context.js';

/** The checksum database step, in its log group. */
export async function checksumStep(
  ctx: RunContext,
  env: GoEnvironment,
  modules: readonly BuildListModule[],
  goSum: readonly GoSumLine[],
  plan: RelayPlan,
): Promise<ChecksumReport> {
  const { config, io } = ctx;
  return io.logger.group('Checksum database', () =>
    checkChecksums({
      config,
      settings: env.settings,
      modules,
      goSum,
      proxies: plan.sumdbProxies,
      fetch: io.fetch,
      logger: io.logger,
    }),
  );
}

/**
 * Verifies every go.sum line of the build list against the checksum database, through the same
 * proxies `go` used (the relay, once it runs), with the database's state kept beside the module
 * cache so it travels with it.
 */
export async function checkChecksums(input: {
  config: Config;
  settings: GoSettings;
  modules: readonly BuildListModule[];
  goSum: readonly GoSumLine[];
  /** The proxies to ask for `/sumdb/<name>/supported` (the relay when it runs). */
  proxies: readonly ProxySpec[];
  fetch: typeof fetch;
  logger: Logger;
}): Promise<ChecksumReport> {
  const { config, settings } = input;
  const setting = settings.sumdb;
  const name = setting.off ? 'off' : setting.key.name;
  // Resolved at the first lookup: a run with nothing to look up sends no request, and a proxy
  // that cannot say whether it relays the database follows `sumdb-unavailable`.
  const baseUrl = async (): Promise<string> => {
    if (setting.off) return '';
    const base = await resolveSumdbBase({
      key: setting.key,
      url: setting.url,
      proxies: input.proxies,
      fetch: input.fetch,
      latencyBudgetMs: config.latencyBudgetMs,
      logger: input.logger,
    });
    return base.baseUrl;
  };
  return verifyChecksums({
    modules: input.modules,
    goSum: input.goSum,
    setting,
    noSumDb: settings.noSumDb,
    baseUrl,
    stateDir: path.join(settings.goModCache, 'cache', 'download', 'sumdb', name),
    fetch: input.fetch,
    latencyBudgetMs: config.latencyBudgetMs,
    unavailable: config.sumdbUnavailable,
    logger: input.logger,
  });
}
