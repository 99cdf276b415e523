import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { TarFormatError } from './tar-reader.js';

/** How an archive is compressed (the names @actions/cache uses, plus `none`). */
export type ArchiveCompression = 'zstd' | 'zstd-without-long' | 'gzip' | 'none';

/**
 * An entry's archive as a stream of tar bytes (zstd in a child process, gzip in-process), and
 * `done`, which says whether the decompressor agreed that the stream was whole.
 */
export function decompressed(
  file: string,
  compression: ArchiveCompression,
): {
  stream: AsyncIterable<Buffer>;
  done: (failed?: boolean) => Promise<void>;
} {
  if (compression === 'none') return { stream: createReadStream(file), done: async () => undefined };
  if (compression === 'gzip')
    return { stream: createReadStream(file).pipe(createGunzip()), done: async () => undefined };
  const args = ['-d', '-c', '-q', ...(compression === 'zstd' ? ['--long=30'] : []), file];
  const child = spawn('zstd', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const err: Buffer[] = [];
  child.stderr.on('data', (d: Buffer) => err.push(d));
  const exited = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new TarFormatError(`zstd exited ${code}: ${Buffer.concat(err).toString('utf8').trim()}`)),
    );
  });
  exited.catch(() => undefined);
  return {
    stream: child.stdout,
    // After a complete read, zstd's own verdict counts (a truncated frame exits non-zero); after a
    // failure, the child is stopped.
    done: async (failed = false) => {
      if (failed) {
        child.stdout.destroy();
        if (child.exitCode === null) child.kill();
        await exited.catch(() => undefined);
        return;
      }
      await exited;
    },
  };
}
