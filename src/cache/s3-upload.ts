import fs from 'node:fs/promises';
import path from 'node:path';
import { Limiter } from '../concurrency.js';
import { hashGoMod } from '../go/dirhash.js';
import type { S3Bucket } from './s3-bucket.js';
import { OBJECT_CAPS } from './s3-fetch.js';
import { infoMetadata } from './s3-info.js';
import { moduleObjectKey } from './s3-keys.js';

export interface UploadResult {
  /** Objects this run created. */
  readonly created: number;
  /** Objects the bucket held already (or a concurrent runner created first): left as they are. */
  readonly existed: number;
  readonly bytes: number;
}

interface Upload {
  readonly key: string;
  readonly file: string;
  /** A zip's: its `.info`, carried as metadata (s3-info.ts infoMetadata). */
  readonly metadata?: Record<string, string>;
}

/**
 * The objects for proven files (relative to GOMODCACHE, as the main step listed them after
 * provenModules: each zip matched go.sum and its `.ziphash`, unchanged since): a zip and its
 * `.info` under the zip's h1 (read from the `.ziphash`), a `.mod` under the hash of its bytes.
 */
async function uploadsFor(bucket: S3Bucket, gomodcache: string, files: readonly string[]): Promise<Upload[]> {
  const uploads: Upload[] = [];
  const listed = new Set(files);
  for (const name of files) {
    if (name.startsWith('cache/download/sumdb/')) continue;
    const file = path.join(gomodcache, ...name.split('/'));
    if (name.endsWith('.zip') && listed.has(`${name}hash`)) {
      const h1 = (await fs.readFile(`${file}hash`, 'utf8')).trim();
      const zipKey = moduleObjectKey(bucket.location, h1, 'zip');
      if (!zipKey) continue;
      const info = `${name.slice(0, -'.zip'.length)}.info`;
      const infoFile = path.join(gomodcache, ...info.split('/'));
      const infoBytes = listed.has(info) ? await fs.readFile(infoFile) : undefined;
      uploads.push({ key: zipKey, file, metadata: infoBytes && infoMetadata(infoBytes) });
      if (infoBytes)
        uploads.push({ key: moduleObjectKey(bucket.location, h1, 'info') as string, file: infoFile });
    } else if (name.endsWith('.mod')) {
      const stat = await fs.stat(file);
      if (stat.size > OBJECT_CAPS.mod) continue;
      const key = moduleObjectKey(bucket.location, hashGoMod(await fs.readFile(file)), 'mod');
      if (key) uploads.push({ key, file });
    }
  }
  return uploads;
}

/** Objects bigger than this are asked for (HEAD) before they are sent. */
const ASK_FIRST_ABOVE = 256 << 10;

/**
 * Uploads the proven module versions the bucket lacks, `concurrency` at a time: an object over
 * 256 KiB is asked for first (no bytes sent for a big zip the fleet already holds), and each is
 * created with a conditional put (`If-None-Match: *`), so concurrent runners never overwrite each other's
 * objects. Throws InfrastructureError at the first bucket error (the save is then a warning).
 */
export async function uploadProven(input: {
  readonly bucket: S3Bucket;
  readonly gomodcache: string;
  readonly files: readonly string[];
  readonly concurrency?: number;
}): Promise<UploadResult> {
  const uploads = await uploadsFor(input.bucket, input.gomodcache, input.files);
  const limiter = new Limiter(input.concurrency ?? 8);
  let created = 0;
  let existed = 0;
  let bytes = 0;
  await Promise.all(
    uploads.map((upload) =>
      limiter.run(async () => {
        const size = (await fs.stat(upload.file)).size;
        // Asking first saves sending a big zip the fleet holds; for a small object the
        // conditional put alone is one request instead of two.
        if (size > ASK_FIRST_ABOVE && (await input.bucket.has(upload.key))) {
          existed++;
          return;
        }
        const outcome = await input.bucket.putIfAbsent(upload.key, { file: upload.file }, upload.metadata);
        if (outcome === 'exists') existed++;
        else {
          created++;
          bytes += size;
        }
      }),
    ),
  );
  return { created, existed, bytes };
}
