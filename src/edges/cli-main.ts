import type { RawInputs } from '../config/inputs.js';
import { readRunnerFacts } from '../config/runner-facts.js';
import { describeError, WardenError } from '../errors.js';
import { StreamLogger } from '../logger.js';
import { EXIT, exitCodeFor, exitCodeForKind } from '../report/outcome.js';
import { escapeControls } from '../report/escape.js';
import { ANSI, colourWanted, NO_COLOUR } from '../report/colour.js';
import { VERSION } from '../version.js';
import { forCli, helpText, parseArgs, UsageError, type Invocation } from '../cli-args.js';
import { Cancellation } from '../cancel.js';
import { cancelOnSignals, exitAfterCancel } from './signals.js';

/** Where the CLI writes: the process's streams, or a test's buffers (the CLI tested in-process). */
export interface CliStreams {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly stdoutIsTTY: boolean;
  /** The terminal's width, when stdout is one. */
  readonly columns?: number;
  /** stderr is a terminal: progress rewrites one status line there. */
  readonly stderrIsTTY?: boolean;
}

const PROCESS_STREAMS: CliStreams = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  get stdoutIsTTY() {
    return process.stdout.isTTY === true;
  },
  get columns() {
    return process.stdout.columns;
  },
  get stderrIsTTY() {
    return process.stderr.isTTY === true;
  },
};

/** The width to fit: the terminal's, else COLUMNS (as shells export it); none for a plain pipe. */
export function outputColumns(io: CliStreams, env: NodeJS.ProcessEnv): number | undefined {
  if (io.stdoutIsTTY && io.columns !== undefined && io.columns > 0) return io.columns;
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : undefined;
}

/** The CLI: parses argv, runs the pipeline, prints the report; resolves with the exit code. */
export async function runCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CliStreams = PROCESS_STREAMS,
): Promise<number> {
  // `gc` (@aws-sdk) and the run are loaded when used: `--help` and `--version` stay light.
  if (argv[0] === 'gc')
    return (await import('./gc-command.js')).gcCommand(argv.slice(1), env, (line) => io.stderr(`${line}\n`));
  let invocation: Invocation;
  try {
    invocation = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`go-module-warden: ${error.message}\nRun 'go-module-warden --help' for the flags.\n`);
    return EXIT.usage;
  }
  if (invocation.help) {
    io.stdout(helpText() + '\n');
    return EXIT.passed;
  }
  if (invocation.version) {
    io.stdout(`${VERSION}\n`);
    return EXIT.passed;
  }
  const logger = new StreamLogger(
    (line) => io.stderr(forCli(line) + '\n'),
    invocation.verbose,
    invocation.quiet,
    Date.now,
    io.stderrIsTTY && env.TERM !== 'dumb' ? (text) => io.stderr(text) : undefined,
  );
  const cancellation = new Cancellation();
  const stopListening = cancelOnSignals(cancellation, (line) => io.stderr(`go-module-warden: ${line}\n`));
  try {
    // Outside a job: no event, the OS temp dir, no workspace (inside one, the job's, as the action).
    const runner = await readRunnerFacts(env);
    // The run is loaded only now; the actions backend (@actions/cache, the Azure SDK) only when used.
    // One after the other: jest's ESM loader fails two concurrent imports of one module graph.
    const { runWarden } = await import('../run.js');
    const { renderTerminal } = await import('../report/terminal.js');
    const { report, config } = await runWarden(invocation.inputs as RawInputs, env, logger, {
      runner,
      cacheBackend: async (kind, dir, deadline) =>
        kind === 'actions'
          ? new (await import('../cache/actions-backend.js')).ActionsBackend(
              env,
              Date.now,
              deadline,
              runner.workspace,
            )
          : new (await import('../cache/local-backend.js')).LocalBackend(dir),
      cancellation,
    });
    io.stdout(
      invocation.json
        ? JSON.stringify(report, null, 2) + '\n'
        : renderTerminal(report, {
            verbose: invocation.verbose,
            quiet: invocation.quiet,
            colour: colourWanted(env, io.stdoutIsTTY) ? ANSI : NO_COLOUR,
            reportFile: config.reportFile,
            wording: forCli,
            columns: outputColumns(io, env),
            tty: io.stdoutIsTTY,
          }),
    );
    return exitAfterCancel(cancellation) ?? exitCodeFor(report.status, report.findings, report.warnOnly);
  } catch (error) {
    const cancelled = exitAfterCancel(cancellation);
    if (cancelled !== undefined) {
      io.stderr(`go-module-warden: cancelled: ${escapeControls(describeError(error))}\n`);
      return cancelled;
    }
    if (error instanceof WardenError) {
      io.stderr(`go-module-warden: ${escapeControls(forCli(describeError(error)))}\n`);
      return exitCodeForKind(error.kind);
    }
    io.stderr(`go-module-warden: internal error: ${escapeControls(describeError(error))}\n`);
    return EXIT.infrastructure;
  } finally {
    stopListening();
  }
}
