import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { checkCacheIntegrity } from '../../src/cache/integrity.js';
import { moduleCachePaths } from '../../src/cache/module-path.js';
import { digestWorkerCount, takePeakBusyWorkers, takePeakDigestBytes } from '../../src/go/zip-digest-pool.js';
import { parseGoSum } from '../../src/go/go-sum.js';
import { takePeakWindowBytes, WINDOWS_IN_FLIGHT_BYTES } from '../../src/go/zip-file-digest.js';
import { digestZipEntriesAsync, hashZip } from '../../src/go/zip-reader.js';
import { createZip } from '../../test-support/zip-writer.js';

// Issue #29: the integrity check read every zip under 16 MiB whole, outside the window budget
// that bounds the zip bytes in memory (several whole zips waited for the digest workers at once,
// and the process's peak RSS followed). Every zip byte it digests now goes through that budget.
describe('the integrity check holds its zips within the window budget', () => {
  it('digests no more zip bytes at once than the window budget lets in, every module verified', async () => {
    const gomodcache = await fs.mkdtemp(path.join(os.tmpdir(), 'gmw-integrity-memory-'));
    try {
      // 8 modules with zips of 3 to 10 MiB (each under the old 16 MiB whole-read limit); entries
      // of 1 MiB, so no one entry is bigger than a window.
      const lines: string[] = [];
      const modules = Array.from({ length: 8 }, (_, i) => ({
        path: `example.test/m${i}`,
        version: 'v1.0.0',
      }));
      for (const [i, module] of modules.entries()) {
        const zip = createZip([
          { name: `${module.path}@v1.0.0/go.mod`, data: Buffer.from(`module ${module.path}\n`) },
          ...Array.from({ length: 3 + i }, (_, k) => ({
            name: `${module.path}@v1.0.0/blob${k}.bin`,
            data: randomBytes(1 << 20),
            method: 'store' as const,
          })),
        ]);
        const base = moduleCachePaths(gomodcache, module).base;
        await fs.mkdir(path.dirname(base), { recursive: true });
        await fs.writeFile(`${base}.zip`, zip);
        await fs.writeFile(`${base}.ziphash`, `${hashZip(zip)}\n`);
        lines.push(`${module.path} v1.0.0 ${hashZip(zip)}`);
      }
      takePeakDigestBytes();
      takePeakWindowBytes();
      const result = await checkCacheIntegrity({
        gomodcache,
        goSum: parseGoSum(`${lines.join('\n')}\n`, 'go.sum'),
        modules,
        extractedTrees: false,
      });
      const digested = takePeakDigestBytes();
      const windows = takePeakWindowBytes();
      expect(result.polluted).toEqual([]);
      expect(result.verified).toBe(8);
      expect(digested).toBeGreaterThan(0);
      // Each zip byte being digested was counted against the budget first.
      expect(digested).toBeLessThanOrEqual(windows);
      expect(windows).toBeLessThanOrEqual(WINDOWS_IN_FLIGHT_BYTES);
    } finally {
      await fs.rm(gomodcache, { recursive: true, force: true });
    }
  });
});

// Issue #29: each busy digest worker inflates into its own malloc arena; on 2 cores the second
// worker cost 70-100 MiB of peak RSS and no time. One core is left to the main thread.
describe('the digest workers', () => {
  it('leave one core to the main thread, at most 3, none on one core', () => {
    expect([1, 2, 3, 4, 8, 64].map((cores) => digestWorkerCount(cores))).toEqual([0, 1, 2, 3, 3, 3]);
  });

  it('never run more at once than digestWorkerCount, however many zips wait', async () => {
    const zips = Array.from({ length: 16 }, (_, i) =>
      createZip([
        { name: `example.test/m${i}@v1.0.0/go.mod`, data: Buffer.from(`module example.test/m${i}\n`) },
        { name: `example.test/m${i}@v1.0.0/blob.bin`, data: randomBytes(256 << 10) },
      ]),
    );
    takePeakBusyWorkers();
    const digests = await Promise.all(zips.map((zip) => digestZipEntriesAsync(zip)));
    expect(digests.map((d) => d.length)).toEqual(zips.map(() => 2));
    const busy = takePeakBusyWorkers();
    expect(busy).toBeLessThanOrEqual(digestWorkerCount());
    if (digestWorkerCount() > 0) expect(busy).toBeGreaterThan(0);
  });
});
