import { pullRequestDiff, type DiffOutcome } from '../diff/diff-step.js';
import type { LicenseReport } from '../licenses/license-report.js';
import type { BuildList } from './build-list.js';
import type { GoEnvironment } from './environment.js';
import type { RunContext } from './run-context.js';

/** The pull request's diff: after licenses, before the report; `gate` is applied there. */
export function diffStep(
  ctx: RunContext,
  env: GoEnvironment,
  childEnv: NodeJS.ProcessEnv,
  buildList: BuildList,
  licenses: LicenseReport,
): Promise<DiffOutcome> {
  const { config, io } = ctx;
  return pullRequestDiff({
    config,
    cwd: ctx.cwd,
    env: io.env,
    childEnv,
    runGo: io.runGo,
    logger: io.logger,
    goSumFiles: env.project.goSumCandidates,
    modules: buildList.modules,
    licenses,
  });
}
