export const id = 430;
export const ids = [430];
export const modules = {

/***/ 9430:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S3Backend: () => (/* binding */ S3Backend)
});

// UNUSED EXPORTS: refusedWarning

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/errors.js
var errors = __webpack_require__(9243);
// EXTERNAL MODULE: ./.build/cache/s3-bucket.js + 1 modules
var s3_bucket = __webpack_require__(7473);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./.build/go/dirhash.js
var dirhash = __webpack_require__(170);
// EXTERNAL MODULE: ./.build/go/zip-digest-pool.js
var zip_digest_pool = __webpack_require__(4086);
// EXTERNAL MODULE: ./.build/go/zip-file-digest.js
var zip_file_digest = __webpack_require__(2242);
// EXTERNAL MODULE: ./.build/go/zip-reader.js
var zip_reader = __webpack_require__(3816);
// EXTERNAL MODULE: ./.build/concurrency.js
var concurrency = __webpack_require__(265);
// EXTERNAL MODULE: ./.build/cache/module-path.js
var module_path = __webpack_require__(2627);
;// CONCATENATED MODULE: ./.build/cache/s3-info.js
/**
 * What can be checked of a module version's `.info` (`{"Version","Time"}`), which go.sum does not
 * cover: it must be a JSON object naming the very version asked for, with a `Time` that Go's
 * time.Time.UnmarshalJSON accepts (RFC 3339: `2006-01-02T15:04:05[.fraction](Z|±hh:mm)`, every
 * field in range). Returns why it is refused, or undefined when it passes. The time itself stays
 * unproven: a bucket writer can still move it within the valid range.
 */
function infoProblem(data, version) {
    let info;
    try {
        info = JSON.parse(data.toString('utf8'));
    }
    catch {
        return 'the .info is not JSON';
    }
    const fields = (info ?? {});
    if (fields.Version !== version)
        return `the .info names version ${JSON.stringify(fields.Version)}, not ${version}`;
    if (fields.Time === undefined)
        return 'the .info has no Time';
    if (typeof fields.Time !== 'string' || !isRfc3339(fields.Time))
        return `the .info's Time ${JSON.stringify(fields.Time)} is not an RFC 3339 time`;
    return undefined;
}
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|([+-])(\d{2}):(\d{2}))$/;
/** Mirrors time.parseStrictRFC3339: the layout, then each field's range (February 29 only in leap years). */
function isRfc3339(text) {
    const match = RFC3339.exec(text);
    if (!match)
        return false;
    const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    if (days === undefined || day < 1 || day > days)
        return false;
    if (hour > 23 || minute > 59 || second > 59)
        return false;
    if (match[7] !== undefined && (Number(match[8]) > 23 || Number(match[9]) > 59))
        return false;
    return true;
}
/**
 * The zip object's user metadata that carries its version's `.info` (base64url of its bytes): a
 * warm restore reads a version in two requests (zip, .mod), not three. The `.info` object is
 * still written beside it, for runners that do not read the metadata.
 */
const INFO_METADATA = 'go-info';
/** S3 allows 2 KB of user metadata per object: a larger .info travels only as its own object. */
const MAX_INFO_METADATA = 1024;
/** The metadata to put on a zip object for this `.info`, or undefined when it is too large. */
function infoMetadata(info) {
    return info.length <= MAX_INFO_METADATA ? { [INFO_METADATA]: info.toString('base64url') } : undefined;
}
/** The `.info` bytes a zip object's metadata carries (unchecked: see infoProblem), if any. */
function infoOfMetadata(metadata) {
    const value = metadata?.[INFO_METADATA];
    if (value === undefined || value.length > 2 * MAX_INFO_METADATA || !/^[A-Za-z0-9_-]+$/.test(value))
        return undefined;
    return Buffer.from(value, 'base64url');
}

// EXTERNAL MODULE: ./.build/cache/s3-keys.js
var s3_keys = __webpack_require__(7806);
;// CONCATENATED MODULE: ./.build/cache/s3-fetch.js














