export const id = 577;
export const ids = [577];
export const modules = {

/***/ 5577:
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
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./.build/cache/s3-light-get.js


/** A key's path as the SDK's serializer writes a greedy label (`{Key+}`): each segment escaped, `/` kept. */
function encodeKeyPath(key) {
    return key
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
/**
 * GETs without the SDK's middleware stack: a warm restore sends one GET per module version, and
 * the stack (endpoint rules, retries, serde, logging filters) costs ~1.5 ms of CPU per request
 * against ~0.3 ms for signing. Everything still comes from the SDK: the endpoint, region and
 * signing name are learnt from its own first GetObject of the run (`learn`, a build-step
 * middleware; used only once the SDK got an answer through them), and each request is signed by
 * the client's own signer with the client's credentials. Only two answers are taken here: 200
 * (the body) and 404 (no such object); anything else, or a failed request, returns undefined and
 * the caller sends the request through the SDK, with its retries, clock-skew correction and errors,
 * as it does every GET after that.
 */
class LightGets {
    client;
    bucket;
    timeoutMs;
    template;
    learnt;
    learning;
    /** A plain GET was answered otherwise, or failed: none is sent again this run. */
    stopped = false;
    agents;
    signer;
    constructor(client, bucket, 
    /** A request idle this long is destroyed (the caller's own bound answers first). */
    timeoutMs) {
        this.client = client;
        this.bucket = bucket;
        this.timeoutMs = timeoutMs;
        const options = { keepAlive: true, maxSockets: 64 };
        this.agents = { http: new external_node_http_.Agent(options), https: new external_node_https_.Agent(options) };
        client.middlewareStack.add((next, context) => async (args) => {
            if (!this.template && !this.stopped && context.commandName === 'GetObjectCommand')
                this.learn(args, context);
            return next(args);
        }, { step: 'build', name: 'wardenLearnGetEndpoint', priority: 'low' });
    }
    learn(args, context) {
        const { request, input } = args;
        const auth = context.endpointV2?.properties?.authSchemes?.[0];
        const suffix = `/${encodeKeyPath(input?.Key ?? '')}`;
        // Only a plain SigV4 endpoint whose path ends with the key as we would write it.
        if (!request?.hostname ||
            (request.protocol !== 'http:' && request.protocol !== 'https:') ||
            input?.Bucket !== this.bucket ||
            !request.path?.endsWith(suffix) ||
            auth?.name !== 'sigv4' ||
            !auth.signingName ||
            !auth.signingRegion)
            return;
        this.learnt = {
            protocol: request.protocol,
            hostname: request.hostname,
            ...(request.port ? { port: request.port } : {}),
            basePath: request.path.slice(0, -suffix.length),
            region: auth.signingRegion,
            service: auth.signingName,
        };
    }
    /**
     * Runs the run's first GET (`viaSdk`) alone: it shows the way; a GET begun meanwhile waits for
     * it and gets undefined, as does every GET once it is over (then each goes plain where it can).
     */
    async alone(viaSdk) {
        if (this.template)
            return undefined;
        if (this.learning) {
            await this.learning;
            return undefined;
        }
        const first = viaSdk();
        this.learning = first.catch(() => undefined);
        return { value: await first };
    }
    /** The SDK's GetObject through the learnt endpoint got an answer: later GETs may go plain. */
    confirm() {
        if (!this.stopped)
            this.template ??= this.learnt;
    }
    /**
     * The client's signer, made once: the client's config.signer() makes a new SignatureV4 per
     * call, which derives its signing key again (four HMACs): 0.3 ms of CPU per GET against 0.06 ms
     * with one signer. It signs with the client's credential provider (refreshed as it expires) and
     * its clock offset as of the first GET; a GET refused for a skewed clock goes through the SDK.
     */
    newSigner() {
        const made = this.client.config.signer();
        made.catch(() => (this.signer = undefined));
        return made;
    }
    /** The object (200), null (404), or undefined: send it through the SDK instead. */
    async get(key) {
        const template = this.template;
        if (!template)
            return undefined;
        try {
            const signer = await (this.signer ??= this.newSigner());
            const host = template.port ? `${template.hostname}:${template.port}` : template.hostname;
            const request = {
                method: 'GET',
                protocol: template.protocol,
                hostname: template.hostname,
                ...(template.port ? { port: template.port } : {}),
                path: `${template.basePath}/${encodeKeyPath(key)}`,
                query: {},
                headers: { host },
            };
            const signed = await signer.sign(request, {
                signingRegion: template.region,
                signingService: template.service,
            });
            return await this.send(template, request.path, signed.headers);
        }
        catch {
            return undefined;
        }
    }
    send(template, path, headers) {
        const module = template.protocol === 'https:' ? external_node_https_ : external_node_http_;
        const agent = template.protocol === 'https:' ? this.agents.https : this.agents.http;
        return new Promise((resolve) => {
            const request = module.request({ method: 'GET', hostname: template.hostname, port: template.port, path, headers, agent }, (response) => {
                const status = response.statusCode;
                if (status !== 200) {
                    response.resume();
                    if (status !== 404)
                        this.stop();
                    resolve(status === 404 ? null : undefined);
                    return;
                }
                const metadata = {};
                for (const [name, value] of Object.entries(response.headers))
                    if (name.startsWith('x-amz-meta-') && typeof value === 'string')
                        metadata[name.slice('x-amz-meta-'.length)] = value;
                const length = Number(response.headers['content-length']);
                resolve({ body: response, ...(Number.isSafeInteger(length) ? { length } : {}), metadata });
            });
            request.setTimeout(this.timeoutMs, () => request.destroy());
            request.on('error', () => {
                this.stop();
                resolve(undefined);
            });
            request.end();
        });
    }
    /**
     * Any other answer (a skewed clock, credentials that expired, a server in trouble), or a failed
     * request: the rest of the run's GETs go through the SDK, which knows what to do about it.
     */
    stop() {
        this.stopped = true;
        this.template = undefined;
    }
    /** Closes the sockets (the run is over, or cancelled). */
    destroy() {
        this.agents.http.destroy();
        this.agents.https.destroy();
    }
}

// EXTERNAL MODULE: ./.build/cache/s3-location.js
var s3_location = __webpack_require__(2913);
;// CONCATENATED MODULE: ./.build/cache/s3-bucket.js







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
    light;
    constructor(location, options = {}) {
        this.location = location;
        this.options = options;
        this.timeoutMs = options.requestTimeoutMs ?? 60_000;
        this.client = new dist_cjs/* S3Client */.YxF({
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
        this.light = new LightGets(this.client, location.bucket, this.timeoutMs);
        // The run cancelled: every request in flight fails at once (its socket destroyed).
        options.signal?.addEventListener('abort', () => this.close(), { once: true });
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
        throw new errors/* InfrastructureError */.EN(`${(0,s3_location/* describeS3Location */.x)(this.location)}: ${what} '${key}' failed (${status ? `HTTP ${status} ` : ''}${name}: ${error.message})`, { cause: error });
    }
    /**
     * The object's body and its announced length, or undefined when there is no such object; throws
     * when the bucket cannot be read. The length only picks where the body goes: bodies are counted.
     */
    async open(key) {
        // Plain (s3-light-get.ts) once the SDK's first GET showed the way; else, or failing, the SDK's.
        // The run's first GET goes alone, through the SDK; those begun meanwhile wait for it.
        const first = await this.light.alone(() => this.openThroughSdk(key));
        if (first)
            return first.value;
        const light = await this.send(() => this.light.get(key)).catch((error) => this.fail('reading', key, error));
        if (light === null)
            return undefined;
        if (light)
            return light;
        return this.openThroughSdk(key);
    }
    async openThroughSdk(key) {
        try {
            const response = await this.send(() => this.client.send(new dist_cjs/* GetObjectCommand */.jLs({ Bucket: this.location.bucket, Key: key })));
            this.light.confirm();
            return { body: response.Body, length: response.ContentLength, metadata: response.Metadata };
        }
        catch (error) {
            if (statusOf(error) === 404 || error.name === 'NoSuchKey') {
                this.light.confirm();
                return undefined;
            }
            this.fail('reading', key, error);
        }
    }
    /**
     * The object in memory when the server announces at most `inMemory` bytes (one GET, no file to
     * read back), else streamed into `file` (created, never followed if it exists; removed past the
     * cap); undefined when there is no such object. Either way at most `maxBytes` are read
     * (ObjectTooLargeError past it; InfrastructureError when the bucket cannot be read). With the
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
            await (0,external_node_stream_promises_.pipeline)(body, counted, (0,external_node_fs_.createWriteStream)(file, { flags: 'wx' }));
        }
        catch (error) {
            body.destroy();
            await promises_.rm(file, { force: true });
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
            await this.send(() => this.client.send(new dist_cjs/* HeadObjectCommand */.l81({ Bucket: this.location.bucket, Key: key })));
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
            const size = Buffer.isBuffer(body) ? body.length : (await promises_.stat(body.file)).size;
            await this.send(() => this.client.send(new dist_cjs/* PutObjectCommand */.wKZ({
                Bucket: this.location.bucket,
                Key: key,
                Body: Buffer.isBuffer(body) ? body : (0,external_node_fs_.createReadStream)(body.file),
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
            await this.send(() => this.client.send(new dist_cjs/* PutObjectCommand */.wKZ({
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
            await this.send(() => this.client.send(new dist_cjs/* DeleteObjectCommand */.k4j({ Bucket: this.location.bucket, Key: key })));
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
                page = await this.send(() => this.client.send(new dist_cjs/* ListObjectsV2Command */.u6x({
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
        this.light.destroy();
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./.build/go/dirhash.js
var dirhash = __webpack_require__(170);
// EXTERNAL MODULE: ./.build/go/zip-digest-pool.js + 1 modules
var zip_digest_pool = __webpack_require__(8388);
// EXTERNAL MODULE: ./.build/go/zip-file-digest.js
var zip_file_digest = __webpack_require__(2242);
// EXTERNAL MODULE: ./.build/go/zip-reader.js
var zip_reader = __webpack_require__(3816);
;// CONCATENATED MODULE: ./.build/concurrency.js
// The one bounded-concurrency pool of the code base (ground floor: imports nothing of ours).
/** At most `limit` tasks at once; the rest wait in order. */
class Limiter {
    limit;
    active = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
        if (!(limit >= 1))
            throw new Error(`concurrency must be at least 1, got ${limit}`);
    }
    async run(task) {
        if (this.active >= this.limit)
            await new Promise((resolve) => this.waiting.push(resolve));
        this.active++;
        try {
            return await task();
        }
        finally {
            this.active--;
            this.waiting.shift()?.();
        }
    }
}
/** A mutex: runs tasks one after the other. */
class Serializer {
    tail = Promise.resolve();
    run(task) {
        const result = this.tail.then(task, task);
        this.tail = result.catch(() => undefined);
        return result;
    }
}
/**
 * Maps `items` through `fn`, at most `limit` at once, started in order; results keep the order of
 * `items`. Like Promise.all, it rejects with the first failure.
 */
function mapLimit(items, limit, fn) {
    const limiter = new Limiter(limit);
    return Promise.all(items.map((item) => limiter.run(() => fn(item))));
}

// EXTERNAL MODULE: ./.build/cache/module-path.js + 1 modules
var module_path = __webpack_require__(3516);
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

;// CONCATENATED MODULE: ./.build/cache/s3-keys.js
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
/**
 * A project's pack (s3-pack.ts): the `.mod` files its go.sum names and the checksum database's
 * proofs its last run proved, in one object read with one GET (`<prefix>/packs/<project id>.pack`).
 */
function packKey(location, projectId) {
    return join(location, `packs/${projectId}.pack`);
}
function packPrefix(location) {
    return join(location, 'packs/');
}
function manifestPrefix(location) {
    return join(location, 'manifests/');
}
function modulePrefix(location) {
    return join(location, 'h1/');
}

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
    const reason = error instanceof ObjectTooLargeError
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
    const limiter = new Limiter(input.concurrency ?? 8);
    const relative = (file) => external_node_path_.relative(gomodcache, file).split(external_node_path_.sep).join('/');
    /** The `.info` a verified zip object carried, checked as an .info object is, by version. */
    const infoFromZip = new Map();
    const fetchOne = async (module, kind, hash, target, emptyDir) => {
        // A directory this fetch just created holds nothing yet: no file to look for (a fresh runner).
        if (!emptyDir && (await exists(target)))
            return true;
        const key = moduleObjectKey(bucket.location, hash, kind);
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
            if (!(error instanceof Refused || error instanceof ObjectTooLargeError)) {
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
            const key = moduleObjectKey(bucket.location, line.hash, kind);
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
    const key = manifestKey(bucket.location, projectManifestId(project));
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
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./.build/cache/s3-pack.js





/** What a pack holds is a few MB for a large project; a pack object, or its inflated bytes, past this is refused. */
const MAX_PACK = 64 << 20;
const MAGIC = 'warden-pack 1\n';
const ENTRY_NAME = /^(?:mod\/[A-Za-z0-9_-]{43}|sumdb\/[!-~]+)$/;
const HEADER = /^(\S+) (\d{1,9})$/;
const gzipAsync = (0,external_node_util_.promisify)(external_node_zlib_.gzip);
const gunzipAsync = (0,external_node_util_.promisify)(external_node_zlib_.gunzip);
/** The entry of a `/go.mod` line's hash, or undefined when it is not an h1. */
function modEntryName(hash) {
    const part = h1KeyPart(hash);
    return part === undefined ? undefined : `mod/${part}`;
}
/** The entry of a checksum database state file (`lookup/…`, `tile/…`). */
function proofEntryName(database, file) {
    return `sumdb/${database}/${file}`;
}
/** The pack's bytes: a magic line, then each entry as `<name> <length>\n<bytes>`, gzip'd. */
async function encodePack(entries) {
    const parts = [Buffer.from(MAGIC)];
    for (const [name, data] of entries)
        parts.push(Buffer.from(`${name} ${data.length}\n`), data);
    return gzipAsync(Buffer.concat(parts));
}
/** A pack that is not one: refused whole (its entries unread). */
class BadPackError extends Error {
}
/** The entries of a pack; throws BadPackError for bytes that are not a pack within MAX_PACK. */
async function decodePack(data) {
    let raw;
    try {
        raw = await gunzipAsync(data, { maxOutputLength: MAX_PACK });
    }
    catch (error) {
        throw new BadPackError(`not a gzip'd pack within ${MAX_PACK} bytes: ${(0,errors/* describeError */.Uc)(error)}`);
    }
    if (raw.toString('latin1', 0, MAGIC.length) !== MAGIC)
        throw new BadPackError('not a pack (no magic line)');
    const entries = new Map();
    for (let offset = MAGIC.length; offset < raw.length;) {
        const end = raw.indexOf(0x0a, offset);
        const header = HEADER.exec(raw.toString('latin1', offset, end < 0 ? raw.length : end));
        if (end < 0 || !header || !ENTRY_NAME.test(header[1]) || header[1].split('/').includes('..'))
            throw new BadPackError(`a malformed entry header at byte ${offset}`);
        const length = Number(header[2]);
        if (end + 1 + length > raw.length)
            throw new BadPackError(`entry ${header[1]} runs past the end`);
        if (entries.has(header[1]))
            throw new BadPackError(`entry ${header[1]} twice`);
        entries.set(header[1], raw.subarray(end + 1, end + 1 + length));
        offset = end + 1 + length;
    }
    return entries;
}
/** Reads the pack at `key` (at most MAX_PACK bytes). */
async function readPack(bucket, key) {
    let data;
    try {
        data = await bucket.getBytes(key, MAX_PACK);
    }
    catch (error) {
        if (error instanceof ObjectTooLargeError)
            return { kind: 'refused', reason: `larger than ${MAX_PACK} bytes` };
        throw error;
    }
    if (!data)
        return { kind: 'absent' };
    try {
        return { kind: 'read', entries: await decodePack(data) };
    }
    catch (error) {
        if (error instanceof BadPackError)
            return { kind: 'refused', reason: error.message };
        throw error;
    }
}

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
        this.reading = readPack(bucket, key)
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
        const name = modEntryName(hash);
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
        const prefix = proofEntryName(database, '');
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
        const limiter = new Limiter(16);
        const files = [...new Set([...this.touched, ...offered.keys()])].sort();
        const proofs = await Promise.all(files.map((file) => limiter.run(async () => offered.get(file) ?? (await (0,_build_files/* readIfExists */.O)(external_node_path_.join(stateDir, ...file.split('/')))))));
        for (const [i, file] of files.entries()) {
            const data = proofs[i];
            if (!data || data.length === 0)
                continue;
            const shared = file.startsWith('tile/') && (await this.sharedTile(database, file, data, offered));
            entries.set(proofEntryName(database, file), shared ? Buffer.alloc(0) : data);
        }
        let size = 0;
        for (const [name, data] of entries)
            size += name.length + data.length + 12;
        // Never a pack the next run would refuse as too large: its objects serve that project.
        if (size > MAX_PACK)
            return 'kept';
        await this.bucket.put(this.key, await encodePack(entries));
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
        return this.bucket.putIfAbsent(proofKey(this.bucket.location, `${database}/${file}`), data).then(() => true, () => false);
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
        const named = new Set(this.goModLines().map((line) => modEntryName(line.hash)));
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
        return this.project.goSum.filter((line) => line.version.endsWith('/go.mod') && modEntryName(line.hash));
    }
    /** The `.mod` of each `/go.mod` line go.sum names, from the module cache, whose hash is go.sum's. */
    async addMods(entries) {
        const limiter = new Limiter(16);
        await Promise.all(this.goModLines().map((line) => limiter
            .run(async () => {
            const version = line.version.slice(0, -'/go.mod'.length);
            const { base } = (0,module_path/* moduleCachePaths */.n)(this.project.gomodcache, { path: line.path, version });
            const data = await (0,_build_files/* readIfExists */.O)(`${base}.mod`);
            if (data && data.length <= OBJECT_CAPS.mod && (0,dirhash/* hashGoMod */.hK)(data) === line.hash)
                entries.set(modEntryName(line.hash), data);
        })
            // Not in the module cache, or a path that does not escape: not packed.
            .catch(() => undefined)));
    }
}

// EXTERNAL MODULE: ./.build/module/module-escape.js
var module_escape = __webpack_require__(8803);
;// CONCATENATED MODULE: ./.build/cache/s3-proofs.js









/**
 * Caps on proof objects: a hash tile of height 8 is at most 2^8 hashes of 32 bytes (tlog's
 * tiles); a lookup is a record of two go.sum lines and a signed note of a few lines.
 */
const PROOF_CAPS = { tile: 256 * 32, lookup: 64 << 10 };
function capOf(file) {
    return file.startsWith('tile/') ? PROOF_CAPS.tile : PROOF_CAPS.lookup;
}
/** The files a client stores: `lookup/<path>@<version>` and hash tiles `tile/8/<L>/<N>[.p/<W>]`. */
const PROOF_FILE = /^(?:lookup\/[!-~]+@[!-~]+|tile\/8\/[0-9]\/(?:x\d{3}\/)*\d{3}(?:\.p\/\d{1,3})?)$/;
/**
 * The checksum database's proofs in the fleet's bucket, under `<prefix>/sumdb/<name>/`: read when
 * a runner's state directory lacks them (a fleet proves its go.sum lines offline while the
 * database is down, and fetches each tile once), written (put if absent) only with what this
 * run's checksum client proved. Structurally the checksum client's SharedProofStore. A bucket
 * that fails once is not asked again this run (one warning).
 */
class S3ProofStore {
    bucket;
    database;
    options;
    pending = new Map();
    prefetched = new Map();
    refusedProofs = [];
    refusedFiles = new Set();
    /** Files the project's pack served (a refusal names the pack's key). */
    fromPack = new Set();
    broken;
    uploading;
    /** Objects read from the bucket. */
    objectsRead = 0;
    /** Settles once the reads prefetch() started are over (never rejects). */
    prefetching = Promise.resolve();
    constructor(bucket, database, options = {}) {
        this.bucket = bucket;
        this.database = database;
        this.options = options;
    }
    /** The object key of a state file, or undefined for a name that is not one a client stores. */
    keyOf(file) {
        if (!PROOF_FILE.test(file) || file.split('/').includes('..'))
            return undefined;
        return proofKey(this.bucket.location, `${this.database}/${file}`);
    }
    get location() {
        return this.bucket.location;
    }
    get refused() {
        return this.refusedProofs;
    }
    /** Why the bucket stopped being asked (its first error), if it did. */
    get unusable() {
        return this.broken;
    }
    /**
     * Starts reading `files` now, `concurrency` at a time (default 16), for the client to find in
     * memory: a warm runner's lookups then cost one round of parallel GETs, not one GET each as the
     * client reaches it. Nothing is trusted for it: read() hands the bytes to the client, which
     * proves them as it proves any stored file.
     */
    prefetch(files, concurrency = 16) {
        const limiter = new Limiter(concurrency);
        const reads = [];
        for (const file of files)
            if (!this.prefetched.has(file)) {
                const read = limiter.run(() => this.readNow(file));
                this.prefetched.set(file, read);
                reads.push(read);
            }
        this.prefetching = Promise.all(reads).then(() => undefined);
        return this.prefetching;
    }
    async read(file) {
        const { pack } = this.options;
        // A pack's entry once refused is not served again (the client asks the database then).
        const fromPack = pack && this.keyOf(file) && !this.broken && !this.refusedFiles.has(file);
        let packed = fromPack ? (await pack.files()).get(file) : undefined;
        if (packed && packed.length > capOf(file)) {
            this.fromPack.add(file);
            this.refuse(file, `larger than ${capOf(file)} bytes`);
            packed = undefined;
        }
        if (packed && packed.length > 0) {
            this.fromPack.add(file);
            pack?.read(file, true);
            return packed;
        }
        const prefetched = this.prefetched.get(file);
        if (prefetched)
            this.prefetched.delete(file);
        const data = await (prefetched ?? this.readNow(file));
        if (data)
            pack?.read(file, false);
        return data;
    }
    async readNow(file) {
        const key = this.keyOf(file);
        if (!key || this.broken)
            return undefined;
        const cap = capOf(file);
        try {
            const data = await this.bucket.getBytes(key, cap);
            if (data)
                this.objectsRead++;
            return data && data.length > 0 ? data : undefined;
        }
        catch (error) {
            if (error instanceof ObjectTooLargeError) {
                this.refuse(file, `larger than ${cap} bytes`);
                return undefined;
            }
            this.stop(error);
            return undefined;
        }
    }
    offer(file, data) {
        if (this.keyOf(file))
            this.pending.set(file, data);
    }
    refuse(file, reason) {
        if (this.refusedFiles.has(file))
            return;
        this.refusedFiles.add(file);
        const { pack } = this.options;
        const packed = pack !== undefined && this.fromPack.has(file);
        if (packed)
            pack.refused(file);
        // A pack's entry is named by the pack's key and the entry.
        const key = packed ? pack.key : (this.keyOf(file) ?? file);
        const refused = {
            key,
            reason: packed ? `its entry ${proofEntryName(this.database, file)}: ${reason}` : reason,
        };
        this.refusedProofs.push(refused);
        this.options.logger?.warn(refusedProofWarning(this.location, refused));
        // A refused pack entry is not deleted: this run writes the pack again without it.
        if (this.options.heal && !packed)
            void this.bucket.delete(key).then(() => (refused.deleted = true), () => (refused.deleted = false));
    }
    /**
     * Uploads what was offered, each with `If-None-Match: *` (an object already there, or a
     * concurrent runner's, is never overwritten). Once per run; a bucket error stops it with one
     * warning (the proofs are then fetched again by the next run).
     */
    upload() {
        this.uploading ??= this.uploadNow();
        return this.uploading;
    }
    async uploadNow() {
        const counts = { created: 0, existed: 0 };
        const offered = new Map(this.pending);
        const limiter = new Limiter(this.options.concurrency ?? 8);
        await Promise.all([...this.pending].map(([file, data]) => limiter.run(async () => {
            const key = this.keyOf(file);
            if (this.broken)
                return;
            try {
                // A proof is a few KiB at most: one conditional put, without asking first.
                if ((await this.bucket.putIfAbsent(key, data)) === 'exists')
                    counts.existed++;
                else
                    counts.created++;
            }
            catch (error) {
                this.stop(error);
            }
        })));
        this.pending.clear();
        if (this.options.pack && !this.broken)
            await this.options.pack
                .settle(offered)
                .catch((error) => this.options.logger?.warn(`cache (s3): the project's pack '${this.options.pack?.key}' was not written: ${(0,errors/* describeError */.Uc)(error)}`));
        return counts;
    }
    stop(error) {
        if (this.broken)
            return;
        this.broken = (0,errors/* describeError */.Uc)(error);
        this.options.logger?.warn(`cache (s3): the checksum database's proofs in ${(0,s3_location/* describeS3Location */.x)(this.bucket.location)} are not used this run: ${this.broken}`);
    }
}
/** The warning for a proof object that did not prove (named by its key). */
function refusedProofWarning(location, refused) {
    return `SECURITY: cache (s3) object '${refused.key}' in ${(0,s3_location/* describeS3Location */.x)(location)} refused: ${refused.reason}; not used${refused.deleted ? '; deleted (cache-heal)' : ''}`;
}
/**
 * The lookups a warm runner will ask the fleet's store for: `lookup/<path>@<version>` (escaped,
 * as client.go Lookup names them) of every version go.sum has a zip line for, less those the
 * runner's state directory (`stateDir`) holds already.
 */
async function lookupsToPrefetch(goSum, stateDir) {
    const files = new Set();
    for (const line of goSum) {
        if (line.version.endsWith('/go.mod') || !line.hash.startsWith('h1:'))
            continue;
        try {
            files.add(`lookup/${(0,module_escape/* escapeModulePath */.xk)(line.path)}@${(0,module_escape/* escapeVersion */.av)(line.version)}`);
        }
        catch {
            // not a path the database has a record for
        }
    }
    return notStored([...files], stateDir);
}
/** The state files among `files` that the runner's state directory (`stateDir`) lacks. */
async function notStored(files, stateDir) {
    const stored = await Promise.all(files.map((file) => promises_.stat(external_node_path_.join(stateDir, ...file.split('/'))).then(() => true, () => false)));
    return files.filter((_, i) => !stored[i]);
}

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
            const zipKey = moduleObjectKey(bucket.location, h1, 'zip');
            if (!zipKey)
                continue;
            const info = `${name.slice(0, -'.zip'.length)}.info`;
            const infoFile = external_node_path_.join(gomodcache, ...info.split('/'));
            const infoBytes = listed.has(info) ? await promises_.readFile(infoFile) : undefined;
            uploads.push({ key: zipKey, file, metadata: infoBytes && infoMetadata(infoBytes) });
            if (infoBytes)
                uploads.push({ key: moduleObjectKey(bucket.location, h1, 'info'), file: infoFile });
        }
        else if (name.endsWith('.mod')) {
            const stat = await promises_.stat(file);
            if (stat.size > OBJECT_CAPS.mod)
                continue;
            const key = moduleObjectKey(bucket.location, (0,dirhash/* hashGoMod */.hK)(await promises_.readFile(file)), 'mod');
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
    const limiter = new Limiter(input.concurrency ?? 8);
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
        this.bucket = new S3Bucket(location, options);
    }
    /** The checksum database's proofs under `<prefix>/sumdb/<database>/` (see S3ProofStore). */
    proofStore(database, logger) {
        const restored = this.restored;
        const stateDir = restored && external_node_path_.join(restored.gomodcache, 'cache', 'download', 'sumdb', database);
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
            store.prefetching = wanted.then(async ([files, packed = new Map()]) => {
                const named = [...packed].filter(([file, data]) => data.length === 0 && file.startsWith('tile/'));
                const tiles = await notStored(named.map(([file]) => file), stateDir);
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
            ? new ProjectPack(this.bucket, packKey(this.location, projectManifestId(project)), {
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
