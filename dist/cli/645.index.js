export const id = 645;
export const ids = [645];
export const modules = {

/***/ 7645:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ActionsBackend: () => (/* binding */ ActionsBackend)
});

// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 355 modules
var cache = __webpack_require__(4305);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/errors.js
var errors = __webpack_require__(9243);
// EXTERNAL MODULE: ./.build/cache/archive-files.js
var archive_files = __webpack_require__(2887);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./.build/cache/actions-restore.js





/**
 * The lookup and download halves of @actions/cache's restoreCacheV2 (cache.ts), done here so that
 * the library's `tar -x -P` never runs on an entry: it would write wherever member names point.
 * The twirp call `GetCacheEntryDownloadURL` (results/api/v1/cache.proto, JSON), then a `GET` of
 * the signed blob URL. Only the v2 service (github.com, *.ghe.com) is spoken.
 */
const SERVICE = 'twirp/github.actions.results.api.v1.CacheService/';
/** @actions/cache isGhes + getCacheServiceVersion: whether the v2 service is in use. */
function usesServiceV2(env) {
    const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.trimEnd().toUpperCase();
    const ghes = host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
    return !ghes && Boolean(env.ACTIONS_CACHE_SERVICE_V2);
}
/** @actions/cache cacheUtils.getCacheVersion (Linux/macOS; versionSalt '1.0'). */
function cacheVersion(paths, compression) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update([...paths, compression, '1.0'].join('|'))
        .digest('hex');
}
async function lookUpEntry(env, request, signal, fetchImpl = globalThis.fetch) {
    const base = env.ACTIONS_RESULTS_URL ?? '';
    const response = await fetchImpl(new URL(`${SERVICE}GetCacheEntryDownloadURL`, base), {
        method: 'POST',
        headers: {
            Authorization: `Bearer ${env.ACTIONS_RUNTIME_TOKEN ?? ''}`,
            'Content-Type': 'application/json',
            Accept: 'application/json',
        },
        body: JSON.stringify({ key: request.key, restore_keys: request.restoreKeys, version: request.version }),
        signal,
    });
    const text = await response.text();
    if (!response.ok)
        throw new errors/* InfrastructureError */.EN(`the cache service answered ${response.status} to GetCacheEntryDownloadURL: ${text.slice(0, 200)}`);
    const body = JSON.parse(text);
    if (!body.ok)
        return undefined;
    const url = (body.signed_download_url ?? body.signedDownloadUrl);
    const matchedKey = (body.matched_key ?? body.matchedKey);
    if (!url || !matchedKey)
        throw new errors/* InfrastructureError */.EN('the cache service gave no download URL for its match');
    return { matchedKey, url };
}
/** Downloads the blob to `file` (streamed; never held in memory). */
async function downloadEntry(url, file, signal, fetchImpl = globalThis.fetch) {
    const response = await fetchImpl(url, { signal });
    if (!response.ok || !response.body)
        throw new errors/* InfrastructureError */.EN(`downloading the cache entry failed: HTTP ${response.status}`);
    await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.fromWeb(response.body), (0,external_node_fs_.createWriteStream)(file), { signal });
}

// EXTERNAL MODULE: ./.build/cache/safe-restore.js + 3 modules
var safe_restore = __webpack_require__(1490);
// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __webpack_require__(3053);
;// CONCATENATED MODULE: ./.build/cache/service-deadline.js


/** The User-Agent our own HTTP clients send (relay, checksum client): `go-module-warden-…`. */
const OUR_AGENT = 'go-module-warden';
/** The cache service did not answer one call within the time the run's deadline left it. */
class ServiceDeadlineError extends errors/* InfrastructureError */.EN {
}
/** As a timed-out socket: @actions/cache's twirp client takes ETIMEDOUT as a network error, not retried. */
function timedOut(what, ms) {
    return Object.assign(new ServiceDeadlineError(`the GitHub cache service did not answer ${what} within ${Math.max(1, Math.round(ms / 1000))}s (the run's 'timeout' bounds every cache call)`), { code: 'ETIMEDOUT' });
}
/**
 * Runs one call to the cache service with at most `ms`. `fetch` gets the signal. @actions/cache
 * (saveCache) takes no signal, and its requests would keep the process alive after we stop
 * waiting: every node:http request started during the call is destroyed on expiry, as is any it
 * starts afterwards (a retry) until the call settles. Past the deadline (`ms` 0) nothing starts.
 */
