import { helpDigestOnThisThread } from './zip-digest-pool.js';

/** How often a lent thread looks for waiting digest tasks. */
const LEND_POLL_MS = 5;

/**
 * Lends this thread to the digest workers until `until` settles, looking for waiting tasks every
 * few milliseconds: for a thread with nothing else to do meanwhile (a warm restore's check, once
 * the archive is written; on 2 cores one worker hashed its tail alone).
 */
export function lendThisThreadToDigests(until: Promise<unknown>): void {
  let done = false;
  const stop = (): void => {
    done = true;
  };
  until.then(stop, stop);
  void (async () => {
    while (!done) {
      await helpDigestOnThisThread();
      await new Promise((resolve) => setTimeout(resolve, LEND_POLL_MS));
    }
  })();
}
