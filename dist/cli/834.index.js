export const id = 834;
export const ids = [834];
export const modules = {

/***/ 1834:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B_: () => (/* binding */ RejectedEntryError),
  TU: () => (/* binding */ restoreArchiveSafely),
  rw: () => (/* binding */ unusableEntryOf)
});

// UNUSED EXPORTS: UnreadableEntryError, memberProblem

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/errors.js
var errors = __webpack_require__(9243);
// EXTERNAL MODULE: ./.build/go/zip-reader.js
var zip_reader = __webpack_require__(3816);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
;// CONCATENATED MODULE: ./.build/cache/tar-reader.js

/** The archive cannot be read as a tar (truncated, bad checksum, corrupt compression). */
class TarFormatError extends Error {
    name = 'TarFormatError';
}
const BLOCK = 512;
/** tar-stream's type names → ours ('contiguous-file' is a regular file, as in archive/tar). */
const TYPES = {
    file: 'file',
    'contiguous-file': 'file',
    link: 'hardlink',
    symlink: 'symlink',
    directory: 'directory',
    'character-device': 'character-device',
    'block-device': 'block-device',
    fifo: 'fifo',
};
function memberOf(header) {
    const size = header.size;
    if (!Number.isSafeInteger(size) || size < 0)
        throw new TarFormatError('a tar member size is invalid');
    const type = header.type ?? '';
    return {
        name: header.name,
        type: TYPES[type] ?? 'other',
        size,
        linkName: header.linkname || undefined,
    };
}
/** Where the member that starts at `offset` ends, padding included. */
function endOf(offset, size) {
    return offset + BLOCK + Math.ceil(size / BLOCK) * BLOCK;
}
/** Writes `source` into the parser with backpressure; stops when the parser is gone. */
async function feed(source, parser, counted) {
    for await (const chunk of source) {
        if (parser.destroying || parser.destroyed)
            return;
        counted(chunk.length);
        if (!parser.write(chunk))
            await drained(parser);
    }
    parser.end(null);
}
function drained(parser) {
    return new Promise((resolve) => {
        const done = () => {
            parser.off('drain', done);
            parser.off('close', done);
            resolve();
        };
        parser.on('drain', done);
        parser.on('close', done);
    });
}
/**
 * A member's bytes as one iterator, whose `return` leaves the stream alone: a consumer that
 * stops early must not destroy the archive (the rest is drained by readTar).
 */
function bodyOf(iterator) {
    const next = () => iterator.next().catch((error) => {
        throw asFormatError(error); // the archive's fault, not the callback's
    });
    return { [Symbol.asyncIterator]: () => ({ next }) };
}
/**
 * Calls `onMember` for each member in order; it may consume `body` (the member's bytes) or leave
 * it, and may throw to stop. A stream that ends without an end-of-archive block is truncated
 * (TarFormatError). Members after a zero block are read too (tar-stream skips zero blocks), and
 * are checked like every other.
 */
async function readTar(source, onMember) {
    const parser = (0,tar_stream.extract)();
    let fed = 0;
    let end = 0; // where the last member seen ends, padding included
    let feedError;
    let stopped; // the callback's own error, passed on unchanged
    const feeding = feed(source, parser, (n) => (fed += n)).catch((error) => {
        feedError = error;
        parser.destroy(error);
    });
    try {
        for await (const entry of parser) {
            const member = memberOf(entry.header);
            end = endOf(entry.offset, member.size);
            const body = entry[Symbol.asyncIterator]();
            await onMember(member, bodyOf(body)).catch((error) => {
                stopped = { error };
                throw error;
            });
            while (!(await body.next()).done)
                ; // what the callback did not read
        }
    }
    catch (error) {
        parser.destroy();
        await feeding;
        if (stopped)
            throw stopped.error;
        throw asFormatError(feedError ?? error);
    }
    await feeding;
    if (feedError)
        throw asFormatError(feedError);
    // `tar` always ends an archive with zero blocks: an archive without them was cut short.
    if (fed < end + BLOCK)
        throw new TarFormatError('the archive is truncated (no end-of-archive marker)');
}
/** The parser's and the source's errors (corrupt compression, bad headers) as TarFormatError. */
function asFormatError(error) {
    if (error instanceof TarFormatError)
        return error;
    const message = error instanceof Error ? error.message : String(error);
    return new TarFormatError(/Unexpected end of data/.test(message) ? 'the archive is truncated' : message, {
        cause: error,
    });
}

;// CONCATENATED MODULE: ./.build/cache/decompress.js




/**
 * An entry's archive as a stream of tar bytes (zstd in a child process, gzip in-process), and
 * `done`, which says whether the decompressor agreed that the stream was whole.
 */
