import { describeError, SecurityError } from '../errors.js';
import { effectiveModule, type BuildListModule } from '../go/build-list.js';
import type { GoSumLine } from '../go/go-sum.js';
import type { Logger } from '../logger.js';
import type { Finding } from '../findings.js';
import type { SumdbSetting } from '../module/sumdb-setting.js';
import { Limiter } from '../concurrency.js';
import {
  missingFinding,
  mismatchFindings,
  noRecordFinding,
  offlineFinding,
  securityFindings,
  tamperedStateFinding,
  unavailableFindings,
} from './checksum-findings.js';
import {
  classify,
  extraLines,
  isAnswer,
  newTreeState,
  planChecksums,
  type Ask,
  type Classified,
  type Outcome,
  type Plan,
  type TreeState,
} from './checksum-plan.js';
import type { ChecksumReport } from './checksum-report.js';
import type { SumdbOpsOptions } from './client-ops.js';
import { SumdbClient, SumdbNotFoundError, sumdbClientFor } from './client.js';
import { moduleId } from '../module/module-path.js';

export interface VerifyChecksumsInput extends SumdbOpsOptions {
  readonly modules: readonly BuildListModule[];
  /** go.sum (and go.work.sum) lines as committed. */
  readonly goSum: readonly GoSumLine[];
  readonly setting: SumdbSetting;
  /** GONOSUMDB globs (GOPRIVATE when unset): never looked up. */
  readonly noSumDb: readonly string[];
  readonly unavailable: 'fail' | 'warn';
  /** A go.sum line the database holds no record of (default warn). */
  readonly noRecord?: 'fail' | 'warn';
  readonly logger: Logger;
  /** A client made by createChecksumClient from these same options, already at work (prefetch). */
  readonly client?: SumdbClient;
}

/** The client verifyChecksums uses, for a caller that starts lookups early (see prefetchRecords). */
export function createChecksumClient(
  input: Omit<VerifyChecksumsInput, 'modules' | 'goSum' | 'noSumDb' | 'unavailable' | 'client'>,
): SumdbClient | undefined {
  return input.setting.off ? undefined : sumdbClientFor(input.setting.key, input);
}

/**
 * Checks every go.sum line of the build list against the checksum database, independently of
 * `go` (which consults it only for lines missing from go.sum). A stored lookup is proven again
 * offline against the stored tree; one `/latest` then refreshes that tree. A mismatch or a
 * misbehaving database is a security finding; a version the database never recorded follows
 * `noRecord`; lines without any proof when the database is unreachable follow `unavailable`.
 * Four stages over plain values: plan, look up, classify, findings.
 */
export async function verifyChecksums(input: VerifyChecksumsInput): Promise<ChecksumReport> {
  const { setting } = input;
  if (setting.off) return offReport(input);
  const client = input.client ?? sumdbClientFor(setting.key, input);
  const plans = planChecksums(input.modules, input.goSum, input.noSumDb);
  const tree = newTreeState();
  const outcomes = await lookUpAll(client, plans, input.concurrency ?? 16, tree);
  await settleTree(client, outcomes, tree);
  const classified = classify(input.modules, plans, outcomes, tree, client.refreshed);
  const findings = await checksumFindings(classified, tree, client, input);
  return checksumReport(input, client, classified, findings);
}

function offReport(input: VerifyChecksumsInput): ChecksumReport {
  const targets = input.modules.filter((m) => effectiveModule(m) !== undefined);
  const message =
    'GOSUMDB=off: go.sum is NOT checked against any checksum database; a tampered go.sum or proxy goes unnoticed. Set the `sumdb` input (default sum.golang.org) to turn verification back on.';
  input.logger.warn(message);
  return {
    enabled: false,
    modules: input.modules.map((m) => ({
      path: m.path,
      version: m.version,
      status: effectiveModule(m) ? 'unchecked' : 'not-applicable',
    })),
    verified: 0,
    checkable: targets.length,
    mismatched: 0,
    privateModules: [],
    unchecked: targets.map(moduleId),
    extraGoSumLines: extraLines(input.goSum, input.modules),
    requests: { lookups: 0, tiles: 0, tilesFromDisk: 0, failed: 0 },
    findings: [{ kind: 'config', severity: 'warning', area: 'checksum', message }],
  };
}

/** One `/latest`: a fork (or a bad note) means stored proofs are worth nothing now. */
async function refresh(client: SumdbClient, tree: TreeState): Promise<void> {
  tree.refreshTried = true;
  try {
    await client.refreshLatest();
  } catch (error) {
    if (!(error instanceof SecurityError)) tree.refreshError = describeError(error);
    else {
      tree.forked = true;
      tree.findings.push(tamperedStateFinding(error));
    }
  }
}

/**
 * Looks every Ask up. Warm run (every line has a stored record): one `/latest`, while they are
 * proven, says whether the tree moved; not when lookups ahead of this (prefetchRecords) were
 * already answered with a signed tree. A remembered tree that does not verify fails them all.
 */
