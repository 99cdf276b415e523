import { pullRequestDiff, type DiffOutcome } from '../diff/diff-step.js';
import type { LicenseReport } from '../licenses/license-report.js';
import type { BuildList } from './build-list.js';
import type { GoEnvironment } from './environment.js';
import type { StepContext } from './step-context.js';

/** The pull request's diff: after licenses, before the report; `gate` is applied there. */
export function diffStep(
  ctx: StepContext,
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
    job: { eventName: io.runner.event?.name, baseSha: io.runner.event?.baseSha, baseRef: io.runner.baseRef },
    childEnv,
    runGo: io.runGo,
    logger: io.logger,
    goSumFiles: env.project.goSumCandidates,
    modules: buildList.modules,
    licenses,
  });
}
