import { runGit } from '../diff/git.js';

/** What version control says of the main module's tree, as `go build` stamps it (`go version -m`). */
export interface VcsVersion {
  /** `git describe --tags --always --dirty`: a tag, `tag-N-gHASH`, or a short hash (`-dirty` when modified). */
  readonly version: string;
  /** The full commit hash (go's `vcs.revision`). */
  readonly revision: string;
  /** Uncommitted changes in the tree (go's `vcs.modified`). */
  readonly modified: boolean;
}

/**
 * The main module's version from git, when its directory is in a work tree; undefined otherwise
 * (no git, not a repository, no commit yet). Mirrors cmd/go/internal/vcs (Cmd.Status) in spirit:
 * the revision and whether the tree was modified; the describe text stands for a version.
 */
export async function vcsVersion(
  dir: string,
  env: NodeJS.ProcessEnv,
  timeoutMs = 10_000,
): Promise<VcsVersion | undefined> {
  try {
    const options = { cwd: dir, env, timeoutMs };
    const head = await runGit(['rev-parse', 'HEAD'], options);
    if (head.code !== 0) return undefined;
    const described = await runGit(['describe', '--tags', '--always', '--dirty'], options);
    if (described.code !== 0) return undefined;
    const version = described.stdout.trim();
    return { version, revision: head.stdout.trim(), modified: version.endsWith('-dirty') };
  } catch {
    return undefined;
  }
}
