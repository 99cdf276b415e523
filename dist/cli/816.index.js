export const id = 816;
export const ids = [816];
export const modules = {

/***/ 170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ hash1),
/* harmony export */   hK: () => (/* binding */ hashGoMod),
/* harmony export */   ww: () => (/* binding */ hash1OfDigests)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

/**
 * The `h1:` hash. Mirrors golang.org/x/mod/sumdb/dirhash Hash1: SHA-256 over the lines
 * "<hex sha256 of file>  <name>\n", files sorted by the bytes of their names.
 */
function hash1(files) {
    return hash1OfDigests(files.map((file) => ({ name: file.name, sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(file.data).digest('hex') })));
}
/** Hash1 over precomputed file digests. */
function hash1OfDigests(files) {
    const lines = files
        .map((file) => ({ key: Buffer.from(file.name, 'utf8'), file }))
        .sort((a, b) => Buffer.compare(a.key, b.key))
        .map(({ file }) => {
        if (file.name.includes('\n'))
            throw new Error(`dirhash: filename with newline: ${JSON.stringify(file.name)}`);
        return `${file.sha256}  ${file.name}\n`;
    });
    return `h1:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(lines.join('')).digest('base64')}`;
}
/** The hash of a go.mod file as go.sum's `/go.mod` line records it (one file named "go.mod"). */
function hashGoMod(data) {
    return hash1([{ name: 'go.mod', data }]);
}


/***/ }),

/***/ 4086:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ digestEntryJobs),
/* harmony export */   J3: () => (/* binding */ DigestWorkerError)
/* harmony export */ });
/* unused harmony exports digestWorkerCount, takePeakBusyWorkers, terminateDigestWorkers, takePeakDigestBytes, digestOnWorkers */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5919);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8522);
/* harmony import */ var _zip_entry_job_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(765);





