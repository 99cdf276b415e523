import fs from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../errors.js';

/**
 * The two paths a run reads and writes, checked before anything runs: a missing folder would
 * otherwise surface as "go not found" (spawn ENOENT), and a bad report-file only after the whole
 * run.
 */
export async function checkPaths(config: {
  readonly workingDirectory: string;
  readonly reportFile: string;
}): Promise<void> {
  const dir = path.resolve(config.workingDirectory);
  const stat = await statOrUndefined(dir);
  if (!stat)
    throw new ConfigError(
      'working-directory',
      `'${config.workingDirectory}' does not exist (resolved to ${dir})`,
      'the folder that holds go.mod (or go.work)',
    );
  if (!stat.isDirectory())
    throw new ConfigError(
      'working-directory',
      `'${config.workingDirectory}' is a file, not a folder`,
      'the folder that holds go.mod (or go.work)',
    );
  await checkWritableFile(config.reportFile);
}

async function checkWritableFile(file: string): Promise<void> {
  const accepted = 'a file path in a folder this job may write';
  if ((await statOrUndefined(file))?.isDirectory())
    throw new ConfigError('report-file', `'${file}' is a folder; give a file name`, accepted);
  // The nearest existing parent must be a folder we may write: the report's folder is made later.
  let parent = path.dirname(file);
  for (;;) {
    const stat = await statOrUndefined(parent);
    if (stat && !stat.isDirectory())
      throw new ConfigError(
        'report-file',
        `'${parent}' is a file, so nothing can be written under it`,
        accepted,
      );
    if (stat) break;
    const up = path.dirname(parent);
    if (up === parent) break;
    parent = up;
  }
  try {
    await fs.access(parent, fs.constants.W_OK);
  } catch (error) {
    throw new ConfigError(
      'report-file',
      `'${file}' cannot be written ('${parent}' is not writable)`,
      accepted,
      {
        cause: error,
      },
    );
  }
}

async function statOrUndefined(file: string) {
  try {
    return await fs.stat(file);
  } catch {
    return undefined;
  }
}
