export const id = 179;
export const ids = [179];
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
/* unused harmony exports terminateDigestWorkers, digestOnWorkers */
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
parentPort.on('message', ({ zip, jobs }) => {
  try {
    const digests = digestJobs(zlib, createHash, readEntryJob, zip, jobs);
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
 * A few worker threads (one per core, at most 4) that read and hash zip entries: the zips of a
 * restored module cache verify in parallel instead of on the main thread. Idle workers do not keep
 * the process alive and stop after IDLE_MS.
 */
class ZipDigestPool {
    size;
    idle = [];
    busy = new Map();
    queue = [];
    idleTimer;
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
/** Stops every digest worker now, busy or not (tests: a worker that dies mid-zip). */
async function terminateDigestWorkers() {
    await pool?.terminateAll();
}
/**
 * Reads and hashes the entries on the worker threads, or on this thread on a single core (where
 * a worker would only add copies). Same answers either way.
 */
async function digestEntryJobs(zip, jobs, 
/** thisThread: never on a worker (after a DigestWorkerError). */
options = {}) {
    const cores = Math.min(node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism(), 4);
    if (cores < 2 || options.thisThread)
        return digestJobs(node_zlib__WEBPACK_IMPORTED_MODULE_3__, node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash, _zip_entry_job_js__WEBPACK_IMPORTED_MODULE_4__/* .readEntryJob */ .i, zip, jobs);
    return digestOnWorkers(zip, jobs, cores, options.handOver ?? false);
}
/** On the worker threads whatever the core count (digestEntryJobs picks; tests use both). */
function digestOnWorkers(zip, jobs, workers = Math.min(node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism(), 4), handOver = false) {
    pool ??= new ZipDigestPool(Math.max(1, workers));
    return pool.run(zip, jobs, handOver);
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
/* harmony export */   An: () => (/* binding */ digestZipEntriesAsync),
/* harmony export */   CZ: () => (/* binding */ entryJob),
/* harmony export */   FF: () => (/* binding */ readZipFiles),
/* harmony export */   PA: () => (/* binding */ ZipFormatError),
/* harmony export */   l4: () => (/* binding */ MAX_ZIP),
/* harmony export */   m6: () => (/* binding */ readAt),
/* harmony export */   mk: () => (/* binding */ hashZip),
/* harmony export */   oo: () => (/* binding */ openZipFile),
/* harmony export */   ti: () => (/* binding */ readZipFileDirectory)
/* harmony export */ });
/* unused harmony exports readZipDirectory, readZipEntry */
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
        need(total <= MAX_ZIP, `${entry.name}: the files declare more than Go's 500 MiB uncompressed in all; nothing was inflated`);
        const slash = entry.name.indexOf('/', entry.name.indexOf('@'));
        const rel = slash < 0 ? entry.name : entry.name.slice(slash + 1);
        if (rel === 'go.mod')
            need(entry.size <= MAX_GO_MOD, `${entry.name}: declares ${entry.size} bytes, past Go's 16 MiB for go.mod`);
        if (rel === 'LICENSE')
            need(entry.size <= MAX_LICENSE, `${entry.name}: declares ${entry.size} bytes, past Go's 16 MiB for LICENSE`);
    }
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
        const data = (0,_zip_entry_job_js__WEBPACK_IMPORTED_MODULE_3__/* .readEntryJob */ .i)(node_zlib__WEBPACK_IMPORTED_MODULE_0__, raw, { name, method, start: 0, compressedSize, size: entry.size, crc32 });
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


/***/ }),

/***/ 4219:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderTerminal: () => (/* binding */ renderTerminal)
});

// UNUSED EXPORTS: FULL_TABLE_UP_TO, verdictLine

;// CONCATENATED MODULE: ./.build/report/word-wrap.js
/**
 * Wraps text at spaces to `width` columns, continuing with `indent`; a word longer than the line
 * (a long module path) is kept whole, never cut, so the log can still be searched for it.
 */
function wrapWords(text, width, indent) {
    const lines = [];
    const lead = /^ */.exec(text)[0];
    let line = lead;
    for (const word of text.slice(lead.length).split(' ')) {
        const candidate = line.trim() === '' ? `${line}${word}` : `${line} ${word}`;
        if (candidate.length <= width || line.trim() === '') {
            line = candidate;
            continue;
        }
        lines.push(line);
        line = `${indent}${word}`;
    }
    lines.push(line);
    return lines;
}