// The worker runs readEntryJob from its source text (an eval worker needs no file beside the
// bundle): it inflates, checks and hashes, and the main thread only parses zip directories.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const zlib = require('node:zlib');
const { createHash } = require('node:crypto');
const readEntryJob = (${_zip_entry_job_js__WEBPACK_IMPORTED_MODULE_4__/* .readEntryJob */ .i.toString()});
const digestJobs = (${digestJobs.toString()});
const streamEntryDigest = (${streamEntryDigest.toString()});
const digestJobsStreaming = (${digestJobsStreaming.toString()});
parentPort.on('message', async ({ zip, jobs }) => {
  try {
    const digests = await digestJobsStreaming(zlib, createHash, readEntryJob, digestJobs, streamEntryDigest, zip, jobs);
    // The zip goes back (transferred, so this isolate lets go of it now, not at its next GC).
    parentPort.postMessage({ digests, zip }, [zip.buffer]);
  } catch (error) {
    parentPort.postMessage({ failure: String((error && error.message) || error) });
  }
});
`;
/**
 * A digest worker failed (it died, ran out of memory, or threw): nothing is known of the zip, which
 * is not to be called unreadable for it. Digest it again on this thread (`thisThread`).
 */
class DigestWorkerError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DigestWorkerError';
    }
}
/** Idle workers are stopped after this long without work, so nothing lingers after a check. */
const IDLE_MS = 1000;
/**
 * How many digest workers run at once on `cores` cores: one core is left to the main thread
 * (which reads the zips, parses their directories, relays and classifies licenses), at most 3;
 * none on one core. Each busy worker inflates into its own malloc arena: on 2 cores a second
 * worker added 70-100 MiB to the integrity check's peak RSS on prometheus's module cache (418
 * modules), for no time gained.
 */
function digestWorkerCount(cores = node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism()) {
    return Math.max(0, Math.min(cores - 1, 3));
}
/**
 * A few worker threads (digestWorkerCount) that read and hash zip entries: the zips of a
 * restored module cache verify beside the main thread instead of on it. Idle workers do not keep
 * the process alive and stop after IDLE_MS.
 */
class ZipDigestPool {
    size;
    idle = [];
    busy = new Map();
    queue = [];
    idleTimer;
    /** The most workers busy at once (takePeakBusyWorkers). */
    peakBusy = 0;
    constructor(size) {
        this.size = size;
    }
    run(zip, jobs, handOver) {
        return new Promise((resolve, reject) => {
            this.queue.push({ zip, jobs, handOver, resolve, reject });
            this.pump();
        });
    }
    pump() {
        clearTimeout(this.idleTimer);
        while (this.queue.length > 0) {
            const worker = this.idle.pop() ?? (this.workers() < this.size ? this.spawn() : undefined);
            if (!worker)
                return;
            const task = this.queue.shift();
            this.busy.set(worker, task);
            this.peakBusy = Math.max(this.peakBusy, this.busy.size);
            worker.ref();
            // Moved when the caller handed it over and it owns its whole ArrayBuffer (never a slice of
            // Node's shared pool); otherwise a copy moves, and the caller's buffer stays usable.
            const owned = task.handOver &&
                task.zip.byteOffset === 0 &&
                task.zip.byteLength === task.zip.buffer.byteLength &&
                task.zip.buffer instanceof ArrayBuffer;
            const sent = owned ? task.zip : new Uint8Array(task.zip);
            worker.postMessage({ zip: sent, jobs: task.jobs }, [sent.buffer]);
        }
        if (this.busy.size === 0)
            this.idleTimer = setTimeout(() => this.stopIdle(), IDLE_MS).unref();
    }
    workers() {
        return this.idle.length + this.busy.size;
    }
    spawn() {
        // A small young generation: a zip's wrapper goes soon (its bytes live outside the heap). The
        // old generation is capped generously: a worker out of memory would fail one zip's check.
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.Worker(WORKER_SOURCE, {
            eval: true,
            resourceLimits: { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 256 },
        });
        worker.unref();
        worker.on('message', (reply) => {
            const task = this.busy.get(worker);
            this.busy.delete(worker);
            worker.unref();
            this.idle.push(worker);
            if (task) {
                if ('failure' in reply)
                    task.reject(new DigestWorkerError(`zip digest worker: ${reply.failure}`));
                else
                    task.resolve(reply.digests);
            }
            this.pump();
        });
        const retire = (cause) => {
            const error = new DigestWorkerError(`zip digest worker: ${cause.message}`);
            const task = this.busy.get(worker);
            this.busy.delete(worker);
            const at = this.idle.indexOf(worker);
            if (at >= 0)
                this.idle.splice(at, 1);
            task?.reject(error);
            this.pump();
        };
        worker.on('error', retire);
        worker.on('exit', (code) => retire(new Error(`zip digest worker exited with code ${code}`)));
        return worker;
    }
    async terminateAll() {
        // Out of `idle` at once: no task may be posted to a worker that is going (its exit comes later).
        await Promise.all([...this.idle.splice(0), ...this.busy.keys()].map((worker) => worker.terminate()));
    }
    stopIdle() {
        for (const worker of this.idle.splice(0)) {
            worker.removeAllListeners('exit');
            void worker.terminate();
        }
    }
}
let pool;
/** The most digest workers busy at once since the last call (a bench and test figure), then reset. */
function takePeakBusyWorkers() {
    if (!pool)
        return 0;
    const peak = pool.peakBusy;
    pool.peakBusy = 0;
    return peak;
}
/** Stops every digest worker now, busy or not (tests: a worker that dies mid-zip). */
async function terminateDigestWorkers() {
    await pool?.terminateAll();
}
// Zip bytes being digested now (waiting for a worker, on one, or on this thread), and their most.
let digesting = 0;
let peakDigesting = 0;
/** The most zip bytes digested at once since the last call (a bench and test figure), then reset. */
function takePeakDigestBytes() {
    const peak = peakDigesting;
    peakDigesting = digesting;
    return peak;
}
/**
 * Reads and hashes the entries on the worker threads, or on this thread on a single core (where
 * a worker would only add copies). Same answers either way.
 */
async function digestEntryJobs(zip, jobs, 
/** thisThread: never on a worker (after a DigestWorkerError). */
options = {}) {
    const bytes = zip.byteLength; // before a hand-over empties `zip`
    digesting += bytes;
    peakDigesting = Math.max(peakDigesting, digesting);
    try {
        const workers = digestWorkerCount();
        if (workers < 1 || options.thisThread)
            return digestJobs(node_zlib__WEBPACK_IMPORTED_MODULE_3__, node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash, _zip_entry_job_js__WEBPACK_IMPORTED_MODULE_4__/* .readEntryJob */ .i, zip, jobs);
        return await digestOnWorkers(zip, jobs, workers, options.handOver ?? false);
    }
    finally {
        digesting -= bytes;
    }
}
/** On the worker threads whatever the core count (digestEntryJobs picks; tests use both). */
function digestOnWorkers(zip, jobs, workers = Math.max(1, digestWorkerCount()), handOver = false) {
    pool ??= new ZipDigestPool(Math.max(1, workers));
    return pool.run(zip, jobs, handOver);
}
/**
 * On a worker: each job as digestJobs does, but a deflated entry over 1 MiB is inflated and
 * hashed in 1 MiB pieces (streamEntryDigest; each piece is a trip through libuv's pool, so not
 * smaller: 64 KiB pieces made the warm check 2-3x slower on a loaded 2-core box). A whole-entry output (up to 16 MiB) in the worker
 * kept glibc's heap at its high-water mark: on syncthing's warm hit the worker added ~80 MiB to
 * the run's peak RSS (hashed on the main thread instead: 260-275 MiB, not 340), ~40 MiB of it gone
 * with a fixed mmap threshold (MALLOC_MMAP_THRESHOLD_). Self-contained (run from its source text).
 */
async function digestJobsStreaming(zlibModule, hash, read, digest, stream, zip, jobs) {
    const out = [];
    for (const job of jobs) {
        if (job.method !== 0 && job.size > 1 << 20)
            out.push(await stream(zlibModule, hash, zip, job));
        else
            out.push(digest(zlibModule, hash, read, zip, [job])[0]);
    }
    return out;
}
/**
 * A deflated entry's digest, inflated in 1 MiB pieces, each hashed and CRC-summed as it comes;
 * stopped as soon as it passes its stated size. Same checks and messages as readEntryJob.
 * Self-contained (it runs in the workers from its source text).
 */
function streamEntryDigest(zlibModule, hash, zip, job) {
    const sha = hash('sha256');
    const inflater = zlibModule.createInflateRaw({ chunkSize: 1 << 20 });
    let size = 0;
    let crc = 0;
    return new Promise((resolve) => {
        inflater.on('data', (piece) => {
            size += piece.length;
            if (size > job.size) {
                inflater.destroy();
                resolve({
                    error: `${job.name}: cannot inflate (more than the ${job.size} bytes its directory says)`,
                });
                return;
            }
            sha.update(piece);
            crc = zlibModule.crc32(piece, crc);
        });
        inflater.on('error', (error) => resolve({ error: `${job.name}: cannot inflate (${error.message})` }));
        inflater.on('end', () => {
            if (size !== job.size)
                resolve({ error: `${job.name}: size ${size}, directory says ${job.size}` });
            else if (crc >>> 0 !== job.crc32)
                resolve({ error: `${job.name}: CRC-32 mismatch` });
            else
                resolve({ sha256: sha.digest('hex') });
        });
        inflater.end(zip.subarray(job.start, job.start + job.compressedSize));
    });
}
/** Reads and hashes each job. Self-contained (it runs in the workers from its source text). */
function digestJobs(zlibModule, hash, read, zip, jobs) {
    return jobs.map((job) => {
        const data = read(zlibModule, zip, job);
        return typeof data === 'string' ? { error: data } : { sha256: hash('sha256').update(data).digest('hex') };
    });
}


/***/ }),

/***/ 765:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ readEntryJob)
/* harmony export */ });
/**
 * The entry's content, inflated when deflated, with its size and CRC-32 checked (archive/zip's
 * checksumReader checks both), or why it cannot be read. Self-contained on purpose: the
 * zip-digest worker threads (zip-digest-pool.ts) run it from its own source text, so it may use
 * nothing but its parameters.
 */
function readEntryJob(zlib, zip, job) {
    const raw = zip.subarray(job.start, job.start + job.compressedSize);
    let data = raw;
    if (job.method !== 0) {
        try {
            // One output chunk of the stated size: no chunk list to concatenate (x/mod caps files at 500 MiB).
            data = zlib.inflateRawSync(raw, {
                maxOutputLength: Math.max(job.size, 1),
                chunkSize: Math.min(Math.max(job.size + 1, 64), 16 << 20),
            });
        }
        catch (error) {
            return `${job.name}: cannot inflate (${error.message})`;
        }
    }
    if (data.length !== job.size)
        return `${job.name}: size ${data.length}, directory says ${job.size}`;
    if (zlib.crc32(data) >>> 0 !== job.crc32)
        return `${job.name}: CRC-32 mismatch`;
    return data;
}


/***/ }),

/***/ 3816:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ need),
/* harmony export */   An: () => (/* binding */ digestZipEntriesAsync),
/* harmony export */   CZ: () => (/* binding */ entryJob),
/* harmony export */   FF: () => (/* binding */ readZipFiles),
/* harmony export */   HX: () => (/* binding */ LOCAL_SIGNATURE),
/* harmony export */   Lg: () => (/* binding */ EOCD_SIGNATURE),
/* harmony export */   Lw: () => (/* binding */ CENTRAL_SIGNATURE),
/* harmony export */   NI: () => (/* binding */ declaredSizeProblem),
/* harmony export */   PA: () => (/* binding */ ZipFormatError),
/* harmony export */   j1: () => (/* binding */ MAX_LICENSE),
/* harmony export */   l4: () => (/* binding */ MAX_ZIP),
/* harmony export */   m6: () => (/* binding */ readAt),
/* harmony export */   mk: () => (/* binding */ hashZip),
/* harmony export */   ti: () => (/* binding */ readZipFileDirectory),
/* harmony export */   ux: () => (/* binding */ endRecordAt),
/* harmony export */   ze: () => (/* binding */ MAX_GO_MOD)
/* harmony export */ });
/* unused harmony exports readZipDirectory, readZipEntry, openZipFile */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var _dirhash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(170);
/* harmony import */ var _zip_digest_pool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4086);
/* harmony import */ var _zip_entry_job_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(765);




/** A zip that cannot be read: truncated, altered, or using features Go module zips never use. */
class ZipFormatError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ZipFormatError';
    }
}
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
// Go's module zips are capped at 500 MiB (modzip.MaxZipFile); ZIP64 is never needed for them.
const MAX_ZIP = 500 << 20;
function need(cond, problem) {
    if (!cond)
        throw new ZipFormatError(problem);
}
/**
 * Where the end-of-central-directory record starts: the last 22 bytes plus a comment of up to
 * 65535 bytes, whose length must reach the end exactly (archive/zip readDirectoryEnd).
 */
function endRecordAt(data) {
    for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--)
        if (data.readUInt32LE(i) === EOCD_SIGNATURE && i + 22 + data.readUInt16LE(i + 20) === data.length)
            return i;
    throw new ZipFormatError('not a zip file (no end-of-central-directory record)');
}
/** Reads the central directory (archive/zip reader.go readDirectoryEnd + readDirectoryHeader). */
function readZipDirectory(zip) {
    need(zip.length <= MAX_ZIP, `zip is larger than 500 MiB (${zip.length} bytes)`);
    need(zip.length >= 22, 'not a zip file (shorter than an end-of-central-directory record)');
    const end = endRecordAt(zip);
    const count = zip.readUInt16LE(end + 10);
    const dirSize = zip.readUInt32LE(end + 12);
    const dirOffset = zip.readUInt32LE(end + 16);
    need(count !== 0xffff && dirSize !== 0xffffffff && dirOffset !== 0xffffffff, 'ZIP64 archives are not Go module zips');
    need(dirOffset + dirSize <= end, 'central directory lies outside the file');
    const entries = [];
    let p = dirOffset;
    for (let i = 0; i < count; i++) {
        need(p + 46 <= end && zip.readUInt32LE(p) === CENTRAL_SIGNATURE, `bad central directory header #${i}`);
        const nameLength = zip.readUInt16LE(p + 28);
        const extraLength = zip.readUInt16LE(p + 30);
        const commentLength = zip.readUInt16LE(p + 32);
        need(p + 46 + nameLength <= end, `central directory header #${i} runs past the directory`);
        entries.push({
            method: zip.readUInt16LE(p + 10),
            crc32: zip.readUInt32LE(p + 16),
            compressedSize: zip.readUInt32LE(p + 20),
            size: zip.readUInt32LE(p + 24),
            localHeaderOffset: zip.readUInt32LE(p + 42),
            name: zip.toString('utf8', p + 46, p + 46 + nameLength),
        });
        p += 46 + nameLength + extraLength + commentLength;
    }
    checkDeclaredSizes(entries);
    return entries;
}
/** x/mod's limits on a module's go.mod and LICENSE (modzip.MaxGoMod, MaxLICENSE). */
const MAX_GO_MOD = 16 << 20;
const MAX_LICENSE = 16 << 20;
/**
 * Go's own limits on what the directory declares, checked before anything is inflated (x/mod
 * zip.CheckZip: 500 MiB uncompressed in all, go.mod and LICENSE 16 MiB each). Each inflate is then
 * bounded by its entry's declared size (readEntryJob), so memory follows what is real, never what
 * a crafted header claims. A zip past a limit is refused whole, at its first excess.
 */
