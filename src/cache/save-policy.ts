/** The parts of a GitHub event payload the save decision reads. */
interface PullRequestPayload {
  pull_request?: {
    head?: { repo?: { full_name?: string; fork?: boolean } | null };
    base?: { repo?: { full_name?: string } | null };
  };
}

export type SaveDecision = { readonly save: true } | { readonly save: false; readonly reason: string };

/**
 * Whether this run may write the cache. `cache-save: false` never, `true` always (the user's
 * call). `auto` never from `pull_request_target` (it runs in the base repository's cache scope
 * with a fork's go.sum and modules: a poisoned entry would be restored by trusted runs) and never
 * from a `pull_request` whose head is another repository (a fork), decided from the event payload
 * (`head.repo.full_name !== base.repo.full_name`; a missing head repository counts as a fork).
 */
export function decideSave(
  cacheSave: 'auto' | 'true' | 'false',
  eventName: string | undefined,
  payload: unknown,
): SaveDecision {
  if (cacheSave === 'false') return { save: false, reason: 'cache-save is false' };
  if (cacheSave === 'true') return { save: true };
  if (eventName === 'pull_request_target')
    return {
      save: false,
      reason: 'pull_request_target runs: a fork must not write the base repository’s cache',
    };
  if (
    eventName === 'pull_request' ||
    eventName === 'pull_request_review' ||
    eventName === 'pull_request_review_comment'
  ) {
    const pr = (payload as PullRequestPayload | undefined)?.pull_request;
    const head = pr?.head?.repo;
    const base = pr?.base?.repo;
    const fork =
      !head ||
      !base ||
      head.full_name !== base.full_name ||
      (head.full_name === undefined && head.fork === true);
    if (fork) return { save: false, reason: 'pull request from a fork: its cache is not saved' };
  }
  return { save: true };
}
