import fs from 'node:fs/promises';
import path from 'node:path';
import { moduleCachePaths, type ModuleVersion } from './module-path.js';

/** Makes a tree writable again (`go` writes the cache read-only without -modcacherw). */
export async function makeWritable(target: string): Promise<void> {
  let st;
  try {
    st = await fs.lstat(target);
  } catch {
    return;
  }
  if (st.isSymbolicLink()) return;
  if ((st.mode & 0o700) !== 0o700 && st.isDirectory()) await fs.chmod(target, st.mode | 0o700);
  else if (!st.isDirectory() && (st.mode & 0o200) === 0) await fs.chmod(target, st.mode | 0o200);
  if (st.isDirectory())
    for (const name of await fs.readdir(target)) await makeWritable(path.join(target, name));
}

async function exists(target: string): Promise<boolean> {
  try {
    await fs.lstat(target);
    return true;
  } catch {
    return false;
  }
}

/** Removes a file or tree and reports whether it was there. The parent is made writable first. */
export async function removePath(target: string): Promise<boolean> {
  if (!(await exists(target))) return false;
  const parent = path.dirname(target);
  const st = await fs.stat(parent);
  if ((st.mode & 0o300) !== 0o300) await fs.chmod(parent, st.mode | 0o300);
  await makeWritable(target);
  await fs.rm(target, { recursive: true, force: true });
  return true;
}

/**
 * Removes ONE module version from the cache, and nothing else: its zip, ziphash, mod, info and
 * lock files (and modfetch's temp files), its extracted tree and its `.partial` marker. Other
 * versions of the same module, the `list` file and every other module stay. Returns what was
 * removed, relative to GOMODCACHE.
 */
export async function purgeModuleVersion(gomodcache: string, module: ModuleVersion): Promise<string[]> {
  const paths = moduleCachePaths(gomodcache, module);
  const base = path.basename(paths.base);
  const targets = ['zip', 'ziphash', 'mod', 'info', 'lock', 'partial'].map((ext) => `${paths.base}.${ext}`);
  try {
    for (const name of await fs.readdir(paths.vDir))
      if (/^(.+)\.(info|mod|zip|ziphash)\d*\.tmp$/.exec(name)?.[1] === base)
        targets.push(path.join(paths.vDir, name));
  } catch {
    // no @v directory: only the extracted tree can be there
  }
  targets.push(paths.extracted, `${paths.extracted}.partial`);
  const removed: string[] = [];
  for (const target of targets)
    if (await removePath(target)) removed.push(path.relative(gomodcache, target).split(path.sep).join('/'));
  return removed;
}