/** The proxy's caps (cmd/go's modfetch: zip 500 MiB, go.mod 16 MiB); an .info is a small JSON. */
const OBJECT_CAPS = { zip: zip_reader/* MAX_ZIP */.l4, mod: 16 << 20, info: 64 << 10 };
/** go.sum's lines by module version: the zip's h1 and the go.mod's h1. */
function wantedVersions(goSum) {
    const byId = new Map();
    for (const line of goSum) {
        if (!line.hash.startsWith('h1:'))
            continue;
        const goMod = line.version.endsWith('/go.mod');
        const version = goMod ? line.version.slice(0, -'/go.mod'.length) : line.version;
        const id = `${line.path}@${version}`;
        const entry = byId.get(id) ?? { path: line.path, version };
        if (goMod)
            entry.mod ??= line.hash;
        else
            entry.zip ??= line.hash;
        byId.set(id, entry);
    }
    return [...byId.values()];
}
async function exists(file) {
    return promises_.stat(file).then(() => true, () => false);
}
/** This process's temp names: random once, then counted (no random bytes drawn per file). */
const TEMP_TAG = `${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
let tempCount = 0;
function temp(target) {
    return `${target}.${TEMP_TAG}.${(tempCount++).toString(36)}.tmp`;
}
/**
 * Writes bytes already in memory to a temp file renamed into place (no reader sees a part).
 * Synchronous on purpose, as the local backend's RestoreWriter: a warm restore writes hundreds
 * of small files, and each async call is a trip through libuv's pool of 4 threads (open, write,
 * close, rename: 4 per file), which queue behind one another (50 ms per zip at concurrency 8).
 */
function writeAtomic(target, data) {
    const file = temp(target);
    try {
        external_node_fs_.writeFileSync(file, data, { flag: 'wx' });
        external_node_fs_.renameSync(file, target);
    }
    catch (error) {
        external_node_fs_.rmSync(file, { force: true });
        throw error;
    }
}
/** A go.sum hash did not match: the object is refused. */
class Refused extends Error {
}
/** A bad object, refused with its key and why; deleted only with `heal` (cache-heal). */
async function refusal(bucket, object, kind, error, heal) {
    const reason = error instanceof s3_bucket/* ObjectTooLargeError */.B
        ? `larger than the ${kind} cap (${error.maxBytes} bytes)`
        : (0,errors/* describeError */.Uc)(error);
    if (!heal)
        return { ...object, reason };
    const deleted = await bucket.delete(object.key).then(() => true, () => false);
    return { ...object, reason, deleted };
}
/** The pack's .mod for this hash when it verifies; an entry that does not is refused by the pack's key. */
async function packedMod(input, module, hash, refused) {
    const { pack } = input;
    const packed = await pack?.mod(hash);
    if (!pack || !packed || (0,dirhash/* hashGoMod */.hK)(packed) === hash)
        return packed;
    pack.refuseMod();
    const reason = `its entry for ${hash} (/go.mod) hashes to ${(0,dirhash/* hashGoMod */.hK)(packed)}; the .mod object is read instead`;
    const object = { key: pack.key, module: (0,module_path/* moduleId */.w)(module) };
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
async function fetchFromBucket(input) {
    const { bucket, gomodcache } = input;
    const files = [];
    const refused = [];
    const complete = [];
    const zipDigests = new Map();
    let bytes = 0;
    let unusable;
    let modsMissing = 0;
    const limiter = new concurrency/* Limiter */.jG(input.concurrency ?? 8);
    const relative = (file) => external_node_path_.relative(gomodcache, file).split(external_node_path_.sep).join('/');
    /** The `.info` a verified zip object carried, checked as an .info object is, by version. */
    const infoFromZip = new Map();
    const fetchOne = async (module, kind, hash, target, emptyDir) => {
        // A directory this fetch just created holds nothing yet: no file to look for (a fresh runner).
        if (!emptyDir && (await exists(target)))
            return true;
        const key = (0,s3_keys/* moduleObjectKey */.VA)(bucket.location, hash, kind);
        if (!key || unusable)
            return false;
        const id = (0,module_path/* moduleId */.w)(module);
        try {
            if (kind === 'zip') {
                const written = await writeVerifiedZip(bucket, key, hash, target);
                if (!written)
                    return false;
                files.push(relative(target), `${relative(target)}hash`);
                zipDigests.set(relative(target), Promise.resolve((0,dirhash/* hash1OfDigests */.ww)(written.digests)));
                bytes += written.bytes;
                const problem = written.info && infoProblem(written.info, module.version);
                if (problem)
                    refused.push({ key, module: id, reason: `its ${INFO_METADATA} metadata: ${problem}` });
                else if (written.info)
                    infoFromZip.set(id, written.info);
            }
            else {
                const given = kind === 'info' ? infoFromZip.get(id) : await packedMod(input, module, hash, refused);
                const written = await writeVerified(bucket, key, kind, module, hash, target, given);
                if (written === undefined)
                    return false;
                bytes += written;
            }
            return true;
        }
        catch (error) {
            // Only a bad object is refused (and deleted with heal); the bucket or the local disk failing stops fetching.
            if (!(error instanceof Refused || error instanceof s3_bucket/* ObjectTooLargeError */.B)) {
                unusable ??= (0,errors/* describeError */.Uc)(error);
                return false;
            }
            refused.push(await refusal(bucket, { key, module: id }, kind, error, input.heal));
            return false;
        }
    };
    await Promise.all(wantedVersions(input.goSum).map((module) => limiter.run(async () => {
        if (unusable)
            return;
        const { vDir, base } = (0,module_path/* moduleCachePaths */.n)(gomodcache, module);
        // mkdir names the first directory it created: then vDir is new, and empty.
        const emptyDir = external_node_fs_.mkdirSync(vDir, { recursive: true }) !== undefined;
        // The .mod beside the zip; the .info from the zip object's metadata once the zip verified,
        // else (an object uploaded without it) read after it; not at all without the zip (priming
        // fetches the version whole: a cold run's request saved).
        const modFetched = module.mod ? fetchOne(module, 'mod', module.mod, `${base}.mod`, emptyDir) : false;
        const zip = module.zip ? await fetchOne(module, 'zip', module.zip, `${base}.zip`, emptyDir) : false;
        const info = zip && (await fetchOne(module, 'info', module.zip, `${base}.info`, emptyDir));
        const mod = await modFetched;
        if (!module.zip) {
            if (!mod)
                modsMissing++;
            return;
        }
        // A zip fetched now came with its .ziphash; one found on disk needs its own looked for.
        if (mod && info && zip && (emptyDir || (await exists(`${base}.ziphash`))))
            complete.push((0,module_path/* moduleId */.w)(module));
    })));
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
async function writeVerifiedZip(bucket, key, hash, target) {
    const file = temp(target);
    let streamed = true;
    try {
        const got = await bucket.getSmallOrToFile(key, file, OBJECT_CAPS.zip, ZIP_IN_MEMORY);
        if (!got)
            return undefined;
        streamed = 'file' in got;
        const digest = (thisThread) => 'data' in got ? (0,zip_reader/* digestZipEntriesAsync */.An)(got.data, { thisThread }) : (0,zip_file_digest/* digestZipFile */.Cl)(file, { thisThread });
        const digests = await digest(false)
            // A digest worker that died is ours, not the object's: hashed again on this thread.
            .catch((error) => (error instanceof zip_digest_pool/* DigestWorkerError */.J3 ? digest(true) : Promise.reject(error)))
            .catch((error) => {
            throw new Refused(`not a readable module zip: ${(0,errors/* describeError */.Uc)(error)}`);
        });
        const h1 = (0,dirhash/* hash1OfDigests */.ww)(digests);
        if (h1 !== hash)
            throw new Refused(`its zip hash ${h1} is not go.sum's ${hash}`);
        // The .ziphash first, then the zip: `go` counts a version downloaded once its zip is there.
        writeAtomic(`${target}hash`, hash);
        if ('data' in got)
            writeAtomic(target, got.data);
        else
            await promises_.rename(file, target);
        const bytes = 'data' in got ? got.data.length : (await promises_.stat(target)).size;
        return { digests, bytes, info: infoOfMetadata(got.metadata) };
    }
    finally {
        // Only a streamed zip had a temp file (gone once renamed into place).
        if (streamed)
            await promises_.rm(file, { force: true });
    }
}
/**
 * Reads one `.mod` or `.info` (or takes the `.info` its zip object carried, `given`) and writes it
 * to `target` only once verified: its size, or undefined when the bucket has no such object.
 * Throws Refused / ObjectTooLargeError for a bad object, InfrastructureError for a bucket that
 * cannot be read.
 */