async function boundedServiceCall(what, ms, call) {
    if (!Number.isFinite(ms))
        return call();
    if (ms <= 0)
        throw new ServiceDeadlineError(`the run's deadline had passed, so ${what} was not sent to the GitHub cache service`);
    const controller = new AbortController();
    const requests = new Set();
    let expired;
    const onStart = (message) => {
        const request = message.request;
        // The channel is the whole process's: the relay's and the checksum client's own requests
        // (their User-Agent names us) may start meanwhile, and are never the cache service's.
        if (String(request.getHeader('user-agent') ?? '').startsWith(OUR_AGENT))
            return;
        if (expired)
            return void request.destroy(expired);
        requests.add(request);
        request.once('close', () => requests.delete(request));
    };
    external_node_diagnostics_channel_.subscribe('http.client.request.start', onStart);
    const work = call(controller.signal);
    const stopWatching = () => void external_node_diagnostics_channel_.unsubscribe('http.client.request.start', onStart);
    work.then(stopWatching, stopWatching);
    let timer;
    const expiry = new Promise((_, reject) => {
        timer = setTimeout(() => {
            expired = timedOut(what, ms);
            controller.abort(expired);
            for (const request of requests)
                request.destroy(expired);
            reject(expired);
        }, ms);
    });
    try {
        return await Promise.race([work, expiry]);
    }
    finally {
        clearTimeout(timer);
    }
}
/** What one cache call may take: what is left of the run's deadline, or no bound without one. */
function remainingOf(deadline) {
    return deadline ? deadline.remainingMs() : Infinity;
}

;// CONCATENATED MODULE: ./.build/cache/actions-backend.js









const UNAVAILABLE = 'the GitHub Actions cache service is not available to this step (ACTIONS_RESULTS_URL is not set, or ACTIONS_CACHE_URL on GHES); ' +
    'on a self-hosted or non-GitHub runner use `cache-backend: local`, or `cache: false`';
/** Keys are immutable in the service: a bad entry of key K is superseded by `K-heal-<time>`. */
const HEAL = '-heal-';
let compressionOnce;
/** @actions/cache getCompressionMethod: zstd (without --long) when `zstd` runs, else gzip. */
function compressionMethod() {
    compressionOnce ??= new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('zstd', ['--quiet', '--version'], { stdio: 'ignore' });
        child.on('error', () => resolve('gzip'));
        child.on('close', (code) => resolve(code === 0 ? 'zstd-without-long' : 'gzip'));
    });
    return compressionOnce;
}
/** One save stages at a time per module cache (runners sharing a GOMODCACHE); a dead holder's stage is taken over. */
async function lockStage(stage) {
    await promises_.mkdir(external_node_path_.dirname(stage), { recursive: true });
    for (let attempt = 0; attempt < 2; attempt++) {
        try {
            await promises_.writeFile(`${stage}.pid`, String(process.pid), { flag: 'wx' });
            await promises_.rm(stage, { recursive: true, force: true });
            return;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            const holder = Number(await promises_.readFile(`${stage}.pid`, 'utf8').catch(() => ''));
            if (holder && holder !== process.pid && isAlive(holder))
                throw new errors/* InfrastructureError */.EN(`Cache: another save (pid ${holder}) is staging files in ${stage}`);
            await promises_.rm(`${stage}.pid`, { force: true });
        }
    }
    throw new errors/* InfrastructureError */.EN(`Cache: cannot lock ${stage}`);
}
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/**
 * GitHub's cache service through @actions/cache 6 (the v2 protocol on github.com). The library
 * saves paths, not file lists, and restores with `tar -x -P` wherever member names point; so:
 * - save: the entry's files are staged (hard links) under `$GOMODCACHE/cache/gmw-stage/` with
 *   their GOMODCACHE-relative layout, and that directory's `cache/download` is saved;
 * - restore: the entry is looked up and downloaded here (actions-restore.ts) and read in-process
 *   by restoreArchiveSafely, whose members must all lie under that staging path's
 *   `cache/download`; only regular files then move into `$GOMODCACHE/cache/download`.
 * Heal scheme: the first good entry is saved as K; an entry found bad is superseded by
 * `K-heal-<ms>`, and restores ask for the newest `K-heal-` first, then K, then the restore keys.
 */
