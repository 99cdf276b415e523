import type { ClientCertRule } from '../net/client-certs.js';
import { SecurityError } from '../errors.js';
import { effectiveModule, type BuildListModule } from '../go/build-list.js';
import type { GoSumLine } from '../go/go-sum.js';
import { matchPrefixPatterns } from '../module/prefix-patterns.js';
import type { Logger } from '../logger.js';
import type { Finding } from '../findings.js';
import {
  missingFinding,
  mismatchFindings,
  noRecordFinding,
  offlineFinding,
  securityFindings,
  tamperedStateFinding,
  unavailableFindings,
} from './checksum-findings.js';
import type { ChecksumReport, LineCheck, ModuleChecksum } from './checksum-report.js';
import { SumdbClient, SumdbNotFoundError, type SumdbRecord } from './client.js';
import { Limiter } from '../concurrency.js';
import type { RetryClock, SumdbRoute } from './sumdb-http.js';
import type { SumdbSetting } from '../module/sumdb-setting.js';

export interface VerifyChecksumsInput {
  readonly modules: readonly BuildListModule[];
  /** go.sum (and go.work.sum) lines as committed. */
  readonly goSum: readonly GoSumLine[];
  readonly setting: SumdbSetting;
  /** GONOSUMDB globs (GOPRIVATE when unset): never looked up. */
  readonly noSumDb: readonly string[];
  /**
   * Where requests go: the DB URL or `<proxy>/sumdb/<name>`, or a function resolving it at the
   * first request: a failure there then follows `unavailable` like any other outage, and a run
   * with nothing to look up asks nothing. `routes` instead gives every way to the database.
   */
  readonly baseUrl?: string | (() => Promise<string>);
  readonly routes?: readonly SumdbRoute[] | (() => Promise<readonly SumdbRoute[]>);
  /** Tiles, stored lookups and the last verified tree, e.g. `<GOMODCACHE>/cache/download/sumdb/<name>`. */
  readonly stateDir: string;
  readonly latencyBudgetMs: number;
  /** Lookups in flight at once (default 16). */
  readonly concurrency?: number;
  readonly unavailable: 'fail' | 'warn';
  /** A go.sum line the database holds no record of (default warn). */
  readonly noRecord?: 'fail' | 'warn';
  /** Absolute time (clock.now) after which no request starts: the overall timeout. */
  readonly deadline?: number;
  readonly retries?: number;
  readonly clock?: RetryClock;
  /** For HTTPS_PROXY/HTTP_PROXY/NO_PROXY on the direct route. */
  readonly env?: NodeJS.ProcessEnv;
  /** `proxy-client-certs`: the certificate each HTTPS origin of the database gets (its own only). */
  readonly clientCerts?: readonly ClientCertRule[];
  readonly logger: Logger;
  /** The run's cancellation: requests in flight stop, and none start after it. */
  readonly signal?: AbortSignal;
  /** A client made by createChecksumClient from these same options, already at work (prefetch). */
  readonly client?: SumdbClient;
}

/** The client verifyChecksums uses, for a caller that starts lookups early (see prefetchRecords). */
export function createChecksumClient(
  input: Omit<VerifyChecksumsInput, 'modules' | 'goSum' | 'noSumDb' | 'unavailable' | 'client'>,
): SumdbClient | undefined {
  const { setting } = input;
  if (setting.off) return undefined;
  return new SumdbClient({
    key: setting.key,
    baseUrl: input.baseUrl,
    routes: input.routes,
    stateDir: input.stateDir,
    latencyBudgetMs: input.latencyBudgetMs,
    concurrency: input.concurrency,
    deadline: input.deadline,
    retries: input.retries,
    clock: input.clock,
    env: input.env,
    ...(input.clientCerts ? { clientCerts: input.clientCerts } : {}),
    logger: input.logger,
    signal: input.signal,
  });
}

/** A module to look up: what go.sum says about it. */
interface Ask {
  readonly base: Pick<ModuleChecksum, 'path' | 'version' | 'checkedAs'>;
  readonly target: { readonly path: string; readonly version: string };
  readonly zipLines: readonly GoSumLine[];
  readonly goModLines: readonly GoSumLine[];
}

