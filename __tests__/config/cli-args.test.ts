import { describe, expect, it } from '@jest/globals';
import { forCli, helpText, parseArgs } from '../../src/cli-args.js';
import { INPUTS } from '../../src/config/inputs.js';

describe('CLI arguments', () => {
  it('takes the module directory and every input as a flag of the same name', () => {
    expect(
      parseArgs([
        'check',
        'path/to/mod',
        '--latency-budget',
        '500ms',
        '--fallback=cache,direct',
        '--warn-only',
        '--json',
      ]),
    ).toEqual({
      inputs: {
        'working-directory': 'path/to/mod',
        'latency-budget': '500ms',
        fallback: 'cache,direct',
        'warn-only': 'true',
      },
      json: true,
      verbose: false,
      quiet: false,
      help: false,
      version: false,
    });
  });

  it('reads an explicit boolean value after a boolean flag', () => {
    expect(parseArgs(['check', '--cache', 'false']).inputs).toEqual({ cache: 'false' });
  });

  it.each([
    [['check', '--latency', '1s'], /unknown flag '--latency'; did you mean '--latency-budget'\?/],
    [['check', '--proxy'], /flag '--proxy' needs a value/],
    [['verify'], /unknown command 'verify'/],
    [['check', 'a', 'b'], /unexpected argument 'b'/],
  ])('refuses %j with a clear message', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it.each([
    [['--warn-only'], 'true'],
    [['--warn-only=false'], 'false'],
    [['--warn-only', 'TRUE'], 'true'],
    [['--warn-only', 'false'], 'false'],
    [['--warn-only', '--json'], 'true'],
  ])('reads the boolean flag form %j', (flag, value) => {
    expect(parseArgs(['check', ...flag]).inputs['warn-only']).toBe(value);
  });

  it.each([
    [['check', '--warn-only', 'maybe'], /flag '--warn-only' is true or false, not 'maybe'/],
    [['check', '--cache', 'yes'], /flag '--cache' is true or false, not 'yes'/],
    [['check', '--cache=yes'], /flag '--cache' is true or false, not 'yes'/],
    [['check', '--prefetch', 'dir'], /flag '--prefetch' is true or false, not 'dir'/],
  ])('refuses a boolean flag followed by another word: %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it('takes --quiet and refuses it with --verbose', () => {
    expect(parseArgs(['check', '--quiet']).quiet).toBe(true);
    expect(() => parseArgs(['check', '--quiet', '--verbose'])).toThrow(/--quiet and --verbose/);
  });

  it('keeps the backticked words of the descriptions in --help', () => {
    const text = helpText();
    expect(text).toContain('`,` moves on only after 404/410');
    expect(text).toContain("(default: the job's `go env GOPROXY`)");
  });

  it.each([
    ["Input 'latency-budget': '2300' has no unit", "--latency-budget: '2300' has no unit"],
    ["Input 'working-directory': '/x' does not exist", "the directory argument: '/x' does not exist"],
    [
      "no go.mod found in '/x'; set the 'working-directory' input to the folder that holds go.mod",
      "no go.mod found in '/x'; set the directory argument to the folder that holds go.mod",
    ],
    ["set the 'warn-only' input", 'set --warn-only'],
    ["the 'nonsense' input stays", "the 'nonsense' input stays"],
  ])('names flags, not inputs, in what the CLI prints: %s', (action, cli) => {
    expect(forCli(action)).toBe(cli);
  });

  it('lists every input and the exit codes in --help', () => {
    const text = helpText();
    for (const spec of INPUTS) expect(text).toContain(`--${spec.name}`);
    expect(text).toMatch(/0 passed.*1 policy or checksum failure, 2 usage or config error/s);
  });

  it('names the gc command of an s3 module store, with each of its flags, in --help', () => {
    const text = helpText();
    expect(text).toContain('go-module-warden gc --cache-url s3://<bucket>/<prefix> --older-than <N>d');
    for (const flag of ['--dry-run', '--cache-s3-path-style']) expect(text).toContain(flag);
  });
});
