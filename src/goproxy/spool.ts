import fs from 'node:fs';
import type http from 'node:http';
import type { Readable } from 'node:stream';
import { pipeBody, type BodyOutcome } from './relay-stream.js';
import type { Clock } from '../clock.js';
import { StallTimer } from './stall-timer.js';

/** A whole response body kept until `go` asks for it: in memory when small, else in a file. */
export type HeldBody =
  | { readonly kind: 'memory'; readonly data: Buffer }
  | { readonly kind: 'file'; readonly file: string; readonly size: number };

export type SpoolOutcome =
  | { readonly kind: 'complete'; readonly body: HeldBody }
  | { readonly kind: 'stalled' | 'truncated' | 'too-large' | 'aborted' }
  | { readonly kind: 'disk-error'; readonly message: string };

export interface SpoolOptions {
  /** No bytes from the upstream for this long: given up. */
  readonly stallTimeoutMs: number;
  /** A body stays in memory up to this many bytes; a longer one moves to `file`. */
  readonly memoryLimit: number;
  /**
   * Counts bytes about to be held in memory against a shared budget; false: the body moves to
   * `file`. What was claimed is given back by `unclaim` when the body moves or fails; a complete
   * body in memory keeps its claim (its owner gives it back on release).
   */
  readonly claim?: (n: number) => boolean;
  readonly unclaim?: (n: number) => void;
  /** Where a body past the memory limit is written (asked only then; created, or replaced). */
  readonly file: () => string;
  /** A longer body is given up (go's own limit for the file kind). */
  readonly maxBytes: number;
  readonly signal: AbortSignal;
  readonly onBytes: (n: number) => void;
  /** The stall clock's time and timers (the system clock by default). */
  readonly clock?: Clock;
}

/**
 * Reads an upstream body to its end and keeps it whole, never holding more than `memoryLimit`
 * bytes in memory. The stall clock runs only while we wait on the upstream, not while our disk is
 * slow. Anything short of a complete body removes what was written and says why.
 */
export function spoolBody(body: Readable, options: SpoolOptions): Promise<SpoolOutcome> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let claimed = 0;
    const unclaim = (): void => {
      if (claimed > 0) options.unclaim?.(claimed);
      claimed = 0;
    };
    let out: fs.WriteStream | undefined;
    let file = '';
    let settled = false;
    const stall = new StallTimer(options.stallTimeoutMs, () => settle({ kind: 'stalled' }), options.clock);

    const settle = (outcome: SpoolOutcome): void => {
      if (settled) return;
      settled = true;
      stall.stop();
      options.signal.removeEventListener('abort', onAbort);
      body.removeListener('data', onData);
      if (outcome.kind === 'complete') return resolve(outcome);
      unclaim();
      body.destroy();
      if (!out) return resolve(outcome);
      out.destroy();
      fs.rm(file, { force: true }, () => resolve(outcome));
    };
    const onAbort = (): void => settle({ kind: 'aborted' });
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      options.onBytes(chunk.length);
      if (size > options.maxBytes) return settle({ kind: 'too-large' });
      stall.touch();
      if (!out && size <= options.memoryLimit && (options.claim?.(chunk.length) ?? true)) {
        claimed += chunk.length;
        return void chunks.push(chunk);
      }
      if (!out) {
        // Bytes written to the file are no longer held (the write stream's buffer is bounded).
        unclaim();
        try {
          file = options.file();
        } catch (error) {
          return settle({ kind: 'disk-error', message: (error as Error).message });
        }
        out = fs.createWriteStream(file);
        out.on('error', (error) => settle({ kind: 'disk-error', message: error.message }));
        for (const held of chunks.splice(0)) out.write(held);
      }
      if (out.write(chunk)) return;
      // Our disk is behind: stop reading (and the stall clock) until it drains.
      stall.pause();
      body.pause();
      out.once('drain', () => {
        if (settled) return;
        stall.touch();
        body.resume();
      });
    };
    const onEnd = (): void => {
      if ((body as { complete?: boolean }).complete === false) return settle({ kind: 'truncated' });
      stall.stop();
      if (!out)
        return settle({ kind: 'complete', body: { kind: 'memory', data: Buffer.concat(chunks, size) } });
      out.end(() => {
        if (!settled) settle({ kind: 'complete', body: { kind: 'file', file, size } });
      });
    };

    if (options.signal.aborted) return settle({ kind: 'aborted' });
    options.signal.addEventListener('abort', onAbort);
    body.on('data', onData);
    body.on('end', onEnd);
    body.on('error', () => settle({ kind: 'truncated' }));
    body.on('close', () => {
      if (!body.readableEnded) settle({ kind: 'truncated' });
    });
    stall.touch();
  });
}

/** Sends a held body to `go` as a 200 and reports how far it got (the file stays; see dropHeld). */
export async function sendHeld(
  held: HeldBody,
  res: http.ServerResponse,
  contentType: string,
  stallTimeoutMs: number,
  clock?: Clock,
): Promise<BodyOutcome> {
  const size = held.kind === 'memory' ? held.data.length : held.size;
  if (res.destroyed) return 'client-gone';
  res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': String(size) });
  if (held.kind === 'memory') {
    return new Promise((resolve) => {
      res.on('close', () => resolve(res.writableFinished ? 'complete' : 'client-gone'));
      res.end(held.data);
    });
  }
  let sent = 0;
  const outcome = await pipeBody(
    fs.createReadStream(held.file),
    res,
    stallTimeoutMs,
    (n) => (sent += n),
    Infinity,
    clock,
  );
  // `go` may close as soon as it has Content-Length bytes, before our file stream says 'end'.
  return outcome === 'client-gone' && sent === size ? 'complete' : outcome;
}

/** Frees what a held body takes (its file, if any). */
export async function dropHeld(held: HeldBody): Promise<void> {
  if (held.kind === 'file') await fs.promises.rm(held.file, { force: true });
}
