import type http from 'node:http';
import type { Readable } from 'node:stream';

export type BodyOutcome = 'complete' | 'stalled' | 'truncated' | 'client-gone';

/**
 * Streams an upstream body to `go` with backpressure, never holding more than a chunk or two.
 * The stall clock runs only while we wait on the upstream (not while `go` is slow to read); a
 * stall or a body that ends early destroys `go`'s connection, so `go` sees a failed download
 * rather than a short file.
 */
export function pipeBody(
  body: Readable,
  res: http.ServerResponse,
  stallTimeoutMs: number,
  onBytes: (n: number) => void,
): Promise<BodyOutcome> {
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const settle = (outcome: BodyOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      body.removeListener('data', onData);
      res.removeListener('drain', onDrain);
      if (outcome === 'complete') {
        res.end();
      } else {
        body.destroy();
        res.destroy();
      }
      resolve(outcome);
    };
    const arm = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => settle('stalled'), stallTimeoutMs);
    };
    const onData = (chunk: Buffer): void => {
      onBytes(chunk.length);
      if (!res.write(chunk)) {
        body.pause();
        clearTimeout(timer);
      } else arm();
    };
    const onDrain = (): void => {
      if (settled) return;
      arm();
      body.resume();
    };
    body.on('data', onData);
    res.on('drain', onDrain);
    body.on('end', () => {
      const complete = (body as { complete?: boolean }).complete;
      settle(complete === false ? 'truncated' : 'complete');
    });
    body.on('error', () => settle('truncated'));
    body.on('close', () => {
      // A close before 'end' means the body was cut off.
      if (!settled) settle((body as { complete?: boolean }).complete === true ? 'complete' : 'truncated');
    });
    res.on('close', () => {
      if (!settled && !res.writableFinished) settle('client-gone');
    });
    if (res.destroyed) settle('client-gone');
    else arm();
  });
}
