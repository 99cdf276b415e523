import * as core from '@actions/core';
import { ActionsBackend } from './cache/actions-backend.js';
import { saveCacheStep } from './cache/cache-steps.js';
import { LocalBackend } from './cache/local-backend.js';
import { describeError } from './errors.js';
import type { Logger } from './logger.js';
import { escapeSummaryText } from './report/escape.js';
import { renderCacheSaveLine } from './report/sections/cache-section.js';

const logger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
  error: (m) => core.warning(m),
  group: (title, fn) => core.group(title, fn),
};

/**
 * The post step: prunes the module cache to the build list and saves it, when the main step
 * primed and verified it and the key missed. It only ever warns: a failed save never fails a
 * job whose checks passed, and never replaces a good entry.
 */
async function run(): Promise<void> {
  try {
    const save = await saveCacheStep({
      getState: (name) => core.getState(name),
      backendFor: (state) =>
        state.backend === 'local' ? new LocalBackend(state.localDir ?? '') : new ActionsBackend(),
      env: process.env,
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
    await core.summary.addRaw(`${renderCacheSaveLine(save, escapeSummaryText)}\n`).write();
  } catch (error) {
    core.warning(`Cache save failed: ${describeError(error)}`);
  }
}

void run();