type Plan =
  | { kind: 'private' }
  | { kind: 'not-applicable' }
  | { kind: 'missing'; result: ModuleChecksum }
  | { kind: 'ask'; ask: Ask };

type Outcome =
  | { kind: 'done'; result: ModuleChecksum }
  | { kind: 'record'; ask: Ask; record: SumdbRecord }
  | { kind: 'failed'; result: ModuleChecksum; error: unknown };

/**
 * Checks every go.sum line of the build list against the checksum database, independently of
 * `go` (which consults it only for lines missing from go.sum). A stored lookup is proven again
 * offline against the stored tree; one `/latest` then refreshes that tree. A mismatch or a
 * misbehaving database is a security finding; a version the database never recorded follows
 * `noRecord`; lines without any proof when the database is unreachable follow `unavailable`.
 */
export async function verifyChecksums(input: VerifyChecksumsInput): Promise<ChecksumReport> {
  const { logger, setting } = input;
  const targets = input.modules.filter((m) => effectiveModule(m) !== undefined);
  const extraGoSumLines = extraLines(input.goSum, input.modules);
  if (setting.off) {
    const message =
      'GOSUMDB=off: go.sum is NOT checked against any checksum database; a tampered go.sum or proxy goes unnoticed. Set the `sumdb` input (default sum.golang.org) to turn verification back on.';
    logger.warn(message);
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
      unchecked: targets.map((m) => `${m.path}@${m.version}`),
      extraGoSumLines,
      requests: { lookups: 0, tiles: 0, tilesFromDisk: 0, failed: 0 },
      findings: [{ kind: 'config', severity: 'warning', area: 'checksum', message }],
    };
  }

  const client = input.client ?? (createChecksumClient(input) as SumdbClient);
  const lines = indexGoSum(input.goSum);
  const plans = input.modules.map((m) => planModule(m, input, lines));
  const asks = plans.flatMap((p) => (p.kind === 'ask' ? [p.ask] : []));
  const findings: Finding[] = [];
  let outcomes: (Outcome | undefined)[];
  let refreshError: string | undefined;
  let refreshTried = false;
  let forked = false;
  let tamperedState = false;
  const refresh = async (): Promise<void> => {
    refreshTried = true;
    try {
      await client.refreshLatest();
    } catch (error) {
      if (!(error instanceof SecurityError)) refreshError = (error as Error).message;
      else {
        // A fork (or a bad note) from the database: stored proofs are worth nothing now.
        forked = true;
        findings.push(tamperedStateFinding(error));
      }
    }
  };
  try {
    if (asks.length > 0) await client.init();
    // Warm run: every line has a stored record; one `/latest` (while they are proven) says
    // whether the tree moved. Not when lookups ahead of this (prefetchRecords) were already
    // answered with a signed tree: it is fresh, and their records are only just stored.
    const warm =
      asks.length > 0 &&
      !client.refreshed &&
      (await Promise.all(asks.map((a) => client.hasStoredRecord(a.target.path, a.target.version)))).every(
        Boolean,
      );
    const refreshing = warm ? refresh() : undefined;
    const limiter = new Limiter(input.concurrency ?? 16);
    outcomes = await Promise.all(
      plans.map((p) => (p.kind === 'ask' ? limiter.run(() => lookUp(p.ask, client)) : undefined)),
    );
    await refreshing;
  } catch (error) {
    if (!(error instanceof SecurityError)) throw error;
    // The remembered tree does not verify: nothing is trusted, nothing is asked.
    tamperedState = true;
    findings.push(tamperedStateFinding(error));
    outcomes = plans.map((p) =>
      p.kind === 'ask'
        ? { kind: 'failed', result: { ...p.ask.base, status: 'unchecked' }, error }
        : undefined,
    );
  }
  const unavailableSeen = outcomes.some((o) => o?.kind === 'failed' && !isTyped(o.error));
  const fromDisk = outcomes.some((o) => o?.kind === 'record' && o.record.fromDisk);
  if (fromDisk && !client.refreshed && !unavailableSeen && !refreshTried) await refresh();
  if (client.refreshed) await client.proveAgainstLatest();

  const results: ModuleChecksum[] = [];
  const privateModules: string[] = [];
  const unchecked: string[] = [];
  const noRecord: string[] = [];
  const security: { module: ModuleChecksum; error: unknown }[] = [];
  const unavailable: { module: ModuleChecksum; error: unknown }[] = [];
  const missing: ModuleChecksum[] = [];
  for (const [i, plan] of plans.entries()) {
    const m = input.modules[i];
    const outcome = outcomes[i];
    let result: ModuleChecksum;
    if (plan.kind === 'private') {
      privateModules.push(`${m.path}@${m.version}`);
      result = { path: m.path, version: m.version, status: 'private' };
    } else if (plan.kind === 'not-applicable') {
      result = { path: m.path, version: m.version, status: 'not-applicable' };
    } else if (plan.kind === 'missing') {
      result = plan.result;
    } else if (outcome?.kind === 'record' && forked && outcome.record.fromDisk) {
      result = {
        ...outcome.ask.base,
        status: 'unchecked',
        detail: 'the database forked from its stored proof',
      };
      unchecked.push(`${m.path}@${m.version}`);
    } else if (outcome?.kind === 'record') {
      result = compareRecord(outcome.ask, outcome.record, client.refreshed);
    } else {
      result = (outcome as Exclude<Outcome, { kind: 'record' }>).result;
    }
    results.push(result);
    if (result.status === 'mismatch' && outcome?.kind === 'record')
      findings.push(...mismatchFindings(result, client.name));
    if (result.status === 'missing-from-go-sum') missing.push(result);
    if (outcome?.kind !== 'failed' || tamperedState) {
      if (outcome?.kind === 'failed') unchecked.push(`${m.path}@${m.version}`);
      continue;
    }
    if (outcome.error instanceof SecurityError) security.push({ module: result, error: outcome.error });
    else if (outcome.error instanceof SumdbNotFoundError) {
      noRecord.push(`${m.path}@${m.version}`);
      findings.push(noRecordFinding(result, client.name, input.noRecord ?? 'warn'));
    } else {
      unchecked.push(`${m.path}@${m.version}`);
      unavailable.push({ module: result, error: outcome.error });
    }
  }
  findings.push(...securityFindings(security));
  // Targeted: the database answered other lookups (or the tree) this run.
  const answered = client.refreshed || noRecord.length > 0;
  findings.push(...unavailableFindings(unavailable, answered, input.unavailable));
  const offline = results.filter((r) => r.status === 'verified-offline').length;
  if (offline > 0)
    findings.push(
      offlineFinding({
        dbName: client.name,
        count: offline,
        tree: client.latest.n,
        confirmedAt: await client.latestConfirmedAt(),
        reason: refreshError ?? describeFirst(unavailable),
      }),
    );
  if (missing.length > 0) findings.push(missingFinding(missing));

  const verified = results.filter((r) => r.status === 'verified' || r.status === 'verified-offline').length;
  const mismatched = results.filter((r) => r.status === 'mismatch').length;
  const checkable = targets.length - privateModules.length;
  const tree =
    client.latest.n > 0
      ? { size: client.latest.n, hash: client.latest.hash.toString('base64'), refreshed: client.refreshed }
      : undefined;
  const c = client.counts;
  logger.info(
    `${client.name}: verified ${verified} of ${checkable} modules` +
      (offline ? ` (${offline} offline, tree not refreshed)` : '') +
      (mismatched ? `, ${mismatched} MISMATCHED` : '') +
      (noRecord.length ? `, ${noRecord.length} without a record` : '') +
      (unchecked.length ? `, ${unchecked.length} unchecked` : '') +
      (privateModules.length ? `, ${privateModules.length} private (never looked up)` : '') +
      (tree ? `; tree ${tree.size} ${tree.hash}` : '') +
      `; ${c.lookups} lookups (${c.lookupsFromDisk} from stored proofs), ${c.tiles} tiles fetched, ${c.tilesFromDisk} from cache, ${c.sent} requests`,
  );
  if (extraGoSumLines.length > 0)
    logger.info(
      `${extraGoSumLines.length} go.sum lines are for module versions not in the build list (not checked)`,
    );

  return {
    enabled: true,
    database: { name: client.name, url: client.redactedBase ?? '' },
    tree,
    modules: results,
    verified,
    verifiedOffline: offline,
    noRecord,
    checkable,
    mismatched,
    privateModules,
    unchecked,
    extraGoSumLines,
    requests: {
      lookups: c.lookups,
      lookupsFromDisk: c.lookupsFromDisk,
      tiles: c.tiles,
      tilesFromDisk: c.tilesFromDisk,
      sent: c.sent,
      failed: c.failedRequests,
    },
    findings,
  };
}

