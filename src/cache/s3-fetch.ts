import { randomBytes } from 'node:crypto';
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describeError } from '../errors.js';
import { hash1OfDigests, hashGoMod, type FileDigest } from '../go/dirhash.js';
import type { GoSumLine } from '../go/go-sum.js';
import { DigestWorkerError } from '../go/zip-digest-pool.js';
import { digestZipFile } from '../go/zip-file-digest.js';
import { digestZipEntriesAsync, MAX_ZIP } from '../go/zip-reader.js';
import { Limiter } from '../concurrency.js';
import { moduleCachePaths, moduleId, type ModuleVersion } from './module-path.js';
import { ObjectTooLargeError, type S3Bucket } from './s3-bucket.js';
import { INFO_METADATA, infoOfMetadata, infoProblem } from './s3-info.js';
import { moduleObjectKey } from './s3-keys.js';

/** The proxy's caps (cmd/go's modfetch: zip 500 MiB, go.mod 16 MiB); an .info is a small JSON. */
export const OBJECT_CAPS = { zip: MAX_ZIP, mod: 16 << 20, info: 64 << 10 } as const;

/** An object the bucket held that failed verification: never used. */
export interface RefusedObject {
  readonly key: string;
  readonly module: string;
  readonly reason: string;
  /** Deleted from the bucket (`cache-heal: true`). */
  readonly deleted?: boolean;
}

export interface FetchResult {
  /** Files written, relative to GOMODCACHE. */
  readonly files: readonly string[];
  readonly bytes: number;
  /** The h1 of the zips written, by file (the integrity check need not read them back). */
  readonly zipDigests: ReadonlyMap<string, Promise<string>>;
  readonly refused: readonly RefusedObject[];
  /** Module versions go.sum names whose zip, .mod and .info are all in the module cache now. */
  readonly complete: readonly string[];
  /** How many module versions go.sum names (zip lines). */
  readonly wanted: number;
  /** go.mod-only versions whose `.mod` is still missing. */
  readonly modsMissing: number;
  /** The bucket could not be read (unreachable, denied): the first such error; fetching stopped. */
  readonly unusable?: string;
}

/** A project's pack (s3-pack-session.ts): `.mod` files read with one GET, each verified here. */
export interface PackMods {
  /** The pack object's key (a refused entry is reported under it). */
  readonly key: string;
  /** The pack's `.mod` for a `/go.mod` line's hash, if it holds one (a miss is counted). */
  mod(hash: string): Promise<Buffer | undefined>;
  /** The entry did not hash to go.sum's line: counted (the pack is written again). */
  refuseMod(): void;
}

interface Wanted extends ModuleVersion {
  zip?: string;
  mod?: string;
}

