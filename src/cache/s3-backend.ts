import path from 'node:path';
import { describeError, InfrastructureError } from '../errors.js';
import type { GoSumLine } from '../go/go-sum.js';
import type { CacheBackend, RestoreContext, RestoredEntry } from './backend.js';
import { S3Bucket, type S3BucketOptions } from './s3-bucket.js';
import { fetchFromBucket, type RefusedObject } from './s3-fetch.js';
import { describeS3Location, type S3Location } from './s3-location.js';
import { packKey } from './s3-keys.js';
import { projectManifestId, recordManifest } from './s3-manifest.js';
import { ProjectPack } from './s3-pack-session.js';
import { lookupsToPrefetch, notStored, S3ProofStore } from './s3-proofs.js';
import type { Logger } from '../logger.js';
import { uploadProven } from './s3-upload.js';

export interface S3BackendOptions extends S3BucketOptions {
  /** Names this project's manifest (e.g. `<repository>/<working directory>`); no manifest without it. */
  readonly project?: string;
  /** `cache-heal: true`: delete an object that failed verification (else it is only reported). */
  readonly heal?: boolean;
  /** Objects fetched or uploaded at once (default 8). */
  readonly concurrency?: number;
  readonly now?: () => number;
}

/** The warning for an object that failed verification. */
export function refusedWarning(location: S3Location, refused: RefusedObject): string {
  return `SECURITY: cache (s3) object '${refused.key}' in ${describeS3Location(location)} refused for ${refused.module}: ${refused.reason}; not used, fetched through the proxy instead${refused.deleted ? '; deleted (cache-heal)' : refused.deleted === false ? '; could not be deleted' : ''}`;
}

/**
 * A fleet's module store in an S3-compatible bucket, content-addressed per module version
 * (s3-keys.ts): a restore fetches what go.sum names and the bucket holds, each object verified
 * against go.sum before it is written into the module cache (fetchFromBucket); a save uploads
 * the proven versions the bucket lacks with conditional puts (uploadProven). Keys are not
 * entries here: a restore is exact when every module version go.sum names is now in the module
 * cache, partial when some are, and a miss when none came from the bucket.
 */
export class S3Backend implements CacheBackend {
  readonly name = 's3' as const;
  readonly bucket: S3Bucket;
  /** What the last restore was asked for: the proofs' lookups to prefetch for the same go.sum. */
  private restored: { gomodcache: string; goSum: readonly GoSumLine[]; pack?: ProjectPack } | undefined;

  constructor(
    readonly location: S3Location,
    private readonly options: S3BackendOptions = {},
  ) {
    this.bucket = new S3Bucket(location, options);
  }

  /** The checksum database's proofs under `<prefix>/sumdb/<database>/` (see S3ProofStore). */
  proofStore(database: string, logger: Logger): S3ProofStore {
    const restored = this.restored;
    const stateDir = restored && path.join(restored.gomodcache, 'cache', 'download', 'sumdb', database);
    const pack = stateDir ? restored?.pack?.proofs(database, stateDir) : undefined;
    const store = new S3ProofStore(this.bucket, database, {
      logger,
      heal: this.options.heal,
      concurrency: this.options.concurrency,
      ...(pack ? { pack } : {}),
    });
    // Read now, while `go` primes the rest: the lookups of what the restore fetched that its pack
    // lacks, and the shared tiles the pack names (it holds no tile bytes).
    if (restored && stateDir) {
      const wanted = Promise.all([lookupsToPrefetch(restored.goSum, stateDir), pack?.files()]);
      store.prefetching = wanted.then(
        async ([files, packed = new Map<string, Buffer>()]) => {
          const named = [...packed].filter(([file, data]) => data.length === 0 && file.startsWith('tile/'));
          const tiles = await notStored(
            named.map(([file]) => file),
            stateDir,
          );
          return store.prefetch([...files.filter((file) => !packed.get(file)?.length), ...tiles]);
        },
        () => undefined,
      );
    }
    return store;
  }

  exactKey(matched: string, primary: string): boolean {
    return matched === primary;
  }

  async restore(
    gomodcache: string,
    primaryKey: string,
    _restoreKeys: readonly string[],
    context?: RestoreContext,
  ): Promise<RestoredEntry | undefined> {
    const goSum = context?.goSum ?? [];
    const { project } = this.options;
    // The project's pack (its .mod files and proofs in one GET) and its manifest, beside the fetch.
    const pack = project
      ? new ProjectPack(this.bucket, packKey(this.location, projectManifestId(project)), {
          goSum,
          gomodcache,
        })
      : undefined;
    const manifest = project
      ? recordManifest(this.bucket, project, goSum, (this.options.now ?? Date.now)()).then(
          () => undefined,
          (error: unknown) => `cache (s3): the project's manifest was not written: ${describeError(error)}`,
        )
      : undefined;
    const fetched = await fetchFromBucket({
      bucket: this.bucket,
      gomodcache,
      goSum,
      concurrency: this.options.concurrency,
      heal: this.options.heal,
      ...(pack ? { pack } : {}),
    });
    // A bucket that failed the restore is not asked again for proofs ahead of need.
    this.restored = fetched.unusable ? undefined : { gomodcache, goSum, ...(pack ? { pack } : {}) };
    const where = describeS3Location(this.location);
    const manifestProblem = await manifest;
    if (fetched.unusable && fetched.files.length === 0)
      throw new InfrastructureError(`the bucket cannot be used: ${fetched.unusable}`);
    const warnings = fetched.refused.map((r) => refusedWarning(this.location, r));
    const packProblem = await pack?.refusal();
    if (packProblem && pack)
      warnings.push(
        `SECURITY: cache (s3) object '${pack.key}' in ${where} refused: ${packProblem}; not used (its files are read from their own objects)`,
      );
    if (fetched.unusable)
      warnings.push(
        `cache (s3): ${where} failed part-way, the rest goes through the proxy: ${fetched.unusable}`,
      );
    else if (manifestProblem) warnings.push(manifestProblem);
    const exact =
      fetched.wanted > 0 &&
      fetched.complete.length === fetched.wanted &&
      fetched.modsMissing === 0 &&
      fetched.refused.length === 0 &&
      !fetched.unusable;
    if (!exact && fetched.files.length === 0 && warnings.length === 0) return undefined;
    return {
      key: exact ? primaryKey : `${where} (${fetched.complete.length} of ${fetched.wanted} module versions)`,
      exact,
      files: fetched.files,
      bytes: fetched.bytes,
      zipDigests: fetched.zipDigests,
      ...(warnings.length > 0 ? { warnings } : {}),
    };
  }

  async save(
    gomodcache: string,
    files: readonly string[],
    _key: string,
  ): Promise<{ key: string; archiveBytes?: number }> {
    const uploaded = await uploadProven({
      bucket: this.bucket,
      gomodcache,
      files,
      concurrency: this.options.concurrency,
    });
    return {
      key: `${describeS3Location(this.location)} (${uploaded.created} objects created, ${uploaded.existed} there already)`,
      archiveBytes: uploaded.bytes,
    };
  }

  close(): void {
    this.bucket.close();
  }
}