async function writeVerified(bucket, key, kind, module, hash, target, given) {
    const data = given ?? (await bucket.getBytes(key, OBJECT_CAPS[kind]));
    if (!data)
        return undefined;
    if (kind === 'mod') {
        const got = (0,dirhash/* hashGoMod */.hK)(data);
        if (got !== hash)
            throw new Refused(`its go.mod hash ${got} is not go.sum's ${hash}`);
    }
    else {
        const problem = infoProblem(data, module.version);
        if (problem)
            throw new Refused(problem);
    }
    writeAtomic(target, data);
    return data.length;
}

// EXTERNAL MODULE: ./.build/cache/s3-location.js
var s3_location = __webpack_require__(2913);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./.build/cache/s3-manifest.js



/** A manifest is small; one past this is not read (nor inflated past it). */
const MAX_MANIFEST = 16 << 20;
/** A stable file name for a project (its repository and directory), without its characters' troubles. */
function projectManifestId(project) {
    return (0,external_node_crypto_.createHash)('sha256').update(project).digest('hex').slice(0, 32);
}
/** The keys go.sum's lines name in the bucket. */
function keysOfGoSum(bucket, goSum) {
    const keys = new Set();
    for (const line of goSum) {
        const kinds = line.version.endsWith('/go.mod') ? ['mod'] : ['zip', 'info'];
        for (const kind of kinds) {
            const key = (0,s3_keys/* moduleObjectKey */.VA)(bucket.location, line.hash, kind);
            if (key)
                keys.add(key);
        }
    }
    return [...keys].sort();
}
/**
 * A manifest naming the same keys is written again only once it is this old: gc's window is days
 * (`--older-than 30d`), and a warm run then sends no PUT at all (a PUT costs a store more than a
 * GET: S3 bills it ten times as much, and MinIO syncs it to disk).
 */
