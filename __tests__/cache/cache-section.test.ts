import { describe, expect, it } from '@jest/globals';
import type { CacheReport } from '../../src/cache/cache-report.js';
import { escapeSummaryText } from '../../src/report/escape.js';
import { formatBytes, renderCacheSection } from '../../src/report/sections/cache-section.js';

const base: CacheReport = {
  hit: 'partial',
  backend: 'actions',
  key: 'gmw-linux-x64-abc',
  matchedKey: 'gmw-linux-x64-old',
  restoredBytes: 12_345_678,
  restoreMs: 1500,
  verified: 98,
  unlisted: 1,
  purged: [],
};

describe('renderCacheSection', () => {
  it('shows key, hit kind, restored size and time, verification counts and the pending save', () => {
    const text = renderCacheSection(base, escapeSummaryText);
    expect(text).toContain('### Cache');
    expect(text).toContain('partial hit');
    expect(text).toContain('GitHub cache service');
    expect(text).toContain('<code>gmw-linux-x64-abc</code>');
    expect(text).toContain('Restored from: <code>gmw-linux-x64-old</code>');
    expect(text).toContain('12 MB restored, restore and verification 1.5s');
    expect(text).toContain('98 module versions match go.sum, 1 not in go.sum');
    expect(text).toContain('in the post step');
  });

  it('lists purged modules first, with what differed, escaping module text', () => {
    const text = renderCacheSection(
      {
        ...base,
        purged: [
          {
            path: 'example.test/<script>',
            version: 'v1.0.0',
            problems: [
              { kind: 'extracted-tree-modified', file: 'x', detail: 'dir has been modified: changed a|b.go' },
            ],
          },
        ],
      },
      escapeSummaryText,
    );
    const table = text.indexOf('polluted module purged');
    expect(table).toBeGreaterThan(0);
    expect(table).toBeLessThan(text.indexOf('Restore:'));
    expect(text).not.toContain('<script>');
    expect(text).toContain('dir has been modified: changed a');
  });

  it('says why the cache was not saved, or what was saved', () => {
    expect(
      renderCacheSection(
        { ...base, save: { saved: false, reason: 'pull request from a fork' } },
        escapeSummaryText,
      ),
    ).toContain('Saved: no — pull request from a fork');
    expect(
      renderCacheSection(
        {
          ...base,
          save: {
            saved: true,
            key: 'k',
            bytes: 2_000_000,
            archiveBytes: 900_000,
            durationMs: 800,
            pruned: 3,
          },
        },
        escapeSummaryText,
      ),
    ).toContain('Saved: <code>k</code> · 2.0 MB · archive 900 kB · 800ms · 3 module versions pruned first');
  });

  it('says a restore failure out loud', () => {
    expect(
      renderCacheSection({ ...base, hit: 'miss', restoreError: 'service down' }, escapeSummaryText),
    ).toContain('Restore failed, the run went on without a cache: service down');
  });

  it('formats byte counts in decimal units', () => {
    expect([formatBytes(999), formatBytes(1000), formatBytes(15_500_000)]).toEqual([
      '999 B',
      '1.0 kB',
      '16 MB',
    ]);
  });
});
