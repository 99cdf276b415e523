import type { GoRunner, GoRunOptions } from './go-command.js';
import { classifyGoFailure } from './go-errors.js';

/** Where go.mod lists a requirement. */
export interface RequireLine {
  readonly line: number;
  readonly version: string;
  readonly indirect: boolean;
}

/**
 * The `require` directives of a go.mod, by module path, with their 1-based line: single-line
 * and block form, `// indirect` noted (the shape x/mod modfile.Parse reads; quoted paths
 * unquoted). Lines it does not understand are skipped: `go` has already accepted the file.
 */
export function requireLines(goModText: string): Map<string, RequireLine> {
  const found = new Map<string, RequireLine>();
  let inBlock = false;
  const lines = goModText.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const comment = raw.indexOf('//');
    const indirect = comment >= 0 && /^\/\/\s*indirect\b/.test(raw.slice(comment).trim());
    const code = (comment >= 0 ? raw.slice(0, comment) : raw).trim();
    let spec: string | undefined;
    if (inBlock) {
      if (code === ')') inBlock = false;
      else spec = code;
    } else if (/^require\s*\($/.test(code)) inBlock = true;
    else if (/^require\s+/.test(code)) spec = code.replace(/^require\s+/, '');
    const fields = spec?.split(/\s+/);
    if (fields && fields.length >= 2 && !found.has(unquote(fields[0])))
      found.set(unquote(fields[0]), { line: i + 1, version: fields[1], indirect });
  }
  return found;
}

function unquote(text: string): string {
  return text.replace(/^"(.*)"$/, '$1').replace(/^`(.*)`$/, '$1');
}

/** `go mod graph` as edges: each `from` (path or path@version) to the module paths it requires. */
export function parseModGraph(text: string): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const [from, to] = line.trim().split(/\s+/);
    if (!from || !to) continue;
    const list = edges.get(from) ?? [];
    list.push(to);
    edges.set(from, list);
  }
  return edges;
}

/** Runs `go mod graph` (cmd/go/internal/modcmd/graph.go) with the pipeline's go options. */
export async function readModGraph(run: GoRunner, options: GoRunOptions): Promise<Map<string, string[]>> {
  const result = await run(['mod', 'graph'], options);
  if (result.code !== 0) throw classifyGoFailure('go mod graph', result.stderr);
  return parseModGraph(result.stdout);
}

const pathOf = (node: string): string => (node.includes('@') ? node.slice(0, node.lastIndexOf('@')) : node);

/**
 * The direct requirement of `mainModule` that brings `modulePath` into the graph: breadth-first
 * from each of main's requirements in go.mod order, the first whose requirements reach it.
 */
export function requiredBy(
  graph: ReadonlyMap<string, readonly string[]>,
  mainModule: string,
  modulePath: string,
): string | undefined {
  for (const direct of graph.get(mainModule) ?? []) {
    if (pathOf(direct) === modulePath || pathOf(direct) === 'go' || pathOf(direct) === 'toolchain') continue;
    const seen = new Set([direct]);
    const queue = [direct];
    while (queue.length > 0) {
      const node = queue.shift() as string;
      for (const next of graph.get(node) ?? []) {
        if (pathOf(next) === modulePath) return pathOf(direct);
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
  }
  return undefined;
}

/** Where to annotate a finding about a module: its own require line, or that of what brings it in. */
export interface RequireAnnotation {
  readonly line: number;
  /** The direct requirement that brings the module in, when go.mod does not list it. */
  readonly requiredBy?: string;
}

/**
 * The go.mod line for a module's annotation: the `require` line that lists it (go.mod lists an
 * indirect module `// indirect` when it is among the graph's requirements, go ≥ 1.17), else the
 * line of the direct requirement that brings it in (from `go mod graph`), else undefined.
 */
export function annotationFor(
  modulePath: string,
  goModText: string,
  graph: ReadonlyMap<string, readonly string[]> | undefined,
  mainModule: string,
): RequireAnnotation | undefined {
  const lines = requireLines(goModText);
  const own = lines.get(modulePath);
  if (own) return { line: own.line };
  const via = graph && requiredBy(graph, mainModule, modulePath);
  const viaLine = via ? lines.get(via) : undefined;
  return via && viaLine ? { line: viaLine.line, requiredBy: via } : undefined;
}