class ActionsBackend {
    env;
    now;
    deadline;
    workspace;
    name = 'actions';
    constructor(
    /** The job's environment: the cache service's URLs, token and mode (ACTIONS_*), as @actions/cache reads them. */
    env, now = Date.now, 
    /**
     * The run's one deadline. A restore may use half of what is left when it starts (a service
     * that never answers must leave the checks their time; the run goes on as a miss); a save
     * what is left. Without one (tests, a library user), calls are not bounded here.
     */
    deadline, 
    /**
     * GITHUB_WORKSPACE (the runner's facts), which @actions/cache names saved paths relative to;
     * outside a job, the working directory, as @actions/cache falls back to.
     */
    workspace = process.cwd()) {
        this.env = env;
        this.now = now;
        this.deadline = deadline;
        this.workspace = workspace;
    }
    /**
     * Beside `cache/download` in the module cache: the same file system (hard links always work),
     * and as stable across runs as GOMODCACHE is, which the service's version hash (from the saved
     * path) needs.
     */
    stageRoot(gomodcache) {
        return external_node_path_.join(gomodcache, 'cache', 'gmw-stage');
    }
    savedPaths(gomodcache) {
        return [external_node_path_.join(this.stageRoot(gomodcache), 'cache', 'download')];
    }
    ensureAvailable(write) {
        if (!cache/* isFeatureAvailable */.w3())
            throw new errors/* InfrastructureError */.EN(`Cache: ${UNAVAILABLE}`);
        // ACTIONS_CACHE_MODE (@actions/cache 6.3): the runner may allow reads only, or nothing.
        const mode = (this.env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
        const allowed = write ? ['write', 'write-only'] : ['read', 'write'];
        if (['none', 'read', 'write', 'write-only'].includes(mode) && !allowed.includes(mode))
            throw new errors/* InfrastructureError */.EN(`Cache: the runner's cache mode '${mode}' does not permit ${write ? 'saving' : 'restoring'} the cache`);
    }
    exactKey(matched, primary) {
        return matched === primary || matched.startsWith(primary + HEAL);
    }
    async restore(gomodcache, primaryKey, restoreKeys) {
        this.ensureAvailable(false);
        if (!usesServiceV2(this.env))
            throw new errors/* InfrastructureError */.EN('Cache: restoring from the GHES cache service (v1) is not supported, because @actions/cache would extract the entry unchecked; use `cache-backend: local` on GHES');
        const compression = await compressionMethod();
        const restoreBy = this.now() + remainingOf(this.deadline) / 2;
        const left = () => Math.max(0, restoreBy - this.now());
        let location;
        try {
            location = await boundedServiceCall('the lookup (GetCacheEntryDownloadURL)', left(), (signal) => lookUpEntry(this.env, {
                key: primaryKey + HEAL,
                restoreKeys: [primaryKey + HEAL, primaryKey, ...restoreKeys],
                version: cacheVersion(this.savedPaths(gomodcache), compression),
            }, signal));
        }
        catch (error) {
            throw new errors/* InfrastructureError */.EN(`Cache restore from the GitHub cache service failed: ${(0,errors/* describeError */.Uc)(error)}`, {
                cause: error,
            });
        }
        if (!location)
            return undefined;
        await promises_.mkdir(external_node_path_.join(gomodcache, 'cache'), { recursive: true });
        const temp = await promises_.mkdtemp(external_node_path_.join(gomodcache, 'cache', '.gmw-download-'));
        try {
            const archive = external_node_path_.join(temp, compression === 'gzip' ? 'cache.tgz' : 'cache.tzst');
            const url = location.url;
            try {
                await boundedServiceCall('the download of the entry', left(), (signal) => downloadEntry(url, archive, signal));
            }
            catch (error) {
                throw new errors/* InfrastructureError */.EN(`Cache restore of '${location.matchedKey}' failed: ${(0,errors/* describeError */.Uc)(error)}`, {
                    cause: error,
                });
            }
            const prefix = `${external_node_path_.relative(this.workspace, this.stageRoot(gomodcache)).split(external_node_path_.sep).join('/')}/`;
            const restored = await (0,safe_restore/* restoreArchiveSafely */.TU)({
                archive,
                compression,
                gomodcache,
                entry: location.matchedKey,
                prefix,
            });
            return { key: location.matchedKey, exact: this.exactKey(location.matchedKey, primaryKey), ...restored };
        }
        finally {
            await promises_.rm(temp, { recursive: true, force: true });
        }
    }
    async save(gomodcache, files, key, options = {}) {
        this.ensureAvailable(true);
        const saveKey = options.replace ? `${key}${HEAL}${this.now()}` : key;
        const stage = this.stageRoot(gomodcache);
        await lockStage(stage);
        let id;
        try {
            await (0,archive_files/* stageFiles */.Iz)(gomodcache, files, stage);
            id = await boundedServiceCall('the save (CreateCacheEntry, upload, FinalizeCacheEntryUpload)', remainingOf(this.deadline), () => cache/* saveCache */.Io(this.savedPaths(gomodcache), saveKey));
        }
        catch (error) {
            throw new errors/* InfrastructureError */.EN(`Cache save to the GitHub cache service failed: ${(0,errors/* describeError */.Uc)(error)}`, {
                cause: error,
            });
        }
        finally {
            await promises_.rm(stage, { recursive: true, force: true });
            await promises_.rm(`${stage}.pid`, { force: true });
        }
        if (id === -1)
            throw new errors/* InfrastructureError */.EN(`the GitHub cache service did not store '${saveKey}' (an entry with this key may exist already, or the token may be read-only; see the log above)`);
        return { key: saveKey };
    }
}


/***/ }),

