import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../src/config/config.js';

describe('jest ESM setup', () => {
  it('parses the defaults', () => {
    const config = parseConfig({}, { onGitHub: false, tempDir: '/tmp', homeDir: '/home/u' });
    expect(config.latencyBudgetMs).toBe(2300);
  });
});
