import path from 'node:path';
import { describeError } from '../errors.js';
import type { BuildListModule } from '../go/build-list.js';
import type { GoSumLine } from '../go/go-sum.js';
import type { StepContext } from './step-context.js';
import type { GoEnvironment } from './environment.js';
import type { RelayPlan } from './relay.js';
import type { ChecksumReport } from '../sumdb/checksum-report.js';
import { sumdbClientFor, type SumdbClient } from '../sumdb/client.js';
import type { SumdbOpsOptions } from '../sumdb/client-ops.js';
import { matchPrefixPatterns } from '../module/prefix-patterns.js';
import { prefetchRecords } from '../sumdb/prefetch-records.js';
import { sumdbRoutes } from '../sumdb/routes.js';
import { verifyChecksums } from '../sumdb/verify-go-sum.js';
import { refusedProofWarning, type S3ProofStore } from '../cache/s3-proofs.js';
import type { Finding } from '../findings.js';
import type { Logger } from '../logger.js';

/** The checksum step, begun before the build list is known: see startChecksumStep. */
export interface PendingChecksums {
  /** Runs `priming` (go filling the module cache) with the step's disk writes held back meanwhile. */
  during<T>(priming: Promise<T>): Promise<T>;
  /**
   * The step itself: verifies the build list once `go list` gave it, its lines to `logger` (the
   * pipeline runs it beside the license step, in its own group: steps/beside.ts).
   */
  finish(
    modules: readonly BuildListModule[],
    goSum: readonly GoSumLine[],
    logger: Logger,
  ): Promise<ChecksumReport>;
  /** Resolves once the step's work is over and its proofs are on disk (for the cache); never rejects. */
  settled(): Promise<void>;
  /** The database's lines for path@version (go.sum's were looked up early); undefined without one. */
  lookup(path: string, version: string): Promise<readonly string[] | undefined>;
}

/**
 * Starts the checksum step as soon as the relay is up: the lookups (and tiles) of go.sum's likely
 * build list go out through the same routes while `go` primes the cache, so `finish` mostly finds
 * them done. The proofs stay in memory while go writes the module cache (hundreds of small files
 * would contend with it), and are written once it is done, while `go list` runs. The database's
 * state (tiles, lookups, the last verified tree) is kept beside the module cache, so it travels
 * with it.
 */
export function startChecksumStep(
  ctx: StepContext,
  env: GoEnvironment,
  goSum: readonly GoSumLine[],
  plan: RelayPlan,
): PendingChecksums {
  const { config, io } = ctx;
  const setting = env.settings.sumdb;
  // The fleet's shared proofs (cache-backend: s3): read where the state directory lacks a file.
  const shared = setting.off ? undefined : io.cache?.backend.proofStore?.(setting.key.name, io.logger);
  const options = { ...clientOptions(ctx, env, plan), setting, ...(shared ? { shared } : {}) };
  // The ops (where the client reads and writes) are built once, here.
  const client = setting.off ? undefined : sumdbClientFor(setting.key, options);
  client?.holdWrites();
  const prefetched = client ? prefetchRecords(client, goSum, env.settings.noSumDb) : Promise.resolve();
  let flushed: Promise<void> | undefined;
  let uploaded: Promise<void> | undefined;
  const flush = (): Promise<void> =>
    (flushed ??= (client?.flushWrites() ?? Promise.resolve()).catch((error: unknown) => {
      io.logger.warn(
        `checksum database ${client?.name}: could not store the proofs of this run (${describeError(error)}); the next run looks them up again`,
      );
    }));
  return {
    async during(priming) {
      try {
        return await priming;
      } finally {
        void flush();
      }
    },
    async finish(modules, lines, logger) {
      await prefetched;
      void flush();
      const report = await verifyChecksums({
        ...options,
        ...(client ? { client } : {}),
        modules,
        goSum: lines,
        noSumDb: env.settings.noSumDb,
        unavailable: config.sumdbUnavailable,
        noRecord: config.sumdbNoRecord,
        logger,
      });
      return shared ? { ...report, findings: [...report.findings, ...refusedProofFindings(shared)] } : report;
    },
    async settled() {
      await prefetched;
      await flush();
      // Only what the client proved goes to the fleet's bucket, once the step is over.
      uploaded ??= shared && client ? share(client, shared) : Promise.resolve();
      await uploaded;
    },
    // GONOSUMDB paths are never sent to the database, not even to blame a mismatch.
    lookup: async (path, version) =>
      matchPrefixPatterns(env.settings.noSumDb, path) ? undefined : client?.lookup(path, version),
  };
}

/** Where the database is (through the proxies go uses, the relay once it runs), and the run's bounds. */
function clientOptions(ctx: StepContext, env: GoEnvironment, plan: RelayPlan): SumdbOpsOptions {
  const { config, io } = ctx;
  const { settings } = env;
  const setting = settings.sumdb;
  const name = setting.off ? 'off' : setting.key.name;
  const upstreams = settings.proxy.filter((p) => p.kind === 'url').length;
  return {
    routes: setting.off
      ? []
      : sumdbRoutes({
          key: setting.key,
          url: setting.url,
          proxies: plan.sumdbProxies,
          relay: plan.relay,
          // The relay tries each upstream within the budget (and hedges): one budget per upstream.
          proxyAttemptMs: config.latencyBudgetMs * (upstreams + 1),
        }),
    stateDir: path.join(settings.goModCache, 'cache', 'download', 'sumdb', name),
    latencyBudgetMs: config.latencyBudgetMs,
    deadline: io.deadline,
    env: io.env,
    clientCerts: config.proxyClientCerts,
    logger: io.logger,
    signal: io.signal,
  };
}

/**
 * Offers the fleet's bucket the records proven in the final tree, keeps on this runner the proofs
 * that came from the bucket and proved (no write outlives the step), then uploads.
 */
async function share(client: SumdbClient, shared: S3ProofStore): Promise<void> {
  client.shareProofs();
  await client.flushWrites().catch(() => undefined);
  await shared.upload();
}

/** Each proof object the bucket held that did not prove: a warning naming its key. */
function refusedProofFindings(shared: S3ProofStore): Finding[] {
  return shared.refused.map((refused) => ({
    kind: 'infrastructure',
    severity: 'warning',
    area: 'cache',
    message: refusedProofWarning(shared.location, refused),
  }));
}