// EXTERNAL MODULE: ./.build/config/duration.js
var duration = __webpack_require__(4757);
// EXTERNAL MODULE: ./.build/plural.js
var plural = __webpack_require__(1238);
// EXTERNAL MODULE: ./.build/report/outcome.js
var outcome = __webpack_require__(777);
;// CONCATENATED MODULE: ./.build/report/finding-text.js

/** How a finding reads: its label, the module it is about, and its message without repeating it. */
function findingParts(f, warnOnly = false) {
    const subject = f.module ? `${f.module}${f.version ? `@${f.version}` : ''}` : undefined;
    const message = subject && f.message.startsWith(`${subject}: `) ? f.message.slice(subject.length + 2) : f.message;
    const label = (0,outcome/* isSoftened */.xh)(f, warnOnly)
        ? 'policy (warn-only)'
        : (0,outcome/* isWarning */.Vv)(f, warnOnly)
            ? 'warning'
            : f.kind === 'security'
                ? 'SECURITY'
                : f.kind;
    return { label, subject, message };
}

// EXTERNAL MODULE: ./.build/report/colour.js
var colour = __webpack_require__(2257);
;// CONCATENATED MODULE: ./.build/report/license-fix.js
/** At most this many ids of a list are quoted in a sentence. */
const QUOTED = 4;
/** The violations, read from the module table: each denied license names its failing id and list. */
function licenseViolations(report) {
    return report.modules.flatMap((m) => (m.license?.verdict === 'denied' ? [violationOf(m)] : []));
}
function violationOf(m) {
    const failing = m.license?.failing;
    return {
        module: m.path,
        version: m.version,
        license: failing?.id ?? m.license?.expression ?? '',
        denied: failing?.list === 'license-deny',
    };
}
/** "BSD-2-Clause is not in license-allow (MIT, Apache-2.0, …)" or "GPL-3.0-only is in license-deny". */
function violationSentence(v, report) {
    if (v.denied)
        return `${v.license} is in license-deny`;
    const allow = report.settings.licenseAllow ?? [];
    const quoted = allow.slice(0, QUOTED).join(', ') + (allow.length > QUOTED ? ', …' : '');
    return `${v.license} is not in license-allow${allow.length > 0 ? ` (${quoted})` : ''}`;
}
/** A module's license verdict as the module table shows it: "denied" only when a deny list said so. */
function verdictWord(m) {
    if (!m.license || m.license.verdict === 'not-gated')
        return '';
    if (m.license.verdict === 'denied')
        return violationOf(m).denied ? 'denied' : 'not allowed';
    return m.license.verdict;
}
const SHOWN = 20;
function licenseFix(report) {
    const violations = licenseViolations(report);
    const unknown = report.modules.filter((m) => m.license?.verdict === 'unknown' &&
        !m.main &&
        report.findings.some((f) => f.area === 'license' && f.severity !== 'warning' && f.module === m.path));
    if (violations.length === 0 && unknown.length === 0)
        return undefined;
    // A license only modules outside what ships carry is never offered for license-allow.
    const graphOnly = new Set([...violations.map((v) => v.module), ...unknown.map((m) => m.path)].filter((p) => report.modules.find((m) => m.path === p)?.license?.compiledIn === false));
    const notAllowed = [
        ...new Set(violations.filter((v) => !v.denied && !graphOnly.has(v.module)).map((v) => v.license)),
    ];
    return {
        notAllowed,
        allowValue: [...(report.settings.licenseAllow ?? []), ...notAllowed].join(', '),
        denied: [...new Set(violations.filter((v) => v.denied).map((v) => v.license))],
        exceptions: violations.slice(0, SHOWN).map((v) => `${v.module}@${v.version} ignore`),
        unknown: unknown.slice(0, SHOWN).map((m) => `${m.path}@${m.version}`),
        notCompiledIn: [...graphOnly],
    };
}
/**
 * The copy-pasteable fix for the summary: the `license-allow` line with the missing ids added,
 * or one `license-exceptions` line per module version. Lines are escaped by the caller's `escape`
 * and sit in <pre>, where entities decode (never in a Markdown code span).
 */
