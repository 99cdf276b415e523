export const id = 48;
export const ids = [48];
export const modules = {

/***/ 6315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Wf: () => (/* binding */ projectManifestId),
/* harmony export */   Xx: () => (/* binding */ recordManifest),
/* harmony export */   xZ: () => (/* binding */ MAX_MANIFEST)
/* harmony export */ });
/* unused harmony exports keysOfGoSum, MANIFEST_REFRESH_MS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8522);
/* harmony import */ var _s3_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7806);



/** A manifest is small; one past this is not read (nor inflated past it). */
const MAX_MANIFEST = 16 << 20;
/** A stable file name for a project (its repository and directory), without its characters' troubles. */
function projectManifestId(project) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(project).digest('hex').slice(0, 32);
}
/** The keys go.sum's lines name in the bucket. */
function keysOfGoSum(bucket, goSum) {
    const keys = new Set();
    for (const line of goSum) {
        const kinds = line.version.endsWith('/go.mod') ? ['mod'] : ['zip', 'info'];
        for (const kind of kinds) {
            const key = (0,_s3_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .moduleObjectKey */ .VA)(bucket.location, line.hash, kind);
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
    const key = (0,_s3_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .manifestKey */ .Rn)(bucket.location, projectManifestId(project));
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
    await bucket.put(key, (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.gzipSync)(JSON.stringify(manifest)));
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
        const json = gzipped ? (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.gunzipSync)(data, { maxOutputLength: MAX_MANIFEST }) : data;
        const value = JSON.parse(json.toString('utf8'));
        if (value.format !== 1 || !Array.isArray(value.keys) || !value.keys.every((k) => typeof k === 'string'))
            return undefined;
        return value;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 3048:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gcCommand: () => (/* binding */ gcCommand)
});

// EXTERNAL MODULE: ./.build/errors.js
var errors = __webpack_require__(9243);
// EXTERNAL MODULE: ./.build/cache/s3-keys.js
var s3_keys = __webpack_require__(7806);
// EXTERNAL MODULE: ./.build/cache/s3-manifest.js
var s3_manifest = __webpack_require__(6315);
;// CONCATENATED MODULE: ./.build/cache/s3-gc.js



/**
 * Removes module objects that no manifest written in the last `olderThanMs` names and that are
 * themselves older than that (an object a running job uploaded before its manifest landed is
 * young, so it stays). Manifests are dated by the bucket's LastModified, not by their content.
 * Proofs (`sumdb/`) are kept: tiles never change and are shared by every project. A project's
 * pack (`packs/<id>.pack`) goes with its manifest: when no live manifest has its id, and it is old.
 */
async function collectGarbage(input) {
    const { bucket } = input;
    const cutoff = input.now - input.olderThanMs;
    const live = new Set();
    const liveProjects = new Set();
    let liveManifests = 0;
    let staleManifests = 0;
    for await (const object of bucket.list((0,s3_keys/* manifestPrefix */._6)(bucket.location))) {
        if (object.lastModified < cutoff) {
            staleManifests++;
            continue;
        }
        const data = await bucket.getBytes(object.key, s3_manifest/* MAX_MANIFEST */.xZ).catch((error) => {
            if (error instanceof errors/* InfrastructureError */.EN)
                throw error;
            return undefined; // oversized: not a manifest
        });
        const manifest = data && (0,s3_manifest/* parseManifest */.Ng)(data);
        if (!manifest)
            continue;
        liveManifests++;
        liveProjects.add(projectIdOf(object.key));
        for (const key of manifest.keys)
            live.add(key);
    }
    if (liveManifests === 0 && !input.dryRun)
        throw new errors/* InfrastructureError */.EN(`no manifest was written in the window: refusing to empty ${bucket.location.bucket}; run with --dry-run to see what would go`);
    const removed = [];
    let removedBytes = 0;
    let kept = 0;
    const young = (object) => object.lastModified >= input.now - (input.graceMs ?? input.olderThanMs);
    for await (const object of bucket.list((0,s3_keys/* modulePrefix */.B8)(bucket.location))) {
        if (live.has(object.key) || young(object)) {
            kept++;
            continue;
        }
        if (!input.dryRun)
            await bucket.delete(object.key);
        removed.push(object.key);
        removedBytes += object.size;
    }
    for await (const object of bucket.list((0,s3_keys/* packPrefix */.oH)(bucket.location))) {
        if (liveProjects.has(projectIdOf(object.key)) || young(object)) {
            kept++;
            continue;
        }
        if (!input.dryRun)
            await bucket.delete(object.key);
        removed.push(object.key);
        removedBytes += object.size;
    }
    return { liveManifests, staleManifests, kept, removed, removedBytes };
}
/** The project id a manifest or pack key names (`…/<id>.json.gz`, `.json`, `.pack`). */
function projectIdOf(key) {
    return (key.split('/').pop() ?? '').replace(/\.(json\.gz|json|pack)$/, '');
}

// EXTERNAL MODULE: ./.build/cache/s3-bucket.js + 1 modules
var s3_bucket = __webpack_require__(7473);
// EXTERNAL MODULE: ./.build/cache/s3-location.js
var s3_location = __webpack_require__(2913);
// EXTERNAL MODULE: ./.build/report/outcome.js
var outcome = __webpack_require__(777);
;// CONCATENATED MODULE: ./.build/edges/gc-command.js





const USAGE = 'usage: go-module-warden gc --cache-url s3://<bucket>/<prefix> --older-than <N>d [--dry-run] [--cache-s3-path-style true|false]';
/** `30d`, `12h`: days or hours (a bucket ages in days). */
function parseAge(value) {
    const match = /^(\d+)(d|h)$/.exec(value ?? '');
    if (!match)
        throw new errors/* ConfigError */.xL('older-than', `'${value ?? ''}' is not an age`, '`<N>d` or `<N>h`, e.g. `--older-than 30d`');
    return Number(match[1]) * (match[2] === 'd' ? 86_400_000 : 3_600_000);
}
/**
 * `go-module-warden gc`: removes from an s3 module store the module versions no project's
 * manifest has named within `--older-than` (s3-gc.ts). Bad arguments exit 2, all named at once.
 */
async function gcCommand(argv, env, out) {
    const flags = new Map();
    const problems = [];
    for (let i = 0; i < argv.length; i++) {
        const [name, inline] = argv[i].split(/=(.*)/s, 2);
        if (name === '--dry-run')
            flags.set('dry-run', 'true');
        else if (['--cache-url', '--older-than', '--cache-s3-path-style'].includes(name))
            flags.set(name.slice(2), inline ?? argv[++i] ?? '');
        else
            problems.push(`unknown argument '${argv[i]}'`);
    }
    let location;
    let olderThanMs = 0;
    for (const parse of [
        () => {
            const style = flags.get('cache-s3-path-style') ?? 'auto';
            location = (0,s3_location/* parseS3Location */.T)('cache-url', flags.get('cache-url') ?? '', style === 'true' || style === 'false' ? style : 'auto', env);
        },
        () => (olderThanMs = parseAge(flags.get('older-than'))),
    ])
        try {
            parse();
        }
        catch (error) {
            problems.push((0,errors/* describeError */.Uc)(error));
        }
    if (problems.length > 0 || !location) {
        out(`go-module-warden gc: ${problems.join('\n  ')}\n${USAGE}`);
        return outcome/* EXIT */.dc.usage;
    }
    const bucket = new s3_bucket/* S3Bucket */.r(location);
    try {
        const result = await collectGarbage({
            bucket,
            olderThanMs,
            now: Date.now(),
            dryRun: flags.has('dry-run'),
        });
        out(`${flags.has('dry-run') ? 'would remove' : 'removed'} ${result.removed.length} objects (${result.removedBytes} bytes); kept ${result.kept}; ${result.liveManifests} live manifests, ${result.staleManifests} stale`);
        return outcome/* EXIT */.dc.passed;
    }
    catch (error) {
        out(`go-module-warden gc: ${(0,errors/* describeError */.Uc)(error)}`);
        return error instanceof errors/* WardenError */.Sh ? (0,outcome/* exitCodeForKind */.LD)(error.kind) : outcome/* EXIT */.dc.infrastructure;
    }
    finally {
        bucket.close();
    }
}


/***/ })

};
