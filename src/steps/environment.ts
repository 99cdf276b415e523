import { readGoEnv, type GoEnv } from '../go/go-env.js';
import { checkGoVersionNeed } from '../go/go-version-need.js';
import { detectProject, type GoProject } from '../go/project.js';
import { resolveSettings, type GoSettings } from '../go/settings.js';
import type { StepContext } from './step-context.js';

/** The Go environment a run works in. */
export interface GoEnvironment {
  readonly goEnv: GoEnv;
  readonly settings: GoSettings;
  readonly project: GoProject;
}

/** `go env` with Go's defaults applied, the settings resolved against the inputs, the project found. */
export async function environmentStep(ctx: StepContext): Promise<GoEnvironment> {
  const { io, config, cwd } = ctx;
  return io.logger.group('Go environment', async () => {
    const goEnv = await readGoEnv(io.runGo, cwd, io.env);
    const settings = resolveSettings(config, goEnv);
    const project = await detectProject(cwd, goEnv);
    // Exit 2 with the fix, before every `go` command fails on the same `go` line (exit 3).
    await checkGoVersionNeed(
      [...(project.goWork ? [project.goWork] : []), ...project.goModFiles],
      goEnv,
      cwd,
    );
    io.logger.info(
      `${goEnv.GOVERSION} ${goEnv.GOOS}/${goEnv.GOARCH}, ${project.mode} mode${project.vendor ? ', vendor/ present (using -mod=readonly)' : ''}`,
    );
    return { goEnv, settings, project };
  });
}