/** go.sum's lines by module version: the zip's h1 and the go.mod's h1. */
function wantedVersions(goSum: readonly GoSumLine[]): Wanted[] {
  const byId = new Map<string, Wanted>();
  for (const line of goSum) {
    if (!line.hash.startsWith('h1:')) continue;
    const goMod = line.version.endsWith('/go.mod');
    const version = goMod ? line.version.slice(0, -'/go.mod'.length) : line.version;
    const id = `${line.path}@${version}`;
    const entry = byId.get(id) ?? { path: line.path, version };
    if (goMod) entry.mod ??= line.hash;
    else entry.zip ??= line.hash;
    byId.set(id, entry);
  }
  return [...byId.values()];
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

/** This process's temp names: random once, then counted (no random bytes drawn per file). */
const TEMP_TAG = `${process.pid}.${randomBytes(4).toString('hex')}`;
let tempCount = 0;

function temp(target: string): string {
  return `${target}.${TEMP_TAG}.${(tempCount++).toString(36)}.tmp`;
}

/**
 * Writes bytes already in memory to a temp file renamed into place (no reader sees a part).
 * Synchronous on purpose, as the local backend's RestoreWriter: a warm restore writes hundreds
 * of small files, and each async call is a trip through libuv's pool of 4 threads (open, write,
 * close, rename: 4 per file), which queue behind one another (50 ms per zip at concurrency 8).
 */
function writeAtomic(target: string, data: Buffer | string): void {
  const file = temp(target);
  try {
    fsSync.writeFileSync(file, data, { flag: 'wx' });
    fsSync.renameSync(file, target);
  } catch (error) {
    fsSync.rmSync(file, { force: true });
    throw error;
  }
}

/** A go.sum hash did not match: the object is refused. */
class Refused extends Error {}

/** A bad object, refused with its key and why; deleted only with `heal` (cache-heal). */
async function refusal(
  bucket: S3Bucket,
  object: { key: string; module: string },
  kind: 'zip' | 'mod' | 'info',
  error: Refused | ObjectTooLargeError,
  heal: boolean | undefined,
): Promise<RefusedObject> {
  const reason =
    error instanceof ObjectTooLargeError
      ? `larger than the ${kind} cap (${error.maxBytes} bytes)`
      : describeError(error);
  if (!heal) return { ...object, reason };
  const deleted = await bucket.delete(object.key).then(
    () => true,
    () => false,
  );
  return { ...object, reason, deleted };
}

/** The pack's .mod for this hash when it verifies; an entry that does not is refused by the pack's key. */
async function packedMod(
  input: { readonly bucket: S3Bucket; readonly pack?: PackMods; readonly heal?: boolean },
  module: Wanted,
  hash: string,
  refused: RefusedObject[],
): Promise<Buffer | undefined> {
  const { pack } = input;
  const packed = await pack?.mod(hash);
  if (!pack || !packed || hashGoMod(packed) === hash) return packed;
  pack.refuseMod();
  const reason = `its entry for ${hash} (/go.mod) hashes to ${hashGoMod(packed)}; the .mod object is read instead`;
  const object = { key: pack.key, module: moduleId(module) };
  refused.push(await refusal(input.bucket, object, 'mod', new Refused(reason), input.heal));
  return undefined;
}

/**
 * Fetches from the bucket what go.sum names and the module cache lacks, `concurrency` versions at
 * a time (a version's .mod beside its zip; its .info carried by the zip object's metadata, else
 * read after the zip), each object verified before it is used: a zip is
 * read (in memory up to 4 MiB, else streamed to a temp file beside its target) and put in place
 * only when its h1 (dirhash.HashZip) equals go.sum's, after its `.ziphash` (as modfetch does
 * after a download), its entry digests handed on (zipDigests); a `.mod` only when its h1 equals
 * the `/go.mod` line; an `.info` only when it names that very version with an RFC 3339 Time
 * (s3-info.ts). On a fresh runner (a version directory this fetch creates) nothing is looked for
 * on disk first, and no file is stat'ed after: each costs a trip through libuv's thread pool,
 * which a warm restore of hundreds of small files waits on. A failing object is refused with its key
 * (deleted only with `heal`), and priming fetches that version through the relay. The first
 * bucket error (unreachable, denied) stops fetching: the run goes on as a miss.
 */
export async function fetchFromBucket(input: {
  readonly bucket: S3Bucket;
  readonly gomodcache: string;
  readonly goSum: readonly GoSumLine[];
  readonly concurrency?: number;
  readonly heal?: boolean;
  /** The project's pack: a `.mod` it holds (and go.sum's hash matches) is not read from its object. */
  readonly pack?: PackMods;
}): Promise<FetchResult> {
  const { bucket, gomodcache } = input;
  const files: string[] = [];
  const refused: RefusedObject[] = [];
  const complete: string[] = [];
  const zipDigests = new Map<string, Promise<string>>();
  let bytes = 0;
  let unusable: string | undefined;
  let modsMissing = 0;
  const limiter = new Limiter(input.concurrency ?? 8);
  const relative = (file: string) => path.relative(gomodcache, file).split(path.sep).join('/');
  /** The `.info` a verified zip object carried, checked as an .info object is, by version. */
  const infoFromZip = new Map<string, Buffer>();

  const fetchOne = async (
    module: Wanted,
    kind: 'zip' | 'mod' | 'info',
    hash: string,
    target: string,
    emptyDir: boolean,
  ): Promise<boolean> => {
    // A directory this fetch just created holds nothing yet: no file to look for (a fresh runner).
    if (!emptyDir && (await exists(target))) return true;
    const key = moduleObjectKey(bucket.location, hash, kind);
    if (!key || unusable) return false;
    const id = moduleId(module);
    try {
      if (kind === 'zip') {
        const written = await writeVerifiedZip(bucket, key, hash, target);
        if (!written) return false;
        files.push(relative(target), `${relative(target)}hash`);
        zipDigests.set(relative(target), Promise.resolve(hash1OfDigests(written.digests)));
        bytes += written.bytes;
        const problem = written.info && infoProblem(written.info, module.version);
        if (problem) refused.push({ key, module: id, reason: `its ${INFO_METADATA} metadata: ${problem}` });
        else if (written.info) infoFromZip.set(id, written.info);
      } else {
        const given = kind === 'info' ? infoFromZip.get(id) : await packedMod(input, module, hash, refused);
        const written = await writeVerified(bucket, key, kind, module, hash, target, given);
        if (written === undefined) return false;
        bytes += written;
      }
      return true;
    } catch (error) {
      // Only a bad object is refused (and deleted with heal); the bucket or the local disk failing stops fetching.
      if (!(error instanceof Refused || error instanceof ObjectTooLargeError)) {
        unusable ??= describeError(error);
        return false;
      }
      refused.push(await refusal(bucket, { key, module: id }, kind, error, input.heal));
      return false;
    }
  };

  await Promise.all(
    wantedVersions(input.goSum).map((module) =>
      limiter.run(async () => {
        if (unusable) return;
        const { vDir, base } = moduleCachePaths(gomodcache, module);
        // mkdir names the first directory it created: then vDir is new, and empty.
        const emptyDir = fsSync.mkdirSync(vDir, { recursive: true }) !== undefined;
        // The .mod beside the zip; the .info from the zip object's metadata once the zip verified,
        // else (an object uploaded without it) read after it; not at all without the zip (priming
        // fetches the version whole: a cold run's request saved).
        const modFetched = module.mod ? fetchOne(module, 'mod', module.mod, `${base}.mod`, emptyDir) : false;
        const zip = module.zip ? await fetchOne(module, 'zip', module.zip, `${base}.zip`, emptyDir) : false;
        const info = zip && (await fetchOne(module, 'info', module.zip as string, `${base}.info`, emptyDir));
        const mod = await modFetched;
        if (!module.zip) {
          if (!mod) modsMissing++;
          return;
        }
        // A zip fetched now came with its .ziphash; one found on disk needs its own looked for.
        if (mod && info && zip && (emptyDir || (await exists(`${base}.ziphash`))))
          complete.push(moduleId(module));
      }),
    ),
  );
  return {
    files,
    bytes,
    zipDigests,
    refused,
    complete,
    wanted: wantedVersions(input.goSum).filter((m) => m.zip).length,
    modsMissing,
    ...(unusable ? { unusable } : {}),
  };
}

/** A zip up to this size is read into memory and hashed from there (no temp file read back). */
const ZIP_IN_MEMORY = 4 << 20;

/**
 * Reads one zip and puts it in place only once its h1 equals go.sum's: hashed on the digest
 * workers from the bytes read (then written, only once verified), or, when large, from the temp
 * file it was streamed to. Returns the entry digests (the restore's integrity check reuses them
 * rather than reading the zip again) and its size, or undefined when the bucket has no such object.
 */
async function writeVerifiedZip(
  bucket: S3Bucket,
  key: string,
  hash: string,
  target: string,
): Promise<{ digests: FileDigest[]; bytes: number; info?: Buffer } | undefined> {
  const file = temp(target);
  let streamed = true;
  try {
    const got = await bucket.getSmallOrToFile(key, file, OBJECT_CAPS.zip, ZIP_IN_MEMORY);
    if (!got) return undefined;
    streamed = 'file' in got;
    const digest = (thisThread: boolean) =>
      'data' in got ? digestZipEntriesAsync(got.data, { thisThread }) : digestZipFile(file, { thisThread });
    const digests = await digest(false)
      // A digest worker that died is ours, not the object's: hashed again on this thread.
      .catch((error: unknown) => (error instanceof DigestWorkerError ? digest(true) : Promise.reject(error)))
      .catch((error: unknown) => {
        throw new Refused(`not a readable module zip: ${describeError(error)}`);
      });
    const h1 = hash1OfDigests(digests);
    if (h1 !== hash) throw new Refused(`its zip hash ${h1} is not go.sum's ${hash}`);
    // The .ziphash first, then the zip: `go` counts a version downloaded once its zip is there.
    writeAtomic(`${target}hash`, hash);
    if ('data' in got) writeAtomic(target, got.data);
    else await fs.rename(file, target);
    const bytes = 'data' in got ? got.data.length : (await fs.stat(target)).size;
    return { digests, bytes, info: infoOfMetadata(got.metadata) };
  } finally {
    // Only a streamed zip had a temp file (gone once renamed into place).
    if (streamed) await fs.rm(file, { force: true });
  }
}

/**
 * Reads one `.mod` or `.info` (or takes the `.info` its zip object carried, `given`) and writes it
 * to `target` only once verified: its size, or undefined when the bucket has no such object.
 * Throws Refused / ObjectTooLargeError for a bad object, InfrastructureError for a bucket that
 * cannot be read.
 */
async function writeVerified(
  bucket: S3Bucket,
  key: string,
  kind: 'mod' | 'info',
  module: ModuleVersion,
  hash: string,
  target: string,
  given?: Buffer,
): Promise<number | undefined> {
  const data = given ?? (await bucket.getBytes(key, OBJECT_CAPS[kind]));
  if (!data) return undefined;
  if (kind === 'mod') {
    const got = hashGoMod(data);
    if (got !== hash) throw new Refused(`its go.mod hash ${got} is not go.sum's ${hash}`);
  } else {
    const problem = infoProblem(data, module.version);
    if (problem) throw new Refused(problem);
  }
  writeAtomic(target, data);
  return data.length;
}
