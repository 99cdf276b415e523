import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/config.js';
import type { BuildListModule } from '../go/build-list.js';
import type { GoProject } from '../go/project.js';
import { evaluateLicenses, type EvaluateLicensesOptions } from '../licenses/evaluate.js';
import type { LicenseReport } from '../licenses/license-report.js';
import { licensePolicyFromConfig } from '../config/license-policy.js';
import { isGating } from '../licenses/policy.js';
import type { Logger } from '../logger.js';
import type { Finding } from '../findings.js';
import type { GoRunner } from '../go/go-command.js';
import { annotationFor, readModGraph } from '../go/require-lines.js';
import { listShippedModules, type ShippedModules } from '../go/list.js';
import { mainPackagePatterns } from '../go/project.js';
import { markNotCompiledIn } from '../licenses/license-findings.js';
import type { BuildList } from './build-list.js';
import type { GoEnvironment } from './environment.js';
import type { StepContext } from './step-context.js';

/** The license step, in its log group. */
export async function licenseStep(
  ctx: StepContext,
  env: GoEnvironment,
  buildList: BuildList,
  childEnv: NodeJS.ProcessEnv,
  /** License reads kept in the cache entry (src/cache/run-memo.ts), reused by zip h1. */
  reads?: EvaluateLicensesOptions['reads'],
): Promise<LicenseReport> {
  const { config, io } = ctx;
  return io.logger.group('Licenses', () =>
    checkLicenses({
      reads,
      config,
      project: env.project,
      modules: buildList.modules,
      imported: buildList.imported,
      workspaceRoot: io.runner.workspace || env.project.dir,
      logger: io.logger,
      modCache: env.settings.goModCache,
      modGraph: { runGo: io.runGo, cwd: ctx.cwd, env: childEnv, timeoutMs: config.timeoutMs },
      listShipped: () =>
        listShippedModules(io.runGo, {
          cwd: ctx.cwd,
          env: childEnv,
          timeoutMs: config.timeoutMs,
          patterns: mainPackagePatterns(env.project, ctx.cwd),
        }),
    }),
  );
}

/** How to run `go mod graph` for annotations of modules go.mod does not list. */
interface ModGraphRun {
  readonly runGo: GoRunner;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly timeoutMs: number;
}

/**
 * A finding about a module go.mod does not list points at the `require` line of the direct
 * requirement that brings it in, and says so ("required by X"), rather than at the module line.
 * `go mod graph` runs only when such a finding exists; if it fails, the findings stay as they were.
 */
async function annotateViaRequirer(
  findings: readonly Finding[],
  goMod: { file: string; text: string },
  mainModule: string,
  run: ModGraphRun,
  logger: Logger,
): Promise<Finding[]> {
  const listed = (f: Finding) => !f.module || annotationFor(f.module, goMod.text, undefined, mainModule);
  if (findings.every((f) => f.file !== goMod.file || listed(f))) return [...findings];
  let graph: Map<string, string[]>;
  try {
    graph = await readModGraph(run.runGo, { cwd: run.cwd, env: run.env, timeoutMs: run.timeoutMs });
  } catch (error) {
    logger.debug(`go mod graph failed; annotations stay on the module line: ${String(error)}`);
    return [...findings];
  }
  return findings.map((f) => {
    if (f.file !== goMod.file || !f.module || listed(f)) return f;
    const at = annotationFor(f.module, goMod.text, graph, mainModule);
    return at?.requiredBy
      ? { ...f, line: at.line, message: `${f.message} (required by ${at.requiredBy})` }
      : f;
  });
}

/**
 * Identifies every module's license and gates those in the scope: `shipped` (default) the modules
 * compiled into the main packages on the common targets (go-licenses', FOSSA's and Snyk's view:
 * what a binary distributes), `imports` those providing packages to `go list -deps -test ./...`
 * here, `build-list` all. A module outside the scope whose license would fail is reported as a
 * warning, not gated. Annotations name go.mod relative to the workspace, as GitHub wants them.
 */
