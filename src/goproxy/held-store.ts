import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MAX_ZIP } from '../go/zip-reader.js';
import type { Clock } from '../clock.js';
import { dropHeld, type HeldBody, type SpoolOptions } from './spool.js';

/** A body up to this size waits in memory; a bigger one in a file. */
const MEMORY_LIMIT = 256 * 1024;
/** Held bytes in memory: past this, bodies wait in files whatever their size. */
export const HELD_MEMORY_BUDGET = 64 * 1024 * 1024;
/** go's limits (modzip MaxZipFile, modfetch/codehost MaxGoMod); .info and lists get go.mod's. */
export const MAX_FILE_BYTES = { zip: MAX_ZIP, mod: 16 << 20, info: 16 << 20, other: 16 << 20 } as const;

/**
 * Where whole bodies wait between the upstream and `go`: small ones in memory while the budget
 * lasts, the others in files of one per-relay directory, removed once served or dropped.
 */
export class HeldStore {
  private dir: string | undefined;
  private files = 0;
  private inMemory = 0;

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
      memoryLimit: this.inMemory < (this.options.memoryBudget ?? HELD_MEMORY_BUDGET) ? MEMORY_LIMIT : 0,
      file: () => {
        this.dir ??= fsSync.mkdtempSync(path.join(this.options.parent ?? os.tmpdir(), 'gmw-relay-'));
        return path.join(this.dir, `${++this.files}.${kind}`);
      },
      maxBytes: MAX_FILE_BYTES[kind],
      signal,
      onBytes,
    };
  }

  /** A body is complete: its memory counts until released. */
  kept(held: HeldBody): void {
    if (held.kind === 'memory') this.inMemory += held.data.length;
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
