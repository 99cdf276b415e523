import fs from 'node:fs/promises';
import path from 'node:path';

/** The file's bytes, or undefined when it is not there (ENOENT); any other failure is thrown. */
export async function readIfExists(file: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Writes `file` through a temporary file beside it and a rename, so a reader (another run, the
 * post step, a crash) sees the old whole file or the new one, never half. The temporary file is
 * removed when the write fails. `mkdir` creates the parent directory first.
 */
export async function writeFileAtomic(
  file: string,
  data: Buffer | string,
  options: { readonly mkdir?: boolean } = {},
): Promise<void> {
  if (options.mkdir) await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
