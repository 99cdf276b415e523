export const id = 48;
export const ids = [48];
export const modules = {

/***/ 548:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ ObjectTooLargeError),
/* harmony export */   r: () => (/* binding */ S3Bucket)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3711);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6466);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9243);
/* harmony import */ var _s3_location_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2913);






/** An object bigger than the cap its kind allows (the proxy's caps): never read past the cap. */
class ObjectTooLargeError extends Error {
    key;
    maxBytes;
    constructor(key, maxBytes) {
        super(`object '${key}' is larger than ${maxBytes} bytes`);
        this.key = key;
        this.maxBytes = maxBytes;
    }
}
/** A request (or its body) that took longer than the bucket's request timeout. */
class RequestTimeoutError extends Error {
    name = 'TimeoutError';
    constructor(ms) {
        super(`no answer within ${ms} ms`);
    }
}
function statusOf(error) {
    return error.$metadata?.httpStatusCode;
}
/**
 * The bucket, through `@aws-sdk/client-s3`. Endpoint, region and credentials come from the AWS
 * SDK's default chain, as the AWS CLI reads them (AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL,
 * AWS_REGION, AWS_ACCESS_KEY_ID…, AWS_PROFILE and ~/.aws/config, web identity tokens, container
 * and instance roles). Every request is bounded (connect 5 s, its own timeout, two attempts) and
 * aborted with the run; bodies are streamed and counted, never trusted by Content-Length.
 */