async function lookUpAll(
  client: SumdbClient,
  plans: readonly Plan[],
  concurrency: number,
  tree: TreeState,
): Promise<(Outcome | undefined)[]> {
  const asks = plans.flatMap((p) => (p.kind === 'ask' ? [p.ask] : []));
  try {
    if (asks.length > 0) await client.init();
    const stored = await Promise.all(
      asks.map((a) => client.hasStoredRecord(a.target.path, a.target.version)),
    );
    const warm = asks.length > 0 && !client.refreshed && stored.every(Boolean);
    const refreshing = warm ? refresh(client, tree) : undefined;
    const limiter = new Limiter(concurrency);
    const outcomes = await Promise.all(
      plans.map((p) => (p.kind === 'ask' ? limiter.run(() => lookUp(p.ask, client)) : undefined)),
    );
    await refreshing;
    return outcomes;
  } catch (error) {
    if (!(error instanceof SecurityError)) throw error;
    tree.tampered = true;
    tree.findings.push(tamperedStateFinding(error));
    return plans.map((p) =>
      p.kind === 'ask'
        ? { kind: 'failed', result: { ...p.ask.base, status: 'unchecked' }, error }
        : undefined,
    );
  }
}

async function lookUp(ask: Ask, client: SumdbClient): Promise<Outcome> {
  try {
    return { kind: 'record', ask, record: await client.lookupRecord(ask.target.path, ask.target.version) };
  } catch (error) {
    const status =
      error instanceof SecurityError
        ? 'mismatch'
        : error instanceof SumdbNotFoundError
          ? 'no-record'
          : 'unchecked';
    return { kind: 'failed', error, result: { ...ask.base, status, detail: describeError(error) } };
  }
}

/**
 * Records proven from disk and no `/latest` asked yet: ask it now (unless the database is out of
 * reach). Once the tree is fresh, every record is proven in it, so a later run can prove offline.
 */
async function settleTree(
  client: SumdbClient,
  outcomes: readonly (Outcome | undefined)[],
  tree: TreeState,
): Promise<void> {
  const unavailableSeen = outcomes.some((o) => o?.kind === 'failed' && !isAnswer(o.error));
  const fromDisk = outcomes.some((o) => o?.kind === 'record' && o.record.fromDisk);
  if (fromDisk && !client.refreshed && !unavailableSeen && !tree.refreshTried) await refresh(client, tree);
  if (client.refreshed) await client.proveAgainstLatest();
}

async function checksumFindings(
  c: Classified,
  tree: TreeState,
  client: SumdbClient,
  input: VerifyChecksumsInput,
): Promise<Finding[]> {
  const findings = [...tree.findings];
  for (const { kind, module } of c.perModule)
    if (kind === 'mismatch') findings.push(...mismatchFindings(module, client.name));
    else findings.push(noRecordFinding(module, client.name, input.noRecord ?? 'warn'));
  findings.push(...securityFindings(c.security));
  // Targeted: the database answered other lookups (or the tree) this run.
  const answered = client.refreshed || c.noRecord.length > 0;
  findings.push(...unavailableFindings(c.unavailable, answered, input.unavailable));
  const offline = c.results.filter((r) => r.status === 'verified-offline').length;
  if (offline > 0)
    findings.push(
      offlineFinding({
        dbName: client.name,
        count: offline,
        tree: client.latest.n,
        confirmedAt: await client.latestConfirmedAt(),
        reason: tree.refreshError ?? (c.unavailable[0] ? describeError(c.unavailable[0].error) : undefined),
      }),
    );
  if (c.missing.length > 0) findings.push(missingFinding(c.missing));
  return findings;
}

function checksumReport(
  input: VerifyChecksumsInput,
  client: SumdbClient,
  c: Classified,
  findings: Finding[],
): ChecksumReport {
  const verified = c.results.filter((r) => r.status === 'verified' || r.status === 'verified-offline').length;
  const offline = c.results.filter((r) => r.status === 'verified-offline').length;
  const mismatched = c.results.filter((r) => r.status === 'mismatch').length;
  const targets = input.modules.filter((m) => effectiveModule(m) !== undefined);
  const checkable = targets.length - c.privateModules.length;
  const latest = client.latest;
  const tree =
    latest.n > 0
      ? { size: latest.n, hash: latest.hash.toString('base64'), refreshed: client.refreshed }
      : undefined;
  const n = client.counts;
  const extraGoSumLines = extraLines(input.goSum, input.modules);
  input.logger.info(
    `${client.name}: verified ${verified} of ${checkable} modules` +
      (offline ? ` (${offline} offline, tree not refreshed)` : '') +
      (mismatched ? `, ${mismatched} MISMATCHED` : '') +
      (c.noRecord.length ? `, ${c.noRecord.length} without a record` : '') +
      (c.unchecked.length ? `, ${c.unchecked.length} unchecked` : '') +
      (c.privateModules.length ? `, ${c.privateModules.length} private (never looked up)` : '') +
      (tree ? `; tree ${tree.size} ${tree.hash}` : '') +
      `; ${n.lookups} lookups (${n.lookupsFromDisk} from stored proofs), ${n.tiles} tiles fetched, ${n.tilesFromDisk} from cache, ${n.sent} requests`,
  );
  if (extraGoSumLines.length > 0)
    input.logger.info(
      `${extraGoSumLines.length} go.sum lines are for module versions not in the build list (not checked)`,
    );
  return {
    enabled: true,
    database: { name: client.name, url: client.redactedBase ?? '' },
    tree,
    modules: c.results,
    verified,
    verifiedOffline: offline,
    noRecord: c.noRecord,
    checkable,
    mismatched,
    privateModules: c.privateModules,
    unchecked: c.unchecked,
    extraGoSumLines,
    requests: {
      lookups: n.lookups,
      lookupsFromDisk: n.lookupsFromDisk,
      tiles: n.tiles,
      tilesFromDisk: n.tilesFromDisk,
      sent: n.sent,
      failed: n.failedRequests,
    },
    findings,
  };
}