/** Security and no-record failures are answers; anything else is the database out of reach. */
function isTyped(error: unknown): boolean {
  return error instanceof SecurityError || error instanceof SumdbNotFoundError;
}

function describeFirst(failures: readonly { error: unknown }[]): string | undefined {
  return failures.length > 0 ? (failures[0].error as Error).message : undefined;
}

function planModule(
  m: BuildListModule,
  input: VerifyChecksumsInput,
  lines: ReadonlyMap<string, GoSumLine[]>,
): Plan {
  const target = effectiveModule(m);
  if (!target) return { kind: 'not-applicable' };
  // cmd/go/internal/modfetch/sumdb.go useSumDB: GONOSUMDB is matched against the module path.
  if (matchPrefixPatterns(input.noSumDb, target.path)) return { kind: 'private' };
  const checkedAs = target.path !== m.path || target.version !== m.version ? target : undefined;
  const zipLines = lines.get(`${target.path} ${target.version}`) ?? [];
  const goModLines = lines.get(`${target.path} ${target.version}/go.mod`) ?? [];
  const base = { path: m.path, version: m.version, ...(checkedAs ? { checkedAs } : {}) };
  if (zipLines.length === 0 && goModLines.length === 0)
    return {
      kind: 'missing',
      result: { ...base, status: 'missing-from-go-sum', detail: 'go.sum has no line for it' },
    };
  return { kind: 'ask', ask: { base, target, zipLines, goModLines } };
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
    return { kind: 'failed', error, result: { ...ask.base, status, detail: (error as Error).message } };
  }
}

