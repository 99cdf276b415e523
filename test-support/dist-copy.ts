import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * A copy of the committed bundles (`dist/`) outside the repository, run as users run them: there
 * no node_modules can stand in for what a bundle lacks. The whole folder is copied: each entry's
 * index.js loads its chunks (`<id>.index.js`: the run, the S3 and GitHub cache SDKs, CycloneDX)
 * from beside it when a run needs them. The caller removes it.
 */
export async function copyDist(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-dist-'));
  await fs.cp(path.resolve('dist'), dir, { recursive: true });
  return dir;
}