function licenseFixHint(report, escape) {
    const fix = licenseFix(report);
    if (!fix)
        return undefined;
    // The caller titles it (the summary's collapsed "How to fix"): no second heading inside.
    const parts = [];
    const they = (ids) => (ids.length === 1 ? ['is', 'it'] : ['are', 'them']);
    if (fix.notCompiledIn.length > 0)
        parts.push(`- ${fix.notCompiledIn.length} of the failing modules are in the module graph only (no main package compiles them in): gate what ships, and they are reported, not gated:`, pre('license-scope: shipped', escape));
    if (fix.notAllowed.length > 0) {
        const [is, it] = they(fix.notAllowed);
        parts.push(`- If ${escape(fix.notAllowed.join(', '))} ${is} acceptable for you, allow ${it}:`, pre(`license-allow: ${fix.allowValue}`, escape));
    }
    // "Or …" only after another way to fix it.
    const or = (word) => parts.length > 1 ? `Or ${word}` : word[0].toUpperCase() + word.slice(1);
    if (fix.denied.length > 0)
        parts.push(`- ${or('take')} ${escape(fix.denied.join(', '))} out of \`license-deny\`.`);
    if (fix.exceptions.length > 0)
        parts.push(`- ${or('exempt')} just these versions (\`ignore\` skips the check; write the license instead if it was detected wrongly):`, pre(['license-exceptions: |', ...fix.exceptions.map((l) => `  ${l}`)].join('\n'), escape));
    // The placeholder stays in prose: every pasteable block runs as printed.
    if (fix.unknown.length > 0)
        parts.push(`- ${or('read')} the license of ${escape(fix.unknown.join(', '))} and name it in \`license-exceptions\`, one line per version: \`<module>@<version> <SPDX id>\`.`);
    return parts.join('\n');
}
/**
 * The same fix for the terminal, in flags. Each value to paste stands on its own line, so the
 * sentence before it fits the terminal and the value is copied whole.
 */
function licenseFixLines(report) {
    const fix = licenseFix(report);
    if (!fix)
        return [];
    const lines = ['How to fix:'];
    const or = () => (lines.length > 1 ? 'or ' : '');
    if (fix.notCompiledIn.length > 0)
        lines.push(`  ${fix.notCompiledIn.length} failing modules are not compiled in; gate what ships:`, '    --license-scope shipped');
    if (fix.notAllowed.length > 0)
        lines.push(`  ${or()}allow ${fix.notAllowed.join(', ')}:`, `    --license-allow '${fix.allowValue}'`);
    if (fix.denied.length > 0)
        lines.push(`  ${or()}take ${fix.denied.join(', ')} out of --license-deny`);
    if (fix.exceptions.length > 0)
        lines.push(`  ${or()}exempt these versions:`, `    --license-exceptions '${fix.exceptions.join('\n')}'`);
    // Placeholders in prose, never inside a value to paste.
    if (fix.unknown.length > 0)
        lines.push(`  ${or()}name the license of ${fix.unknown.join(', ')} in --license-exceptions (one line per version: <module>@<version> <SPDX id>)`);
    return lines;
}
function pre(text, escape) {
    return `<pre>${text.split('\n').map(escape).join('\n')}</pre>`;
}

;// CONCATENATED MODULE: ./.build/report/terminal-table.js

/** The narrowest a path or a version is cut to before the details are cut instead. */
const MIN_PATH = 16;
const MIN_VERSION = 14;
const KIND_WIDTH = 8;
/** Route hosts longer than this are cut in the middle: the route is a hint, the path is the fact. */
const ROUTE_WIDTH = 20;
/**
 * Cuts `text` to `width` characters by taking out its middle, so a module path keeps both its
 * host and its last element (`github.com/some…/internal/v2`).
 */
