import { statSync } from 'node:fs';
import type { LandedZipDigests } from '../cache/landed-digests.js';
import type { LicenseReads } from '../cache/run-memo.js';
import { moduleCachePaths } from '../cache/module-path.js';
import type { BuildListModule } from '../go/build-list.js';
import type { GoSumLine } from '../go/go-sum.js';
import { classifyLicenseText } from '../licenses/classifier.js';
import { readModuleLicenses, type LicenseRead } from '../licenses/evaluate.js';

/** How often the module cache is looked at for zips that landed. */
const POLL_MS = 200;

/**
 * Reads and classifies each module's license files while `go` primes the cache, as soon as its
 * zip lands in the module cache (go renames a zip into place only after checking it against
 * go.sum: modfetch downloadZip), one module at a time, so the license step after priming only
 * applies the policy. A module whose zip has not landed by `stop()` is read by the license step
 * as before. Reads are keyed by the zip's go.sum h1 (LicenseReads), so a read is used only for
 * the very bytes go.sum names.
 */
export class LicensePrefetch {
  private readonly pending: BuildListModule[];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly gomodcache: string,
    goSum: readonly GoSumLine[],
    private readonly reads: LicenseReads<LicenseRead>,
    private readonly threshold: number,
    /** Reads each landed zip for the save's proof (its h1), beside the license read. */
    private readonly landed?: LandedZipDigests,
  ) {
    this.pending = goSum
      .filter((l) => !l.version.endsWith('/go.mod') && l.hash.startsWith('h1:'))
      .map((l) => asModule(l.path, l.version))
      .filter((m) => !reads.has(m));
  }

  start(): this {
    if (this.pending.length > 0) this.timer = setTimeout(() => this.tick(), POLL_MS);
    return this;
  }

  /**
   * Stops looking; waits for the read in progress. The zips that landed since the last look are
   * left to the license step to read, but taken for the save's proof now, beside the next steps.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    if (!this.landed) return;
    for (const module of this.pending) {
      const zip = zipOf(this.gomodcache, module);
      if (zip !== undefined && exists(zip)) this.landed.take(zip, module);
    }
  }

  private tick(): void {
    this.running = this.pass().finally(() => {
      if (!this.stopped && this.pending.length > 0) this.timer = setTimeout(() => this.tick(), POLL_MS);
    });
  }

  /** Reads every pending module whose zip is there now, one at a time. */
  private async pass(): Promise<void> {
    for (let i = 0; i < this.pending.length && !this.stopped;) {
      const module = this.pending[i];
      const zip = zipOf(this.gomodcache, module);
      if (zip === undefined) {
        this.pending.splice(i, 1); // a path or version this cache layout cannot name: read later
        continue;
      }
      if (!exists(zip)) {
        i++;
        continue;
      }
      this.pending.splice(i, 1);
      this.landed?.take(zip, module);
      const read = await readModuleLicenses(module, this.threshold, this.gomodcache);
      this.reads.setEarly(module, read);
      // Let the relay's callbacks run between two classifications.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

/**
 * The classifier's first call builds its templates (0.15-0.2 s of CPU now, measured): made here,
 * before go primes the cache through the relay, so that it never blocks the event loop while the
 * relay times go's requests against their latency budget; later calls take milliseconds.
 */
export function warmLicenseClassifier(): void {
  classifyLicenseText('permission is hereby granted');
}

/**
 * Whether a zip has landed. A plain stat that returns undefined when the file is not there: each
 * look asks for every zip still pending, and a rejected fs.access per missing zip cost about a
 * second of main-thread CPU in a cold run of 150 modules (measured: --cpu-prof), on the thread
 * that serves go.
 */
function exists(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false }) !== undefined;
}

function zipOf(gomodcache: string, module: BuildListModule): string | undefined {
  try {
    return `${moduleCachePaths(gomodcache, module).base}.zip`;
  } catch {
    return undefined;
  }
}

/** A go.sum module version as the license reader takes it (no tree, not the main module). */
export function asModule(path: string, version: string): BuildListModule {
  return {
    path,
    version,
    main: false,
    indirect: false,
    dir: undefined,
    goMod: undefined,
    replace: undefined,
    error: undefined,
  };
}
