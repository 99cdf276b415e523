import { InfrastructureError } from '../errors.js';
import type { S3Bucket } from './s3-bucket.js';
import { manifestPrefix, modulePrefix, packPrefix } from './s3-keys.js';
import { MAX_MANIFEST, parseManifest } from './s3-manifest.js';

export interface GcResult {
  /** Manifests written within the window: their keys were kept. */
  readonly liveManifests: number;
  readonly staleManifests: number;
  readonly kept: number;
  /** Module objects and packs removed (or that would be, with `dryRun`). */
  readonly removed: readonly string[];
  readonly removedBytes: number;
}

/**
 * Removes module objects that no manifest written in the last `olderThanMs` names and that are
 * themselves older than that (an object a running job uploaded before its manifest landed is
 * young, so it stays). Manifests are dated by the bucket's LastModified, not by their content.
 * Proofs (`sumdb/`) are kept: tiles never change and are shared by every project. A project's
 * pack (`packs/<id>.pack`) goes with its manifest: when no live manifest has its id, and it is old.
 */
export async function collectGarbage(input: {
  readonly bucket: S3Bucket;
  readonly olderThanMs: number;
  /** Objects younger than this stay whatever the manifests say (default: olderThanMs). */
  readonly graceMs?: number;
  readonly now: number;
  readonly dryRun?: boolean;
}): Promise<GcResult> {
  const { bucket } = input;
  const cutoff = input.now - input.olderThanMs;
  const live = new Set<string>();
  const liveProjects = new Set<string>();
  let liveManifests = 0;
  let staleManifests = 0;
  for await (const object of bucket.list(manifestPrefix(bucket.location))) {
    if (object.lastModified < cutoff) {
      staleManifests++;
      continue;
    }
    const data = await bucket.getBytes(object.key, MAX_MANIFEST).catch((error: unknown) => {
      if (error instanceof InfrastructureError) throw error;
      return undefined; // oversized: not a manifest
    });
    const manifest = data && parseManifest(data);
    if (!manifest) continue;
    liveManifests++;
    liveProjects.add(projectIdOf(object.key));
    for (const key of manifest.keys) live.add(key);
  }
  if (liveManifests === 0 && !input.dryRun)
    throw new InfrastructureError(
      `no manifest was written in the window: refusing to empty ${bucket.location.bucket}; run with --dry-run to see what would go`,
    );
  const removed: string[] = [];
  let removedBytes = 0;
  let kept = 0;
  const young = (object: { lastModified: number }) =>
    object.lastModified >= input.now - (input.graceMs ?? input.olderThanMs);
  for await (const object of bucket.list(modulePrefix(bucket.location))) {
    if (live.has(object.key) || young(object)) {
      kept++;
      continue;
    }
    if (!input.dryRun) await bucket.delete(object.key);
    removed.push(object.key);
    removedBytes += object.size;
  }
  for await (const object of bucket.list(packPrefix(bucket.location))) {
    if (liveProjects.has(projectIdOf(object.key)) || young(object)) {
      kept++;
      continue;
    }
    if (!input.dryRun) await bucket.delete(object.key);
    removed.push(object.key);
    removedBytes += object.size;
  }
  return { liveManifests, staleManifests, kept, removed, removedBytes };
}

/** The project id a manifest or pack key names (`…/<id>.json.gz`, `.json`, `.pack`). */
function projectIdOf(key: string): string {
  return (key.split('/').pop() ?? '').replace(/\.(json\.gz|json|pack)$/, '');
}