function truncateMiddle(text, width, ellipsis = '…') {
    if (text.length <= width)
        return text;
    if (width <= ellipsis.length)
        return text.slice(0, width);
    const keep = width - ellipsis.length;
    const head = Math.ceil(keep / 2);
    return text.slice(0, head) + ellipsis + text.slice(text.length - (keep - head));
}
function truncateEnd(text, width, ellipsis) {
    if (text.length <= width)
        return text;
    return width <= ellipsis.length ? text.slice(0, width) : text.slice(0, width - ellipsis.length) + ellipsis;
}
/** The route as a short word: the proxy's host (cut in the middle past 20), or how it arrived. */
function shortArrival(route, ellipsis = '…') {
    if (!route)
        return '';
    return route.kind === 'proxy' ? truncateMiddle(route.host, ROUTE_WIDTH, ellipsis) : route.kind;
}
function details(m, ellipsis, level) {
    const full = level === 'full';
    const license = m.license
        ? `${full ? 'license ' : ''}${m.license.expression}${verdictShown(m, full) ? ` (${verdictWord(m)})` : ''}`
        : '';
    return [
        m.replace?.kind === 'module' ? `=> ${m.replace.path}@${m.replace.version}` : '',
        m.replace?.kind === 'local' ? `=> ${m.replace.dir}` : '',
        m.route && level !== 'no-route' ? `${full ? 'via ' : ''}${shortArrival(m.route, ellipsis)}` : '',
        license,
        m.checksum ? `${full ? 'checksum ' : ''}${m.checksum}` : '',
    ]
        .filter((s) => s !== '')
        .join('  ');
}
/** Short rows leave "allowed" unsaid: only what is not fine needs the word. */
function verdictShown(m, full) {
    const verdict = m.license?.verdict;
    return verdict !== undefined && verdict !== 'not-gated' && (full || verdict !== 'allowed');
}
/**
 * Widths that fit `room`: the version gives way first (to 12; a pseudo-version keeps its date's
 * start and its hash's end), then the path (cut in the middle); the details are cut at the end
 * only when the path would fall under 16.
 */
function fit(want, room) {
    let over = want.path + want.version + want.details - room;
    const cut = (width, min) => {
        const by = Math.max(0, Math.min(over, width - min));
        over -= by;
        return width - by;
    };
    const version = cut(want.version, MIN_VERSION);
    const path = cut(want.path, MIN_PATH);
    return { path, version, details: cut(want.details, 0) };
}
/**
 * The module rows (and, on a terminal, a ruled header), each narrower than `columns` so none
 * wraps (a line exactly as wide as the terminal wraps on some). The details drop their labels,
 * then the route, before the path is cut below 40% of the room; the kind column never gives way.
 */
function moduleTableRows(modules, layout) {
    const ellipsis = layout.tty ? '…' : '...';
    const levels = layout.columns === undefined ? ['full'] : ['full', 'compact', 'no-route'];
    // Two of indent, three single spaces between the four columns, and one column kept free.
    const room = Math.max(40, (layout.columns ?? 0) - 1) - 2 - 3 - KIND_WIDTH;
    let rows = [];
    let widths = { path: 0, version: 0, details: 0 };
    for (const level of levels) {
        rows = modules.map((m) => ({
            path: m.path,
            version: m.version || '-',
            kind: m.main ? 'main' : m.indirect ? 'indirect' : 'direct',
            details: details(m, ellipsis, level),
        }));
        const want = {
            path: Math.max(6, ...rows.map((r) => r.path.length)),
            version: Math.max(7, ...rows.map((r) => r.version.length)),
            details: Math.max(0, ...rows.map((r) => r.details.length)),
        };
        widths = layout.columns === undefined ? want : fit(want, room);
        if (widths.path >= Math.min(want.path, Math.floor(room * 0.4)) && widths.details === want.details)
            break;
    }
    const { path: pathWidth, version: versionWidth, details: detailsWidth } = widths;
    const line = (path, version, kind, more) => `  ${truncateMiddle(path, pathWidth, ellipsis).padEnd(pathWidth)} ${truncateMiddle(version, versionWidth, ellipsis).padEnd(versionWidth)} ${kind.padEnd(KIND_WIDTH)} ${truncateEnd(more, detailsWidth, ellipsis)}`.trimEnd();
    const body = rows.map((r) => line(r.path, r.version, r.kind, r.details));
    if (!layout.tty)
        return body;
    const header = line('Module', 'Version', 'Kind', 'Route, license, checksum');
    return [
        header,
        `  ${'─'.repeat(Math.max(0, Math.max(...body.map((l) => l.length), header.length) - 2))}`,
        ...body,
    ];
}

// EXTERNAL MODULE: ./.build/diff/diff-step.js + 4 modules
var diff_step = __webpack_require__(994);
;// CONCATENATED MODULE: ./.build/report/terminal.js









/** Above this many modules the table shows only the failing and warning rows, unless verbose. */
const FULL_TABLE_UP_TO = 40;
/**
 * Plain text for the CLI: the module table, then the problems, then the verdict **last**, so
 * that what stays on screen is the answer.
 */
