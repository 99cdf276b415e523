import { formatDuration } from '../config/duration.js';
import { InfrastructureError } from '../errors.js';
import { effectiveModule, type BuildListModule } from '../go/build-list.js';
import type { DownloadOutcome } from '../go/download.js';
import type { Primed } from './prime.js';
import { listBuildList, listImportedModules } from '../go/list.js';
import type { Route } from '../report/model.js';
import type { RelayPlan } from './relay.js';
import { routeFor } from './routes.js';
import type { RunContext } from './run-context.js';

/** The build list, what a build imports, and the route each module came by. */
export interface BuildList {
  readonly modules: readonly BuildListModule[];
  /** Modules that provide packages to `go list -deps -test ./...`. */
  readonly imported: ReadonlySet<string>;
  /** `path@version` → how its files arrived. */
  readonly routes: ReadonlyMap<string, Route>;
}

/**
 * `go list -mod=readonly -m -json all`, then `go list -deps -test ./...`: only these decide
 * whether go.sum really lacks lines (they fail, naming them).
 */
export async function buildListStep(
  ctx: RunContext,
  childEnv: NodeJS.ProcessEnv,
  primed: Primed,
  inCacheBefore: ReadonlySet<string>,
  plan: RelayPlan,
): Promise<BuildList> {
  const { io, config } = ctx;
  const download = primed.download;
  if (download.timedOut)
    throw new InfrastructureError(
      `the run's timeout (${formatDuration(config.timeoutMs)}) was reached while priming: the build list, checksums and licenses were not checked`,
    );
  return io.logger.group('Build list (go list -m -json all)', async () => {
    const goRun = { cwd: ctx.cwd, env: childEnv, timeoutMs: config.timeoutMs }; // capped by the run's deadline
    // What a build loads: fails, naming the module, when go.sum lacks a line the build needs.
    // Without priming, it goes first: it extracts what a build loads, so the build list has its Dir.
    const importedFirst = primed.skipped ? await listImportedModules(io.runGo, goRun) : undefined;
    const modules = withDownloadedDirs(await listBuildList(io.runGo, goRun), download);
    const imported = importedFirst ?? (await listImportedModules(io.runGo, goRun));
    io.logger.info(
      `${modules.length} modules in the build list, ${imported.size} of them provide imported packages`,
    );
    const relay = plan.relay;
    const routes = new Map(
      modules.flatMap((m) => {
        const route = routeFor(m, inCacheBefore, (p, v) => relay?.routeOf(p, v));
        return route ? [[`${m.path}@${m.version}`, route] as const] : [];
      }),
    );
    return { modules, imported, routes };
  });
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