function checkDeclaredSizes(entries) {
    let total = 0;
    for (const entry of entries) {
        total += entry.size;
        const problem = declaredSizeProblem(entry.name, entry.size, total);
        if (problem !== undefined)
            throw new ZipFormatError(problem);
    }
}
/**
 * checkDeclaredSizes' verdict on one entry, `total` the sizes declared up to it included. Only
 * an entry past 16 MiB or a total past 500 MiB can fail: a caller may skip the others.
 */
function declaredSizeProblem(name, size, total) {
    if (total > MAX_ZIP)
        return `${name}: the files declare more than Go's 500 MiB uncompressed in all; nothing was inflated`;
    if (size <= MAX_GO_MOD && size <= MAX_LICENSE)
        return undefined;
    const slash = name.indexOf('/', name.indexOf('@'));
    const rel = slash < 0 ? name : name.slice(slash + 1);
    if (rel === 'go.mod' && size > MAX_GO_MOD)
        return `${name}: declares ${size} bytes, past Go's 16 MiB for go.mod`;
    if (rel === 'LICENSE' && size > MAX_LICENSE)
        return `${name}: declares ${size} bytes, past Go's 16 MiB for LICENSE`;
    return undefined;
}
/** Locates the entry's stored bytes (after its local header), checking what it can. */
function entryJob(zip, entry) {
    const at = entry.localHeaderOffset;
    need(at + 30 <= zip.length && zip.readUInt32LE(at) === LOCAL_SIGNATURE, `${entry.name}: bad local header`);
    const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    need(start + entry.compressedSize <= zip.length, `${entry.name}: data runs past the end of the file`);
    need(entry.method === 0 || entry.method === 8, `${entry.name}: unsupported compression method ${entry.method}`);
    const { name, method, compressedSize, size, crc32 } = entry;
    return { name, method, start, compressedSize, size, crc32 };
}
/** An entry's content, inflated when deflated, with its size and CRC-32 checked. */
function readZipEntry(zip, entry) {
    const data = (0,_zip_entry_job_js__WEBPACK_IMPORTED_MODULE_3__/* .readEntryJob */ .i)(node_zlib__WEBPACK_IMPORTED_MODULE_0__, zip, entryJob(zip, entry));
    if (typeof data === 'string')
        throw new ZipFormatError(data);
    return Buffer.from(data.buffer, data.byteOffset, data.length);
}
/** `length` bytes of a zip file from `position`; fewer is a ZipFormatError (the file ended early). */
async function readAt(handle, position, length) {
    const buffer = Buffer.allocUnsafe(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    need(bytesRead === length, 'zip file ended early');
    return buffer;
}
/**
 * The central directory of a zip file, read in place (its end record and directory only), with
 * readZipDirectory's checks; `size` is the file's.
 */
async function readZipFileDirectory(handle) {
    const size = (await handle.stat()).size;
    need(size <= MAX_ZIP, `zip is larger than 500 MiB (${size} bytes)`);
    need(size >= 22, 'not a zip file (shorter than an end-of-central-directory record)');
    const tailStart = Math.max(0, size - 22 - 0xffff);
    const tail = await readAt(handle, tailStart, size - tailStart);
    const end = endRecordAt(tail);
    const dirSize = tail.readUInt32LE(end + 12);
    const dirOffset = tail.readUInt32LE(end + 16);
    need(dirOffset + dirSize <= tailStart + end, 'central directory lies outside the file');
    // The directory and an end record that says it starts at 0: readZipDirectory parses it, and the
    // local header offsets in it still point into the file.
    const record = Buffer.from(tail.subarray(end, end + 22));
    record.writeUInt32LE(0, 16);
    record.writeUInt16LE(0, 20);
    return {
        size,
        entries: readZipDirectory(Buffer.concat([await readAt(handle, dirOffset, dirSize), record])),
    };
}
/** Where an entry's stored bytes start in the file, after its local header (entryJob's checks). */
async function zipFileEntryStart(handle, entry, size) {
    const header = await readAt(handle, entry.localHeaderOffset, 30);
    need(header.readUInt32LE(0) === LOCAL_SIGNATURE, `${entry.name}: bad local header`);
    const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    need(start + entry.compressedSize <= size, `${entry.name}: data runs past the end of the file`);
    need(entry.method === 0 || entry.method === 8, `${entry.name}: unsupported compression method ${entry.method}`);
    return start;
}
/**
 * A zip file read in place: its central directory, then single entries by positional reads, so
 * reading a license file out of a 50 MB module zip costs kilobytes, not the whole zip.
 */
async function openZipFile(handle) {
    const { size, entries } = await readZipFileDirectory(handle);
    const read = async (entry) => {
        const start = await zipFileEntryStart(handle, entry, size);
        const raw = await readAt(handle, start, entry.compressedSize);
        const { name, method, compressedSize, crc32 } = entry;
        const data = readEntryJob(zlib, raw, { name, method, start: 0, compressedSize, size: entry.size, crc32 });
        if (typeof data === 'string')
            throw new ZipFormatError(data);
        return Buffer.from(data.buffer, data.byteOffset, data.length);
    };
    return { entries, read };
}
/** Every entry of the zip, names as stored, content read. */
function readZipFiles(zip) {
    const entries = readZipDirectory(zip);
    // dirhash.HashZip opens files by name through a map: with duplicate names, the last one wins.
    const last = new Map(entries.map((entry) => [entry.name, entry]));
    const content = new Map();
    for (const [name, entry] of last)
        content.set(name, readZipEntry(zip, entry));
    return entries.map((entry) => ({ name: entry.name, data: content.get(entry.name) }));
}
/**
 * Every entry of the zip with the SHA-256 of its content, each entry inflated, checked (size,
 * CRC-32) and hashed on the zip-digest worker threads (one entry's content in memory at a time),
 * so the zips of a module cache hash on every core. Same names and duplicate rule as
 * readZipFiles, so hash1OfDigests of it is HashZip's h1.
 */
async function digestZipEntriesAsync(zip, 
/**
 * handOver: the caller no longer reads `zip`, so its memory may move to a worker uncopied;
 * thisThread: not on a worker. A worker's own failure is a DigestWorkerError.
 */
options = {}) {
    const entries = readZipDirectory(zip);
    // dirhash.HashZip opens files by name through a map: with duplicate names, the last one wins.
    const unique = [...new Map(entries.map((entry) => [entry.name, entry])).values()];
    const digests = await (0,_zip_digest_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .digestEntryJobs */ .Fx)(zip, unique.map((entry) => entryJob(zip, entry)), options);
    const byName = new Map();
    digests.forEach((digest, i) => {
        if ('error' in digest)
            throw new ZipFormatError(digest.error);
        byName.set(unique[i].name, digest.sha256);
    });
    return entries.map((entry) => ({ name: entry.name, sha256: byName.get(entry.name) }));
}
/** The `h1:` hash of a module zip. Mirrors x/mod/sumdb/dirhash HashZip with Hash1. */
function hashZip(zip) {
    return (0,_dirhash_js__WEBPACK_IMPORTED_MODULE_1__/* .hash1 */ .C_)(readZipFiles(zip));
}


/***/ })

};