const MANIFEST_REFRESH_MS = 86_400_000;
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
async function recordManifest(bucket, project, goSum, now) {
    const key = (0,s3_keys/* manifestKey */.Rn)(bucket.location, projectManifestId(project));
    const manifest = {
        format: 1,
        project,
        updated: new Date(now).toISOString(),
        keys: keysOfGoSum(bucket, goSum),
    };
    // Unreadable, or too large: written again.
    const stored = await bucket.getBytes(key, MAX_MANIFEST).then((data) => data && parseManifest(data), () => undefined);
    if (stored && fresh(stored, manifest, now))
        return 'kept';
    await bucket.put(key, (0,external_node_zlib_.gzipSync)(JSON.stringify(manifest)));
    return 'written';
}
function fresh(stored, manifest, now) {
    const updated = Date.parse(stored.updated);
    return (stored.project === manifest.project &&
        updated <= now + CLOCK_SLACK_MS &&
        now - updated < MANIFEST_REFRESH_MS &&
        stored.keys.length === manifest.keys.length &&
        stored.keys.every((key, i) => key === manifest.keys[i]));
}
/**
 * A manifest's keys, or undefined when the object is not a manifest: gzip-compressed (inflated to
 * at most MAX_MANIFEST bytes), or plain JSON as earlier versions wrote it.
 */
