import { describe, expect, it } from '@jest/globals';
import { ConfigErrors, parseConfigReportingAll } from '../../src/config/all-inputs.js';
import { ConfigError } from '../../src/errors.js';
import { MemoryLogger } from '../../src/logger.js';
import { exitCodeForKind } from '../../src/report/outcome.js';
import { runWarden } from '../../src/run.js';

const context = { onGitHub: false, tempDir: '/tmp/rt', homeDir: '/home/u' };

describe('every bad input in one run', () => {
  const typos = {
    'latency-budget': '2.3x',
    'sumdb-unavailable': 'warm',
    proxy: 'https://a.example;direct',
    private: 'x.example/*;y.example',
    license_allow: 'MIT',
  };

  it('names each bad input with its fix, in one config error (exit 2)', () => {
    let caught: unknown;
    try {
      parseConfigReportingAll(typos, context);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigErrors);
    const error = caught as ConfigErrors;
    expect(error.errors.map((e) => e.input).sort()).toEqual(
      ['latency-budget', 'license_allow', 'private', 'proxy', 'sumdb-unavailable'].sort(),
    );
    expect(error.message.split('\n')[0]).toBe('5 inputs are not valid (fix them all, then run again):');
    expect(error.message).toContain("did you mean 'license-allow'?");
    expect(exitCodeForKind(error.kind)).toBe(2);
  });

  it("refuses ';' in proxy and private, saying which separators go reads", () => {
    expect(() => parseConfigReportingAll({ proxy: 'https://a.example;direct' }, context)).toThrow(
      "Input 'proxy': 'https://a.example;direct' contains ';': GOPROXY entries are separated by `,` or `|`\n  Accepted: e.g. `https://a.example,direct`",
    );
    expect(() => parseConfigReportingAll({ private: 'x.example/*;y.example' }, context)).toThrow(
      "Input 'private': 'x.example/*;y.example' contains ';': GOPRIVATE patterns are separated by `,`",
    );
  });

  it('throws the one ConfigError as before when one input is wrong, and parses good inputs', () => {
    expect(() => parseConfigReportingAll({ 'sumdb-unavailable': 'warm' }, context)).toThrow(ConfigError);
    expect(() => parseConfigReportingAll({ 'sumdb-unavailable': 'warm' }, context)).not.toThrow(ConfigErrors);
    expect(parseConfigReportingAll({ proxy: 'https://a.example|direct' }, context).proxy).toHaveLength(2);
  });

  it('stops the run before anything runs, with every input named', async () => {
    const logger = new MemoryLogger();
    await expect(
      runWarden(typos, { PATH: '/nonexistent' }, logger, {
        cacheBackend: () => {
          throw new Error('no cache is built for bad inputs');
        },
      }),
    ).rejects.toThrow(/^5 inputs are not valid[\s\S]*'proxy'[\s\S]*'private'/);
  });
});
