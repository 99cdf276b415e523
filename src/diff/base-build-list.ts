import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { InfrastructureError } from '../errors.js';
import type { BuildListModule } from '../go/build-list.js';
import type { GoRunner } from '../go/go-command.js';
import { parseJsonObjects } from '../go/json-stream.js';

interface ListedModule {
  readonly Path: string;
  readonly Version?: string;
  readonly Main?: boolean;
}

interface GoModEdit {
  readonly Replace?: readonly {
    readonly Old: { readonly Path: string; readonly Version?: string };
    readonly New: { readonly Path: string; readonly Version?: string };
  }[];
}

export interface BaseBuildListInput {
  readonly goMod: string;
  readonly goSum: string;
  /** The head's module directory: the base's relative local replacements are resolved from it. */
  readonly projectDir: string;
  readonly runGo: GoRunner;
  /** The pipeline's child environment (the relay as GOPROXY, the job's checksum settings). */
  readonly childEnv: NodeJS.ProcessEnv;
  readonly timeoutMs: number;
}

/**
 * The base's build list, path → version: `go list -m -json all` on the base go.mod and go.sum in
 * a scratch directory (the user's files untouched; `-mod=mod` so go may complete the scratch
 * go.sum; GOWORK=off). Relative local replacements are made absolute from the head's checkout.
 */
export async function baseBuildList(input: BaseBuildListInput): Promise<Map<string, string>> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-base-'));
  try {
    await fs.writeFile(path.join(dir, 'go.mod'), input.goMod);
    await fs.writeFile(path.join(dir, 'go.sum'), input.goSum);
    const goflags = (input.childEnv.GOFLAGS ?? '')
      .split(/\s+/)
      .filter((f) => f !== '' && !f.startsWith('-mod='));
    const env = { ...input.childEnv, GOFLAGS: [...goflags, '-mod=mod'].join(' '), GOWORK: 'off' };
    const go = async (args: string[]) => {
      const result = await input.runGo(args, { cwd: dir, env, timeoutMs: input.timeoutMs });
      if (result.code !== 0 || result.timedOut)
        throw new InfrastructureError(
          `go ${args.join(' ')} on the base go.mod failed: ${result.timedOut ? 'stopped at the deadline' : result.stderr.trim().split('\n')[0]}`,
        );
      return result.stdout;
    };
    const edit = JSON.parse(await go(['mod', 'edit', '-json'])) as GoModEdit;
    for (const r of edit.Replace ?? []) {
      if (r.New.Version || !/^\.\.?(\/|$)/.test(r.New.Path)) continue;
      const old = r.Old.Version ? `${r.Old.Path}@${r.Old.Version}` : r.Old.Path;
      await go(['mod', 'edit', `-replace=${old}=${path.resolve(input.projectDir, r.New.Path)}`]);
    }
    const listed = parseJsonObjects<ListedModule>(await go(['list', '-m', '-json', 'all']));
    return new Map(listed.filter((m) => !m.Main).map((m) => [m.Path, m.Version ?? '']));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** The head's build list as the same path → version map. */
export function headBuildList(modules: readonly BuildListModule[]): Map<string, string> {
  return new Map(modules.filter((m) => !m.main).map((m) => [m.path, m.version]));
}
