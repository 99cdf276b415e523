import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/config.js';
import type { BuildListModule } from '../go/build-list.js';
import type { GoProject } from '../go/project.js';
import { evaluateLicenses, type EvaluateLicensesOptions } from '../licenses/evaluate.js';
import type { LicenseReport } from '../licenses/license-report.js';
import { licensePolicyFromConfig } from '../config/license-policy.js';
import type { Logger } from '../logger.js';
import type { Finding } from '../findings.js';
import type { GoRunner } from '../go/go-command.js';
import { annotationFor, readModGraph } from '../go/require-lines.js';
import type { BuildList } from './build-list.js';
import type { GoEnvironment } from './environment.js';
import type { RunContext } from './run-context.js';

/** The license step, in its log group. */
export async function licenseStep(
  ctx: RunContext,
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
      workspaceRoot: io.env.GITHUB_WORKSPACE || env.project.dir,
      logger: io.logger,
      modCache: env.settings.goModCache,
      modGraph: { runGo: io.runGo, cwd: ctx.cwd, env: childEnv, timeoutMs: config.timeoutMs },
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
 * Identifies and gates every module's license. With `license-scope: imports` only modules that
 * provide packages to `go list -deps -test ./...` are gated (what go-licenses users expect).
 * Annotations name go.mod relative to the workspace, as GitHub wants them.
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
  reads?: EvaluateLicensesOptions['reads'];
}): Promise<LicenseReport> {
  const { config, project } = input;
  const inScope = config.licenseScope === 'imports' ? input.imported : undefined;
  const goModFile = project.mode === 'module' ? project.goModFiles[0] : undefined;
  const mainGoMod = goModFile
    ? {
        file: path.relative(input.workspaceRoot, goModFile) || 'go.mod',
        text: await fs.readFile(goModFile, 'utf8'),
      }
    : undefined;
  const evaluated = await evaluateLicenses(input.modules, licensePolicyFromConfig(config), {
    mainGoMod,
    inScope,
    modCache: input.modCache,
    reads: input.reads,
  });
  const mainModule = input.modules.find((m) => m.main)?.path;
  const report =
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
  const denied = report.modules.filter((m) => m.verdict === 'denied').length;
  const unknown = report.modules.filter((m) => m.verdict === 'unknown').length;
  input.logger.info(
    report.gating
      ? `${report.modules.length} modules: ${denied} not allowed, ${unknown} unknown${inScope ? ` (scope: ${inScope.size} imported modules)` : ''}`
      : `${report.modules.length} modules: licenses reported, not gated (set license-allow or license-deny to gate them)`,
  );
  return report;
}
