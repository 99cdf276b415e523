import { InfrastructureError } from '../errors.js';
import type { GoRunner } from './go-command.js';

/**
 * The modules compiled into the main module's packages for the current GOOS/GOARCH:
 * `go list -deps ./...` without tests, each package's Module.Path. A module of the build list
 * that is not here only enters the module graph (a dependency's tools, tests, other platforms).
 * `-e` keeps a broken package from hiding the rest.
 */
export async function listCompiledModules(
  run: GoRunner,
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<Set<string>> {
  const result = await run(
    ['list', '-e', '-deps', '-f', '{{with .Module}}{{if not .Main}}{{.Path}}{{end}}{{end}}', './...'],
    { cwd: options.cwd, env: options.env, timeoutMs: options.timeoutMs },
  );
  if (result.code !== 0 || result.timedOut)
    throw new InfrastructureError(
      `go list -deps ./... failed: ${result.timedOut ? 'stopped at the deadline' : result.stderr.trim().split('\n')[0]}`,
    );
  return new Set(
    result.stdout
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== ''),
  );
}
