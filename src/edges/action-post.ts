import * as core from '@actions/core';
import { saveCacheEntry } from '../cache/entry.js';
import { LocalBackend } from '../cache/local-backend.js';
import type { CacheBackend } from '../cache/backend.js';
import { parseS3Location } from '../cache/s3-location.js';
import { parseDuration } from '../config/duration.js';
import { readRunnerFacts } from '../config/runner-facts.js';
import { Deadline } from '../deadline.js';
import { describeError } from '../errors.js';
import type { Logger } from '../logger.js';
import { escapeSummaryText } from '../report/escape.js';
import { renderCacheSaveLine } from '../report/sections/cache-section.js';

const logger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
  error: (m) => core.warning(m),
  group: (title, fn) => core.group(title, fn),
};

/**
 * A post step only ever warns (as actions/cache's save step: `process.on('uncaughtException',
 * e => logWarning(e.message))`): an error thrown anywhere, even outside the awaited chain, is a
 * warning, and the step ends 0.
 */
export function guardPostStep(): void {
  const warn = (what: string) => (error: unknown) => {
    core.warning(`Cache save failed (${what}): ${describeError(error)}`);
    process.exitCode = 0;
  };
  process.on('uncaughtException', warn('uncaught error'));
  process.on('unhandledRejection', warn('unhandled rejection'));
}

/**
 * The post step gets the main step's inputs: the s3 backend is built from them again. Its SDK is
 * loaded only here, as @actions/cache is only for the actions backend.
 */
async function s3BackendFromInputs(): Promise<CacheBackend> {
  const style = core.getInput('cache-s3-path-style');
  const location = parseS3Location(
    'cache-url',
    core.getInput('cache-url'),
    style === 'true' || style === 'false' ? style : 'auto',
    process.env,
  );
  const { S3Backend } = await import('../cache/s3-backend.js');
  return new S3Backend(location, { heal: core.getInput('cache-heal') === 'true' });
}

/** The post step is a step of its own: its cache-service calls get the `timeout` input afresh. */
function postDeadline(): Deadline | undefined {
  try {
    return new Deadline(parseDuration('timeout', core.getInput('timeout') || '10m'), Date.now);
  } catch {
    return undefined; // The main step refused a bad value already.
  }
}

/**
 * The post step: saves the proven files the main step listed (the module cache is only read),
 * when the main step primed, the run did not fail and the key missed or its entry was bad. It
 * only ever warns: a failed save never fails a job whose checks passed, and never damages a good
 * entry.
 */
export async function run(): Promise<void> {
  guardPostStep();
  try {
    // The job's facts (the event decides whether a pull request may save), read here once.
    const runner = await readRunnerFacts(process.env);
    const save = await saveCacheEntry({
      getState: (name) => core.getState(name),
      backendFor: (state) =>
        state.backend === 's3'
          ? s3BackendFromInputs()
          : state.backend === 'local'
            ? new LocalBackend(state.localDir ?? '')
            : import('../cache/actions-backend.js').then(
                (m) => new m.ActionsBackend(process.env, Date.now, postDeadline(), runner.workspace),
              ),
      event: runner.event,
      logger,
      now: Date.now,
    });
    if (!save) {
      core.info(
        'Cache save skipped: the main step left no cache to save (cache disabled, or it stopped early).',
      );
      return;
    }
    core.setOutput('cache-saved', String(save.saved));
    const leftOut = save.leftOut?.length
      ? `- Left out of the entry, unproven: ${save.leftOut.length} module version(s): ${save.leftOut
          .slice(0, 10)
          .map((m) => escapeSummaryText(`${m.module} (${m.reason})`))
          .join(', ')}\n`
      : '';
    await core.summary.addRaw(`${renderCacheSaveLine(save, escapeSummaryText)}\n${leftOut}`).write();
  } catch (error) {
    core.warning(`Cache save failed: ${describeError(error)}`);
  } finally {
    process.exitCode = 0;
  }
}
