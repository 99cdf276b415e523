import type { ModuleIntegrity } from '../cache/integrity.js';
import type { LicenseReads } from '../cache/run-memo.js';
import type { BuildListModule } from '../go/build-list.js';
import { readModuleLicenses, type LicenseRead } from '../licenses/evaluate.js';
import { asModule } from './license-prefetch.js';

/**
 * Reads each module's license files as soon as the restore's integrity check has proven its zip
 * against go.sum, one module at a time, while that check still waits on the digest worker for the
 * rest (on syncthing's warm hit, 1.5-2 s for its five big zips, with this thread idle): the
 * license step then only applies the policy to what was read. Only zips whose h1 equals go.sum's
 * are read (status `verified`), and reads are keyed by that h1 (LicenseReads); a module that was
 * not read by `stop()` is read by the license step as before.
 */
export class VerifiedLicenseReads {
  private readonly queue: BuildListModule[] = [];
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly gomodcache: string,
    private readonly reads: LicenseReads<LicenseRead>,
    private readonly threshold: number,
  ) {}

  /** IntegrityOptions.onChecked: a module version just checked. */
  readonly take = (checked: ModuleIntegrity): void => {
    if (this.stopped || checked.status !== 'verified' || !checked.zip) return;
    this.queue.push(asModule(checked.path, checked.version));
    this.running ??= this.drain();
  };

  /** Stops reading; waits for the read in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  private async drain(): Promise<void> {
    for (let module = this.queue.shift(); module && !this.stopped; module = this.queue.shift()) {
      if (!this.reads.has(module))
        this.reads.setEarly(module, await readModuleLicenses(module, this.threshold, this.gomodcache));
      // Let the integrity check's callbacks run between two classifications.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.running = undefined;
  }
}
