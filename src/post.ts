import * as core from '@actions/core';
import { describeError } from './errors.js';

/**
 * The post step: saves the verified module cache (issue #6). It only ever warns: a failed save
 * must never fail a job whose checks passed.
 */
async function run(): Promise<void> {
  try {
    const primed = core.getState('primed');
    if (primed !== 'true') {
      core.info('Cache save skipped: the main step did not prime and verify the module cache.');
      return;
    }
    core.info('Cache save: no cache backend is configured in this version.');
  } catch (error) {
    core.warning(`Cache save failed: ${describeError(error)}`);
  }
}

void run();