/***/ 2887:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ sizeOf),
/* harmony export */   H0: () => (/* binding */ stampFiles),
/* harmony export */   Iz: () => (/* binding */ stageFiles),
/* harmony export */   Ji: () => (/* binding */ unchangedFiles),
/* harmony export */   a: () => (/* binding */ archiveFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _module_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2627);
/* harmony import */ var _sumdb_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(667);




/**
 * The files a cache entry holds, relative to GOMODCACHE (`/`-separated), every one a regular file
 * that exists: for each proven module version its `.info`, `.mod`, `.zip`, `.ziphash` and its
 * module's `list` file; for each go.mod-only version its `.mod` and `.info`; and the whole
 * checksum-database state `cache/download/sumdb/**` (tiles, the last verified tree, proofs).
 * The entry is built from this list alone: nothing in the module cache is ever pruned to make it.
 */
async function archiveFiles(gomodcache, proven, goModOnly) {
    const out = new Set();
    const rel = (file) => node_path__WEBPACK_IMPORTED_MODULE_1__.relative(gomodcache, file).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    const addIfFile = async (file) => {
        const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat(file).catch(() => undefined);
        if (st?.isFile())
            out.add(rel(file));
    };
    for (const module of proven) {
        const paths = (0,_module_path_js__WEBPACK_IMPORTED_MODULE_2__/* .moduleCachePaths */ .n)(gomodcache, module);
        for (const ext of ['info', 'mod', 'zip', 'ziphash'])
            await addIfFile(`${paths.base}.${ext}`);
        await addIfFile(node_path__WEBPACK_IMPORTED_MODULE_1__.join(paths.vDir, 'list'));
    }
    for (const module of goModOnly) {
        const paths = (0,_module_path_js__WEBPACK_IMPORTED_MODULE_2__/* .moduleCachePaths */ .n)(gomodcache, module);
        for (const ext of ['info', 'mod'])
            await addIfFile(`${paths.base}.${ext}`);
    }
    const walk = async (dir) => {
        let entries;
        try {
            entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const full = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, entry.name);
            if (entry.isDirectory())
                await walk(full);
            else if (entry.isFile() && !entry.name.endsWith('.lock')) {
                // Only checksum-database files of the right shape and size travel (sumdb-files.ts).
                const size = (await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat(full).catch(() => undefined))?.size ?? Infinity;
                if (!(0,_sumdb_files_js__WEBPACK_IMPORTED_MODULE_3__/* .sumdbFileProblem */ .f)(rel(full), size))
                    out.add(rel(full));
            }
        }
    };
    await walk(node_path__WEBPACK_IMPORTED_MODULE_1__.join(gomodcache, 'cache', 'download', 'sumdb'));
    return [...out].sort();
}
async function stampFiles(gomodcache, files) {
    const stamps = {};
    for (const file of files) {
        const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat(node_path__WEBPACK_IMPORTED_MODULE_1__.join(gomodcache, ...file.split('/')));
        stamps[file] = { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
    }
    return stamps;
}
/**
 * The listed files still as they were proven (main step) when the save runs (post step, perhaps
 * after other steps of the job): a file changed or replaced since, or no longer a regular file,
 * takes its whole module version out (`cache/download/<esc>/@v/<v>.*`).
 */
async function unchangedFiles(gomodcache, stamps) {
    const changed = [];
    for (const [file, stamp] of Object.entries(stamps)) {
        const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat(node_path__WEBPACK_IMPORTED_MODULE_1__.join(gomodcache, ...file.split('/'))).catch(() => undefined);
        if (!st?.isFile() || st.size !== stamp.size || st.mtimeMs !== stamp.mtimeMs || st.ino !== stamp.ino)
            changed.push(file);
    }
    const versionOf = (file) => file.replace(/\.(info|mod|zip|ziphash)$/, '');
    const dropped = new Set(changed.map(versionOf));
    const files = Object.keys(stamps).filter((f) => !dropped.has(versionOf(f)));
    return { files: files.sort(), changed };
}
/** Bytes of the listed files. */
async function sizeOf(gomodcache, files) {
    let bytes = 0;
    for (const file of files)
        bytes += (await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat(node_path__WEBPACK_IMPORTED_MODULE_1__.join(gomodcache, ...file.split('/')))).size;
    return bytes;
}
/**
 * A staging copy of the listed files under `root` with the same relative layout, for a backend
 * that archives whole directories (@actions/cache saves paths, not file lists). Hard links where
 * possible (no bytes copied), copies where the file system refuses or the file already has other
 * links (tar would store a second name of one inode as a hard-link member, which restores refuse).
 */
async function stageFiles(gomodcache, files, root) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(root, { recursive: true, force: true });
    for (const file of files) {
        const from = node_path__WEBPACK_IMPORTED_MODULE_1__.join(gomodcache, ...file.split('/'));
        const to = node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, ...file.split('/'));
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(to), { recursive: true });
        const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat(from);
        if (st.nlink === 1) {
            try {
                await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.link(from, to);
                continue;
            }
            catch {
                // another file system, or links not allowed: copy
            }
        }
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile(from, to);
    }
}


