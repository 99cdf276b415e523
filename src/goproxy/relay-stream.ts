import type http from 'node:http';
import type { Readable } from 'node:stream';
import type { Clock } from '../clock.js';
import { StallTimer } from './stall-timer.js';

export type BodyOutcome = 'complete' | 'stalled' | 'truncated' | 'too-large' | 'client-gone';

/** Settles on how an upstream body ends: complete, or cut off (an error, a close before its end). */
function watchBodyEnd(body: Readable, settle: (outcome: 'complete' | 'truncated') => void): void {
  const complete = (): boolean | undefined => (body as { complete?: boolean }).complete;
  body.on('end', () => settle(complete() === false ? 'truncated' : 'complete'));
  body.on('error', () => settle('truncated'));
  body.on('close', () => settle(complete() === true ? 'complete' : 'truncated'));
}

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
  /** A longer body is cut off (go's limit for what it reads). */
  maxBytes = Infinity,
  clock?: Clock,
): Promise<BodyOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const stall = new StallTimer(stallTimeoutMs, () => settle('stalled'), clock);
    const settle = (outcome: BodyOutcome): void => {
      if (settled) return;
      settled = true;
      stall.stop();
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
    let size = 0;
    const onData = (chunk: Buffer): void => {
      onBytes(chunk.length);
      size += chunk.length;
      if (size > maxBytes) return settle('too-large');
      if (!res.write(chunk)) {
        body.pause();
        stall.pause();
      } else stall.touch();
    };
    const onDrain = (): void => {
      if (settled) return;
      stall.touch();
      body.resume();
    };
    body.on('data', onData);
    res.on('drain', onDrain);
    watchBodyEnd(body, settle);
    res.on('close', () => {
      if (!settled && !res.writableFinished) settle('client-gone');
    });
    if (res.destroyed) settle('client-gone');
    else stall.touch();
  });
}

/**
 * Reads an upstream body whole, for a caller in this process (the checksum client): the same
 * stall clock and size cap as pipeBody, and `signal` stands for the reader going away.
 */
export function collectBody(
  body: Readable,
  stallTimeoutMs: number,
  onBytes: (n: number) => void,
  maxBytes: number,
  signal: AbortSignal,
  clock?: Clock,
): Promise<{ outcome: BodyOutcome; data: Buffer }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const stall = new StallTimer(stallTimeoutMs, () => settle('stalled'), clock);
    const settle = (outcome: BodyOutcome): void => {
      if (settled) return;
      settled = true;
      stall.stop();
      signal.removeEventListener('abort', onAbort);
      if (outcome !== 'complete') body.destroy();
      resolve({ outcome, data: outcome === 'complete' ? Buffer.concat(chunks, size) : Buffer.alloc(0) });
    };
    const onAbort = (): void => settle('client-gone');
    body.on('data', (chunk: Buffer) => {
      onBytes(chunk.length);
      size += chunk.length;
      if (size > maxBytes) return settle('too-large');
      chunks.push(chunk);
      stall.touch();
    });
    watchBodyEnd(body, settle);
    if (signal.aborted) return settle('client-gone');
    signal.addEventListener('abort', onAbort, { once: true });
    stall.touch();
  });
}