export async function checkLicenses(input: {
  config: Config;
  project: GoProject;
  modules: readonly BuildListModule[];
  /** Modules that provide packages to `go list -deps -test ./...` (needed for license-scope: imports). */
  imported: ReadonlySet<string> | undefined;
  workspaceRoot: string;
  logger: Logger;
  /** GOMODCACHE, to read modules that were downloaded but not extracted from their zips. */
  modCache?: string;
  /** Runs `go mod graph` to annotate modules go.mod does not list; absent = the module line. */
  modGraph?: ModGraphRun;
  /** Lists the modules compiled in on the common targets; absent = `shipped` gates everything. */
  listShipped?: () => Promise<ShippedModules>;
  reads?: EvaluateLicensesOptions['reads'];
}): Promise<LicenseReport> {
  const { config, project } = input;
  const policy = licensePolicyFromConfig(config);
  // Without license-allow or license-deny nothing is gated, so no scope is listed: on a warm run
  // the six go list -deps calls would extract the trees of every compiled-in module for nothing.
  const shipped =
    config.licenseScope === 'shipped' && isGating(policy) ? await shippedScope(input) : undefined;
  const inScope = config.licenseScope === 'imports' ? input.imported : shipped;
  const scopeName = config.licenseScope === 'build-list' ? undefined : config.licenseScope;
  const goModFile = project.mode === 'module' ? project.goModFiles[0] : undefined;
  const mainGoMod = goModFile
    ? {
        file: path.relative(input.workspaceRoot, goModFile) || 'go.mod',
        text: await fs.readFile(goModFile, 'utf8'),
      }
    : undefined;
  const evaluated = await evaluateLicenses(input.modules, policy, {
    mainGoMod,
    inScope,
    scopeName,
    modCache: input.modCache,
    reads: input.reads,
  });
  const mainModule = input.modules.find((m) => m.main)?.path;
  const report0 =
    mainGoMod && mainModule && input.modGraph
      ? {
          ...evaluated,
          findings: await annotateViaRequirer(
            evaluated.findings,
            mainGoMod,
            mainModule,
            input.modGraph,
            input.logger,
          ),
        }
      : evaluated;
  const report = config.licenseScope === 'build-list' ? await withCompiledIn(report0, input) : report0;
  const denied = report.modules.filter((m) => m.verdict === 'denied').length;
  const unknown = report.modules.filter((m) => m.verdict === 'unknown').length;
  input.logger.info(
    report.gating
      ? `${report.modules.length} modules: ${denied} not allowed, ${unknown} unknown${inScope ? ` (license-scope: ${scopeName}: ${inScope.size} modules compiled in, the rest reported, not gated)` : ''}`
      : `${report.modules.length} modules: licenses reported, not gated (set license-allow or license-deny to gate them)`,
  );
  return report;
}

/**
 * The `shipped` scope: one `go list -deps` per common target. If go cannot list them, every
 * module is gated (as `build-list`): a failure never lets a license through.
 */
async function shippedScope(input: {
  listShipped?: () => Promise<ShippedModules>;
  logger: Logger;
}): Promise<ReadonlySet<string> | undefined> {
  if (input.listShipped === undefined) return undefined;
  const started = performance.now();
  try {
    const shipped = await input.listShipped();
    input.logger.info(
      `license-scope: shipped: ${shipped.modules.size} modules compiled in on ${shipped.calls} targets (${shipped.calls} go list -deps calls, ${Math.round(performance.now() - started)} ms)`,
    );
    return shipped.modules;
  } catch (error) {
    input.logger.warn(
      `license-scope: shipped: could not list the packages compiled in (${(error as Error).message}); every module of the build list is gated`,
    );
    return undefined;
  }
}

/** Under `build-list`, marks the failing modules no target compiles in (lists them only then). */
async function withCompiledIn(
  report: LicenseReport,
  input: { listShipped?: () => Promise<ShippedModules>; logger: Logger },
): Promise<LicenseReport> {
  const failing = report.modules.some((m) => !m.main && (m.verdict === 'denied' || m.verdict === 'unknown'));
  if (!failing || input.listShipped === undefined) return report;
  try {
    return markNotCompiledIn(report, (await input.listShipped()).modules);
  } catch (error) {
    input.logger.debug(`go list -deps per target failed; violations not marked: ${(error as Error).message}`);
    return report;
  }
}