function decompressed(file, compression) {
    if (compression === 'none')
        return { stream: (0,external_node_fs_.createReadStream)(file), done: async () => undefined };
    if (compression === 'gzip')
        return { stream: (0,external_node_fs_.createReadStream)(file).pipe((0,external_node_zlib_.createGunzip)()), done: async () => undefined };
    const args = ['-d', '-c', '-q', ...(compression === 'zstd' ? ['--long=30'] : []), file];
    const child = (0,external_node_child_process_.spawn)('zstd', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const err = [];
    child.stderr.on('data', (d) => err.push(d));
    const exited = new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (code) => code === 0
            ? resolve()
            : reject(new TarFormatError(`zstd exited ${code}: ${Buffer.concat(err).toString('utf8').trim()}`)));
    });
    exited.catch(() => undefined);
    return {
        stream: child.stdout,
        // After a complete read, zstd's own verdict counts (a truncated frame exits non-zero); after a
        // failure, the child is stopped.
        done: async (failed = false) => {
            if (failed) {
                child.stdout.destroy();
                if (child.exitCode === null)
                    child.kill();
                await exited.catch(() => undefined);
                return;
            }
            await exited;
        },
    };
}

// EXTERNAL MODULE: ./.build/cache/sumdb-files.js
var sumdb_files = __webpack_require__(667);
;// CONCATENATED MODULE: ./.build/cache/safe-restore.js








/**
 * An entry holds a member that could write outside `<GOMODCACHE>/cache/download` or something
 * other than a regular file or directory: the whole entry is refused and nothing of it is written.
 */
class RejectedEntryError extends errors/* InfrastructureError */.EN {
    entry;
    member;
    why;
    constructor(entry, member, why) {
        super(`SECURITY: the cache entry '${entry}' was rejected, nothing was restored from it: member '${member}' ${why}`);
        this.entry = entry;
        this.member = member;
        this.why = why;
    }
}
/** An entry that was found but could not be used (rejected, truncated, corrupt): a save should replace it. */
function unusableEntryOf(error) {
    if (error instanceof RejectedEntryError)
        return error.entry;
    if (error instanceof UnreadableEntryError)
        return error.entry;
    return undefined;
}
/** The entry's archive cannot be read (truncated, corrupt compression, bad tar headers). */
class UnreadableEntryError extends errors/* InfrastructureError */.EN {
    entry;
    constructor(entry, detail, options) {
        super(`the cache entry '${entry}' is unreadable (truncated or corrupt): ${detail}`, options);
        this.entry = entry;
    }
}
const DOWNLOAD = 'cache/download';
/** Files up to this size are written in one call. */
const SMALL = 4 << 20;
/** Zip bytes restored but not yet hashed, at most (each held twice: here and in a worker). */
const HASHING_BYTES = 8 << 20;
/**
 * Why a member may not be restored, or undefined when it may: a regular file or directory whose
 * name (after `prefix`) is a clean relative path under `cache/download`.
 */
function memberProblem(member, prefix) {
    if (member.type !== 'file' && member.type !== 'directory')
        return `is a ${member.type}`;
    if (member.name.startsWith('/'))
        return 'has an absolute path';
    if (!member.name.startsWith(prefix))
        return `lies outside ${prefix || './'}${DOWNLOAD}`;
    const rel = member.name.slice(prefix.length).replace(/\/$/, '');
    const parts = rel.split('/');
    if (parts.some((p) => p === '..'))
        return 'has a `..` path element';
    if (rel.includes('\\') || parts.some((p) => p === '' || p === '.'))
        return 'has an unclean path (empty, `.` or `\\` elements)';
    if (rel === 'cache' || rel === DOWNLOAD)
        return member.type === 'directory' ? undefined : 'is not a directory';
    if (!rel.startsWith(`${DOWNLOAD}/`))
        return `lies outside ${DOWNLOAD}`;
    return undefined;
}
/** Reads the whole archive, calling `onMember` for each; typed errors for a bad entry. */
async function readEntry(options, onMember) {
    const source = decompressed(options.archive, options.compression);
    try {
        await readTar(source.stream, onMember);
    }
    catch (error) {
        await source.done(true).catch(() => undefined);
        if (error instanceof RejectedEntryError)
            throw error;
        throw new UnreadableEntryError(options.entry, error.message, { cause: error });
    }
    await source.done().catch((error) => {
        throw new UnreadableEntryError(options.entry, error.message, { cause: error });
    });
}
/** Refuses a member that may not be restored, or that appears twice; else its name after `prefix`. */
function checkMember(entry, prefix, seen, member) {
    const problem = memberProblem(member, prefix);
    if (problem)
        throw new RejectedEntryError(entry, member.name, problem);
    const rel = member.name.slice(prefix.length).replace(/\/$/, '');
    if (seen.has(rel))
        throw new RejectedEntryError(entry, member.name, 'appears twice');
    seen.add(rel);
    return rel;
}
/** Whether `dir` is a real directory under GOMODCACHE (made when missing), never through a symlink. */
function ensureDir(state, dir) {
    const known = state.dirs.get(dir);
    if (known !== undefined)
        return known;
    let ok = dir === state.root || ensureDir(state, external_node_path_.dirname(dir));
    if (ok && dir !== state.root) {
        const st = external_node_fs_.lstatSync(dir, { throwIfNoEntry: false });
        if (!st)
            ok = mkdirOrTwin(dir);
        else
            ok = st.isDirectory();
    }
    state.dirs.set(dir, ok);
    return ok;
}
/**
 * Writes a member whole under a temporary name, then links it into place (renameio.WriteFile's
 * pattern, with link for rename so a file already there is never replaced): a crash leaves a
 * `*.tmp` file, never a half-written .info, list or zip under its real name. Returns whether it
 * was linked, and the bytes when the member was small enough to be written in one call.
 */
