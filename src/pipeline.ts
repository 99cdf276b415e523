import path from 'node:path';
import type { Config } from './config/config.js';
import { describeError, WardenError } from './errors.js';
import { toFinding, type Finding } from './findings.js';
import { buildChildEnv } from './go/child-env.js';
import { GoSumGuard } from './go/go-sum-guard.js';
import type { GoSumLine } from './go/go-sum.js';
import { buildReport } from './report/build-report.js';
import type { Report } from './report/model.js';
import { buildListStep, type BuildList } from './steps/build-list.js';
import {
  cacheStep,
  handOverStep,
  primingNotNeeded,
  type CacheStepResult,
  type HandOverFacts,
} from './steps/cache.js';
import { startChecksumStep, type PendingChecksums } from './steps/checksums.js';
import { environmentStep, type GoEnvironment } from './steps/environment.js';
import { licenseStep } from './steps/licenses.js';
import { startBeside } from './steps/beside.js';
import { downloadedLines, primeStep, type Primed } from './steps/prime.js';
import { closeRelay, relayStep, withPrefetch, type RelayOutcome, type RelayPlan } from './steps/relay.js';
import { linesFromCache } from './cache/cached-lines.js';
import { moduleFilesInCache, zipsAmong } from './steps/arrival.js';
import { blameMismatches, withBlame } from './sumdb/mismatch-blame.js';
import { withRunBounds, type PipelineIO, type StepContext } from './steps/step-context.js';
import type { ChecksumReport } from './sumdb/checksum-report.js';
import type { LicenseReport } from './licenses/license-report.js';
import { throwIfCancelled } from './cancel.js';
import type { DiffOutcome } from './diff/diff-step.js';
import { failureOf, finishFindings, type RunFindings } from './report/finish.js';
import { diffStep } from './steps/diff.js';
import { vendorStep } from './steps/vendor.js';
import { licenseThreshold, loadLicenseReads, storeMemo } from './steps/memo.js';
import { LicensePrefetch, warmLicenseClassifier } from './steps/license-prefetch.js';
import { LandedZipDigests } from './cache/landed-digests.js';
import { VerifiedLicenseReads } from './steps/verified-license-reads.js';

export type { PipelineIO } from './steps/step-context.js';

/** The report, and the module cache the run used (GOMODCACHE, from its one `go env`) for the SBOM and notices. */
export interface PipelineResult {
  readonly report: Report;
  /** Undefined when the run stopped before reading the Go environment. */
  readonly goModCache: string | undefined;
}

/**
 * Config → GoEnv → cache restore → relay + `go mod download -json all` → build list → checksums
 * beside licenses → report. Each step takes what the earlier ones returned; a step that throws a
 * WardenError stops the rest, and the report is always produced from what did run, so the summary
 * explains a failed run as well as a good one.
 */
export async function runPipeline(config: Config, edgeIo: PipelineIO): Promise<PipelineResult> {
  const io = withRunBounds(edgeIo, config.timeoutMs);
  const ctx: StepContext = { config, io, cwd: path.resolve(config.workingDirectory), startedAt: io.now() };
  let env: GoEnvironment | undefined;
  let cache: CacheStepResult | undefined;
  let plan: RelayPlan | undefined;
  let primed: Primed | undefined;
  let buildList: BuildList | undefined;
  let checksums: ChecksumReport | undefined;
  let licenses: LicenseReport | undefined;
  let stopped: Finding | undefined;
  let relay: RelayOutcome | undefined;
  let diffed: DiffOutcome | undefined;
  let pendingChecksums: PendingChecksums | undefined;
  let checked: HandOverFacts | undefined;
  let vendored: { findings: readonly Finding[] } | undefined;
  try {
    env = await environmentStep(ctx);
    const goSumGuard = await GoSumGuard.snapshot(env.project.goSumCandidates);
    const goSum = goSumGuard.lines();
    plan = await relayStep(ctx, env, goSum);
    // Lookups start through the relay as soon as the restore's files are in, while they are checked.
    const startChecksums = checksumStarter(ctx, env, goSum, plan, (p) => (pendingChecksums = p));
    const { reads, verifiedReads, restored } = await restoreReadingLicenses(ctx, env, goSum, startChecksums);
    cache = restored;
    const notNeeded = primingNotNeeded(cache.report);
    const filesInCache = await moduleFilesInCache(env.settings.goModCache);
    plan = withPrefetch(config, env.settings, plan, goSum, filesInCache);
    const checksumStep = startChecksums();
    const childEnv = buildChildEnv(io.env, env.settings, plan.goproxy);
    const { early, landed } = notNeeded ? {} : watchArrivals(ctx, env, goSum, reads, { plan, cache });
    primed = await checksumStep.during(
      primeStep(ctx, childEnv, plan, goSumGuard, notNeeded).finally(() => early?.stop()),
    );
    buildList = await buildListStep(ctx, childEnv, primed, zipsAmong(filesInCache), plan, env, goSum);
    vendored = { findings: await vendorStep(ctx, env, childEnv) };
    // A warm run that skipped priming hashes the graph-only modules go.sum leaves out from the cache.
    const restoredLines = primed.skipped
      ? await linesFromCache(env.settings.goModCache, buildList.modules, goSum)
      : [];
    const verifiable = [...goSum, ...downloadedLines(primed), ...restoredLines];
    throwIfCancelled(io.signal);
    await verifiedReads.stop();
    reads.addLines(verifiable);
    ({ checksums, licenses } = await checksumsBesideLicenses(io, checksumStep, {
      modules: buildList.modules,
      goSum: verifiable,
      licenses: licenseStep.bind(undefined, ctx, env, buildList, childEnv, reads),
    }));
    throwIfCancelled(io.signal);
    await storeMemo(ctx, env, reads, buildList);
    throwIfCancelled(io.signal);
    diffed = await diffStep(ctx, env, childEnv, buildList, licenses);
    // The proofs held while go primed the cache were written during the licenses step.
    await checksumStep.settled();
    checked = { primed, buildList, checksums, licenses, goSum: verifiable, landed };
  } catch (error) {
    if (!(error instanceof WardenError)) throw error;
    io.logger.error(describeError(error));
    stopped = toFinding(error);
  } finally {
    await pendingChecksums?.settled();
    relay = await closeRelay(plan);
  }
  const finish = await finisher(config, pendingChecksums, {
    steps: [cache, primed, vendored, checksums, licenses, diffed].flatMap((step) => step?.findings ?? []),
    relay,
    diff: diffed?.diff,
    modules: buildList?.modules ?? [],
  });
  // One verdict, after the gate and the relay's facts: the hand-over reads it, as the report does.
  let verdict = finish(stopped ? [stopped] : []);
  if (cache && checked) {
    try {
      cache = await handOverStep(ctx, cache, { ...checked, failure: failureOf(verdict, config.warnOnly) });
    } catch (error) {
      if (!(error instanceof WardenError)) throw error;
      io.logger.error(describeError(error));
      verdict = finish([toFinding(error)]);
    }
  }
  const facts = {
    ...env,
    download: primed?.download,
    modules: buildList?.modules,
    imported: buildList?.imported,
    arrivals: buildList?.arrivals,
    proxy: relay?.proxy,
    checksums,
    licenses,
    cache: cache?.report,
    diff: diffed?.diff,
  };
  const report = io.redactor.redactValue(
    buildReport(config, facts, verdict, ctx.cwd, ctx.startedAt, io.now()),
  );
  return { report, goModCache: env?.settings.goModCache };
}