/***/ }),

/***/ 2627:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* reexport safe */ _module_module_path_js__WEBPACK_IMPORTED_MODULE_0__.n),
/* harmony export */   w: () => (/* reexport safe */ _module_module_path_js__WEBPACK_IMPORTED_MODULE_0__.w)
/* harmony export */ });
/* harmony import */ var _module_module_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6939);
// Moved to the ground floor (src/module/module-path.ts), so every domain can name a module's
// files and id; this re-export keeps the cache's imports as they are.



/***/ }),

/***/ 8803:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bt: () => (/* binding */ unescapeVersion),
/* harmony export */   HL: () => (/* binding */ parseProxyRequest),
/* harmony export */   TY: () => (/* binding */ proxyRequestPath),
/* harmony export */   av: () => (/* binding */ escapeVersion),
/* harmony export */   ql: () => (/* binding */ unescapeModulePath),
/* harmony export */   xk: () => (/* binding */ escapeModulePath)
/* harmony export */ });
/* unused harmony exports splitPathVersion, modulePathProblem, importPathProblem, filePathProblem, versionProblem */
/**
 * Module paths and versions as Go checks and case-encodes them in GOPROXY URLs and module cache
 * paths (golang.org/x/mod/module), and the parser of the request paths `go` sends to a proxy.
 */