class S3Bucket {
    location;
    options;
    client;
    timeoutMs;
    constructor(location, options = {}) {
        this.location = location;
        this.options = options;
        this.timeoutMs = options.requestTimeoutMs ?? 60_000;
        this.client = new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .S3Client */ .YxF({
            forcePathStyle: location.forcePathStyle,
            maxAttempts: 2,
            // Plain requests every S3-compatible store understands (no aws-chunked trailers).
            requestChecksumCalculation: 'WHEN_REQUIRED',
            responseChecksumValidation: 'WHEN_REQUIRED',
            requestHandler: { connectionTimeout: 5_000, requestTimeout: this.timeoutMs },
            cacheMiddleware: true,
            // Failures reach the caller as errors (one warning each), not as the SDK's own console lines.
            logger: {
                debug: () => undefined,
                info: () => undefined,
                warn: () => undefined,
                error: () => undefined,
            },
            ...options.clientConfig,
        });
        // The run cancelled: every request in flight fails at once (its socket destroyed).
        options.signal?.addEventListener('abort', () => this.client.destroy(), { once: true });
    }
    /**
     * One request, bounded by the request timeout and the run's signal. Sent without per-request
     * options (an abortSignal there makes the SDK build its middleware stack again for every
     * request; with cacheMiddleware it is built once per command: half the CPU per request in the
     * fleet bench). The run's signal destroys the client's sockets instead (see the constructor).
     */
    async send(request) {
        let timer;
        let onAbort;
        const signal = this.options.signal;
        const bound = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new RequestTimeoutError(this.timeoutMs)), this.timeoutMs);
            onAbort = () => reject(signal?.reason ?? new Error('aborted'));
            if (signal?.aborted)
                onAbort();
            else
                signal?.addEventListener('abort', onAbort, { once: true });
        });
        try {
            return await Promise.race([request(), bound]);
        }
        finally {
            clearTimeout(timer);
            if (onAbort)
                signal?.removeEventListener('abort', onAbort);
        }
    }
    fail(what, key, error) {
        const status = statusOf(error);
        const name = error.name;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InfrastructureError */ .EN(`${(0,_s3_location_js__WEBPACK_IMPORTED_MODULE_4__/* .describeS3Location */ .x)(this.location)}: ${what} '${key}' failed (${status ? `HTTP ${status} ` : ''}${name}: ${error.message})`, { cause: error });
    }
    /**
     * The object's body and its announced length, or undefined when there is no such object; throws
     * when the bucket cannot be read. The length only picks where the body goes: bodies are counted.
     */
    async open(key) {
        try {
            const response = await this.send(() => this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .GetObjectCommand */ .jLs({ Bucket: this.location.bucket, Key: key })));
            return { body: response.Body, length: response.ContentLength, metadata: response.Metadata };
        }
        catch (error) {
            if (statusOf(error) === 404 || error.name === 'NoSuchKey')
                return undefined;
            this.fail('reading', key, error);
        }
    }
    /**
     * Streams the object into `file` (created, never followed if it exists), at most `maxBytes`;
     * false when there is no such object. Throws ObjectTooLargeError past the cap (the partial
     * file is removed) and InfrastructureError when the bucket cannot be read.
     */
    async getToFile(key, file, maxBytes) {
        const opened = await this.open(key);
        if (!opened)
            return false;
        await this.streamToFile(key, opened.body, file, maxBytes);
        return true;
    }
    /**
     * The object in memory when the server announces at most `inMemory` bytes (one GET, no file to
     * read back), else streamed into `file` as getToFile does; undefined when there is no such
     * object. Either way at most `maxBytes` are read (ObjectTooLargeError past it). With the
     * object's user metadata (names lower-cased, as S3 returns them).
     */
    async getSmallOrToFile(key, file, maxBytes, inMemory) {
        const opened = await this.open(key);
        if (!opened)
            return undefined;
        const { metadata } = opened;
        if (opened.length !== undefined && opened.length <= Math.min(inMemory, maxBytes))
            return { data: await this.readBody(key, opened.body, maxBytes), metadata };
        await this.streamToFile(key, opened.body, file, maxBytes);
        return { file, metadata };
    }
    /** The object's bytes (at most `maxBytes`), or undefined when there is none. */
    async getBytes(key, maxBytes) {
        const opened = await this.open(key);
        return opened && this.readBody(key, opened.body, maxBytes);
    }
    /** A body still being read after the request timeout (a server trickling it) is destroyed. */
    bounded(body) {
        const timer = setTimeout(() => body.destroy(new RequestTimeoutError(this.timeoutMs)), this.timeoutMs);
        return () => clearTimeout(timer);
    }
    async streamToFile(key, body, file, maxBytes) {
        let bytes = 0;
        const counted = async function* (source) {
            for await (const chunk of source) {
                bytes += chunk.length;
                if (bytes > maxBytes)
                    throw new ObjectTooLargeError(key, maxBytes);
                yield chunk;
            }
        };
        const stop = this.bounded(body);
        try {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(body, counted, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(file, { flags: 'wx' }));
        }
        catch (error) {
            body.destroy();
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(file, { force: true });
            if (error instanceof ObjectTooLargeError)
                throw error;
            this.fail('reading', key, error);
        }
        finally {
            stop();
        }
    }
    async readBody(key, body, maxBytes) {
        const chunks = [];
        let bytes = 0;
        const stop = this.bounded(body);
        try {
            for await (const chunk of body) {
                bytes += chunk.length;
                if (bytes > maxBytes)
                    throw new ObjectTooLargeError(key, maxBytes);
                chunks.push(chunk);
            }
        }
        catch (error) {
            body.destroy();
            if (error instanceof ObjectTooLargeError)
                throw error;
            this.fail('reading', key, error);
        }
        finally {
            stop();
        }
        return Buffer.concat(chunks);
    }
    /** Whether the object exists. */
    async has(key) {
        try {
            await this.send(() => this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .HeadObjectCommand */ .l81({ Bucket: this.location.bucket, Key: key })));
            return true;
        }
        catch (error) {
            if (statusOf(error) === 404 || error.name === 'NotFound')
                return false;
            this.fail('checking', key, error);
        }
    }
    /**
     * Creates the object only when no object has that key (`If-None-Match: *`): a concurrent
     * writer's object is never overwritten. `exists` when the key was taken (412, or 409 while
     * another conditional write of it is in flight).
     */
    async putIfAbsent(key, body, metadata) {
        try {
            const size = Buffer.isBuffer(body) ? body.length : (await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat(body.file)).size;
            await this.send(() => this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .PutObjectCommand */ .wKZ({
                Bucket: this.location.bucket,
                Key: key,
                Body: Buffer.isBuffer(body) ? body : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(body.file),
                ContentLength: size,
                IfNoneMatch: '*',
                ...(metadata ? { Metadata: metadata } : {}),
            })));
            return 'created';
        }
        catch (error) {
            const status = statusOf(error);
            if (status === 412 || status === 409)
                return 'exists';
            this.fail('writing', key, error);
        }
    }
    /** Overwrites the object (manifests only: a project's own record). */
    async put(key, body) {
        try {
            await this.send(() => this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .PutObjectCommand */ .wKZ({
                Bucket: this.location.bucket,
                Key: key,
                Body: body,
                ContentLength: body.length,
            })));
        }
        catch (error) {
            this.fail('writing', key, error);
        }
    }
    async delete(key) {
        try {
            await this.send(() => this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .DeleteObjectCommand */ .k4j({ Bucket: this.location.bucket, Key: key })));
        }
        catch (error) {
            this.fail('deleting', key, error);
        }
    }
    /** Every object under `prefix`, page by page (at most `limit` objects). */
    async *list(prefix, limit = 1_000_000) {
        let token;
        let count = 0;
        do {
            let page;
            try {
                page = await this.send(() => this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .ListObjectsV2Command */ .u6x({
                    Bucket: this.location.bucket,
                    Prefix: prefix,
                    ContinuationToken: token,
                })));
            }
            catch (error) {
                this.fail('listing', prefix, error);
            }
            for (const object of page.Contents ?? []) {
                if (!object.Key || count++ >= limit)
                    return;
                yield { key: object.Key, size: object.Size ?? 0, lastModified: object.LastModified?.getTime() ?? 0 };
            }
            token = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (token);
    }
    /** Closes the client's sockets. */
    close() {
        this.client.destroy();
    }
}


