import { INPUTS } from './config/inputs.js';
import { VERSION } from './version.js';

const BOOLEAN_INPUTS = new Set(['cache', 'warn-only']);

/** A bad command line (unknown flag, missing value): exit code 2. */
export class UsageError extends Error {}

export interface Invocation {
  readonly inputs: Record<string, string>;
  readonly json: boolean;
  readonly verbose: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

/** Parses argv: `check [dir] --<input> value | --<input>=value …`, plus --json, --verbose, --help. */
export function parseArgs(argv: readonly string[]): Invocation {
  const inputs: Record<string, string> = {};
  let json = false;
  let verbose = false;
  let help = false;
  let version = false;
  const args = [...argv];
  if (args[0] === 'check') args.shift();
  else if (args.length > 0 && !args[0].startsWith('-'))
    throw new UsageError(`unknown command '${args[0]}'; the command is 'check'`);
  while (args.length > 0) {
    const arg = args.shift() as string;
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--version') version = true;
    else if (arg === '--json') json = true;
    else if (arg === '--verbose' || arg === '-v') verbose = true;
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
      if (!INPUTS.some((spec) => spec.name === name)) {
        const near = INPUTS.find((spec) => spec.name.startsWith(name) || name.startsWith(spec.name));
        throw new UsageError(`unknown flag '--${name}'${near ? `; did you mean '--${near.name}'?` : ''}`);
      }
      if (inline !== undefined) inputs[name] = inline;
      else if (
        BOOLEAN_INPUTS.has(name) &&
        (args.length === 0 || args[0].startsWith('-') || !/^(true|false)$/i.test(args[0]))
      ) {
        inputs[name] = 'true';
      } else {
        const value = args.shift();
        if (value === undefined) throw new UsageError(`flag '--${name}' needs a value`);
        inputs[name] = value;
      }
    } else if (inputs['working-directory'] === undefined) inputs['working-directory'] = arg;
    else throw new UsageError(`unexpected argument '${arg}'`);
  }
  return { inputs, json, verbose, help, version };
}

export function helpText(): string {
  const flags = INPUTS.map((spec) => {
    const def = spec.default
      ? ` (default: ${spec.default})`
      : spec.computedDefault
        ? ` (default: ${spec.computedDefault.replace(/`/g, '')})`
        : '';
    return `  --${spec.name.padEnd(20)} ${spec.description.replace(/`/g, '')}${def}`;
  });
  return [
    `go-module-warden ${VERSION}: prime and verify a Go module cache, gate licenses and checksums`,
    '',
    'Usage: go-module-warden check [dir] [flags]',
    '',
    'Every input of the GitHub Action is a flag of the same name:',
    ...flags,
    '',
    '  --json                 print the JSON report on stdout (logs go to stderr)',
    '  --verbose              more detail in the log',
    '  --help                 this text',
    '',
    'Outside GitHub the cache backend is a local directory (--cache-dir, default ~/.cache/go-module-warden).',
    '',
    'Exit codes: 0 passed (or warnings only), 1 policy or checksum failure, 2 usage or config error,',
    '            3 infrastructure failure (go, a proxy, the checksum database or the cache failed us).',
  ].join('\n');
}
