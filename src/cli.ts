#!/usr/bin/env node
import { describeError } from './errors.js';
import { EXIT } from './report/outcome.js';
import { runCli } from './edges/cli-main.js';
import { escapeControls } from './report/escape.js';

runCli(process.argv.slice(2), process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`go-module-warden: internal error: ${escapeControls(describeError(error))}\n`);
    process.exitCode = EXIT.infrastructure;
  },
);
