import type { GoRunner } from '../go/go-command.js';
import type { BuildListModule } from '../go/build-list.js';

/** `module@version` (or a main module's bare path) → the modules it requires, as `go mod graph` prints them. */
export type ModuleRequirements = ReadonlyMap<string, readonly string[]>;

/**
 * Reads `go mod graph` (cmd/go/internal/modcmd graph.go: one `from to` edge a line, a main module
 * without `@version`). Nothing is fetched: after priming every go.mod is in the module cache, so
 * GOPROXY=off. Undefined when go fails (the SBOM then has no dependency graph, and says so).
 */
export async function readModuleGraph(
  run: GoRunner,
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<{ graph?: ModuleRequirements; problem?: string }> {
  const env = { ...options.env, GOPROXY: 'off', GOTOOLCHAIN: 'local' };
  const result = await run(['mod', 'graph'], { cwd: options.cwd, env, timeoutMs: options.timeoutMs });
  if (result.code !== 0) return { problem: result.stderr.trim().split('\n')[0] || `exit ${result.code}` };
  return { graph: parseModuleGraph(result.stdout) };
}

export function parseModuleGraph(text: string): ModuleRequirements {
  const graph = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const [from, to] = line.trim().split(/\s+/);
    if (!from || !to) continue;
    // Go 1.21+ prints the go and toolchain lines as `go@1.22` and `toolchain@go1.22` nodes.
    if (/^(go|toolchain)@/.test(to)) continue;
    const list = graph.get(from) ?? [];
    list.push(to);
    graph.set(from, list);
  }
  return graph;
}

/** The key a module of the build list has in `go mod graph`: `path@version`, a main module its path. */
export function graphKey(m: Pick<BuildListModule, 'path' | 'version' | 'main'>): string {
  return m.main ? m.path : `${m.path}@${m.version}`;
}

/**
 * The build list's dependency graph: each selected module → the selected versions of what it
 * requires. MVS selects one version per path, so an edge to `b@v1.0.0` means the `b` that was
 * selected; edges from versions that were not selected are dropped (they are not built).
 */
export function selectedDependencies(
  graph: ModuleRequirements,
  modules: readonly Pick<BuildListModule, 'path' | 'version' | 'main'>[],
): Map<string, string[]> {
  const selected = new Map(modules.map((m) => [m.path, graphKey(m)]));
  const result = new Map<string, string[]>();
  for (const m of modules) {
    const deps = new Set<string>();
    for (const to of graph.get(graphKey(m)) ?? []) {
      const at = to.lastIndexOf('@');
      const target = selected.get(at > 0 ? to.slice(0, at) : to);
      if (target && target !== graphKey(m)) deps.add(target);
    }
    result.set(graphKey(m), [...deps].sort());
  }
  return result;
}
