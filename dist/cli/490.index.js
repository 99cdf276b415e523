export const id = 490;
export const ids = [490];
export const modules = {

/***/ 1490:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B_: () => (/* binding */ RejectedEntryError),
  TU: () => (/* binding */ restoreArchiveSafely),
  rw: () => (/* binding */ unusableEntryOf)
});

// UNUSED EXPORTS: UnreadableEntryError, memberProblem

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/errors.js
var errors = __webpack_require__(9243);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./.build/go/dirhash.js
var dirhash = __webpack_require__(170);
// EXTERNAL MODULE: ./.build/go/zip-file-digest.js
var zip_file_digest = __webpack_require__(2242);
// EXTERNAL MODULE: ./.build/go/zip-reader.js
var zip_reader = __webpack_require__(3816);
;// CONCATENATED MODULE: ./.build/cache/restore-writer.js






/** Files up to this size are held whole and written in one call; bigger ones are streamed. */
const SMALL = 4 << 20;
/** Zip bytes restored but not yet hashed, at most (each held twice: here and in a worker). */
const HASHING_BYTES = 8 << 20;
/**
 * Writes a restore's checked members into the module cache: directories made through real
 * directories only (lstat, never following a symlink), each file written whole under a temporary
 * name and hard-linked into place (renameio.WriteFile's pattern, with link for rename so a file
 * already there is never replaced; a crash leaves a `*.tmp` file, never a half-written .info,
 * list or zip under its real name), each zip hashed while the archive is read on. `undo` removes
 * what it wrote. The calls are synchronous on purpose: per-file async hops cost more CPU than the
 * bytes, and a warm restore is CPU-bound on a 2-core runner.
 */
