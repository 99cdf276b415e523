import { InfrastructureError } from '../errors.js';
import { classifyGoFailure } from './go-errors.js';
import type { GoRunner } from './go-command.js';
import { parseJsonObjects } from './json-stream.js';
import { toBuildListModule, type BuildListModule, type GoModule } from './build-list.js';

/**
 * The build list, from `go list -m -json all`. `-mod=readonly` is explicit: with a vendor/
 * directory go would default to -mod=vendor, where "can't compute 'all' using the vendor
 * directory"; and readonly never edits the user's go.mod or go.sum.
 */
export async function listBuildList(
  run: GoRunner,
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<BuildListModule[]> {
  const result = await run(['list', '-mod=readonly', '-m', '-json', 'all'], {
    cwd: options.cwd,
    env: options.env,
    timeoutMs: options.timeoutMs,
  });
  if (result.timedOut) throw stoppedAtDeadline('go list -m -json all');
  if (result.code !== 0) throw classifyGoFailure('go list -m -json all', result.stderr);
  return parseJsonObjects<GoModule>(result.stdout).map(toBuildListModule);
}

/** The modules that provide packages to `go list -deps ./...` (license-scope: imports). */
export async function listImportedModules(
  run: GoRunner,
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<Set<string>> {
  const result = await run(
    ['list', '-mod=readonly', '-deps', '-test', '-f', '{{with .Module}}{{.Path}}{{end}}', './...'],
    { cwd: options.cwd, env: options.env, timeoutMs: options.timeoutMs },
  );
  if (result.timedOut) throw stoppedAtDeadline('go list -deps -test ./...');
  if (result.code !== 0) throw classifyGoFailure('go list -deps -test ./...', result.stderr);
  return new Set(
    result.stdout
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== ''),
  );
}

function stoppedAtDeadline(command: string): InfrastructureError {
  return new InfrastructureError(
    `'${command}' was stopped at the run's timeout (the go process group was killed); raise 'timeout' or look at the proxy's health`,
  );
}
