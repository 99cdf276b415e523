import { goModFile, mainSource, sourceModule, type FixtureGraph } from '../test-support/fixture-modules.js';
import { startFixtureProxy } from '../test-support/fixture-proxy.js';
import { createGoSandbox, type GoSandbox } from '../test-support/go-sandbox.js';
import { entryForModule, startTestSumdb } from '../test-support/sumdb-server.js';

/** `n` modules shaped like real Go code, `totalBytes` of zips in all, all required by one main module. */
export function generatedGraph(n: number, totalBytes: number): FixtureGraph {
  const width = String(n - 1).length;
  const modules = Array.from({ length: n }, (_, i) =>
    sourceModule(
      `example.test/big/mod${String(i).padStart(width, '0')}`,
      'v1.0.0',
      Math.floor(totalBytes / n),
    ),
  );
  const requires = Object.fromEntries(modules.map((m) => [m.path, m.version]));
  return {
    modules,
    main: {
      path: 'example.test/bench',
      goMod: goModFile('example.test/bench', requires),
      files: { 'main.go': mainSource(modules.map((m) => m.path)) },
    },
  };
}

/**
 * The fixture world without `go mod tidy` (which takes minutes for 3,000 modules on a loaded box):
 * the modules have no requirements of their own, so go.mod lists them all and go.sum is written
 * from their hashes, as tidy would write it.
 */
export async function benchWorld(graph: FixtureGraph) {
  const proxy = await startFixtureProxy(graph.modules);
  const entries = graph.modules.map(entryForModule);
  const sumdb = await startTestSumdb(entries);
  const sandboxes: GoSandbox[] = [];
  const home = await createGoSandbox();
  sandboxes.push(home);
  const goSum = entries
    .flatMap((e) => [`${e.path} ${e.version} ${e.zipHash}`, `${e.path} ${e.version}/go.mod ${e.goModHash}`])
    .join('\n');
  const project = await home.writeProject('project', {
    'go.mod': graph.main.goMod,
    'go.sum': `${goSum}\n`,
    ...graph.main.files,
  });
  return {
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
