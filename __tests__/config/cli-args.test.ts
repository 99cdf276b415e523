import { describe, expect, it } from '@jest/globals';
import { helpText, parseArgs } from '../../src/cli-args.js';
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

  it('lists every input and the exit codes in --help', () => {
    const text = helpText();
    for (const spec of INPUTS) expect(text).toContain(`--${spec.name}`);
    expect(text).toMatch(/0 passed.*1 policy or checksum failure, 2 usage or config error/s);
  });
});
