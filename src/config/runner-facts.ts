import fs from 'node:fs/promises';
import os from 'node:os';

/** The event that started the job: GITHUB_EVENT_NAME, and the GITHUB_EVENT_PATH payload parsed once. */
export interface RunnerEvent {
  readonly name: string;
  /** The payload; undefined when there is none or it cannot be read (it then decides nothing). */
  readonly payload: unknown;
  /** A pull request's `pull_request.base.sha`, when the payload holds a well-formed one. */
  readonly baseSha?: string;
}

/**
 * Facts about where we run, read once at the edge (the action's main and post steps, the CLI) and
 * handed down as plain values: nothing below the edges and config reads them from the environment.
 * Outside a job (the CLI on a laptop) there is no event, the OS temp dir and no workspace.
 */
export interface RunnerFacts {
  /** True inside a GitHub Actions job (GITHUB_ACTIONS=true). */
  readonly onGitHub: boolean;
  /** RUNNER_TEMP, or the OS temp dir: the report's default place, the relay's spool, scratch dirs. */
  readonly tempDir: string;
  readonly homeDir: string;
  /** GITHUB_WORKSPACE; undefined outside a job (each user names what stands in for it). */
  readonly workspace?: string;
  /** GITHUB_REPOSITORY (`owner/name`): names the project's manifest in an s3 bucket. */
  readonly repository?: string;
  /** HOSTNAME: names the project's s3 manifest outside a job. */
  readonly host?: string;
  /** The job's event; undefined outside a job. */
  readonly event?: RunnerEvent;
  /** GITHUB_BASE_REF: a pull request's base branch. */
  readonly baseRef?: string;
  /** The job's environment (AWS_S3_FORCE_PATH_STYLE for `cache-s3-path-style: auto`). */
  readonly env?: NodeJS.ProcessEnv;
}

/** Reads the runner's facts from the job's environment (the edges call this once). */
export async function readRunnerFacts(env: NodeJS.ProcessEnv): Promise<RunnerFacts> {
  const event = env.GITHUB_EVENT_NAME
    ? await readEvent(env.GITHUB_EVENT_NAME, env.GITHUB_EVENT_PATH)
    : undefined;
  return {
    onGitHub: env.GITHUB_ACTIONS === 'true',
    tempDir: env.RUNNER_TEMP || os.tmpdir(),
    homeDir: os.homedir(),
    ...(env.GITHUB_WORKSPACE ? { workspace: env.GITHUB_WORKSPACE } : {}),
    ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
    ...(env.HOSTNAME ? { host: env.HOSTNAME } : {}),
    ...(event ? { event } : {}),
    ...(env.GITHUB_BASE_REF ? { baseRef: env.GITHUB_BASE_REF } : {}),
    env,
  };
}

async function readEvent(name: string, file: string | undefined): Promise<RunnerEvent> {
  let payload: unknown;
  try {
    payload = file ? (JSON.parse(await fs.readFile(file, 'utf8')) as unknown) : undefined;
  } catch {
    payload = undefined;
  }
  const sha = (payload as { pull_request?: { base?: { sha?: unknown } } } | undefined)?.pull_request?.base
    ?.sha;
  const baseSha = typeof sha === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha) ? sha : undefined;
  return { name, payload, ...(baseSha ? { baseSha } : {}) };
}
