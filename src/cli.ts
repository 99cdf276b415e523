#!/usr/bin/env node
import { applyMemorySettings } from './edges/memory-settings.js';
import { describeError } from './errors.js';
import { EXIT } from './report/outcome.js';
import { escapeControls } from './report/escape.js';

// The pipeline loads after the memory settings (a re-execution would only load it twice).
applyMemorySettings();
import('./edges/cli-main.js')
  .then(({ runCli }) => runCli(process.argv.slice(2), process.env))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`go-module-warden: internal error: ${escapeControls(describeError(error))}\n`);
      process.exitCode = EXIT.infrastructure;
    },
  );
