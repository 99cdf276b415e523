import type http from 'node:http';

/** Bytes a response's headers take on the link (status line and a few headers). */
const HEADER_BYTES = 200;
const PIECE_BYTES = 16 * 1024;

interface Queued {
  readonly res: http.ServerResponse;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
  sent: number;
}

/**
 * One link of `bytesPerSecond` that every response of a fixture proxy shares, with a deep buffer
 * at the bottleneck: responses go out whole in the order they were ready, headers with their first
 * piece, so a response's first byte waits behind every byte already queued (what a saturated link
 * does to time to headers). Pieces leave on a schedule kept from the link's start of busy time, so
 * late timers on a loaded machine do not lower the rate. A reader that is slow to read does not
 * hold the link (its bytes wait in its socket's buffer).
 */
export class SharedLink {
  private readonly queue: Queued[] = [];
  private busySince = 0;
  private busyBytes = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly bytesPerSecond: number) {}

  send(res: http.ServerResponse, status: number, headers: Record<string, string>, body: Buffer): void {
    this.queue.push({ res, status, headers, body, sent: -1 });
    if (this.queue.length > 1) return;
    // An idle link starts a new schedule when its last piece is through (no credit saved up).
    this.busySince = Math.max(performance.now(), this.due());
    this.busyBytes = 0;
    this.pump();
  }

  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.queue.length = 0;
  }

  private pump(): void {
    this.timer = undefined;
    for (;;) {
      const head = this.queue[0];
      if (!head) return;
      if (head.res.destroyed) {
        this.queue.shift();
        continue;
      }
      const wait = this.due() - performance.now();
      if (wait > 1) return void (this.timer = setTimeout(() => this.pump(), wait));
      if (head.sent < 0) {
        head.res.writeHead(head.status, head.headers);
        head.sent = 0;
        this.busyBytes += HEADER_BYTES;
      }
      const piece = head.body.subarray(head.sent, head.sent + PIECE_BYTES);
      head.sent += piece.length;
      this.busyBytes += piece.length;
      if (head.sent >= head.body.length) {
        head.res.end(piece);
        this.queue.shift();
      } else head.res.write(piece);
    }
  }

  /** When the bytes sent since the link became busy are through. */
  private due(): number {
    return this.busySince + (1000 * this.busyBytes) / this.bytesPerSecond;
  }
}
