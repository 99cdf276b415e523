import fs from 'node:fs/promises';
import { formatDuration } from '../config/duration.js';
import { InfrastructureError } from '../errors.js';
import { effectiveModule, type BuildListModule } from '../go/build-list.js';
import type { DownloadOutcome } from '../go/download.js';
import { goSumMayLackZipLine } from '../go/go-mod-zip-lines.js';
import type { GoSumLine } from '../go/go-sum.js';
import type { Primed } from './prime.js';
import { listBuildList, listImportedModules } from '../go/list.js';
import { mainPackagePatterns, type GoProject } from '../go/project.js';
import type { Arrival } from '../report/model.js';
import type { RelayPlan } from './relay.js';
import { arrivalOf } from './arrival.js';
import type { StepContext } from './step-context.js';
import type { GoEnvironment } from './environment.js';
import { buildListKey, storedBuildList } from '../cache/run-memo.js';

/** The build list, what a build imports, and the route each module came by. */
export interface BuildList {
  readonly modules: readonly BuildListModule[];
  /**
   * Modules that provide packages to `go list -deps -test ./...`; undefined on an exact hit
   * when license-scope is build-list (nothing then needs it, and loading packages extracts trees).
   */
  readonly imported: ReadonlySet<string> | undefined;
  /** `path@version` → how its files arrived. */
  readonly arrivals: ReadonlyMap<string, Arrival>;
  /** The stored build list was reused (exact hit, same go.mod, go.sum and Go version): no `go list -m`. */
  readonly reused?: boolean;
  /** What the build list is stored under for the next run (run-memo.ts buildListKey). */
  readonly memoKey?: string;
}

/**
 * `go list -mod=readonly -m -json all`, then `go list -deps -test ./...`: only these decide
 * whether go.sum really lacks lines (they fail, naming them). The packages are loaded (seconds on
 * a large project) for license-scope: imports, and on a cold run when go.sum may lack a zip line
 * the build needs (go-mod-zip-lines.ts: a module go.mod lists has none, or go.mod predates graph
 * pruning). On an exact hit they are loaded only for license-scope: imports: loading them makes go
 * extract every imported module's tree, which is the build's job (as after setup-go's restore),
 * and the licenses are read from the zips. go.sum's go.mod lines are still checked by the build
 * list itself.
 */
export async function buildListStep(
  ctx: StepContext,
  childEnv: NodeJS.ProcessEnv,
  primed: Primed,
  inCacheBefore: ReadonlySet<string>,
  plan: RelayPlan,
  /** The Go environment, to key the stored build list; without it `go list -m` always runs. */
  env?: GoEnvironment,
  /** go.sum as committed: without it a cold run always loads the packages. */
  goSum?: readonly GoSumLine[],
): Promise<BuildList> {
  const { io, config } = ctx;
  const download = primed.download;
  if (download.timedOut)
    throw new InfrastructureError(
      `the run's timeout (${formatDuration(config.timeoutMs)}) was reached while priming: the build list, checksums and licenses were not checked`,
    );
  return io.logger.group('Build list (go list -m -json all)', async () => {
    const goRun = { cwd: ctx.cwd, env: childEnv, timeoutMs: config.timeoutMs }; // capped by the run's deadline
    const patterns = env ? mainPackagePatterns(env.project, ctx.cwd) : undefined;
    const gomodcache = env?.settings.goModCache;
    const memoKey =
      env && gomodcache && config.cache && io.cache
        ? await buildListKey(env.project, env.goEnv, gomodcache)
        : undefined;
    // An exact hit with go.mod, go.sum and the Go version unchanged: the list is the one stored.
    const stored =
      primed.skipped && memoKey && gomodcache ? await storedBuildList(gomodcache, memoKey) : undefined;
    if (stored)
      io.logger.info(
        'Build list reused from the cache entry (go.mod, go.sum and the Go version are unchanged)',
      );
    const modules = stored ?? withDownloadedDirs(await listBuildList(io.runGo, goRun), download);
    // What a build loads: fails, naming the module, when go.sum lacks a line the build needs.
    const load =
      config.licenseScope === 'imports' ||
      (!primed.skipped && (await mayLackZipLine(env?.project, modules, goSum)));
    const imported = load ? await listImportedModules(io.runGo, { ...goRun, patterns }) : undefined;
    io.logger.info(
      imported
        ? `${modules.length} modules in the build list, ${imported.size} of them provide imported packages`
        : primed.skipped
          ? `${modules.length} modules in the build list (exact hit: packages not loaded, so no module tree was extracted; go build extracts what it uses)`
          : `${modules.length} modules in the build list (packages not loaded: go.sum holds the zip line of every module go.mod lists, and license-scope is not imports)`,
    );
    const relay = plan.relay;
    const arrivals = new Map(
      modules.flatMap((m) => {
        const arrival = arrivalOf(m, inCacheBefore, (p, v) => relay?.routeOf(p, v));
        return arrival ? [[`${m.path}@${m.version}`, arrival] as const] : [];
      }),
    );
    return { modules, imported, arrivals, reused: stored !== undefined, memoKey };
  });
}

/** A workspace, or a project seen without its go.sum, is not judged: its packages are loaded. */
async function mayLackZipLine(
  project: GoProject | undefined,
  modules: readonly BuildListModule[],
  goSum: readonly GoSumLine[] | undefined,
): Promise<boolean> {
  if (!project || project.mode !== 'module' || !goSum || project.goModFiles.length !== 1) return true;
  return goSumMayLackZipLine(await fs.readFile(project.goModFiles[0], 'utf8'), modules, goSum);
}

/**
 * `go list -mod=readonly` leaves Dir empty for a module whose zip line go.sum does not hold (a
 * graph-only module); `go mod download` extracted it all the same, and its license is there.
 */
function withDownloadedDirs(modules: BuildListModule[], download: DownloadOutcome): BuildListModule[] {
  const dirOf = new Map(download.modules.map((d) => [`${d.Path}@${d.Version}`, d.Dir]));
  return modules.map((m) => {
    const fetched = effectiveModule(m);
    const dir = fetched && dirOf.get(`${fetched.path}@${fetched.version}`);
    return m.dir === undefined && dir ? { ...m, dir } : m;
  });
}