/** Starts the checksum step once, on the first call (handing it to `started`); later calls return it. */
function checksumStarter(
  ctx: StepContext,
  env: GoEnvironment,
  goSum: readonly GoSumLine[],
  plan: RelayPlan,
  started: (pending: PendingChecksums) => void,
): () => PendingChecksums {
  let pending: PendingChecksums | undefined;
  return () => {
    if (!pending) started((pending = startChecksumStep(ctx, env, goSum, plan)));
    return pending;
  };
}

/**
 * The cache step, with each restored zip's licenses read as soon as its check proves it (while
 * the check waits on the rest; the first read builds the classifier, on this otherwise idle
 * thread). A run that primes stops those reads, and builds the classifier before go starts: it
 * reads each zip as it lands (watchArrivals).
 */
async function restoreReadingLicenses(
  ctx: StepContext,
  env: GoEnvironment,
  goSum: readonly GoSumLine[],
  onRestored: () => void,
) {
  const reads = loadLicenseReads(goSum);
  const verifiedReads = new VerifiedLicenseReads(env.settings.goModCache, reads, licenseThreshold(ctx));
  const restored = await cacheStep(ctx, env, goSum, { onRestored, onChecked: verifiedReads.take });
  if (!primingNotNeeded(restored.report)) {
    await verifiedReads.stop();
    warmLicenseClassifier();
  }
  return { reads, verifiedReads, restored };
}

/**
 * Makes the verdict: the gate and the relay's facts (finishFindings), then each go.sum mismatch
 * worded by the checksum database's blame (sumdb/mismatch-blame.ts).
 */
async function finisher(config: Config, checksums: PendingChecksums | undefined, run: RunFindings) {
  const security = run.relay?.proxy.security ?? [];
  const blames = await blameMismatches(security, async (p, v) => checksums?.lookup(p, v));
  return (extra: readonly Finding[]) =>
    withBlame(finishFindings(config, { ...run, steps: [...run.steps, ...extra] }), blames);
}

/**
 * The checksum step waits on the database, the license step on the CPU: they run side by side,
 * and the checksum step's group is logged after the license step's. A checksum failure is thrown
 * first, as when the steps ran in that order.
 */
async function checksumsBesideLicenses(
  io: StepContext['io'],
  pending: PendingChecksums,
  run: {
    readonly modules: BuildList['modules'];
    readonly goSum: Parameters<PendingChecksums['finish']>[1];
    readonly licenses: () => Promise<LicenseReport>;
  },
): Promise<{ checksums: ChecksumReport; licenses: LicenseReport }> {
  const checking = startBeside(io, 'Checksum database', 'the license step', (logger) =>
    pending.finish(run.modules, run.goSum, logger),
  );
  const [licensed] = await Promise.allSettled([run.licenses()]);
  const checksums = await checking.result();
  if (licensed.status === 'rejected') throw licensed.reason;
  return { checksums, licenses: licensed.value };
}

/**
 * While go primes the cache, each zip that lands has its licenses read (the license step then
 * only applies the policy) and, when the run may save, its h1 taken for the save's proof (by the
 * relay's proof of the same bytes), which then need not read it again.
 */
function watchArrivals(
  ctx: StepContext,
  env: GoEnvironment,
  goSum: readonly GoSumLine[],
  reads: ReturnType<typeof loadLicenseReads>,
  run: { readonly plan: RelayPlan; readonly cache: CacheStepResult },
): { early: LicensePrefetch; landed?: LandedZipDigests } {
  const relay = run.plan.relay;
  // handOverStep's condition: without it nothing is saved, and nothing need be proven.
  const mayVerifySave = run.cache.pending !== undefined && ctx.io.cache !== undefined;
  const landed = mayVerifySave
    ? new LandedZipDigests(env.settings.goModCache, (p, v) => relay?.provenZip(p, v))
    : undefined;
  const early = new LicensePrefetch(env.settings.goModCache, goSum, reads, licenseThreshold(ctx), landed);
  return { early: early.start(), landed };
}
