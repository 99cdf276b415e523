import { WardenError } from './errors.js';

/**
 * Where the action and the CLI run. Linux x64 and arm64 are tested (CI and this repository's test
 * bed); macOS is POSIX like Linux (process groups, the system tar, zstd when installed, `/` paths)
 * and allowed, but untested. Windows is refused at once: the watchdog kills `go` with its git
 * children through a process group (src/go/go-command.ts), which Windows does not have, and the
 * local cache backend drives GNU tar (src/cache/local-backend.ts). Each of those is the one place
 * to change to support it.
 */
export const PLATFORMS: Readonly<
  Record<string, { readonly arch: readonly string[]; readonly tested: boolean }>
> = {
  linux: { arch: ['x64', 'arm64'], tested: true },
  darwin: { arch: ['x64', 'arm64'], tested: false },
};

/** The runner's OS or architecture is not one this tool supports: nothing runs. */
export class UnsupportedPlatformError extends WardenError {
  constructor(message: string) {
    super('config', message);
  }
}

/** Throws before anything runs on an OS or architecture that is not supported. */
export function checkPlatform(platform: string = process.platform, arch: string = process.arch): void {
  const supported = PLATFORMS[platform];
  const list = Object.entries(PLATFORMS)
    .map(([os, p]) => `${os} ${p.arch.join('/')}`)
    .join(', ');
  if (!supported)
    throw new UnsupportedPlatformError(
      `Go Module Warden does not run on ${platform} (${arch}); supported: ${list}. Run this step on a Linux or macOS runner (e.g. runs-on: ubuntu-latest); the build itself may still run on ${platform} in another job.`,
    );
  if (!supported.arch.includes(arch))
    throw new UnsupportedPlatformError(
      `Go Module Warden does not run on ${platform} ${arch}; supported: ${list}.`,
    );
}
