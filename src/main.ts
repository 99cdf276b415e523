import { applyMemorySettings } from './edges/memory-settings.js';

/** The action's main step (action.yml runs.main). The pipeline loads after the memory settings. */
applyMemorySettings();
import('./edges/action-main.js').then(
  ({ run }) => run(),
  (error: unknown) => {
    process.stderr.write(`::error::Go Module Warden could not load: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
