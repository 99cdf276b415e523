import type { Config } from '../src/config/config.js';
import { parseConfig } from '../src/config/config.js';
import type { RawInputs } from '../src/config/inputs.js';
import { readRunnerFacts } from '../src/config/runner-facts.js';
import { spawnGo } from '../src/go/go-command.js';
import { MemoryLogger } from '../src/logger.js';
import { runPipeline, type PipelineIO } from '../src/pipeline.js';
import type { Report } from '../src/report/model.js';
import { Redactor } from '../src/report/redact.js';
import type { GoSandbox } from './go-sandbox.js';

/** Runs the real pipeline (real `go`) in a sandbox's environment, as the edges would. */
export async function runPipelineIn(
  sandbox: GoSandbox,
  project: string,
  inputs: RawInputs = {},
  env: Record<string, string> = {},
  /** Seams to replace (a recording GoRunner, a fake clock, a cancellation signal). */
  io: Partial<PipelineIO> = {},
): Promise<{ report: Report; config: Config; logger: MemoryLogger; goModCache: string | undefined }> {
  const config = parseConfig(
    { 'working-directory': project, 'report-file': `${sandbox.root}/report.json`, ...inputs },
    { onGitHub: false, tempDir: sandbox.root, homeDir: sandbox.env.HOME as string },
  );
  const logger = new MemoryLogger();
  const jobEnv = { ...sandbox.env, ...env };
  const { report, goModCache } = await runPipeline(config, {
    runGo: spawnGo,
    env: jobEnv,
    // As an edge reads them: the event, the base ref and the temp dir come from the job's env.
    runner: await readRunnerFacts(jobEnv),
    logger,
    redactor: new Redactor(),
    now: Date.now,
    ...io,
  });
  return { report, config, logger, goModCache };
}
