#!/usr/bin/env node
import type { RawInputs } from './config/inputs.js';
import { describeError, WardenError } from './errors.js';
import { StreamLogger } from './logger.js';
import { EXIT, exitCodeFor, exitCodeForKind } from './report/outcome.js';
import { renderTerminal } from './report/terminal.js';
import { ANSI, colourWanted, NO_COLOUR } from './report/colour.js';
import { runWarden } from './run.js';
import { ActionsBackend } from './cache/actions-backend.js';
import { LocalBackend } from './cache/local-backend.js';
import { VERSION } from './version.js';
import { forCli, helpText, parseArgs, UsageError, type Invocation } from './cli-args.js';
import { Cancellation } from './cancel.js';
import { cancelOnSignals, exitAfterCancel } from './edges/signals.js';
import { gcCommand } from './edges/gc-command.js';

async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  if (argv[0] === 'gc') return gcCommand(argv.slice(1), env, (line) => process.stderr.write(`${line}\n`));
  let invocation: Invocation;
  try {
    invocation = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(
      `go-module-warden: ${error.message}\nRun 'go-module-warden --help' for the flags.\n`,
    );
    return EXIT.usage;
  }
  if (invocation.help) {
    process.stdout.write(helpText() + '\n');
    return EXIT.passed;
  }
  if (invocation.version) {
    process.stdout.write(`${VERSION}\n`);
    return EXIT.passed;
  }
  const logger = new StreamLogger(
    (line) => process.stderr.write(forCli(line) + '\n'),
    invocation.verbose,
    invocation.quiet,
  );
  const cancellation = new Cancellation();
  cancelOnSignals(cancellation, (line) => process.stderr.write(`go-module-warden: ${line}\n`));
  try {
    const { report, config } = await runWarden(invocation.inputs as RawInputs, env, logger, {
      cacheBackend: (kind, dir) => (kind === 'actions' ? new ActionsBackend() : new LocalBackend(dir)),
      cancellation,
    });
    process.stdout.write(
      invocation.json
        ? JSON.stringify(report, null, 2) + '\n'
        : renderTerminal(report, {
            verbose: invocation.verbose,
            quiet: invocation.quiet,
            colour: colourWanted(env, process.stdout.isTTY === true) ? ANSI : NO_COLOUR,
            reportFile: config.reportFile,
            wording: forCli,
          }),
    );
    return exitAfterCancel(cancellation) ?? exitCodeFor(report.status, report.findings, report.warnOnly);
  } catch (error) {
    const cancelled = exitAfterCancel(cancellation);
    if (cancelled !== undefined) {
      process.stderr.write(`go-module-warden: cancelled: ${describeError(error)}\n`);
      return cancelled;
    }
    if (error instanceof WardenError) {
      process.stderr.write(`go-module-warden: ${forCli(describeError(error))}\n`);
      return exitCodeForKind(error.kind);
    }
    process.stderr.write(`go-module-warden: internal error: ${describeError(error)}\n`);
    return EXIT.infrastructure;
  }
}

main(process.argv.slice(2), process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`go-module-warden: internal error: ${describeError(error)}\n`);
    process.exitCode = EXIT.infrastructure;
  },
);