function parseManifest(data) {
    try {
        const gzipped = data[0] === 0x1f && data[1] === 0x8b;
        const json = gzipped ? (0,external_node_zlib_.gunzipSync)(data, { maxOutputLength: MAX_MANIFEST }) : data;
        const value = JSON.parse(json.toString('utf8'));
        if (value.format !== 1 || !Array.isArray(value.keys) || !value.keys.every((k) => typeof k === 'string'))
            return undefined;
        return value;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./.build/files.js
var _build_files = __webpack_require__(3409);
// EXTERNAL MODULE: ./.build/cache/s3-pack.js
var s3_pack = __webpack_require__(2407);
;// CONCATENATED MODULE: ./.build/cache/s3-pack-session.js








/**
 * Tiles a run may read past its pack (from their objects or the database) before the pack is
 * written again: a database whose tree grew since needs a few tiles at its right edge every run.
 */
const TILE_SLACK = 16;
/**
 * One run's view of its project's pack (s3-pack.ts): read once at the restore, its `.mod` files
 * handed to the fetch (PackMods: each verified there against go.sum) and its proofs to the proof
 * store (ProofPack: each proven by the checksum client), what missed it counted; written again
 * once the checksum step settled, only when it missed (a new module, a refused entry, a tree grown
 * far), from what this run verified: `.mod` files whose hash is go.sum's, and the proofs the
 * client proved this run (offered to the bucket, or read from it and written by the client into
 * its state directory, which it does only once a file proved).
 */
class ProjectPack {
    bucket;
    key;
    project;
    reading;
    misses = { mods: 0, lookups: 0, tiles: 0, refused: 0 };
    touched = new Set();
    /** Proof files this run read from their own objects (the bucket holds them). */
    fromObjects = new Set();
    /** The entries read, once read (a file they name is not a miss, even when read from its object). */
    named = new Map();
    constructor(bucket, key, project) {
        this.bucket = bucket;
        this.key = key;
        this.project = project;
        // A bucket that fails here fails the fetch too (reported there): the pack is then absent.
        this.reading = (0,s3_pack/* readPack */.wh)(bucket, key)
            .catch(() => ({ kind: 'absent' }))
            .then((read) => {
            if (read.kind === 'read')
                this.named = read.entries;
            return read;
        });
    }
    /** Why the pack object was refused whole, if it was. */
    async refusal() {
        const read = await this.reading;
        return read.kind === 'refused' ? read.reason : undefined;
    }
    async entries() {
        const read = await this.reading;
        return read.kind === 'read' ? read.entries : new Map();
    }
    async mod(hash) {
        const name = (0,s3_pack/* modEntryName */.ST)(hash);
        const data = name === undefined ? undefined : (await this.entries()).get(name);
        if (!data)
            this.misses.mods++;
        return data;
    }
    refuseMod() {
        this.misses.refused++;
    }
    /** The part of the pack for `database`'s proofs, whose client keeps its state in `stateDir`. */
    proofs(database, stateDir) {
        const prefix = (0,s3_pack/* proofEntryName */.w5)(database, '');
        let files;
        const proofFiles = async () => {
            const found = new Map();
            for (const [name, data] of await this.entries())
                if (name.startsWith(prefix))
                    found.set(name.slice(prefix.length), data);
            return found;
        };
        return {
            key: this.key,
            // Built once: the proof store asks for every file the client reads.
            files: () => (files ??= proofFiles()),
            read: (file, fromPack) => {
                this.touched.add(file);
                if (fromPack)
                    return;
                this.fromObjects.add(file);
                // A tile the pack names is read from its shared object: not a miss.
                if (!this.named.has(prefix + file))
                    this.misses[file.startsWith('tile/') ? 'tiles' : 'lookups']++;
            },
            refused: () => this.misses.refused++,
            settle: (offered) => this.settle(database, stateDir, offered),
        };
    }
    async settle(database, stateDir, offered) {
        if (!(await this.changed(offered)))
            return 'kept';
        const entries = new Map();
        await this.addMods(entries);
        // Only proofs the client proved this run: offered, or read from the bucket and then stored by
        // the client (it writes a file from the bucket into its state directory once it proved).
        const limiter = new concurrency/* Limiter */.jG(16);
        const files = [...new Set([...this.touched, ...offered.keys()])].sort();
        const proofs = await Promise.all(files.map((file) => limiter.run(async () => offered.get(file) ?? (await (0,_build_files/* readIfExists */.O)(external_node_path_.join(stateDir, ...file.split('/')))))));
        for (const [i, file] of files.entries()) {
            const data = proofs[i];
            if (!data || data.length === 0)
                continue;
            const shared = file.startsWith('tile/') && (await this.sharedTile(database, file, data, offered));
            entries.set((0,s3_pack/* proofEntryName */.w5)(database, file), shared ? Buffer.alloc(0) : data);
        }
        let size = 0;
        for (const [name, data] of entries)
            size += name.length + data.length + 12;
        // Never a pack the next run would refuse as too large: its objects serve that project.
        if (size > s3_pack/* MAX_PACK */.bi)
            return 'kept';
        await this.bucket.put(this.key, await (0,s3_pack/* encodePack */.Cp)(entries));
        return 'written';
    }
    /**
     * Whether a proven tile is in the bucket as its own object, so the pack only names it (tiles are
     * the fleet's, the same for every project: a pack of a large project would hold megabytes of
     * them). Offered this run: the proof store put it before the pack is settled; read from its
     * object: there. Else (read from an earlier pack's bytes) it is put now, if absent, as the
     * proof store puts what the client proved; a bucket that refuses keeps its bytes in the pack.
     */
    async sharedTile(database, file, data, offered) {
        if (offered.has(file) || this.fromObjects.has(file))
            return true;
        return this.bucket.putIfAbsent((0,s3_keys/* proofKey */.CU)(this.bucket.location, `${database}/${file}`), data).then(() => true, () => false);
    }
    /** Whether this run's pack would differ from the one read (or there was none). */
    async changed(offered) {
        if ((await this.reading).kind !== 'read')
            return true;
        const { mods, lookups, tiles, refused } = this.misses;
        let offeredTiles = 0;
        for (const file of offered.keys())
            if (file.startsWith('tile/'))
                offeredTiles++;
        if (mods + lookups + refused > 0 || offered.size > offeredTiles || tiles + offeredTiles > TILE_SLACK)
            return true;
        // A go.sum that dropped a module leaves its .mod in the pack.
        const named = new Set(this.goModLines().map((line) => (0,s3_pack/* modEntryName */.ST)(line.hash)));
        for (const [name, data] of await this.entries()) {
            if (name.startsWith('mod/') && !named.has(name))
                return true;
            // An earlier pack held its tiles' bytes: written again, naming them.
            if (name.includes('/tile/') && data.length > 0)
                return true;
        }
        return false;
    }
    goModLines() {
        return this.project.goSum.filter((line) => line.version.endsWith('/go.mod') && (0,s3_pack/* modEntryName */.ST)(line.hash));
    }
    /** The `.mod` of each `/go.mod` line go.sum names, from the module cache, whose hash is go.sum's. */
    async addMods(entries) {
        const limiter = new concurrency/* Limiter */.jG(16);
        await Promise.all(this.goModLines().map((line) => limiter
            .run(async () => {
            const version = line.version.slice(0, -'/go.mod'.length);
            const { base } = (0,module_path/* moduleCachePaths */.n)(this.project.gomodcache, { path: line.path, version });
            const data = await (0,_build_files/* readIfExists */.O)(`${base}.mod`);
            if (data && data.length <= OBJECT_CAPS.mod && (0,dirhash/* hashGoMod */.hK)(data) === line.hash)
                entries.set((0,s3_pack/* modEntryName */.ST)(line.hash), data);
        })
            // Not in the module cache, or a path that does not escape: not packed.
            .catch(() => undefined)));
    }
}

// EXTERNAL MODULE: ./.build/cache/s3-proofs.js
var s3_proofs = __webpack_require__(8889);
;// CONCATENATED MODULE: ./.build/cache/s3-upload.js







/**
 * The objects for proven files (relative to GOMODCACHE, as the main step listed them after
 * provenModules: each zip matched go.sum and its `.ziphash`, unchanged since): a zip and its
 * `.info` under the zip's h1 (read from the `.ziphash`), a `.mod` under the hash of its bytes.
 */
async function uploadsFor(bucket, gomodcache, files) {
    const uploads = [];
    const listed = new Set(files);
    for (const name of files) {
        if (name.startsWith('cache/download/sumdb/'))
            continue;
        const file = external_node_path_.join(gomodcache, ...name.split('/'));
        if (name.endsWith('.zip') && listed.has(`${name}hash`)) {
            const h1 = (await promises_.readFile(`${file}hash`, 'utf8')).trim();
            const zipKey = (0,s3_keys/* moduleObjectKey */.VA)(bucket.location, h1, 'zip');
            if (!zipKey)
                continue;
            const info = `${name.slice(0, -'.zip'.length)}.info`;
            const infoFile = external_node_path_.join(gomodcache, ...info.split('/'));
            const infoBytes = listed.has(info) ? await promises_.readFile(infoFile) : undefined;
            uploads.push({ key: zipKey, file, metadata: infoBytes && infoMetadata(infoBytes) });
            if (infoBytes)
                uploads.push({ key: (0,s3_keys/* moduleObjectKey */.VA)(bucket.location, h1, 'info'), file: infoFile });
        }
        else if (name.endsWith('.mod')) {
            const stat = await promises_.stat(file);
            if (stat.size > OBJECT_CAPS.mod)
                continue;
            const key = (0,s3_keys/* moduleObjectKey */.VA)(bucket.location, (0,dirhash/* hashGoMod */.hK)(await promises_.readFile(file)), 'mod');
            if (key)
                uploads.push({ key, file });
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
async function uploadProven(input) {
    const uploads = await uploadsFor(input.bucket, input.gomodcache, input.files);
    const limiter = new concurrency/* Limiter */.jG(input.concurrency ?? 8);
    let created = 0;
    let existed = 0;
    let bytes = 0;
    await Promise.all(uploads.map((upload) => limiter.run(async () => {
        const size = (await promises_.stat(upload.file)).size;
        // Asking first saves sending a big zip the fleet holds; for a small object the
        // conditional put alone is one request instead of two.
        if (size > ASK_FIRST_ABOVE && (await input.bucket.has(upload.key))) {
            existed++;
            return;
        }
        const outcome = await input.bucket.putIfAbsent(upload.key, { file: upload.file }, upload.metadata);
        if (outcome === 'exists')
            existed++;
        else {
            created++;
            bytes += size;
        }
    })));
    return { created, existed, bytes };
}

;// CONCATENATED MODULE: ./.build/cache/s3-backend.js










/** The warning for an object that failed verification. */
function refusedWarning(location, refused) {
    return `SECURITY: cache (s3) object '${refused.key}' in ${(0,s3_location/* describeS3Location */.x)(location)} refused for ${refused.module}: ${refused.reason}; not used, fetched through the proxy instead${refused.deleted ? '; deleted (cache-heal)' : refused.deleted === false ? '; could not be deleted' : ''}`;
}
/**
 * A fleet's module store in an S3-compatible bucket, content-addressed per module version
 * (s3-keys.ts): a restore fetches what go.sum names and the bucket holds, each object verified
 * against go.sum before it is written into the module cache (fetchFromBucket); a save uploads
 * the proven versions the bucket lacks with conditional puts (uploadProven). Keys are not
 * entries here: a restore is exact when every module version go.sum names is now in the module
 * cache, partial when some are, and a miss when none came from the bucket.
 */
class S3Backend {
    location;
    options;
    name = 's3';
    bucket;
    /** What the last restore was asked for: the proofs' lookups to prefetch for the same go.sum. */
    restored;
    constructor(location, options = {}) {
        this.location = location;
        this.options = options;
        this.bucket = new s3_bucket/* S3Bucket */.r(location, options);
    }
    /** The checksum database's proofs under `<prefix>/sumdb/<database>/` (see S3ProofStore). */
    proofStore(database, logger) {
        const restored = this.restored;
        const stateDir = restored && external_node_path_.join(restored.gomodcache, 'cache', 'download', 'sumdb', database);
        const pack = stateDir ? restored?.pack?.proofs(database, stateDir) : undefined;
        const store = new s3_proofs/* S3ProofStore */.Ow(this.bucket, database, {
            logger,
            heal: this.options.heal,
            concurrency: this.options.concurrency,
            ...(pack ? { pack } : {}),
        });
        // Read now, while `go` primes the rest: the lookups of what the restore fetched that its pack
        // lacks, and the shared tiles the pack names (it holds no tile bytes).
        if (restored && stateDir) {
            const wanted = Promise.all([(0,s3_proofs/* lookupsToPrefetch */.og)(restored.goSum, stateDir), pack?.files()]);
            store.prefetching = wanted.then(async ([files, packed = new Map()]) => {
                const named = [...packed].filter(([file, data]) => data.length === 0 && file.startsWith('tile/'));
                const tiles = await (0,s3_proofs/* notStored */.br)(named.map(([file]) => file), stateDir);
                return store.prefetch([...files.filter((file) => !packed.get(file)?.length), ...tiles]);
            }, () => undefined);
        }
        return store;
    }
    exactKey(matched, primary) {
        return matched === primary;
    }
    async restore(gomodcache, primaryKey, _restoreKeys, context) {
        const goSum = context?.goSum ?? [];
        const { project } = this.options;
        // The project's pack (its .mod files and proofs in one GET) and its manifest, beside the fetch.
        const pack = project
            ? new ProjectPack(this.bucket, (0,s3_keys/* packKey */.l7)(this.location, projectManifestId(project)), {
                goSum,
                gomodcache,
            })
            : undefined;
        const manifest = project
            ? recordManifest(this.bucket, project, goSum, (this.options.now ?? Date.now)()).then(() => undefined, (error) => `cache (s3): the project's manifest was not written: ${(0,errors/* describeError */.Uc)(error)}`)
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
        const where = (0,s3_location/* describeS3Location */.x)(this.location);
        const manifestProblem = await manifest;
        if (fetched.unusable && fetched.files.length === 0)
            throw new errors/* InfrastructureError */.EN(`the bucket cannot be used: ${fetched.unusable}`);
        const warnings = fetched.refused.map((r) => refusedWarning(this.location, r));
        const packProblem = await pack?.refusal();
        if (packProblem && pack)
            warnings.push(`SECURITY: cache (s3) object '${pack.key}' in ${where} refused: ${packProblem}; not used (its files are read from their own objects)`);
        if (fetched.unusable)
            warnings.push(`cache (s3): ${where} failed part-way, the rest goes through the proxy: ${fetched.unusable}`);
        else if (manifestProblem)
            warnings.push(manifestProblem);
        const exact = fetched.wanted > 0 &&
            fetched.complete.length === fetched.wanted &&
            fetched.modsMissing === 0 &&
            fetched.refused.length === 0 &&
            !fetched.unusable;
        if (!exact && fetched.files.length === 0 && warnings.length === 0)
            return undefined;
        return {
            key: exact ? primaryKey : `${where} (${fetched.complete.length} of ${fetched.wanted} module versions)`,
            exact,
            files: fetched.files,
            bytes: fetched.bytes,
            zipDigests: fetched.zipDigests,
            ...(warnings.length > 0 ? { warnings } : {}),
        };
    }
    async save(gomodcache, files, _key) {
        const uploaded = await uploadProven({
            bucket: this.bucket,
            gomodcache,
            files,
            concurrency: this.options.concurrency,
        });
        return {
            key: `${(0,s3_location/* describeS3Location */.x)(this.location)} (${uploaded.created} objects created, ${uploaded.existed} there already)`,
            archiveBytes: uploaded.bytes,
        };
    }
    close() {
        this.bucket.close();
    }
}


/***/ })

};
