import fs from 'node:fs/promises';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../files.js';

/** Held files flush writes between two turns of the event loop. */
const FLUSH_BATCH = 16;

function tempName(target: string): string {
  return `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
}

/**
 * The client's files in one directory, laid out as `go` lays out
 * `$GOMODCACHE/cache/download/sumdb/<name>/`: `latest` (the last verified signed tree note),
 * `lookup/<path>@<version>` (lookup responses: record and signed note, as go stores them) and
 * `tile/<H>/<L>/<N>[.p/<W>]`. The directory travels with the module cache, so the next run proves
 * consistency with the tree this project last saw. Every write is atomic (temp file + rename).
 */
export class StateStore {
  private readonly madeDirs = new Set<string>();
  /** Per top directory (`lookup`, `tile`): whether it was missing when first read. */
  private readonly missingDirs = new Map<string, Promise<boolean>>();
  private readonly written = new Set<string>();
  private readonly held = new Map<string, Buffer>();
  private holding = false;
  private flushing: Promise<void> | undefined;

  constructor(readonly dir: string) {}

  /**
   * The file's bytes, or undefined when it is missing or empty (as go's ReadCache treats it).
   * Under a top directory that was missing at its first read (a cold cache), only the files
   * written here since are read: a cold run asks the disk nothing per lookup and per tile. A file
   * another process adds there meanwhile is then fetched again, never trusted less.
   */
  async read(file: string): Promise<Buffer | undefined> {
    const held = this.held.get(file);
    if (held) return held;
    const top = file.includes('/') ? file.slice(0, file.indexOf('/')) : undefined;
    if (top !== undefined && !this.written.has(file)) {
      let missing = this.missingDirs.get(top);
      if (!missing) {
        missing = fs.stat(this.resolve(top)).then(
          () => false,
          (error: NodeJS.ErrnoException) => error.code === 'ENOENT',
        );
        this.missingDirs.set(top, missing);
      }
      if (await missing) return undefined;
    }
    try {
      const data = await fs.readFile(this.resolve(file));
      return data.length === 0 ? undefined : data;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /** When the file was last written, or undefined when it is missing. */
  async modifiedAt(file: string): Promise<Date | undefined> {
    try {
      return (await fs.stat(this.resolve(file))).mtime;
    } catch {
      return undefined;
    }
  }

  /**
   * From now on, files under a top directory (lookups, tiles) are kept in memory until flush:
   * while `go` fills the module cache, hundreds of small file creations contend with it for the
   * disk and the thread pool (measured as most of the checksum step's CPU in a cold run).
   * Reads see the held files. Top-level files (the remembered tree) are still written at once.
   */
  holdWrites(): void {
    this.holding = true;
  }

  /**
   * Stops holding and writes the held files (each write atomic). Synchronously, FLUSH_BATCH files
   * per turn of the event loop: for a cold run's few hundred small files this took a third of
   * the CPU of fs/promises (an open, a write, a close and a rename each through the thread pool);
   * the pipeline flushes while `go list` runs, when the event loop is otherwise idle.
   */
  flush(): Promise<void> {
    this.holding = false;
    this.flushing ??= (async () => {
      while (this.held.size > 0) {
        let written = 0;
        for (const [file, data] of [...this.held]) {
          this.writeSyncNow(file, data);
          // A file written again meanwhile stays held with its new bytes, for the next round.
          if (this.held.get(file) === data) this.held.delete(file);
          if (++written % FLUSH_BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
        }
      }
    })().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  async write(file: string, data: Buffer | string): Promise<void> {
    this.resolve(file);
    if (file.includes('/') && (this.holding || this.held.has(file))) {
      this.held.set(file, Buffer.from(data));
      return;
    }
    await this.writeNow(file, data);
  }

  private async writeNow(file: string, data: Buffer | string): Promise<void> {
    const target = this.resolve(file);
    const parent = path.dirname(target);
    if (!this.madeDirs.has(parent)) {
      await fs.mkdir(parent, { recursive: true });
      this.madeDirs.add(parent);
    }
    await writeFileAtomic(target, data);
    this.written.add(file);
  }

  private writeSyncNow(file: string, data: Buffer): void {
    const target = this.resolve(file);
    const parent = path.dirname(target);
    if (!this.madeDirs.has(parent)) {
      mkdirSync(parent, { recursive: true });
      this.madeDirs.add(parent);
    }
    const temp = tempName(target);
    try {
      writeFileSync(temp, data);
      renameSync(temp, target);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    this.written.add(file);
  }

  async remove(file: string): Promise<void> {
    this.held.delete(file);
    this.written.delete(file);
    await fs.rm(this.resolve(file), { force: true });
  }

  private resolve(file: string): string {
    const target = path.resolve(this.dir, file);
    if (!target.startsWith(path.resolve(this.dir) + path.sep))
      throw new Error(`path escapes the state directory: ${file}`);
    return target;
  }
}
