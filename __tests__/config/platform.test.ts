import { describe, expect, it } from '@jest/globals';
import { checkPlatform, UnsupportedPlatformError } from '../../src/platform.js';

describe('the platform check, before anything runs', () => {
  it.each([
    ['linux', 'x64'],
    ['linux', 'arm64'],
    ['darwin', 'arm64'],
  ])('runs on %s %s', (platform, arch) => {
    expect(() => checkPlatform(platform, arch)).not.toThrow();
  });

  it('refuses Windows at once, saying what is supported and what to do', () => {
    expect(() => checkPlatform('win32', 'x64')).toThrow(UnsupportedPlatformError);
    expect(() => checkPlatform('win32', 'x64')).toThrow(
      /does not run on win32 \(x64\); supported: linux x64\/arm64, darwin x64\/arm64\. Run this step on a Linux or macOS runner/,
    );
  });

  it('refuses an unsupported architecture as a config error (exit 2)', () => {
    let error: unknown;
    try {
      checkPlatform('linux', 'ia32');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnsupportedPlatformError);
    expect((error as UnsupportedPlatformError).kind).toBe('config');
    expect((error as Error).message).toMatch(/does not run on linux ia32/);
  });
});
