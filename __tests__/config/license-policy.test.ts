import os from 'node:os';
import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../src/config/config.js';
import { licensePolicyFromConfig } from '../../src/config/license-policy.js';
import { DEFAULT_CONFIDENCE } from '../../src/licenses/classifier.js';

const CONTEXT = { onGitHub: false, tempDir: os.tmpdir(), homeDir: os.homedir() };

describe('licensePolicyFromConfig', () => {
  it('takes the normalized lists, exceptions and settings from Config', () => {
    const config = parseConfig(
      {
        'license-allow': 'mit, apache-2.0',
        'license-exceptions': 'example.com/x@>=1.0.0 ignore',
        'license-confidence': '0.85',
        'unknown-license': 'warn',
        'warn-only': 'true',
      },
      CONTEXT,
    );
    const policy = licensePolicyFromConfig(config);
    expect(policy).toMatchObject({
      allow: ['MIT', 'Apache-2.0'],
      deny: [],
      confidence: 0.85,
      unknownLicense: 'warn',
      warnOnly: true,
    });
    expect(policy.exceptions.map((exception) => exception.text)).toEqual(['example.com/x@>=1.0.0 ignore']);
  });

  it('takes the classifier default for a license-confidence of 0', () => {
    const config = parseConfig({ 'license-confidence': '0' }, CONTEXT);
    expect(licensePolicyFromConfig(config).confidence).toBe(DEFAULT_CONFIDENCE);
  });
});
