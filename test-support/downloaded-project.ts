import { toBuildListModule, type BuildListModule, type GoModule } from '../src/go/build-list.js';
import { parseJsonObjects } from '../src/go/json-stream.js';
import type { FixtureGraph } from './fixture-modules.js';
import { startFixtureProxy, type FixtureProxy } from './fixture-proxy.js';
import { createFixtureProject, createGoSandbox, type GoSandbox } from './go-sandbox.js';

/**
 * A fixture graph's project whose modules the real `go mod download all` put in the sandbox's own
 * module cache, with `go list -m -json all`'s build list: what a run sees after priming.
 */
export interface DownloadedProject {
  readonly proxy: FixtureProxy;
  readonly sandbox: GoSandbox;
  readonly project: string;
  readonly gomodcache: string;
  readonly buildList: BuildListModule[];
  close(): Promise<void>;
}

export async function startDownloadedProject(graph: FixtureGraph): Promise<DownloadedProject> {
  const proxy = await startFixtureProxy(graph.modules);
  const sandbox = await createGoSandbox();
  const close = async (): Promise<void> => {
    await proxy.close();
    await sandbox.cleanup();
  };
  try {
    const project = await createFixtureProject(sandbox, graph, proxy.url);
    const env = { GOPROXY: proxy.url, GOSUMDB: 'off' };
    const download = await sandbox.go(['mod', 'download', 'all'], { cwd: project, env });
    if (download.code !== 0) throw new Error(`go mod download all failed:\n${download.stderr}`);
    const list = await sandbox.go(['list', '-m', '-json', 'all'], { cwd: project, env });
    if (list.code !== 0) throw new Error(`go list -m -json all failed:\n${list.stderr}`);
    const buildList = parseJsonObjects<GoModule>(list.stdout).map(toBuildListModule);
    return { proxy, sandbox, project, gomodcache: sandbox.env.GOMODCACHE as string, buildList, close };
  } catch (error) {
    await close();
    throw error;
  }
}
