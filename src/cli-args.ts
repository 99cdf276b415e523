import { INPUTS } from './config/inputs.js';
import { VERSION } from './version.js';

/** The inputs whose action.yml default is a boolean take the boolean flag forms. */
const BOOLEAN_INPUTS = new Set(
  INPUTS.filter((spec) => spec.default === 'true' || spec.default === 'false').map((spec) => spec.name),
);
const BOOLEAN = /^(true|false)$/i;

/** A bad command line (unknown flag, missing value): exit code 2. */
export class UsageError extends Error {}

export interface Invocation {
  readonly inputs: Record<string, string>;
  readonly json: boolean;
  readonly verbose: boolean;
  /** Print the verdict alone (and errors). */
  readonly quiet: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

/**
 * Parses argv: `check [dir] --<input> value | --<input>=value …`, plus --json, --verbose,
 * --quiet, --help. A boolean input takes `--flag`, `--flag=true|false` or `--flag true|false`;
 * any other word after it is refused, so that it cannot silently become the directory.
 */
export function parseArgs(argv: readonly string[]): Invocation {
  const inputs: Record<string, string> = {};
  const switches = { json: false, verbose: false, quiet: false, help: false, version: false };
  const args = [...argv];
  if (args[0] === 'check') args.shift();
  else if (args.length > 0 && !args[0].startsWith('-'))
    throw new UsageError(`unknown command '${args[0]}'; the command is 'check'`);
  while (args.length > 0) {
    const arg = args.shift() as string;
    if (arg === '--help' || arg === '-h') switches.help = true;
    else if (arg === '--version') switches.version = true;
    else if (arg === '--json') switches.json = true;
    else if (arg === '--verbose' || arg === '-v') switches.verbose = true;
    else if (arg === '--quiet' || arg === '-q') switches.quiet = true;
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
      if (!INPUTS.some((spec) => spec.name === name)) {
        const near = INPUTS.find((spec) => spec.name.startsWith(name) || name.startsWith(spec.name));
        throw new UsageError(`unknown flag '--${name}'${near ? `; did you mean '--${near.name}'?` : ''}`);
      }
      if (BOOLEAN_INPUTS.has(name)) inputs[name] = booleanValue(name, inline, args);
      else if (inline !== undefined) inputs[name] = inline;
      else {
        const value = args.shift();
        if (value === undefined) throw new UsageError(`flag '--${name}' needs a value`);
        inputs[name] = value;
      }
    } else if (inputs['working-directory'] === undefined) inputs['working-directory'] = arg;
    else
      throw new UsageError(
        `unexpected argument '${arg}'; the module directory is '${inputs['working-directory']}'`,
      );
  }
  if (switches.quiet && switches.verbose) throw new UsageError('--quiet and --verbose exclude each other');
  return { inputs, ...switches };
}

function booleanValue(name: string, inline: string | undefined, rest: string[]): string {
  const refuse = (word: string) =>
    new UsageError(
      `flag '--${name}' is true or false, not '${word}' (write --${name}, --${name}=false or --${name} false; the directory goes before the flags)`,
    );
  if (inline !== undefined) {
    if (!BOOLEAN.test(inline)) throw refuse(inline);
    return inline.toLowerCase();
  }
  const next = rest[0];
  if (next === undefined || next.startsWith('-')) return 'true';
  if (!BOOLEAN.test(next)) throw refuse(next);
  rest.shift();
  return next.toLowerCase();
}

/**
 * Messages name action inputs ("Input 'x': …", "the 'x' input"); on the command line the same
 * thing is a flag (or, for working-directory, the directory argument).
 */
export function forCli(text: string): string {
  const cliName = (name: string) => (name === 'working-directory' ? 'the directory argument' : `--${name}`);
  const known = (name: string) => INPUTS.some((spec) => spec.name === name);
  return (
    text
      // Also each line of the all-at-once list ("- Input 'x': …").
      .replace(/^(- )?Input '([a-z-]+)':/gm, (all, item: string | undefined, name: string) =>
        known(name) ? `${item ?? ''}${cliName(name)}:` : all,
      )
      .replace(/the '([a-z-]+)' input/g, (all, name: string) => (known(name) ? cliName(name) : all))
  );
}

export function helpText(): string {
  const flags = INPUTS.map((spec) => {
    const def = spec.default
      ? ` (default: ${spec.default})`
      : spec.computedDefault
        ? ` (default: ${spec.computedDefault})`
        : '';
    return `  --${spec.name.padEnd(20)} ${spec.description}${def}`;
  });
  return [
    `go-module-warden ${VERSION}: prime and verify a Go module cache, gate licenses and checksums`,
    '',
    'Usage: go-module-warden check [dir] [flags]',
    '       go-module-warden gc --cache-url s3://<bucket>/<prefix> --older-than <N>d [--dry-run] [--cache-s3-path-style true|false]',
    '',
    '  gc removes from an s3 module store (cache-backend: s3) the module versions no project has named',
    '  for <N> days (or <N>h hours), by the per-project manifests; the checksum proofs are kept.',
    '  --dry-run lists what would go. The endpoint and credentials come from the AWS chain, as for check.',
    '',
    'Every input of the GitHub Action is a flag of the same name:',
    ...flags,
    '',
    '  Boolean flags: --flag, --flag=true|false or --flag true|false.',
    '',
    '  --json                 print the JSON report on stdout (logs go to stderr)',
    '  --verbose              more detail in the log, and every module in the table',
    '  --quiet                print the verdict alone (and errors)',
    '  --help                 this text',
    '',
    'Outside GitHub the cache backend is a local directory (--cache-dir, default ~/.cache/go-module-warden).',
    'Colour on a terminal; NO_COLOR turns it off, FORCE_COLOR on.',
    '',
    'Exit codes: 0 passed (or warnings only), 1 policy or checksum failure, 2 usage or config error,',
    '            3 infrastructure failure (go, a proxy, the checksum database or the cache failed us),',
    '            130 or 143 cancelled by SIGINT or SIGTERM (a partial report marked cancelled is written).',
  ].join('\n');
}
