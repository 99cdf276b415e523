import { describe, expect, it } from '@jest/globals';
import { StreamLogger } from '../../src/logger.js';

describe('the terminal logger', () => {
  it('prints one line per phase with its time', async () => {
    const lines: string[] = [];
    let clock = 0;
    const logger = new StreamLogger(
      (l) => lines.push(l),
      false,
      false,
      () => clock,
    );
    await logger.group('Checksum database', async () => {
      logger.info('verified 12 modules');
      clock += 3240;
    });
    expect(lines).toEqual(['▸ Checksum database', 'verified 12 modules', '  Checksum database: 3.2 s']);
  });

  it('keeps only warnings and errors when quiet', async () => {
    const lines: string[] = [];
    const logger = new StreamLogger(
      (l) => lines.push(l),
      false,
      true,
      () => 0,
    );
    await logger.group('Licenses', async () => {
      logger.info('noise');
      logger.warn('a warning');
    });
    expect(lines).toEqual(['warning: a warning']);
  });
});
