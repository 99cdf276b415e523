import fs from 'node:fs/promises';
import path from 'node:path';
import { ProjectError } from '../errors.js';
import type { GoEnv } from './go-env.js';

/**
 * A Go version as cmd/go/internal/gover orders them: 1.21 < 1.21rc1 < 1.21.0 < 1.21.1 (a
 * language version sorts before its prereleases, which sort before its first release).
 */
function goverKey(version: string): number[] | undefined {
  const m = /^(\d+)\.(\d+)(?:\.(\d+)|(beta|rc)(\d+))?/.exec(version);
  if (!m) return undefined;
  const kind = m[3] !== undefined ? 3 : m[4] === 'rc' ? 2 : m[4] === 'beta' ? 1 : 0;
  return [Number(m[1]), Number(m[2]), kind, Number(m[3] ?? m[5] ?? 0)];
}

/** gover.Compare: negative when a < b. Undefined when either is not a Go version. */
export function compareGoVersions(a: string, b: string): number | undefined {
  const [x, y] = [goverKey(a), goverKey(b)];
  if (!x || !y) return undefined;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

/** The toolchain name that provides a `go` line (gover.FromToolchain's inverse): 1.22 → go1.22.0. */
export function toolchainFor(goLine: string): string {
  const [major, minor] = goLine.split('.').map(Number);
  return /^\d+\.\d+$/.test(goLine) && (major > 1 || minor >= 21) ? `go${goLine}.0` : `go${goLine}`;
}

/** The `go` directive of a go.mod or go.work, with its line number (1-based). */
export function goLineOf(text: string): { version: string; line: number } | undefined {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*go\s+([0-9][^\s/]*)/.exec(lines[i]);
    if (m) return { version: m[1], line: i + 1 };
  }
  return undefined;
}

/**
 * Before any `go` command runs: a go.mod (or go.work) whose `go` line is newer than the Go that
 * runs. With GOTOOLCHAIN=auto, `go env` already ran the newer toolchain (GOVERSION is it); with
 * `local` (or a switch that cannot happen), every command would fail with cmd/go's
 * "go.mod requires go >= 1.N (running go 1.M)". Says which line, which Go, and the fix.
 */
export async function checkGoVersionNeed(files: readonly string[], goEnv: GoEnv, cwd: string): Promise<void> {
  const installed = /^go(\S+)/.exec(goEnv.GOVERSION)?.[1];
  if (!installed) return; // A devel toolchain: no order to compare.
  for (const file of files) {
    const text = await fs.readFile(file, 'utf8').catch(() => undefined);
    const need = text === undefined ? undefined : goLineOf(text);
    if (!need || (compareGoVersions(need.version, installed) ?? 0) <= 0) continue;
    const name = path.relative(cwd, file) || path.basename(file);
    const toolchain = goEnv.GOTOOLCHAIN ? ` (GOTOOLCHAIN=${goEnv.GOTOOLCHAIN})` : '';
    throw new ProjectError(
      `${name}:${need.line}: 'go ${need.version}' needs Go ${need.version} or newer, but the installed Go is ${goEnv.GOVERSION}${toolchain}; ` +
        `install it with actions/setup-go and 'go-version-file: ${path.basename(file)}', ` +
        `or let go fetch it: GOTOOLCHAIN=${toolchainFor(need.version)}`,
    );
  }
}