function renderTerminal(report, options = {}) {
    const c = options.colour ?? colour/* NO_COLOUR */.fS;
    const wording = options.wording ?? ((text) => text);
    // Quiet: the problems and the verdict, nothing else (a verdict without its reasons helps no one).
    if (options.quiet)
        return [...problemLines(report, c, wording, options.columns), verdictLine(report, c)].join('\n') + '\n';
    const lines = [];
    const flagged = flaggedModules(report);
    const all = options.verbose || report.modules.length <= FULL_TABLE_UP_TO;
    const shown = all ? report.modules : report.modules.filter((m) => flagged.has(m.path));
    if (!all)
        lines.push(c.dim(shown.length === 0
            ? `${(0,plural/* plural */.L)(report.modules.length, 'module')}, none failing or warning (--verbose lists them all)`
            : `${(0,plural/* plural */.L)(report.modules.length, 'module')}; showing the ${(0,plural/* plural */.L)(shown.length, 'failing or warning row')} (--verbose for all)`));
    const tty = options.tty === true;
    const rows = moduleTableRows(shown, { columns: options.columns, tty });
    const header = rows.length - shown.length;
    rows.forEach((row, i) => lines.push(i < header ? c.dim(row) : flagged.has(shown[i - header].path) ? c.red(row) : row));
    if (report.findings.length > 0) {
        lines.push('', ...problemLines(report, c, wording, options.columns));
        const fix = licenseFixLines(report);
        if (fix.length > 0)
            lines.push('', ...fix);
    }
    lines.push('');
    // The pull-request diff leads the summary; on the terminal it stands just above the verdict.
    if (report.diff)
        lines.push(`Against the base: ${(0,diff_step/* diffSentence */.N)(report.diff)}`);
    if (options.reportFile)
        lines.push(c.dim(`JSON report: ${options.reportFile}`));
    lines.push(verdictLine(report, c));
    return lines.join('\n') + '\n';
}
/** `go-module-warden: FAILED (12 modules, 1 problem, 1 warning; 3.2s)`. */
function verdictLine(report, c = colour/* NO_COLOUR */.fS) {
    const word = { passed: 'PASSED', warned: 'PASSED WITH WARNINGS', failed: 'FAILED' }[report.status];
    const tint = { passed: c.green, warned: c.yellow, failed: c.red }[report.status];
    const errors = report.findings.filter((f) => !(0,outcome/* isWarning */.Vv)(f, report.warnOnly)).length;
    const warnings = report.findings.length - errors;
    const facts = [(0,plural/* plural */.L)(report.modules.length, 'module')];
    if (errors > 0)
        facts.push((0,plural/* plural */.L)(errors, 'problem'));
    if (warnings > 0)
        facts.push((0,plural/* plural */.L)(warnings, 'warning'));
    return `go-module-warden: ${c.bold(tint(word))} (${facts.join(', ')}; ${(0,duration/* formatDuration */.a)(report.durationMs)})`;
}
/** Modules a finding names, or whose license or checksum is not fine. */
function flaggedModules(report) {
    const flagged = new Set(report.findings.flatMap((f) => (f.module ? [f.module] : [])));
    for (const m of report.modules) {
        if (m.license?.verdict === 'denied' || m.license?.verdict === 'unknown')
            flagged.add(m.path);
        if (m.checksum === 'mismatch' || m.checksum === 'missing-from-go-sum')
            flagged.add(m.path);
    }
    return flagged;
}
/**
 * One line per finding, in the report's order (failing facts first); at a known width each is
 * wrapped at spaces with a hanging indent, never mid-word (the fix lines below stay whole: they
 * are pasted as printed).
 */
function problemLines(report, c, wording, columns) {
    const violations = new Map(licenseViolations(report).map((v) => [`${v.module}@${v.version}`, v]));
    return report.findings.map((f) => {
        const { label, subject, message } = findingParts(f, report.warnOnly);
        const tint = (0,outcome/* isWarning */.Vv)(f, report.warnOnly) ? c.yellow : c.red;
        const violation = f.area === 'license' && subject ? violations.get(subject) : undefined;
        const text = violation ? violationSentence(violation, report) : wording(message);
        const plain = `  ${label} [${f.area}] ${subject ? `${subject}: ` : ''}${text}`.split('\n');
        const wrapped = plain.flatMap((line, i) => {
            const own = i === 0 ? line : `    ${line}`;
            return columns ? wrapWords(own, columns - 1, '    ') : [own];
        });
        // The label is tinted after wrapping: colour codes take no columns.
        wrapped[0] = wrapped[0].replace(label, tint(label));
        return wrapped.join('\n');
    });
}


/***/ })

};
