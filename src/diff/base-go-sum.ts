import fs from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, InfrastructureError } from '../errors.js';
import type { DiffBase } from './diff-report.js';
import { runGit } from './git.js';

/** What to diff against: a git ref (or commit), or a go.sum file. */
export type BaseRequest =
  { readonly kind: 'git'; readonly ref: string } | { readonly kind: 'file'; readonly path: string };

/** The job's pull-request facts, read once at the edge (RunnerFacts); all undefined outside a job. */
export interface JobBase {
  /** GITHUB_EVENT_NAME. */
  readonly eventName?: string;
  /** The event payload's `pull_request.base.sha`. */
  readonly baseSha?: string;
  /** GITHUB_BASE_REF. */
  readonly baseRef?: string;
}

/**
 * `compare-to` when set (an existing file is a go.sum, anything else a git ref); else, on a
 * pull_request event, the payload's `pull_request.base.sha`, else `GITHUB_BASE_REF`. Undefined
 * when there is nothing to compare to (a push, the CLI without --compare-to).
 */
export async function baseRequestFrom(
  compareTo: string | undefined,
  job: JobBase,
  cwd: string,
): Promise<BaseRequest | undefined> {
  if (compareTo !== undefined) {
    const file = path.resolve(cwd, compareTo);
    const stat = await fs.stat(file).catch(() => undefined);
    if (stat?.isFile()) return { kind: 'file', path: file };
    if (compareTo.startsWith('-') || /\s/.test(compareTo))
      throw new ConfigError(
        'compare-to',
        `'${compareTo}' is neither a go.sum file nor a git ref`,
        'a git ref (main, origin/main, a commit) or a go.sum path',
      );
    return { kind: 'git', ref: compareTo };
  }
  if (!/^pull_request/.test(job.eventName ?? '')) return undefined;
  if (job.baseSha) return { kind: 'git', ref: job.baseSha };
  return job.baseRef ? { kind: 'git', ref: job.baseRef } : undefined;
}

/**
 * The base's text of each head go.sum file (absolute paths), '' where the base has none. From git:
 * `git show <commit>:<path>`, after fetching `<ref>` from origin when the commit is not in the
 * clone (actions/checkout fetches only the head, at depth 1, by default). See fetchBase.
 */
export async function readBaseGoSums(
  request: BaseRequest,
  goSumFiles: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<{ base: DiffBase; texts: Map<string, string> }> {
  if (request.kind === 'file') {
    const text = await fs.readFile(request.path, 'utf8');
    // A go.sum file stands for the main module's go.sum (in a workspace, not go.work.sum).
    const main = goSumFiles.find((f) => path.basename(f) === 'go.sum') ?? goSumFiles[0];
    return { base: request, texts: new Map(main ? [[main, text]] : []) };
  }
  // A ref is passed to git as an argument: one that reads as an option is never a ref.
  if (request.ref.startsWith('-')) throw new ConfigError('compare-to', `'${request.ref}' is not a git ref`);
  const git = async (args: string[]) => runGit(args, options);
  const top = await git(['rev-parse', '--show-toplevel']);
  if (top.code !== 0)
    throw new InfrastructureError(
      `compare-to ${request.ref}: ${options.cwd} is not in a git repository (${top.stderr.trim()})`,
    );
  const root = top.stdout.trim();
  let commit = await resolveCommit(git, request.ref);
  let fetched = false;
  if (!commit) {
    const fetch = await fetchBase(git, request.ref);
    if (fetch.code !== 0)
      throw new InfrastructureError(
        `could not fetch the base ${request.ref} from origin: ${fetch.stderr.trim().split('\n').pop() ?? ''}`,
      );
    fetched = true;
    commit = (await resolveCommit(git, request.ref)) ?? (await resolveCommit(git, 'FETCH_HEAD'));
    if (!commit)
      throw new InfrastructureError(`the base ${request.ref} is not a commit, even after fetching it`);
  }
  const texts = new Map<string, string>();
  for (const file of goSumFiles) {
    const rel = path.relative(
      await fs.realpath(root),
      await fs.realpath(path.dirname(file)).catch(() => path.dirname(file)),
    );
    const name = [...rel.split(path.sep).filter((p) => p !== ''), path.basename(file)].join('/');
    const show = await git(['show', `${commit}:${name}`]);
    texts.set(file, show.code === 0 ? show.stdout : '');
  }
  return { base: { kind: 'git', ref: request.ref, commit, fetched }, texts };
}

/**
 * Fetches only what is missing and never changes the kind of clone: `--depth=1` in a full clone
 * would write .git/shallow and make it shallow; a shallow clone gets the base alone at depth 1
 * (its own history is neither deepened nor unshallowed).
 */
async function fetchBase(
  git: (args: string[]) => Promise<{ code: number; stdout: string; stderr: string }>,
  ref: string,
): Promise<{ code: number; stderr: string }> {
  const shallow = await git(['rev-parse', '--is-shallow-repository']);
  const depth = shallow.code === 0 && shallow.stdout.trim() === 'false' ? [] : ['--depth=1'];
  return git(['fetch', '--no-tags', ...depth, 'origin', ref]);
}

async function resolveCommit(
  git: (args: string[]) => Promise<{ code: number; stdout: string }>,
  ref: string,
): Promise<string | undefined> {
  const result = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  return result.code === 0 ? result.stdout.trim() : undefined;
}