/***/ }),

/***/ 7806:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ modulePrefix),
/* harmony export */   CU: () => (/* binding */ proofKey),
/* harmony export */   Rn: () => (/* binding */ manifestKey),
/* harmony export */   VA: () => (/* binding */ moduleObjectKey),
/* harmony export */   _6: () => (/* binding */ manifestPrefix)
/* harmony export */ });
/* unused harmony exports h1KeyPart, proofPrefix */
/** `h1:<base64>` → base64url without padding, or undefined when it is not an h1 hash. */
function h1KeyPart(hash) {
    const match = /^h1:([A-Za-z0-9+/]{43}=)$/.exec(hash);
    if (!match)
        return undefined;
    return match[1].replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}
function join(location, rest) {
    return location.prefix ? `${location.prefix}/${rest}` : rest;
}
/**
 * A module version's object key, content-addressed by its go.sum hash: the `.zip` and `.info`
 * under the zip's h1, the `.mod` under its `/go.mod` h1 (`<prefix>/h1/<base64url(h1)>.<kind>`).
 * The h1 covers the file names with their `module@version/` prefix (dirhash.HashZip), so one key
 * names one module version's content; a `.mod` key may serve every version with the same go.mod.
 */
function moduleObjectKey(location, hash, kind) {
    const part = h1KeyPart(hash);
    return part === undefined ? undefined : join(location, `h1/${part}.${kind}`);
}
/** Where the checksum database's proofs live: `<prefix>/sumdb/<name>/<file>`. */
function proofKey(location, file) {
    return join(location, `sumdb/${file}`);
}
/** The prefix under which proofs are listed. */
function proofPrefix(location) {
    return join(location, 'sumdb/');
}
/**
 * A project's manifest: what its go.sum needed and when (`<prefix>/manifests/<project id>.json.gz`;
 * earlier versions wrote `.json`, which gc still reads until it ages out of its window).
 */