// x/mod module.firstPathOK: the first element is an LDH domain name, all lower case.
const FIRST_PATH_OK = /^[-.0-9a-z]$/;
// x/mod module.pathOK: ASCII letters, digits and + - . _ ~.
const PATH_OK = /^[-+._~0-9A-Za-z]$/;
// x/mod module.fileNameOK: pathOK plus !#$%&()+,-.=@[]^_{}~ and space, and any Unicode letter.
const FILE_NAME_OK = /^(?:[-0-9A-Za-z!#$%&()+,.=@[\]^_{}~ ]|\p{L})$/u;
// x/mod module.badWindowsNames, compared case-insensitively with the element up to its first dot.
const BAD_WINDOWS_NAMES = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
/** x/mod module.checkElem: why one path element (or, with fileName, a file name) is invalid. */
function checkElem(elem, fileName) {
    if (elem === '')
        return 'empty path element';
    if (/^\.+$/.test(elem))
        return `invalid path element "${elem}"`;
    if (elem.startsWith('.') && !fileName)
        return 'leading dot in path element';
    if (elem.endsWith('.'))
        return 'trailing dot in path element';
    const charOK = fileName ? FILE_NAME_OK : PATH_OK;
    for (const r of elem)
        if (!charOK.test(r))
            return `invalid char ${JSON.stringify(r)}`;
    const short = elem.split('.')[0];
    if (BAD_WINDOWS_NAMES.test(short))
        return `"${short}" disallowed as path element component on Windows`;
    return undefined;
}
// A JS string is UTF-16: what Go calls invalid UTF-8 arrives here as a lone surrogate.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** x/mod module.checkPath: the rules module, import and file paths share. */
function checkPath(path, fileName) {
    if (LONE_SURROGATE.test(path))
        return 'invalid UTF-8';
    if (path === '')
        return 'empty string';
    if (path.startsWith('-'))
        return 'leading dash';
    if (path.includes('//'))
        return 'double slash';
    if (path.endsWith('/'))
        return 'trailing slash';
    for (const elem of path.split('/')) {
        const problem = checkElem(elem, fileName);
        if (problem)
            return problem;
    }
    return undefined;
}
/**
 * The prefix and the major version suffix (`/v2`, or `.v3` for gopkg.in) of a module path, or
 * undefined when the suffix is malformed (`/v1`, `/v0`, `/v2.0`). Mirrors x/mod module.SplitPathVersion.
 */
function splitPathVersion(path) {
    if (path.startsWith('gopkg.in/'))
        return splitGopkgIn(path);
    let i = path.length;
    let dot = false;
    while (i > 0 && /[0-9.]/.test(path[i - 1])) {
        if (path[i - 1] === '.')
            dot = true;
        i--;
    }
    if (i <= 1 || i === path.length || path[i - 1] !== 'v' || path[i - 2] !== '/')
        return { prefix: path, pathMajor: '' };
    const prefix = path.slice(0, i - 2);
    const pathMajor = path.slice(i - 2);
    if (dot || pathMajor.length <= 2 || pathMajor[2] === '0' || pathMajor === '/v1')
        return undefined;
    return { prefix, pathMajor };
}
// x/mod module.splitGopkgIn: every gopkg.in path ends in .vN (optionally -unstable).
function splitGopkgIn(path) {
    let i = path.length;
    if (path.endsWith('-unstable'))
        i -= '-unstable'.length;
    while (i > 0 && /[0-9]/.test(path[i - 1]))
        i--;
    if (i <= 1 || path[i - 1] !== 'v' || path[i - 2] !== '.')
        return undefined;
    const prefix = path.slice(0, i - 2);
    const pathMajor = path.slice(i - 2);
    if (pathMajor.length <= 2 || (pathMajor[2] === '0' && pathMajor !== '.v0'))
        return undefined;
    return { prefix, pathMajor };
}
/** Why `path` is not a valid module path, or undefined when it is (x/mod module.CheckPath). */
function modulePathProblem(path) {
    const problem = checkPath(path, false);
    if (problem)
        return problem;
    const first = path.split('/')[0];
    if (first === '')
        return 'leading slash';
    if (!first.includes('.'))
        return 'missing dot in first path element';
    if (path.startsWith('-'))
        return 'leading dash in first path element';
    for (const r of first)
        if (!FIRST_PATH_OK.test(r))
            return `invalid char ${JSON.stringify(r)} in first path element`;
    if (!splitPathVersion(path))
        return 'invalid version';
    return undefined;
}
/** Why `path` is not a valid import path (x/mod module.CheckImportPath). */
function importPathProblem(path) {
    return checkPath(path, false);
}
/** Why `path` is not a valid file path inside a module (x/mod module.CheckFilePath). */
function filePathProblem(path) {
    return checkPath(path, true);
}
/** Why `version` cannot be a version in a URL or a file name (x/mod EscapeVersion's checks). */
function versionProblem(version) {
    const problem = checkElem(version, true);
    if (problem)
        return problem;
    return version.includes('!') ? 'contains "!"' : undefined;
}
// x/mod module.escapeString: 'A' → '!a'; '!' and non-ASCII cannot be escaped.
function escapeString(s) {
    if (/[!\u0080-\uffff]/.test(s))
        return undefined;
    return s.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}
// x/mod module.unescapeString: '!' must precede a-z; upper-case and non-ASCII are invalid.
function unescapeString(escaped) {
    if (/[A-Z\u0080-\uffff]/.test(escaped) || /![^a-z]|!$/.test(escaped))
        return undefined;
    return escaped.replace(/!([a-z])/g, (_, c) => c.toUpperCase());
}
/** The case-encoded form of a module path (x/mod module.EscapePath). Throws on an invalid path. */
function escapeModulePath(path) {
    const problem = modulePathProblem(path);
    const escaped = problem ? undefined : escapeString(path);
    if (escaped === undefined)
        throw new Error(`malformed module path ${JSON.stringify(path)}: ${problem ?? 'invalid char'}`);
    return escaped;
}
/** The module path of a case-encoded one (x/mod module.UnescapePath); undefined when invalid. */
function unescapeModulePath(escaped) {
    const path = unescapeString(escaped);
    return path !== undefined && modulePathProblem(path) === undefined ? path : undefined;
}
/**
 * The case-encoded form of a version (x/mod module.EscapeVersion: any valid file name without
 * `!`, so `+incompatible`, `+meta`, `~` and `_` pass). Throws on an invalid version.
 */
function escapeVersion(version) {
    const problem = versionProblem(version);
    const escaped = problem ? undefined : escapeString(version);
    if (escaped === undefined)
        throw new Error(`disallowed version string ${JSON.stringify(version)}`);
    return escaped;
}
/** The version of a case-encoded one (x/mod module.UnescapeVersion); undefined when invalid. */
function unescapeVersion(escaped) {
    const version = unescapeString(escaped);
    return version !== undefined && checkElem(version, true) === undefined ? version : undefined;
}
/**
 * Parses the path of a GOPROXY request (`/<esc>/@v/list`, `/<esc>/@v/<v>.info|.mod|.zip`,
 * `/<esc>/@latest`, `/sumdb/<name>/…`). The path may still be percent-encoded (`%21`).
 * Returns undefined for anything else.
 */
function parseProxyRequest(urlPath) {
    let path;
    try {
        path = decodeURIComponent(urlPath.split('?')[0]);
    }
    catch {
        return undefined;
    }
    if (!path.startsWith('/') || path.includes('\\'))
        return undefined;
    path = path.slice(1);
    const sumdb = /^sumdb\/([^/]+)\/(.+)$/.exec(path);
    if (sumdb) {
        if (sumdb[2].split('/').some((e) => e === '..' || e === '.' || e === ''))
            return undefined;
        return { kind: 'sumdb', db: sumdb[1], rest: sumdb[2] };
    }
    if (path.endsWith('/@latest')) {
        const module = unescapeModulePath(path.slice(0, -'/@latest'.length));
        return module === undefined ? undefined : { kind: 'latest', module };
    }
    const at = path.lastIndexOf('/@v/');
    if (at < 0)
        return undefined;
    const module = unescapeModulePath(path.slice(0, at));
    if (module === undefined)
        return undefined;
    const file = path.slice(at + '/@v/'.length);
    if (file === 'list')
        return { kind: 'list', module };
    const m = /^(.+)\.(info|mod|zip)$/.exec(file);
    const version = m ? unescapeVersion(m[1]) : undefined;
    if (!m || version === undefined)
        return undefined;
    return { kind: m[2], module, version };
}
/**
 * The request path for a module request: case-encoded, and percent-encoded only where a URL path
 * needs it (a version may hold `#`, `%`, `[`, space…: valid file names, not valid in a URL).
 */
function proxyRequestPath(request) {
    return encodeURI(plainRequestPath(request)).replace(/[#?]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
}
function plainRequestPath(request) {
    switch (request.kind) {
        case 'sumdb':
            return `/sumdb/${request.db}/${request.rest}`;
        case 'list':
            return `/${escapeModulePath(request.module)}/@v/list`;
        case 'latest':
            return `/${escapeModulePath(request.module)}/@latest`;
        default:
            return `/${escapeModulePath(request.module)}/@v/${escapeVersion(request.version)}.${request.kind}`;
    }
}


/***/ }),

/***/ 6939:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ moduleCachePaths),
/* harmony export */   w: () => (/* binding */ moduleId)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _module_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8803);


/** Where `go` keeps a module version (cmd/go/internal/modfetch/cache.go CachePath, DownloadDir). */
function moduleCachePaths(gomodcache, module) {
    const escPath = (0,_module_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeModulePath */ .xk)(module.path);
    const escVersion = (0,_module_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeVersion */ .av)(module.version);
    const vDir = node_path__WEBPACK_IMPORTED_MODULE_0__.join(gomodcache, 'cache', 'download', ...escPath.split('/'), '@v');
    return {
        vDir,
        base: node_path__WEBPACK_IMPORTED_MODULE_0__.join(vDir, escVersion),
        extracted: node_path__WEBPACK_IMPORTED_MODULE_0__.join(gomodcache, ...`${escPath}@${escVersion}`.split('/')),
    };
}
/** `path@version`, for messages and keys. */
function moduleId(module) {
    return `${module.path}@${module.version}`;
}


/***/ })

};
