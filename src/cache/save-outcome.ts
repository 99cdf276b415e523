import type { Finding } from '../findings.js';
import type { CacheSaveReport } from './cache-report.js';
import { removeArchiveList } from './save.js';
import { readStateInPost } from './state.js';

/** A failed save as a warning finding (the status line says "passed with warnings"); undefined for a skip or a save. */
export function saveWarning(save: CacheSaveReport): Finding | undefined {
  if (!save.failed) return undefined;
  return {
    kind: 'infrastructure',
    severity: 'warning',
    area: 'cache',
    message: `the module cache was not saved: ${save.reason ?? 'save failed'}`,
  };
}

/** Removes what the state points to when no save will run (nothing is left in the temp dir). */
export async function discardCacheState(state: Record<string, string>): Promise<void> {
  const read = readStateInPost((name) => state[name]);
  if (read?.listFile) await removeArchiveList(read.listFile);
}
