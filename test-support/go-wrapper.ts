import fs from 'node:fs/promises';
import path from 'node:path';
import { run, type GoSandbox } from './go-sandbox.js';

/** The real go behind a wrapper on PATH that logs each invocation's arguments, one line each. */
export interface GoWrapper {
  /** PATH with the wrapper first: hand it to the run under test. */
  readonly path: string;
  /** The invocations logged since the last `forget()`. */
  invocations(): Promise<string[]>;
  forget(): Promise<void>;
}

/**
 * Installs the wrapper in the sandbox, so a test checks what go was asked on the processes
 * themselves ("go list -deps did not run", "go env ran once"), not on the code's own account.
 */
export async function installGoWrapper(sandbox: GoSandbox): Promise<GoWrapper> {
  const realGo = (await run('sh', ['-c', 'command -v go'], { env: sandbox.env })).stdout.trim();
  const bin = path.join(sandbox.root, 'wrapper-bin');
  const log = path.join(sandbox.root, 'go-invocations.log');
  await fs.mkdir(bin, { recursive: true });
  await fs.writeFile(
    path.join(bin, 'go'),
    `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${realGo}' "$@"\n`,
    { mode: 0o755 },
  );
  return {
    path: `${bin}:${sandbox.env.PATH ?? ''}`,
    invocations: async () => (await fs.readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean),
    forget: () => fs.rm(log, { force: true }),
  };
}
