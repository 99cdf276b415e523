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

// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 340 modules
var cache = __webpack_require__(1691);
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


/***/ })

};
