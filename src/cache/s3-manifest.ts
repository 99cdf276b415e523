import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { GoSumLine } from '../go/go-sum.js';
import type { S3Bucket } from './s3-bucket.js';
import { manifestKey, moduleObjectKey } from './s3-keys.js';

/** What one project's go.sum needed, and when: what the garbage collector keeps. */
export interface ProjectManifest {
  readonly format: 1;
  readonly project: string;
  /** ISO time of the run that wrote it. */
  readonly updated: string;
  /** The object keys its go.sum names (zip, info, mod). */
  readonly keys: readonly string[];
}

/** A manifest is small; one past this is not read (nor inflated past it). */
export const MAX_MANIFEST = 16 << 20;

/** A stable file name for a project (its repository and directory), without its characters' troubles. */
export function projectManifestId(project: string): string {
  return createHash('sha256').update(project).digest('hex').slice(0, 32);
}

/** The keys go.sum's lines name in the bucket. */
export function keysOfGoSum(bucket: S3Bucket, goSum: readonly GoSumLine[]): string[] {
  const keys = new Set<string>();
  for (const line of goSum) {
    const kinds = line.version.endsWith('/go.mod') ? (['mod'] as const) : (['zip', 'info'] as const);
    for (const kind of kinds) {
      const key = moduleObjectKey(bucket.location, line.hash, kind);
      if (key) keys.add(key);
    }
  }
  return [...keys].sort();
}

/**
 * A manifest naming the same keys is written again only once it is this old: gc's window is days
 * (`--older-than 30d`), and a warm run then sends no PUT at all (a PUT costs a store more than a
 * GET: S3 bills it ten times as much, and MinIO syncs it to disk).
 */
export const MANIFEST_REFRESH_MS = 86_400_000;

/** Runners' clocks differ: a manifest dated this far ahead of this one's is still fresh. */
const CLOCK_SLACK_MS = 600_000;

/**
 * Records this project's manifest: one small object per project, gzip-compressed (`.json.gz`):
 * its keys share the prefix, and a zip's `.info` key its h1, so it stores at about a third of its
 * JSON, which counts in a bucket of many projects. Read first: written (overwritten) unless the
 * stored one names the same keys and was written in the last MANIFEST_REFRESH_MS (by its
 * `updated`; one dated in the future is written again, so a forged date cannot keep it from
 * ageing for gc, which dates manifests by the bucket's LastModified).
 */
export async function recordManifest(
  bucket: S3Bucket,
  project: string,
  goSum: readonly GoSumLine[],
  now: number,
): Promise<'written' | 'kept'> {
  const key = manifestKey(bucket.location, projectManifestId(project));
  const manifest: ProjectManifest = {
    format: 1,
    project,
    updated: new Date(now).toISOString(),
    keys: keysOfGoSum(bucket, goSum),
  };
  // Unreadable, or too large: written again.
  const stored = await bucket.getBytes(key, MAX_MANIFEST).then(
    (data) => data && parseManifest(data),
    () => undefined,
  );
  if (stored && fresh(stored, manifest, now)) return 'kept';
  await bucket.put(key, gzipSync(JSON.stringify(manifest)));
  return 'written';
}

function fresh(stored: ProjectManifest, manifest: ProjectManifest, now: number): boolean {
  const updated = Date.parse(stored.updated);
  return (
    stored.project === manifest.project &&
    updated <= now + CLOCK_SLACK_MS &&
    now - updated < MANIFEST_REFRESH_MS &&
    stored.keys.length === manifest.keys.length &&
    stored.keys.every((key, i) => key === manifest.keys[i])
  );
}

/**
 * A manifest's keys, or undefined when the object is not a manifest: gzip-compressed (inflated to
 * at most MAX_MANIFEST bytes), or plain JSON as earlier versions wrote it.
 */
export function parseManifest(data: Buffer): ProjectManifest | undefined {
  try {
    const gzipped = data[0] === 0x1f && data[1] === 0x8b;
    const json = gzipped ? gunzipSync(data, { maxOutputLength: MAX_MANIFEST }) : data;
    const value = JSON.parse(json.toString('utf8')) as Partial<ProjectManifest>;
    if (value.format !== 1 || !Array.isArray(value.keys) || !value.keys.every((k) => typeof k === 'string'))
      return undefined;
    return value as ProjectManifest;
  } catch {
    return undefined;
  }
}
