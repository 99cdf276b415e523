import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** One file's imports: ours as repo-relative paths (src/x/y.ts), packages by name. */
export interface FileImports {
  readonly ours: readonly string[];
  readonly packages: readonly string[];
}

// Static `import … from '…'`, `export … from '…'`, bare `import '…'`, and `import('…')` (type
// positions included: a type-only import still makes an arrow between layers).
const SPECIFIER =
  /(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listTs(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The `.ts` file a relative specifier names (`./x.js` → x.ts, `./dir` → dir/index.ts). */
function resolveRelative(root: string, fromFile: string, specifier: string): string {
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts'), base];
  const found = candidates.find((path) => path.endsWith('.ts') && existsSync(path)) ?? base;
  return relative(root, found).split('\\').join('/');
}

/** Every `.ts` file under `root/src` with what it imports, keyed by repo-relative path. */
export function readImportGraph(root: string): Map<string, FileImports> {
  const graph = new Map<string, FileImports>();
  for (const file of listTs(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const ours: string[] = [];
    const packages: string[] = [];
    for (const match of text.matchAll(SPECIFIER)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      if (specifier.startsWith('.')) ours.push(resolveRelative(root, file, specifier));
      else packages.push(specifier);
    }
    graph.set(relative(root, file).split('\\').join('/'), { ours, packages });
  }
  return graph;
}

/** Each import cycle once, as the list of files on it (depth-first search, Tarjan-free). */
export function findCycles(graph: ReadonlyMap<string, FileImports>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file)?.ours ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next) && graph.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}