function manifestKey(location, projectId) {
    return join(location, `manifests/${projectId}.json.gz`);
}
function manifestPrefix(location) {
    return join(location, 'manifests/');
}
function modulePrefix(location) {
    return join(location, 'h1/');
}


/***/ }),

/***/ 2913:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ parseS3Location),
/* harmony export */   x: () => (/* binding */ describeS3Location)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9243);

const ACCEPTED = '`s3://<bucket>/<prefix>`, e.g. `s3://build-cache/go-modules`';
/**
 * Parses `cache-url` (and `AWS_S3_FORCE_PATH_STYLE` / `cache-s3-path-style`). Bucket names follow
 * S3's rules (3–63 lowercase letters, digits, `.`, `-`); the prefix takes printable characters
 * other than `\`, and no `..` segment.
 */
function parseS3Location(input, value, pathStyle, env) {
    const text = value.trim();
    const match = /^s3:\/\/([^/]*)\/?(.*)$/.exec(text);
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(input, `'${value}' is not an s3:// URL`, ACCEPTED);
    const [, bucket, rawPrefix] = match;
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(input, `'${bucket}' is not an S3 bucket name`, ACCEPTED);
    const prefix = rawPrefix.replace(/^\/+|\/+$/g, '');
    // eslint-disable-next-line no-control-regex
    if (/[\\\u0000-\u001f\u007f]/.test(prefix) || prefix.split('/').some((s) => s === '..' || s === '.'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(input, `the prefix '${prefix}' is not a clean key prefix`, ACCEPTED);
    const fromEnv = (env.AWS_S3_FORCE_PATH_STYLE ?? '').trim().toLowerCase();
    const forcePathStyle = pathStyle === 'auto' ? fromEnv === 'true' || fromEnv === '1' : pathStyle === 'true';
    return { bucket, prefix, forcePathStyle };
}
/** `s3://bucket/prefix`, for messages. */
function describeS3Location(location) {
    return `s3://${location.bucket}/${location.prefix}`;
}


/***/ }),

/***/ 6315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Xx: () => (/* binding */ recordManifest),
/* harmony export */   xZ: () => (/* binding */ MAX_MANIFEST)
/* harmony export */ });
/* unused harmony exports projectManifestId, keysOfGoSum */
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
 * Writes (overwrites) this project's manifest: one small object per project, updated each run,
 * gzip-compressed (`.json.gz`): its keys share the prefix, and a zip's `.info` key its h1, so it
 * stores at about a third of its JSON, which counts in a bucket of many projects.
 */
async function recordManifest(bucket, project, goSum, now) {
    const manifest = {
        format: 1,
        project,
        updated: new Date(now).toISOString(),
        keys: keysOfGoSum(bucket, goSum),
    };
    await bucket.put((0,_s3_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .manifestKey */ .Rn)(bucket.location, projectManifestId(project)), (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.gzipSync)(JSON.stringify(manifest)));
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
 * Proofs (`sumdb/`) are kept: tiles never change and are shared by every project.
 */
async function collectGarbage(input) {
    const { bucket } = input;
    const cutoff = input.now - input.olderThanMs;
    const live = new Set();
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
        for (const key of manifest.keys)
            live.add(key);
    }
    if (liveManifests === 0 && !input.dryRun)
        throw new errors/* InfrastructureError */.EN(`no manifest was written in the window: refusing to empty ${bucket.location.bucket}; run with --dry-run to see what would go`);
    const removed = [];
    let removedBytes = 0;
    let kept = 0;
    for await (const object of bucket.list((0,s3_keys/* modulePrefix */.B8)(bucket.location))) {
        if (live.has(object.key) || object.lastModified >= input.now - (input.graceMs ?? input.olderThanMs)) {
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

// EXTERNAL MODULE: ./.build/cache/s3-bucket.js
var s3_bucket = __webpack_require__(548);
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
