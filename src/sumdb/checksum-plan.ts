import { SecurityError } from '../errors.js';
import type { Finding } from '../findings.js';
import { effectiveModule, type BuildListModule } from '../go/build-list.js';
import type { GoSumLine } from '../go/go-sum.js';
import { matchPrefixPatterns } from '../module/prefix-patterns.js';
import type { ChecksumReport, LineCheck, ModuleChecksum } from './checksum-report.js';
import type { SumdbRecord } from './client.js';
import { SumdbNotFoundError } from './sumdb-http.js';
import { moduleId } from '../module/module-path.js';

// The plain-value stages of verifyChecksums: plan (what go.sum says of each module), then, after
// the look-up, classify (each module's status and what kind of failure it had). No I/O here.

/** A module to look up: what go.sum says about it. */
export interface Ask {
  readonly base: Pick<ModuleChecksum, 'path' | 'version' | 'checkedAs'>;
  readonly target: { readonly path: string; readonly version: string };
  readonly zipLines: readonly GoSumLine[];
  readonly goModLines: readonly GoSumLine[];
}

export type Plan =
  | { kind: 'private' }
  | { kind: 'not-applicable' }
  | { kind: 'missing'; result: ModuleChecksum }
  | { kind: 'ask'; ask: Ask };

/** What the look-up of one Ask gave: the verified record, or the error (typed: see isAnswer). */
export type Outcome =
  | { kind: 'record'; ask: Ask; record: SumdbRecord }
  | { kind: 'failed'; result: ModuleChecksum; error: unknown };

/**
 * What this run learnt about the database's tree, apart from the records: one value in place of
 * flags set along the way.
 */
export interface TreeState {
  /** A `/latest` was asked this run. */
  refreshTried: boolean;
  /** Why that `/latest` failed, when it did for want of an answer. */
  refreshError?: string;
  /** The database forked from the stored proofs: a record proven from disk proves nothing now. */
  forked: boolean;
  /** The remembered tree itself does not verify: nothing was trusted, nothing asked. */
  tampered: boolean;
  /** The findings about the tree, in the order they arose. */
  readonly findings: Finding[];
}

export function newTreeState(): TreeState {
  return { refreshTried: false, forked: false, tampered: false, findings: [] };
}

type Failure = { module: ModuleChecksum; error: unknown };

/** Every module's status, and the lists the findings and the report are made of. */
export interface Classified {
  readonly results: ModuleChecksum[];
  readonly privateModules: string[];
  readonly unchecked: string[];
  readonly noRecord: string[];
  readonly security: Failure[];
  readonly unavailable: Failure[];
  readonly missing: ModuleChecksum[];
  /** Mismatches and versions without a record, in build-list order (one finding each). */
  readonly perModule: { kind: 'mismatch' | 'no-record'; module: ModuleChecksum }[];
}

const id = moduleId;

/** Security and no-record failures are answers; anything else is the database out of reach. */
export function isAnswer(error: unknown): boolean {
  return error instanceof SecurityError || error instanceof SumdbNotFoundError;
}

/** What to do for each module of the build list, from go.sum and GONOSUMDB. */
export function planChecksums(
  modules: readonly BuildListModule[],
  goSum: readonly GoSumLine[],
  noSumDb: readonly string[],
): Plan[] {
  const lines = indexGoSum(goSum);
  return modules.map((m) => planModule(m, noSumDb, lines));
}

function planModule(
  m: BuildListModule,
  noSumDb: readonly string[],
  lines: ReadonlyMap<string, GoSumLine[]>,
): Plan {
  const target = effectiveModule(m);
  if (!target) return { kind: 'not-applicable' };
  // cmd/go/internal/modfetch/sumdb.go useSumDB: GONOSUMDB is matched against the module path.
  if (matchPrefixPatterns(noSumDb, target.path)) return { kind: 'private' };
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

/** Each module's status from its plan and look-up outcome, sorted into the report's lists. */
export function classify(
  modules: readonly BuildListModule[],
  plans: readonly Plan[],
  outcomes: readonly (Outcome | undefined)[],
  tree: TreeState,
  fresh: boolean,
): Classified {
  const c: Classified = {
    results: [],
    privateModules: [],
    unchecked: [],
    noRecord: [],
    security: [],
    unavailable: [],
    missing: [],
    perModule: [],
  };
  for (const [i, plan] of plans.entries()) {
    const m = modules[i];
    const outcome = outcomes[i];
    const result = resultOf(m, plan, outcome, tree.forked, fresh);
    c.results.push(result);
    if (plan.kind === 'private') c.privateModules.push(id(m));
    // A record proven from disk in a tree the database has since forked from.
    if (outcome?.kind === 'record' && result.status === 'unchecked') c.unchecked.push(id(m));
    if (outcome?.kind === 'record' && result.status === 'mismatch')
      c.perModule.push({ kind: 'mismatch', module: result });
    if (result.status === 'missing-from-go-sum') c.missing.push(result);
    if (outcome?.kind !== 'failed') continue;
    if (tree.tampered) c.unchecked.push(id(m));
    else if (outcome.error instanceof SecurityError)
      c.security.push({ module: result, error: outcome.error });
    else if (outcome.error instanceof SumdbNotFoundError) {
      c.noRecord.push(id(m));
      c.perModule.push({ kind: 'no-record', module: result });
    } else {
      c.unchecked.push(id(m));
      c.unavailable.push({ module: result, error: outcome.error });
    }
  }
  return c;
}

function resultOf(
  m: BuildListModule,
  plan: Plan,
  outcome: Outcome | undefined,
  forked: boolean,
  fresh: boolean,
): ModuleChecksum {
  if (plan.kind === 'private') return { path: m.path, version: m.version, status: 'private' };
  if (plan.kind === 'not-applicable') return { path: m.path, version: m.version, status: 'not-applicable' };
  if (plan.kind === 'missing') return plan.result;
  if (outcome?.kind !== 'record') return (outcome as Extract<Outcome, { kind: 'failed' }>).result;
  if (forked && outcome.record.fromDisk)
    return { ...outcome.ask.base, status: 'unchecked', detail: 'the database forked from its stored proof' };
  return compareRecord(outcome.ask, outcome.record, fresh);
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

/** go.sum lines for module versions outside the build list (reported, not checked). */
export function extraLines(
  goSum: readonly GoSumLine[],
  modules: readonly BuildListModule[],
): ChecksumReport['extraGoSumLines'] {
  const wanted = new Set<string>();
  for (const m of modules) {
    const target = effectiveModule(m);
    if (target) wanted.add(id(target));
  }
  return goSum
    .filter((l) => !wanted.has(`${l.path}@${l.version.replace(/\/go\.mod$/, '')}`))
    .map((l) => ({ path: l.path, version: l.version, file: l.file, line: l.line }));
}