function compareRecord(ask: Ask, record: SumdbRecord, fresh: boolean): ModuleChecksum {
  const { target } = ask;
  const dbHash = (version: string): string | undefined =>
    record.lines.find((l) => l.startsWith(`${target.path} ${version} h1:`))?.split(' ')[2];
  const zip = compare(ask.zipLines, dbHash(target.version));
  const goMod = compare(ask.goModLines, dbHash(`${target.version}/go.mod`));
  const proven = record.fromDisk && !fresh ? 'verified-offline' : 'verified';
  const status =
    !zip.ok || !goMod.ok ? 'mismatch' : ask.goModLines.length === 0 ? 'missing-from-go-sum' : proven;
  return { ...ask.base, status, zip: zip.check, goMod: goMod.check };
}

/** go.sum's h1 lines by `<path> <version>[/go.mod]`: looked up once per module, not scanned. */
function indexGoSum(goSum: readonly GoSumLine[]): Map<string, GoSumLine[]> {
  const byVersion = new Map<string, GoSumLine[]>();
  for (const line of goSum) {
    if (!line.hash.startsWith('h1:')) continue;
    const key = `${line.path} ${line.version}`;
    const same = byVersion.get(key);
    if (same) same.push(line);
    else byVersion.set(key, [line]);
  }
  return byVersion;
}

/** Every go.sum line for the version must equal the database's; no line is not a mismatch. */
function compare(
  lines: readonly GoSumLine[],
  database: string | undefined,
): { ok: boolean; check?: LineCheck } {
  if (lines.length === 0) return { ok: true, check: database ? { database, ok: true } : undefined };
  const bad = lines.find((l) => l.hash !== database);
  const shown = bad ?? lines[0];
  const ok = bad === undefined;
  return { ok, check: { goSum: shown.hash, file: shown.file, line: shown.line, database, ok } };
}

function extraLines(
  goSum: readonly GoSumLine[],
  modules: readonly BuildListModule[],
): ChecksumReport['extraGoSumLines'] {
  const wanted = new Set<string>();
  for (const m of modules) {
    const target = effectiveModule(m);
    if (target) wanted.add(`${target.path}@${target.version}`);
  }
  return goSum
    .filter((l) => !wanted.has(`${l.path}@${l.version.replace(/\/go\.mod$/, '')}`))
    .map((l) => ({ path: l.path, version: l.version, file: l.file, line: l.line }));
}
