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
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; patterns?: readonly string[] },
): Promise<Set<string>> {
  const result = await run(
    [
      'list',
      '-mod=readonly',
      '-deps',
      '-test',
      '-f',
      '{{with .Module}}{{.Path}}{{end}}',
      ...(options.patterns ?? ['./...']),
    ],
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

/** The targets `license-scope: shipped` loads packages for: the common release builds. */
export const SHIPPED_TARGETS: readonly { readonly goos: string; readonly goarch: string }[] = [
  { goos: 'linux', goarch: 'amd64' },
  { goos: 'linux', goarch: 'arm64' },
  { goos: 'darwin', goarch: 'amd64' },
  { goos: 'darwin', goarch: 'arm64' },
  { goos: 'windows', goarch: 'amd64' },
  { goos: 'windows', goarch: 'arm64' },
];

/** What `license-scope: shipped` gates, and what it cost. */
export interface ShippedModules {
  /** Modules providing packages to the main modules' non-test packages on any target. */
  readonly modules: ReadonlySet<string>;
  /** How many `go list -deps` calls it took (one per target). */
  readonly calls: number;
}

/**
 * The modules compiled into the main modules' non-test packages: the union of
 * `GOOS=… GOARCH=… go list -deps ./...` over SHIPPED_TARGETS (cgo as go defaults it for that
 * target, as `GOOS=… GOARCH=… go build` would), so a Windows-only import counts. `-e` keeps a package that one target cannot build from failing
 * the others; a go command that fails all the same throws, and the caller gates everything.
 */
export async function listShippedModules(
  run: GoRunner,
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; patterns?: readonly string[] },
): Promise<ShippedModules> {
  const modules = new Set<string>();
  for (const { goos, goarch } of SHIPPED_TARGETS) {
    const command = `GOOS=${goos} GOARCH=${goarch} go list -deps ./...`;
    const result = await run(
      [
        'list',
        '-mod=readonly',
        '-e',
        '-deps',
        '-f',
        '{{with .Module}}{{.Path}}{{end}}',
        ...(options.patterns ?? ['./...']),
      ],
      {
        cwd: options.cwd,
        env: { ...options.env, GOOS: goos, GOARCH: goarch },
        timeoutMs: options.timeoutMs,
      },
    );
    if (result.timedOut) throw stoppedAtDeadline(command);
    if (result.code !== 0) throw classifyGoFailure(command, result.stderr);
    for (const line of result.stdout.split('\n')) if (line.trim() !== '') modules.add(line.trim());
  }
  return { modules, calls: SHIPPED_TARGETS.length };
}
