import { effectiveModule, type BuildListModule } from './build-list.js';
import { findGoSumLine, type GoSumLine } from './go-sum.js';
import { requireLines } from './require-lines.js';

/**
 * Whether go.sum may lack a zip line that loading the main module's packages (and tests) needs,
 * without loading them. With graph pruning (a `go` line of 1.17 or later), go.mod lists every
 * module that provides a package to the main module's packages and tests (cmd/go/internal/modload
 * "lazy loading"), so a package load can only miss the zip line of a module go.mod lists: when
 * go.sum holds the line of each (its selected version, or its module replacement), no load can
 * fail for a missing line. Before 1.17 go.mod need not list them: the answer is then yes.
 */
export function goSumMayLackZipLine(
  goModText: string,
  modules: readonly BuildListModule[],
  goSum: readonly GoSumLine[],
): boolean {
  if (!prunesGraph(goModText)) return true;
  const selected = new Map(modules.filter((m) => !m.main).map((m) => [m.path, m]));
  for (const required of requireLines(goModText).keys()) {
    const module = selected.get(required);
    if (!module) return true;
    const fetched = effectiveModule(module);
    if (fetched && !findGoSumLine(goSum, fetched.path, fetched.version)) return true;
  }
  return false;
}

/** A `go` line of 1.17 or later (modload.pruningForGoVersion); none means 1.16. */
function prunesGraph(goModText: string): boolean {
  const go = /^\s*go\s+(\d+)\.(\d+)/m.exec(goModText);
  if (!go) return false;
  const [major, minor] = [Number(go[1]), Number(go[2])];
  return major > 1 || minor >= 17;
}
