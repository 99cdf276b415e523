import { ConfigError } from '../errors.js';
import { parseConfig, type Config } from './config.js';
import type { RunnerFacts } from './runner-facts.js';
import type { RawInputs } from './inputs.js';

/** Several inputs are wrong: each one named, with its fix, in one message (one CI run, not four). */
export class ConfigErrors extends ConfigError {
  readonly errors: readonly ConfigError[];
  constructor(errors: readonly ConfigError[]) {
    super(errors[0].input, 'several inputs are not valid');
    this.errors = errors;
    this.message = [
      `${errors.length} inputs are not valid (fix them all, then run again):`,
      ...errors.map((e) => `- ${e.message.replace(/\n/g, '\n  ')}`),
    ].join('\n');
  }
}

/**
 * parseConfig, reporting every bad input at once: each ConfigError found sets that input aside
 * (its default, or dropped when it is not an input at all) and parsing starts again, until the
 * rest parses. One bad input throws its own ConfigError, several throw ConfigErrors.
 */
export function parseConfigReportingAll(raw: RawInputs, runner: RunnerFacts): Config {
  const errors: ConfigError[] = [];
  let inputs: Record<string, string | undefined> = { ...raw };
  for (;;) {
    try {
      const config = parseConfig(inputs, runner);
      if (errors.length === 0) return config;
      break;
    } catch (error) {
      if (!(error instanceof ConfigError) || !(error.input in inputs) || inputs[error.input] === undefined)
        throw errors.length === 0 ? error : new ConfigErrors([...errors, error as ConfigError]);
      errors.push(error);
      const { [error.input]: _set, ...rest } = inputs;
      inputs = rest;
    }
  }
  throw errors.length === 1 ? errors[0] : new ConfigErrors(errors);
}
