import { createHash } from 'node:crypto';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import zlib from 'node:zlib';
import { readEntryJob, type EntryJob } from './zip-entry-job.js';

/** Per job: the hex SHA-256 of the entry's content, or why it could not be read. */
export type EntryDigest = { readonly sha256: string } | { readonly error: string };

// The worker runs readEntryJob from its source text (an eval worker needs no file beside the
// bundle): it inflates, checks and hashes, and the main thread only parses zip directories.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const zlib = require('node:zlib');
const { createHash } = require('node:crypto');
const readEntryJob = (${readEntryJob.toString()});
const digestJobs = (${digestJobs.toString()});
const streamEntryDigest = (${streamEntryDigest.toString()});
const digestJobsStreaming = (${digestJobsStreaming.toString()});
parentPort.on('message', async ({ zip, jobs }) => {
  try {
    const digests = await digestJobsStreaming(zlib, createHash, readEntryJob, digestJobs, streamEntryDigest, zip, jobs);
    // The zip goes back (transferred, so this isolate lets go of it now, not at its next GC).
    parentPort.postMessage({ digests, zip }, [zip.buffer]);
  } catch (error) {
    parentPort.postMessage({ failure: String((error && error.message) || error) });
  }
});
`;

interface Task {
  readonly zip: Uint8Array;
  /** The caller is done with `zip`: its memory may move to the worker instead of being copied. */
  readonly handOver: boolean;
  readonly jobs: readonly EntryJob[];
  resolve(digests: EntryDigest[]): void;
  reject(error: Error): void;
}

type Reply = { digests: EntryDigest[] } | { failure: string };

/**
 * A digest worker failed (it died, ran out of memory, or threw): nothing is known of the zip, which
 * is not to be called unreadable for it. Digest it again on this thread (`thisThread`).
 */
export class DigestWorkerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DigestWorkerError';
  }
}

/** Idle workers are stopped after this long without work, so nothing lingers after a check. */
const IDLE_MS = 1000;

/**
 * How many digest workers run at once on `cores` cores: one core is left to the main thread
 * (which reads the zips, parses their directories, relays and classifies licenses), at most 3;
 * none on one core. Each busy worker inflates into its own malloc arena: on 2 cores a second
 * worker added 70-100 MiB to the integrity check's peak RSS on prometheus's module cache (418
 * modules), for no time gained.
 */
export function digestWorkerCount(cores = os.availableParallelism()): number {
  return Math.max(0, Math.min(cores - 1, 3));
}

/**
 * A few worker threads (digestWorkerCount) that read and hash zip entries: the zips of a
 * restored module cache verify beside the main thread instead of on it. Idle workers do not keep
 * the process alive and stop after IDLE_MS.
 */
class ZipDigestPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private idleTimer: NodeJS.Timeout | undefined;
  /** The most workers busy at once (takePeakBusyWorkers). */
  peakBusy = 0;

  constructor(private readonly size: number) {}

  run(zip: Uint8Array, jobs: readonly EntryJob[], handOver: boolean): Promise<EntryDigest[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ zip, jobs, handOver, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    clearTimeout(this.idleTimer);
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.workers() < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const task = this.queue.shift() as Task;
      this.busy.set(worker, task);
      this.peakBusy = Math.max(this.peakBusy, this.busy.size);
      worker.ref();
      // Moved when the caller handed it over and it owns its whole ArrayBuffer (never a slice of
      // Node's shared pool); otherwise a copy moves, and the caller's buffer stays usable.
      const owned =
        task.handOver &&
        task.zip.byteOffset === 0 &&
        task.zip.byteLength === task.zip.buffer.byteLength &&
        task.zip.buffer instanceof ArrayBuffer;
      const sent = owned ? task.zip : new Uint8Array(task.zip);
      worker.postMessage({ zip: sent, jobs: task.jobs }, [sent.buffer as ArrayBuffer]);
    }
    if (this.busy.size === 0) this.idleTimer = setTimeout(() => this.stopIdle(), IDLE_MS).unref();
  }

  private workers(): number {
    return this.idle.length + this.busy.size;
  }

  private spawn(): Worker {
    // A small young generation: a zip's wrapper goes soon (its bytes live outside the heap). The
    // old generation is capped generously: a worker out of memory would fail one zip's check.
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      resourceLimits: { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 256 },
    });
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      worker.unref();
      this.idle.push(worker);
      if (task) {
        if ('failure' in reply) task.reject(new DigestWorkerError(`zip digest worker: ${reply.failure}`));
        else task.resolve(reply.digests);
      }
      this.pump();
    });
    const retire = (cause: Error): void => {
      const error = new DigestWorkerError(`zip digest worker: ${cause.message}`);
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      task?.reject(error);
      this.pump();
    };
    worker.on('error', retire);
    worker.on('exit', (code) => retire(new Error(`zip digest worker exited with code ${code}`)));
    return worker;
  }

  async terminateAll(): Promise<void> {
    // Out of `idle` at once: no task may be posted to a worker that is going (its exit comes later).
    await Promise.all([...this.idle.splice(0), ...this.busy.keys()].map((worker) => worker.terminate()));
  }

  private stopIdle(): void {
    for (const worker of this.idle.splice(0)) {
      worker.removeAllListeners('exit');
      void worker.terminate();
    }
  }
}

let pool: ZipDigestPool | undefined;

/** The most digest workers busy at once since the last call (a bench and test figure), then reset. */
export function takePeakBusyWorkers(): number {
  if (!pool) return 0;
  const peak = pool.peakBusy;
  pool.peakBusy = 0;
  return peak;
}

/** Stops every digest worker now, busy or not (tests: a worker that dies mid-zip). */
export async function terminateDigestWorkers(): Promise<void> {
  await pool?.terminateAll();
}

// Zip bytes being digested now (waiting for a worker, on one, or on this thread), and their most.
let digesting = 0;
let peakDigesting = 0;

/** The most zip bytes digested at once since the last call (a bench and test figure), then reset. */
export function takePeakDigestBytes(): number {
  const peak = peakDigesting;
  peakDigesting = digesting;
  return peak;
}

/**
 * Reads and hashes the entries on the worker threads, or on this thread on a single core (where
 * a worker would only add copies). Same answers either way.
 */
export async function digestEntryJobs(
  zip: Uint8Array,
  jobs: readonly EntryJob[],
  /** thisThread: never on a worker (after a DigestWorkerError). */
  options: { readonly handOver?: boolean; readonly thisThread?: boolean } = {},
): Promise<EntryDigest[]> {
  const bytes = zip.byteLength; // before a hand-over empties `zip`
  digesting += bytes;
  peakDigesting = Math.max(peakDigesting, digesting);
  try {
    const workers = digestWorkerCount();
    if (workers < 1 || options.thisThread) return digestJobs(zlib, createHash, readEntryJob, zip, jobs);
    return await digestOnWorkers(zip, jobs, workers, options.handOver ?? false);
  } finally {
    digesting -= bytes;
  }
}

/** On the worker threads whatever the core count (digestEntryJobs picks; tests use both). */
export function digestOnWorkers(
  zip: Uint8Array,
  jobs: readonly EntryJob[],
  workers = Math.max(1, digestWorkerCount()),
  handOver = false,
): Promise<EntryDigest[]> {
  pool ??= new ZipDigestPool(Math.max(1, workers));
  return pool.run(zip, jobs, handOver);
}

/**
 * On a worker: each job as digestJobs does, but a deflated entry over 1 MiB is inflated and
 * hashed in 1 MiB pieces (streamEntryDigest; each piece is a trip through libuv's pool, so not
 * smaller: 64 KiB pieces made the warm check 2-3x slower on a loaded 2-core box). A whole-entry output (up to 16 MiB) in the worker
 * kept glibc's heap at its high-water mark: on syncthing's warm hit the worker added ~80 MiB to
 * the run's peak RSS (hashed on the main thread instead: 260-275 MiB, not 340), ~40 MiB of it gone
 * with a fixed mmap threshold (MALLOC_MMAP_THRESHOLD_). Self-contained (run from its source text).
 */
async function digestJobsStreaming(
  zlibModule: typeof zlib,
  hash: typeof createHash,
  read: typeof readEntryJob,
  digest: typeof digestJobs,
  stream: typeof streamEntryDigest,
  zip: Uint8Array,
  jobs: readonly EntryJob[],
): Promise<EntryDigest[]> {
  const out: EntryDigest[] = [];
  for (const job of jobs) {
    if (job.method !== 0 && job.size > 1 << 20) out.push(await stream(zlibModule, hash, zip, job));
    else out.push(digest(zlibModule, hash, read, zip, [job])[0]);
  }
  return out;
}

/**
 * A deflated entry's digest, inflated in 1 MiB pieces, each hashed and CRC-summed as it comes;
 * stopped as soon as it passes its stated size. Same checks and messages as readEntryJob.
 * Self-contained (it runs in the workers from its source text).
 */
function streamEntryDigest(
  zlibModule: typeof zlib,
  hash: typeof createHash,
  zip: Uint8Array,
  job: EntryJob,
): Promise<EntryDigest> {
  const sha = hash('sha256');
  const inflater = zlibModule.createInflateRaw({ chunkSize: 1 << 20 });
  let size = 0;
  let crc = 0;
  return new Promise((resolve) => {
    inflater.on('data', (piece: Buffer) => {
      size += piece.length;
      if (size > job.size) {
        inflater.destroy();
        resolve({
          error: `${job.name}: cannot inflate (more than the ${job.size} bytes its directory says)`,
        });
        return;
      }
      sha.update(piece);
      crc = zlibModule.crc32(piece, crc);
    });
    inflater.on('error', (error: Error) =>
      resolve({ error: `${job.name}: cannot inflate (${error.message})` }),
    );
    inflater.on('end', () => {
      if (size !== job.size) resolve({ error: `${job.name}: size ${size}, directory says ${job.size}` });
      else if (crc >>> 0 !== job.crc32) resolve({ error: `${job.name}: CRC-32 mismatch` });
      else resolve({ sha256: sha.digest('hex') });
    });
    inflater.end(zip.subarray(job.start, job.start + job.compressedSize));
  });
}

/** Reads and hashes each job. Self-contained (it runs in the workers from its source text). */
function digestJobs(
  zlibModule: typeof zlib,
  hash: typeof createHash,
  read: typeof readEntryJob,
  zip: Uint8Array,
  jobs: readonly EntryJob[],
): EntryDigest[] {
  return jobs.map((job) => {
    const data = read(zlibModule, zip, job);
    return typeof data === 'string' ? { error: data } : { sha256: hash('sha256').update(data).digest('hex') };
  });
}
