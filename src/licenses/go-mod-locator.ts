/**
 * Finds the line of the `require` that brings each module into a go.mod, for annotations.
 * Handles `require x v` and `require ( ... )` blocks, quoted paths and `//` comments
 * (the shapes cmd/go/internal/modfile writes and reads).
 */
export interface GoModLines {
  /** 1-based line of the `require` of a module path, if there is one. */
  requireLine(modulePath: string): number | undefined;
  /** 1-based line of the `module` directive (1 when missing): where indirect modules are annotated. */
  readonly moduleLine: number;
}

export function locateGoModLines(text: string): GoModLines {
  const requires = new Map<string, number>();
  let moduleLine = 1;
  let inBlock: string | undefined;
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = stripComment(lines[index]).trim();
    if (line === '') continue;
    if (inBlock !== undefined) {
      if (line === ')') {
        inBlock = undefined;
        continue;
      }
      if (inBlock === 'require') addRequire(requires, line, index + 1);
      continue;
    }
    const match = /^(\w+)\s*(.*)$/.exec(line);
    if (!match) continue;
    const [, verb, rest] = match;
    if (rest === '(') {
      inBlock = verb;
      continue;
    }
    if (verb === 'module') moduleLine = index + 1;
    if (verb === 'require') addRequire(requires, rest, index + 1);
  }
  return { requireLine: (modulePath) => requires.get(modulePath), moduleLine };
}

function addRequire(requires: Map<string, number>, spec: string, line: number): void {
  const quoted = /^"((?:[^"\\]|\\.)*)"/.exec(spec) ?? /^`([^`]*)`/.exec(spec);
  const modulePath = quoted ? quoted[1] : spec.split(/\s+/)[0];
  if (modulePath && !requires.has(modulePath)) requires.set(modulePath, line);
}

function stripComment(line: string): string {
  // Paths can't contain `//` (module.CheckPath), so the first one outside quotes starts a comment.
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === '`') quote = c;
    else if (c === '/' && line[i + 1] === '/') return line.slice(0, i);
  }
  return line;
}
