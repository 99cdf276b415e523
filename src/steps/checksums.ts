import path from 'node:path';
import type { Config } from '../config/config.js';
import type { BuildListModule } from '../go/build-list.js';
import type { GoSumLine } from '../go/go-sum.js';
import type { GoSettings } from '../go/settings.js';
import type { ProxySpec } from '../module/proxy-list.js';
import type { Logger } from '../logger.js';
import type { RunContext } from './run-context.js';
import type { GoEnvironment } from './environment.js';
import type { RelayPlan } from './relay.js';
import type { Relay } from '../goproxy/relay-types.js';
import type { ChecksumReport } from '../sumdb/checksum-report.js';
import { prefetchRecords } from '../sumdb/prefetch-records.js';
import { sumdbRoutes } from '../sumdb/routes.js';
import type { RetryClock } from '../sumdb/sumdb-http.js';
import { createChecksumClient, verifyChecksums, type VerifyChecksumsInput } from '../sumdb/verify-go-sum.js';

/** The checksum database step, in its log group: finishes what startChecksums began. */
export async function checksumStep(
  ctx: RunContext,
  pending: PendingChecksums,
  modules: readonly BuildListModule[],
  goSum: readonly GoSumLine[],
): Promise<ChecksumReport> {
  return ctx.io.logger.group('Checksum database', () => pending.finish({ modules, goSum }));
}

/** Starts the checksum lookups for go.sum as soon as the relay is up (they overlap priming). */
export function startChecksumStep(
  ctx: RunContext,
  env: GoEnvironment,
  goSum: readonly GoSumLine[],
  plan: RelayPlan,
): PendingChecksums {
  const { config, io } = ctx;
  return startChecksums({
    config,
    settings: env.settings,
    goSum,
    proxies: plan.sumdbProxies,
    relay: plan.relay,
    env: io.env,
    logger: io.logger,
    signal: io.signal,
  });
}

export interface ChecksumStepInput {
  config: Config;
  settings: GoSettings;
  /** The proxies that may relay `/sumdb/<name>/` (the relay when it runs), in order. */
  proxies: readonly ProxySpec[];
  /** Our relay, when it runs (among `proxies`): asked in this process. */
  relay?: Relay;
  /** HTTPS_PROXY/HTTP_PROXY/NO_PROXY for the direct route, as go reads them. */
  env?: NodeJS.ProcessEnv;
  clock?: RetryClock;
  logger: Logger;
  /** The run's cancellation: checksum requests in flight stop, and none start after it. */
  signal?: AbortSignal;
}

/** Checksum verification begun early: `finish` verifies the build list once `go list` gave it. */
export interface PendingChecksums {
  finish(input: {
    modules: readonly BuildListModule[];
    goSum: readonly GoSumLine[];
  }): Promise<ChecksumReport>;
  /**
   * `go` is done writing the module cache: the proofs held in memory meanwhile are written now,
   * while `go list` runs (the event loop is idle then; later, the licenses step needs it).
   */
  primed(): void;
  /**
   * Resolves once the proofs held in memory while go primed the cache are on disk (their writing
   * begins with `primed` or `finish` and overlaps the next steps); never rejects.
   */
  stored(): Promise<void>;
}

/**
 * Starts the checksum step as soon as go.sum is read: the lookups (and tiles) of go.sum's likely
 * build list go out through the same routes while `go` primes the cache, so the step itself
 * mostly finds them done. The database's state (tiles, lookups, the last verified tree) is kept
 * beside the module cache, so it travels with it.
 */
export function startChecksums(
  input: ChecksumStepInput & { goSum?: readonly GoSumLine[] },
): PendingChecksums {
  const options = clientOptions(input);
  const client = createChecksumClient(options);
  // While go primes the cache, the proofs stay in memory: written once the disk is ours again.
  if (client && input.goSum) client.holdWrites();
  const prefetched =
    client && input.goSum ? prefetchRecords(client, input.goSum, input.settings.noSumDb) : Promise.resolve();
  let flushed: Promise<void> | undefined;
  const flush = (): Promise<void> =>
    (flushed ??= (client?.flushWrites() ?? Promise.resolve()).catch((error: unknown) => {
      input.logger.warn(
        `checksum database ${client?.name}: could not store the proofs of this run (${(error as Error).message}); the next run looks them up again`,
      );
    }));
  return {
    async finish({ modules, goSum }) {
      await prefetched;
      void flush();
      return verifyChecksums({
        ...options,
        ...(client ? { client } : {}),
        modules,
        goSum,
        noSumDb: input.settings.noSumDb,
        unavailable: input.config.sumdbUnavailable,
        noRecord: input.config.sumdbNoRecord,
      });
    },
    primed() {
      void flush();
    },
    async stored() {
      await prefetched;
      await flush();
    },
  };
}

/**
 * Verifies every go.sum line of the build list against the checksum database, through the same
 * proxies `go` used (the relay, once it runs) and then the database itself.
 */
export async function checkChecksums(
  input: ChecksumStepInput & { modules: readonly BuildListModule[]; goSum: readonly GoSumLine[] },
): Promise<ChecksumReport> {
  const pending = startChecksums({ ...input, goSum: undefined });
  try {
    return await pending.finish(input);
  } finally {
    await pending.stored();
  }
}

function clientOptions(
  input: ChecksumStepInput,
): Omit<VerifyChecksumsInput, 'modules' | 'goSum' | 'noSumDb' | 'unavailable' | 'client'> {
  const { config, settings } = input;
  const setting = settings.sumdb;
  const name = setting.off ? 'off' : setting.key.name;
  const upstreams = settings.proxy.filter((p) => p.kind === 'url').length;
  const now = input.clock?.now ?? Date.now;
  return {
    setting,
    routes: setting.off
      ? []
      : sumdbRoutes({
          key: setting.key,
          url: setting.url,
          proxies: input.proxies,
          relay: input.relay,
          // The relay tries each upstream within the budget (and hedges): one budget per upstream.
          proxyAttemptMs: config.latencyBudgetMs * (upstreams + 1),
        }),
    stateDir: path.join(settings.goModCache, 'cache', 'download', 'sumdb', name),
    latencyBudgetMs: config.latencyBudgetMs,
    deadline: now() + config.timeoutMs,
    clock: input.clock,
    env: input.env,
    clientCerts: config.proxyClientCerts,
    logger: input.logger,
    signal: input.signal,
  };
}
