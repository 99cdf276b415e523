import { KeptLogger, formatElapsed, type Logger } from '../logger.js';
import type { PipelineIO } from './step-context.js';

/** A step started beside another: its result, in its own log group, once asked for. */
export interface BesideStep<T> {
  /** Waits for the step and logs its group: the lines it kept, and its whole time. */
  result(): Promise<T>;
}

/**
 * Starts `work` now, beside whatever the pipeline does next (the checksum step waits on the
 * network while the license step uses the CPU). Its lines are kept and logged as one group when
 * `result()` is asked for, so groups never interleave; the group's own time is then what the step
 * still cost after the other one ended, and a line gives its whole time.
 */
export function startBeside<T>(
  io: Pick<PipelineIO, 'logger' | 'now'>,
  title: string,
  /** What runs meanwhile, for the log: "the license step". */
  besideOf: string,
  work: (logger: Logger) => Promise<T>,
): BesideStep<T> {
  const kept = new KeptLogger();
  const started = io.now();
  let ended = started;
  const running = work(kept).finally(() => (ended = io.now()));
  // Its failure is taken by result(); until then it is not an unhandled rejection.
  running.catch(() => undefined);
  return {
    result: () =>
      io.logger.group(title, async () => {
        try {
          return await running;
        } finally {
          kept.replayInto(io.logger);
          io.logger.info(`${title}: ${formatElapsed(ended - started)} in all, beside ${besideOf}`);
        }
      }),
  };
}
