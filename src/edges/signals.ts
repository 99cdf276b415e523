import { EXIT_CODE_ON, type Cancellation, type CancelSignal } from '../cancel.js';

/**
 * SIGINT and SIGTERM cancel the run: `go`'s process group is killed, the relay stops and the
 * partial report is written (src/run.ts). A second signal while that is under way exits at once
 * with the first signal's code (GitHub sends SIGINT, SIGTERM ~7.5 s later, then SIGKILL). Returns
 * the function that removes the handlers.
 */
export function cancelOnSignals(cancellation: Cancellation, say: (line: string) => void): () => void {
  const handler = (by: CancelSignal) => () => {
    if (cancellation.cancel(by)) {
      say(`${by} received: stopping go and the relay, writing a partial report`);
      return;
    }
    say(`${by} received again: exiting now`);
    process.exit(EXIT_CODE_ON[cancellation.by ?? by]);
  };
  const handlers = { SIGINT: handler('SIGINT'), SIGTERM: handler('SIGTERM') } as const;
  for (const [name, fn] of Object.entries(handlers)) process.on(name, fn);
  return () => {
    for (const [name, fn] of Object.entries(handlers)) process.off(name, fn);
  };
}

/**
 * After a cancelled run: the exit code, and a backstop that exits with it should anything (a
 * keep-alive socket, a timer) hold the event loop open. Undefined when the run was not cancelled.
 */
export function exitAfterCancel(cancellation: Cancellation): number | undefined {
  if (!cancellation.by) return undefined;
  const code = EXIT_CODE_ON[cancellation.by];
  setTimeout(() => process.exit(code), 2_000).unref();
  return code;
}
