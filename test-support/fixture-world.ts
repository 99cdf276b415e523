import { standardGraph, type FixtureGraph } from './fixture-modules.js';
import { startFixtureProxy, type FixtureProxy } from './fixture-proxy.js';
import { createFixtureProject, createGoSandbox, type GoSandbox } from './go-sandbox.js';
import { entryForModule, startTestSumdb, type TestSumdb } from './sumdb-server.js';

/**
 * The standard graph served on loopback: a fixture proxy, a checksum database that knows every
 * module, and a project whose go.mod and go.sum the real `go mod tidy` wrote. Sandboxes made with
 * `freshSandbox()` (an empty module cache each) are removed by `close()`.
 */
export interface FixtureWorld {
  readonly graph: FixtureGraph;
  readonly proxy: FixtureProxy;
  readonly sumdb: TestSumdb;
  readonly project: string;
  freshSandbox(): Promise<GoSandbox>;
  close(): Promise<void>;
}

export async function startFixtureWorld(graph: FixtureGraph = standardGraph()): Promise<FixtureWorld> {
  const proxy = await startFixtureProxy(graph.modules);
  const sumdb = await startTestSumdb(graph.modules.map(entryForModule));
  const tidy = await createGoSandbox();
  const project = await createFixtureProject(tidy, graph, proxy.url);
  const sandboxes: GoSandbox[] = [tidy];
  return {
    graph,
    proxy,
    sumdb,
    project,
    async freshSandbox() {
      const sandbox = await createGoSandbox();
      sandboxes.push(sandbox);
      return sandbox;
    },
    async close() {
      await proxy.close();
      await sumdb.close();
      for (const sandbox of sandboxes) await sandbox.cleanup();
    },
  };
}

/** Reads a GITHUB_OUTPUT or GITHUB_STATE file (`name<<delimiter`, the value, the delimiter). */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!match) continue;
    const end = lines.indexOf(match[2], i + 1);
    values[match[1]] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return values;
}
