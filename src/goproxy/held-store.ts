import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MAX_ZIP } from '../go/zip-reader.js';
import type { Clock } from '../clock.js';
import { dropHeld, type HeldBody, type SpoolOptions } from './spool.js';

/** A body up to this size waits in memory; a bigger one in a file. */
const MEMORY_LIMIT = 256 * 1024;
/**
 * Held bytes in memory, counted as they arrive (never from Content-Length): a chunk that would pass
 * this goes to the body's file instead, with the rest of that body.
 */
export const HELD_MEMORY_BUDGET = 64 * 1024 * 1024;
/** go's limits (modzip MaxZipFile, modfetch/codehost MaxGoMod); .info and lists get go.mod's. */
export const MAX_FILE_BYTES = { zip: MAX_ZIP, mod: 16 << 20, info: 16 << 20, other: 16 << 20 } as const;

/** The bytes bodies hold in memory: now, the most at once, and the budget that bounds both. */
export interface HeldBytes {
  readonly now: number;
  readonly highWater: number;
  readonly budget: number;
}

/**
 * Where whole bodies wait between the upstream and `go`: small ones in memory while the budget
 * lasts, the others in files of one per-relay directory, removed once served or dropped.
 */
export class HeldStore {
  private dir: string | undefined;
  private files = 0;
  private inMemory = 0;
  private highWater = 0;

  constructor(private readonly options: { readonly parent?: string; readonly memoryBudget?: number }) {}

  /** How spoolBody keeps one body of this kind. */
  spoolOptions(
    kind: 'info' | 'mod' | 'zip',
    stallTimeoutMs: number,
    signal: AbortSignal,
    onBytes: (n: number) => void,
    clock?: Clock,
  ): SpoolOptions {
    return {
      clock,
      stallTimeoutMs,
      memoryLimit: MEMORY_LIMIT,
      claim: (n) => this.claim(n),
      unclaim: (n) => (this.inMemory -= n),
      file: () => {
        this.dir ??= fsSync.mkdtempSync(path.join(this.options.parent ?? os.tmpdir(), 'gmw-relay-'));
        return path.join(this.dir, `${++this.files}.${kind}`);
      },
      maxBytes: MAX_FILE_BYTES[kind],
      signal,
      onBytes,
    };
  }

  /** Counts `n` more bytes of a body in memory, unless that would pass the budget. */
  private claim(n: number): boolean {
    if (this.inMemory + n > this.budget) return false;
    this.inMemory += n;
    this.highWater = Math.max(this.highWater, this.inMemory);
    return true;
  }

  private get budget(): number {
    return this.options.memoryBudget ?? HELD_MEMORY_BUDGET;
  }

  /** What bodies hold in memory (a complete body's bytes count until released). */
  held(): HeldBytes {
    return { now: this.inMemory, highWater: this.highWater, budget: this.budget };
  }

  /** Frees a held body once served, refused or never claimed. */
  async release(held: HeldBody): Promise<void> {
    if (held.kind === 'memory') this.inMemory -= held.data.length;
    await dropHeld(held);
  }

  async close(): Promise<void> {
    if (this.dir) await fs.rm(this.dir, { recursive: true, force: true });
  }
}
