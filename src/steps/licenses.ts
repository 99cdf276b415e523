import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/config.js';
import type { BuildListModule } from '../go/build-list.js';
import type { GoProject } from '../go/project.js';
import { evaluateLicenses } from '../licenses/evaluate.js';
import type { LicenseReport } from '../licenses/license-report.js';
import { licensePolicyFromConfig } from '../licenses/policy.js';
import type { Logger } from '../logger.js';
import type { BuildList } from './build-list.js';
import type { GoEnvironment } from './environment.js';
import type { RunContext } from './run-context.js';

/** The license step, in its log group. */
export async function licenseStep(
  ctx: RunContext,
  env: GoEnvironment,
  buildList: BuildList,
): Promise<LicenseReport> {
  const { config, io } = ctx;
  return io.logger.group('Licenses', () =>
    checkLicenses({
      config,
      project: env.project,
      modules: buildList.modules,
      imported: buildList.imported,
      workspaceRoot: io.env.GITHUB_WORKSPACE || env.project.dir,
      logger: io.logger,
      modCache: env.settings.goModCache,
    }),
  );
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
  /** Modules that provide packages to `go list -deps -test ./...`. */
  imported: ReadonlySet<string>;
  workspaceRoot: string;
  logger: Logger;
  /** GOMODCACHE, to read modules that were downloaded but not extracted from their zips. */
  modCache?: string;
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
  const report = await evaluateLicenses(input.modules, licensePolicyFromConfig(config), {
    mainGoMod,
    inScope,
    modCache: input.modCache,
  });
  const denied = report.modules.filter((m) => m.verdict === 'denied').length;
  const unknown = report.modules.filter((m) => m.verdict === 'unknown').length;
  input.logger.info(
    report.gating
      ? `${report.modules.length} modules: ${denied} not allowed, ${unknown} unknown${inScope ? ` (scope: ${inScope.size} imported modules)` : ''}`
      : `${report.modules.length} modules: licenses reported, not gated (set license-allow or license-deny to gate them)`,
  );
  return report;
}