class RestoreWriter {
    root;
    /** Directories known to be real (true) or not (false: a symlink or file, its members skipped). */
    dirs = new Map();
    /** Directories this restore made, parents first: removed (when empty) by undo. */
    madeDirs = [];
    /** The temporary file being written, removed by undo. */
    writing;
    /** Zips handed to the digest workers and not yet hashed, oldest first. */
    hashing = [];
    hashingBytes = 0;
    written = [];
    kept = [];
    /** Each zip's h1 as hashed while the archive is read on (only the h1: see RestoredFiles). */
    zipDigests = new Map();
    bytes = 0;
    constructor(root) {
        this.root = root;
        if (!external_node_fs_.existsSync(root)) {
            external_node_fs_.mkdirSync(external_node_path_.dirname(root), { recursive: true });
            this.mkdirOrTwin(root);
        }
    }
    /** A directory member. */
    directory(target) {
        this.ensureDir(target);
    }
    /** A file member, written whole (then linked into place) unless its name is taken or unsafe. */
    async file(rel, target, size, body) {
        if (!this.ensureDir(external_node_path_.dirname(target)))
            return;
        const present = external_node_fs_.lstatSync(target, { throwIfNoEntry: false });
        if (present) {
            // Kept (the body is skipped) and counted: it is the entry's file, checked like the rest.
            if (present.isFile())
                this.kept.push(rel);
            return;
        }
        const temp = `${target}${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
        let data;
        const fd = external_node_fs_.openSync(temp, 'wx', 0o644);
        this.writing = temp;
        try {
            if (size <= SMALL) {
                const chunks = [];
                for await (const chunk of body)
                    chunks.push(chunk);
                data = Buffer.concat(chunks);
                writeAllSync(fd, data);
            }
            else {
                for await (const chunk of body)
                    writeAllSync(fd, chunk);
            }
        }
        finally {
            external_node_fs_.closeSync(fd);
        }
        const linked = linkNoClobber(temp, target);
        unlinkMade(temp);
        this.writing = undefined;
        if (!linked) {
            this.kept.push(rel); // another process wrote it meanwhile: kept, and checked like the rest
            return;
        }
        this.written.push(rel);
        this.bytes += size;
        if (!rel.endsWith('.zip'))
            return;
        if (data)
            await this.hashWrittenZip(rel, data);
        else
            this.hashLinkedZip(rel, target, size);
    }
    /** Removes what a failed restore wrote: its files, then the directories it made if empty. */
    undo() {
        if (this.writing)
            external_node_fs_.rmSync(this.writing, { force: true });
        for (const rel of this.written)
            external_node_fs_.rmSync(external_node_path_.join(this.root, ...rel.split('/')), { force: true });
        for (const dir of [...this.madeDirs].reverse()) {
            try {
                external_node_fs_.rmdirSync(dir);
            }
            catch {
                // Not empty (another process wrote there meanwhile) or gone: left as it is.
            }
        }
    }
    /** Whether `dir` is a real directory under the root (made when missing), never through a symlink. */
    ensureDir(dir) {
        const known = this.dirs.get(dir);
        if (known !== undefined)
            return known;
        let ok = dir === this.root || this.ensureDir(external_node_path_.dirname(dir));
        if (ok && dir !== this.root) {
            const st = external_node_fs_.lstatSync(dir, { throwIfNoEntry: false });
            ok = st ? st.isDirectory() : this.mkdirOrTwin(dir);
        }
        this.dirs.set(dir, ok);
        return ok;
    }
    /** mkdir(2) that tolerates a twin: another run made the directory first (mkdir -p semantics). */
    mkdirOrTwin(dir) {
        try {
            external_node_fs_.mkdirSync(dir, { mode: 0o755 });
            this.madeDirs.push(dir);
            return true;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            return external_node_fs_.lstatSync(dir).isDirectory();
        }
    }
    /**
     * Hands a zip just written to the digest workers (hashed from the very bytes written, while the
     * archive is read on; settled, never rejected). Bounded memory: reading waits while too many
     * zip bytes wait to be hashed.
     */
    async hashWrittenZip(rel, data) {
        const digest = (0,zip_reader/* digestZipEntriesAsync */.An)(data, { handOver: true })
            .then(dirhash/* hash1OfDigests */.ww)
            .catch((error) => (error instanceof Error ? error : new Error(String(error))));
        this.zipDigests.set(rel, digest);
        this.hashing.push({ digest, bytes: data.length });
        this.hashingBytes += data.length;
        while (this.hashingBytes > HASHING_BYTES) {
            const oldest = this.hashing.shift();
            await oldest.digest;
            this.hashingBytes -= oldest.bytes;
        }
    }
    /**
     * Starts hashing a big zip just linked into place, read back in windows (digestZipFile, under
     * its own in-flight budget), while the archive is read on: on syncthing's entry the five zips
     * over SMALL are 123 of its 145 MB, and were hashed only after the restore. Settled, never
     * rejected; a zip over MAX_ZIP is refused unread, as the integrity check would.
     */
    hashLinkedZip(rel, target, size) {
        const digest = size > zip_reader/* MAX_ZIP */.l4
            ? Promise.resolve(new zip_reader/* ZipFormatError */.PA(`zip is larger than 500 MiB (${size} bytes)`))
            : (0,zip_file_digest/* digestZipFile */.Cl)(target)
                .then(dirhash/* hash1OfDigests */.ww)
                .catch((error) => (error instanceof Error ? error : new Error(String(error))));
        this.zipDigests.set(rel, digest);
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
function writeAllSync(fd, chunk) {
    let offset = 0;
    while (offset < chunk.length)
        offset += external_node_fs_.writeSync(fd, chunk, offset, chunk.length - offset);
}

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
/** One checked member: a directory made, a sumdb file dropped, a file kept or written. */
async function restoreMember(writer, dropped, rel, member, body) {
    const target = external_node_path_.join(writer.root, ...rel.split('/'));
    if (member.type === 'directory') {
        writer.directory(target);
        return;
    }
    const sumdbProblem = (0,sumdb_files/* sumdbFileProblem */.f)(rel, member.size);
    if (sumdbProblem) {
        dropped.push(`${rel} ${sumdbProblem}`);
        return;
    }
    return writer.file(rel, target, member.size, body);
}
/**
 * Restores an entry into `<GOMODCACHE>/cache/download`, reading the archive in-process (never
 * `tar -x`) once. Each member is checked before anything of it is written, and the whole entry is
 * refused (RejectedEntryError, naming the member) for anything but clean regular files and
 * directories under `cache/download`: what the restore wrote before that member (files, then the
 * directories it made) is removed, as after a truncated or corrupt archive, so a refused entry
 * leaves nothing behind. Parents are checked with lstat (a symlink or file where a directory
 * should be: the member is skipped, never followed); each file is written whole under a temporary
 * name and hard-linked into place, so a file already there is kept (and checked against go.sum
 * like everything else) and a crash never leaves a half-written file under its real name.
 * `prefix` is what every name starts with (`''` for the local backend; the staging path relative
 * to the workspace for @actions/cache). The archive used to be read twice, headers first: on
 * syncthing's 145 MB entry that first read cost 0.5 s of a warm run.
 */
async function restoreArchiveSafely(options) {
    const prefix = options.prefix ?? '';
    const seen = new Set();
    const writer = new RestoreWriter(external_node_path_.resolve(options.gomodcache));
    const dropped = [];
    try {
        // async: a refused member rejects the callback's promise (readTar passes that on unchanged).
        await readEntry(options, async (member, body) => restoreMember(writer, dropped, checkMember(options.entry, prefix, seen, member), member, body));
    }
    catch (error) {
        writer.undo();
        throw error;
    }
    const { written, kept, bytes, zipDigests } = writer;
    return { files: [...written, ...kept].sort(), bytes, zipDigests, dropped };
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

/***/ 2242:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ digestZipFile),
/* harmony export */   SD: () => (/* binding */ hashZipFile)
/* harmony export */ });
/* unused harmony exports WINDOWS_IN_FLIGHT_BYTES, takePeakWindowBytes */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _dirhash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(170);
/* harmony import */ var _zip_digest_pool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4086);
/* harmony import */ var _zip_reader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3816);




/**
 * How much of a zip file is in memory at once (more only for one entry bigger than this). 2 MiB,
 * not 8: on prometheus's module cache the integrity check peaked 10-20 MiB lower in the same
 * time; most entries of a module zip are far smaller.
 */
const WINDOW = 2 << 20;
/** A local header's most: 30 fixed bytes, then a name and an extra field of up to 64 KiB each. */
const LOCAL_HEADER_MAX = 30 + 0xffff * 2;
/**
 * Window bytes read and not yet hashed, across every zip hashed at once (the relay hashes up to
 * its prefetch width of spooled zips together): past this a window waits for another to be
 * hashed. Four windows keep the digest workers (at most 4) busy; more would only queue in memory.
 */
const WINDOWS_IN_FLIGHT_BYTES = 4 * WINDOW;
let inFlight = 0;
let peakInFlight = 0;
const waiting = [];
/** Takes `bytes` of the budget; one window alone is always let through (it may be bigger). */
async function reserve(bytes) {
    while (inFlight > 0 && inFlight + bytes > WINDOWS_IN_FLIGHT_BYTES)
        await new Promise((resolve) => waiting.push(resolve));
    inFlight += bytes;
    peakInFlight = Math.max(peakInFlight, inFlight);
}
function release(bytes) {
    inFlight -= bytes;
    for (const wake of waiting.splice(0))
        wake();
}
/** The most window bytes in flight since the last call (a bench and test figure), then reset. */
function takePeakWindowBytes() {
    const peak = peakInFlight;
    peakInFlight = inFlight;
    return peak;
}
function need(cond, problem) {
    if (!cond)
        throw new _zip_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .ZipFormatError */ .PA(problem);
}
/**
 * Every entry of a module zip kept in a file, with the SHA-256 of its content, read in place a
 * window of entries at a time (about 2 MiB), each window hashed on the digest workers: so a
 * 50 MiB zip never sits in memory whole, and however many zips are hashed at once, at most
 * WINDOWS_IN_FLIGHT_BYTES of windows are. Same reading and checks as zip-reader.ts's
 * digestZipEntriesAsync (archive/zip's directory end, headers, size and CRC-32; dirhash.HashZip
 * opens files by name, so with duplicate names the last one wins), so hash1OfDigests of it is
 * HashZip's h1.
 */
async function digestZipFile(file, 
/** thisThread: not on a worker (after a DigestWorkerError). */
options = {}) {
    const handle = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open(file, 'r');
    try {
        const { size, entries } = await (0,_zip_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .readZipFileDirectory */ .ti)(handle);
        const unique = [...new Map(entries.map((entry) => [entry.name, entry])).values()];
        for (const entry of unique)
            need(entry.localHeaderOffset + 30 <= size, `${entry.name}: bad local header`);
        const byOffset = unique.sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
        // The most of the file an entry can span: its local header, at most, and its stored bytes.
        const spanEnd = (i) => Math.min(size, byOffset[i].localHeaderOffset + LOCAL_HEADER_MAX + byOffset[i].compressedSize);
        const digests = new Map();
        for (let i = 0; i < byOffset.length;) {
            const from = byOffset[i].localHeaderOffset;
            const group = [byOffset[i]];
            let to = spanEnd(i++);
            for (; i < byOffset.length && spanEnd(i) - from <= WINDOW; i++) {
                group.push(byOffset[i]);
                to = Math.max(to, spanEnd(i));
            }
            await reserve(to - from);
            let results;
            try {
                const window = await (0,_zip_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .readAt */ .m6)(handle, from, to - from);
                const jobs = group.map((entry) => (0,_zip_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .entryJob */ .CZ)(window, { ...entry, localHeaderOffset: entry.localHeaderOffset - from }));
                results = await (0,_zip_digest_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .digestEntryJobs */ .Fx)(window, jobs, { handOver: true, thisThread: options.thisThread });
            }
            finally {
                release(to - from);
            }
            results.forEach((digest, k) => {
                if ('error' in digest)
                    throw new _zip_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .ZipFormatError */ .PA(digest.error);
                digests.set(group[k].name, digest.sha256);
            });
        }
        return entries.map((entry) => ({ name: entry.name, sha256: digests.get(entry.name) }));
    }
    finally {
        await handle.close();
    }
}
/** The `h1:` hash of a module zip kept in a file (the relay's spooled bodies), read in place. */
async function hashZipFile(file) {
    return (0,_dirhash_js__WEBPACK_IMPORTED_MODULE_1__/* .hash1OfDigests */ .ww)(await digestZipFile(file));
}


/***/ })

};
