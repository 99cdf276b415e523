import { InfrastructureError } from '../errors.js';
import type { GoRunner } from './go-command.js';

/** The `go env` values the pipeline uses, with Go's defaults applied. */
export interface GoEnv {
  readonly GOVERSION: string;
  readonly GOOS: string;
  readonly GOARCH: string;
  readonly GOPROXY: string;
  readonly GOPRIVATE: string;
  readonly GONOPROXY: string;
  readonly GONOSUMDB: string;
  readonly GOSUMDB: string;
  readonly GOINSECURE: string;
  readonly GOMODCACHE: string;
  readonly GOFLAGS: string;
  readonly GOTOOLCHAIN: string;
  readonly GOMOD: string;
  readonly GOWORK: string;
  /** Since Go 1.24; `netrc` when unset (cmd/go/internal/cfg). */
  readonly GOAUTH: string;
}

const KEYS = [
  'GOVERSION',
  'GOOS',
  'GOARCH',
  'GOPROXY',
  'GOPRIVATE',
  'GONOPROXY',
  'GONOSUMDB',
  'GOSUMDB',
  'GOINSECURE',
  'GOMODCACHE',
  'GOFLAGS',
  'GOTOOLCHAIN',
  'GOMOD',
  'GOWORK',
  'GOAUTH',
] as const;

/** Reads `go env -json` in `cwd` (so GOMOD and GOWORK describe the project). */
export async function readGoEnv(run: GoRunner, cwd: string, env: NodeJS.ProcessEnv): Promise<GoEnv> {
  const result = await run(['env', '-json', ...KEYS], { cwd, env, timeoutMs: 60_000 });
  // Killed by the run's one deadline (bounded-runner.ts), not failed: say so, and in which step.
  if (result.timedOut)
    throw new InfrastructureError(
      "the run's deadline passed during 'go env' (the Go environment step); raise the 'timeout' input, which bounds the whole run",
    );
  if (result.code !== 0) {
    throw new InfrastructureError(`'go env' failed: ${result.stderr.trim() || `exit code ${result.code}`}`);
  }
  const values = JSON.parse(result.stdout) as Record<string, string>;
  return applyGoDefaults(values);
}

/**
 * Go's defaults, as cmd/go/internal/cfg applies them: empty means unset; GONOPROXY and GONOSUMDB
 * default to GOPRIVATE; GOPROXY to proxy.golang.org then direct; GOSUMDB to sum.golang.org.
 */
export function applyGoDefaults(values: Record<string, string | undefined>): GoEnv {
  const get = (key: (typeof KEYS)[number]) => values[key] ?? '';
  const goprivate = get('GOPRIVATE');
  return {
    GOVERSION: get('GOVERSION'),
    GOOS: get('GOOS'),
    GOARCH: get('GOARCH'),
    GOPROXY: get('GOPROXY') || 'https://proxy.golang.org,direct',
    GOPRIVATE: goprivate,
    GONOPROXY: get('GONOPROXY') || goprivate,
    GONOSUMDB: get('GONOSUMDB') || goprivate,
    GOSUMDB: get('GOSUMDB') || 'sum.golang.org',
    GOINSECURE: get('GOINSECURE'),
    GOMODCACHE: get('GOMODCACHE'),
    GOFLAGS: get('GOFLAGS'),
    GOTOOLCHAIN: get('GOTOOLCHAIN'),
    GOMOD: get('GOMOD'),
    GOWORK: get('GOWORK') === 'off' ? '' : get('GOWORK'),
    GOAUTH: get('GOAUTH') || 'netrc',
  };
}
