import fs from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir`, as `/`-separated paths relative to it, sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * The modules vendor/modules.txt lists (`# path version` or `# path version => …`), longest path
 * first, so a vendored file's module is the first whose path prefixes it (cmd/go modload's
 * vendor.go reads the same lines).
 */
export function vendoredModules(modulesTxt: string): { path: string; version: string }[] {
  const modules: { path: string; version: string }[] = [];
  for (const line of modulesTxt.split('\n')) {
    const match = /^# (\S+) (\S+)/.exec(line);
    if (match && match[2] !== '=>') modules.push({ path: match[1], version: match[2] });
  }
  return modules.sort((a, b) => b.path.length - a.path.length);
}

/** The module a vendored file belongs to (`github.com/a/b/c.go` → `github.com/a/b`). */
export function moduleOfFile(
  file: string,
  modules: readonly { path: string; version: string }[],
): { path: string; version: string } | undefined {
  return modules.find((m) => file.startsWith(`${m.path}/`));
}