async function writeMemberFile(state, target, size, body) {
    const temp = `${target}${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
    let data;
    const fd = external_node_fs_.openSync(temp, 'wx', 0o644);
    state.writing = temp;
    try {
        // Small files (all but large zips) in one synchronous write: per-file async hops cost more than the bytes.
        if (size <= SMALL) {
            const chunks = [];
            for await (const chunk of body)
                chunks.push(chunk);
            data = Buffer.concat(chunks);
            writeAllSync(fd, [data]);
        }
        else {
            for await (const chunk of body)
                writeAllSync(fd, [chunk]);
        }
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
    const linked = linkNoClobber(temp, target);
    unlinkMade(temp);
    state.writing = undefined;
    return { linked, data };
}
/**
 * Hands a zip just written to the digest workers (hashed from the very bytes written, while the
 * main thread reads on; settled, never rejected). Bounded memory: reading waits while too many zip
 * bytes wait to be hashed.
 */
async function hashWrittenZip(state, rel, data) {
    const digest = (0,zip_reader/* digestZipEntriesAsync */.An)(data, { handOver: true }).catch((error) => error instanceof Error ? error : new Error(String(error)));
    state.zipDigests.set(rel, digest);
    state.hashing.push({ digest, bytes: data.length });
    state.hashingBytes += data.length;
    while (state.hashingBytes > HASHING_BYTES) {
        const oldest = state.hashing.shift();
        await oldest.digest;
        state.hashingBytes -= oldest.bytes;
    }
}
/** Pass 2 for one checked member: a directory made, a sumdb file dropped, a file kept or written. */
async function restoreMember(state, rel, member, body) {
    const target = external_node_path_.join(state.root, ...rel.split('/'));
    if (member.type === 'directory') {
        ensureDir(state, target);
        return;
    }
    const sumdbProblem = (0,sumdb_files/* sumdbFileProblem */.f)(rel, member.size);
    if (sumdbProblem) {
        state.dropped.push(`${rel} ${sumdbProblem}`);
        return;
    }
    if (!ensureDir(state, external_node_path_.dirname(target)))
        return;
    const present = external_node_fs_.lstatSync(target, { throwIfNoEntry: false });
    if (present) {
        // Kept (the body is skipped) and counted: it is the entry's file, checked like the rest.
        if (present.isFile())
            state.kept.push(rel);
        return;
    }
    const { linked, data } = await writeMemberFile(state, target, member.size, body);
    if (!linked) {
        state.kept.push(rel); // another process wrote it meanwhile: kept, and checked like the rest
        return;
    }
    state.written.push(rel);
    if (data && rel.endsWith('.zip'))
        await hashWrittenZip(state, rel, data);
    state.bytes += member.size;
}
/**
 * Restores an entry into `<GOMODCACHE>/cache/download`, reading the archive in-process (never
 * `tar -x`). Pass 1 reads every member header and refuses the whole entry (RejectedEntryError,
 * naming the member) for anything but clean regular files and directories under
 * `cache/download`; nothing is written. Pass 2 reads it again and writes each member (checked
 * again, in case the archive changed in between): parents are checked with lstat (a symlink or
 * file where a directory should be: the member is skipped, never followed); each file is written
 * whole under a temporary name and hard-linked into place, so a file already there is kept (and
 * checked against go.sum like everything else) and a crash never leaves a half-written file under
 * its real name. If pass 2 fails, what it wrote is removed. `prefix` is what
 * every name starts with (`''` for the local backend; the staging path relative to the workspace
 * for @actions/cache).
 */
async function restoreArchiveSafely(options) {
    const prefix = options.prefix ?? '';
    const listed = new Set();
    await readEntry(options, async (member) => void checkMember(options.entry, prefix, listed, member));
    const seen = new Set();
    const root = external_node_path_.resolve(options.gomodcache);
    external_node_fs_.mkdirSync(root, { recursive: true });
    const state = {
        root,
        dirs: new Map(),
        written: [],
        kept: [],
        dropped: [],
        zipDigests: new Map(),
        hashing: [],
        hashingBytes: 0,
        writing: undefined,
        bytes: 0,
    };
    try {
        await readEntry(options, (member, body) => restoreMember(state, checkMember(options.entry, prefix, seen, member), member, body));
    }
    catch (error) {
        if (state.writing)
            external_node_fs_.rmSync(state.writing, { force: true });
        for (const rel of state.written)
            external_node_fs_.rmSync(external_node_path_.join(root, ...rel.split('/')), { force: true });
        throw error;
    }
    const { written, kept, bytes, zipDigests, dropped } = state;
    return { files: [...written, ...kept].sort(), bytes, zipDigests, dropped };
}
/** mkdir(2) that tolerates a twin: another run made the directory first (mkdir -p semantics). */
function mkdirOrTwin(dir) {
    try {
        external_node_fs_.mkdirSync(dir, { mode: 0o755 });
        return true;
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            throw error;
        return external_node_fs_.lstatSync(dir).isDirectory();
    }
}
/** link(2) `from` to `to`; false when `to` exists already (it is never replaced). */
function linkNoClobber(from, to) {
    try {
        external_node_fs_.linkSync(from, to);
        return true;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
}
/** unlink(2) of a file this restore made (rmSync would lstat it first: one more call per file). */
function unlinkMade(file) {
    try {
        external_node_fs_.unlinkSync(file);
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
}
function writeAllSync(fd, chunks) {
    for (const chunk of chunks) {
        let offset = 0;
        while (offset < chunk.length)
            offset += external_node_fs_.writeSync(fd, chunk, offset, chunk.length - offset);
    }
}


/***/ }),

/***/ 667:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ sumdbFileProblem)
/* harmony export */ });
/**
 * What may live under `cache/download/sumdb/**` in a cache entry: only what `go` and our checksum
 * client write there (src/sumdb/state-store.ts, cmd/go's modfetch/sumdb.go) and the run memo, each
 * within its size.
 * A restored entry is input from elsewhere: any other file, or one too big for its kind, is
 * dropped, never restored and so never saved again into later entries.
 */
const PREFIX = 'cache/download/sumdb/';
const HOST = '[^/.][^/]*';
const NOTE_MAX = 64 << 10;
const LOOKUP_MAX = 64 << 10;
/** A data tile holds 2^H records of at most a few lines each; 1 MiB is far above any real one. */
const DATA_TILE_MAX = 1 << 20;
/** The run memo (src/cache/run-memo.ts): license reads and the build list, JSON, kept with the entry. */
const MEMO = /^go-module-warden\/(verdicts|build-list)\.json$/;
const MEMO_MAX = 64 << 20;
const LATEST = new RegExp(`^${HOST}/latest$`);
const LOOKUP = new RegExp(`^${HOST}/lookup/[^@]+@[^/@]+$`);
const TILE = new RegExp(`^${HOST}/tile/([1-9]|[12][0-9]|30)/([0-9]+|data)/(?:x[0-9]{3}/)*[0-9]{3}(?:\\.p/([0-9]+))?$`);
/** Why a file under `cache/download/sumdb/` is not kept, or undefined when it is (other files: undefined). */
function sumdbFileProblem(rel, size) {
    if (!rel.startsWith(PREFIX))
        return undefined;
    const inner = rel.slice(PREFIX.length);
    if (MEMO.test(inner))
        return size <= MEMO_MAX ? undefined : `is ${size} bytes, more than a run memo holds`;
    if (LATEST.test(inner))
        return size <= NOTE_MAX ? undefined : `is ${size} bytes, more than a tree note`;
    if (LOOKUP.test(inner))
        return size <= LOOKUP_MAX ? undefined : `is ${size} bytes, more than a lookup record`;
    const tile = TILE.exec(inner);
    if (!tile)
        return 'is not a checksum-database tile, lookup record or tree note';
    const height = Number(tile[1]);
    const width = tile[3] === undefined ? 1 << height : Number(tile[3]);
    if (width < 1 || width > 1 << height)
        return 'is a partial tile of impossible width';
    const max = tile[2] === 'data' ? DATA_TILE_MAX : width * 32;
    return size <= max ? undefined : `is ${size} bytes, more than such a tile holds (${max})`;
}


/***/ }),

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


/***/ })

};
