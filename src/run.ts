import { parseConfig, runContextFromEnv, type Config } from './config/config.js';
import type { RawInputs } from './config/inputs.js';
import { spawnGo } from './go/go-command.js';
import type { Logger } from './logger.js';
import { runPipeline } from './pipeline.js';
import { writeJsonReport } from './report/json-report.js';
import type { Report } from './report/model.js';
import { Redactor, registerUrlSecrets } from './report/redact.js';

export interface RunResult {
  readonly config: Config;
  readonly report: Report;
  readonly redactor: Redactor;
}

/**
 * What main.ts and cli.ts share: parse the inputs (a ConfigError escapes before anything runs),
 * run the pipeline with the real `go`, write the JSON report. The edges render the rest.
 */
export async function runWarden(
  raw: RawInputs,
  env: NodeJS.ProcessEnv,
  logger: Logger,
  onSecret?: (secret: string) => void,
): Promise<RunResult> {
  const config = parseConfig(raw, runContextFromEnv(env));
  const redactor = new Redactor(onSecret);
  registerUrlSecrets(redactor, [
    ...(config.proxy ?? []).flatMap((spec) => (spec.kind === 'url' ? [spec.url] : [])),
    ...(env.GOPROXY ?? '').split(/[,|]/),
  ]);
  const report = await runPipeline(config, {
    runGo: spawnGo,
    env,
    logger,
    redactor,
    now: Date.now,
    fetch: globalThis.fetch,
  });
  await writeJsonReport(config.reportFile, report);
  return { config, report, redactor };
}
